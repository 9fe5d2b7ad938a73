#pragma once

#include <QTreeView>

// A tree filled in like a form: Tab goes to the next editable cell of the row, then to the first
// one of the next row (a plain QTreeView's Tab goes down a row, leaving the last columns to the
// mouse).
class FormTreeView : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    QModelIndex nextEditable(const QModelIndex& from, bool forward) const;
};
