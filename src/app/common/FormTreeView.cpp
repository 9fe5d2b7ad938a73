#include "common/FormTreeView.h"

QModelIndex FormTreeView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if ((cursorAction == MoveNext || cursorAction == MovePrevious) && currentIndex().isValid()) {
        const QModelIndex next = nextEditable(currentIndex(), cursorAction == MoveNext);
        if (next.isValid())
            return next;
    }
    return QTreeView::moveCursor(cursorAction, modifiers);
}

QModelIndex FormTreeView::nextEditable(const QModelIndex& from, bool forward) const
{
    const int columns = model()->columnCount(from.parent());
    QModelIndex cell = from;
    // Along the row, then row by row in the order shown (indexBelow/Above follow expanded items).
    for (int guard = 0; guard < 100000; ++guard) {
        int column = cell.column() + (forward ? 1 : -1);
        QModelIndex row = cell.siblingAtColumn(0);
        if (column < 0 || column >= columns) {
            row = forward ? indexBelow(row) : indexAbove(row);
            if (!row.isValid())
                return {};
            column = forward ? 0 : model()->columnCount(row.parent()) - 1;
        }
        cell = row.siblingAtColumn(column);
        if (cell.flags() & Qt::ItemIsEditable)
            return cell;
    }
    return {};
}
