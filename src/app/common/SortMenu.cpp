#include "common/SortMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace SortMenu {

QMenu* build(QTableView* view, const std::function<bool(int)>& sortable)
{
    auto* menu = new QMenu(view);
    QHeaderView* header = view->horizontalHeader();
    const QAbstractItemModel* model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (view->isColumnHidden(column) || (sortable && !sortable(column)))
            continue;
        const QString name = model->headerData(column, Qt::Horizontal).toString();
        const bool current = header->sortIndicatorSection() == column;
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QString text = QCoreApplication::translate("SortMenu", "Sort by %1").arg(name);
        if (current)
            text = ascending ? QCoreApplication::translate("SortMenu", "Sort by %1, descending").arg(name)
                             : QCoreApplication::translate("SortMenu", "Sort by %1, ascending").arg(name);
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(current);
        QObject::connect(action, &QAction::triggered, view, [header, column, current, ascending] {
            header->setSortIndicator(column, current && ascending ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
    }
    return menu;
}

void attach(QTableView* view, std::function<bool(int)> sortable)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, sortable](const QPoint& at) {
        QMenu* menu = build(view, sortable);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(at));
    });
}

} // namespace SortMenu
