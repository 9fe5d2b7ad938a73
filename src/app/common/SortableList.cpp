#include "common/SortableList.h"

#include "common/SortMenu.h"

#include <QCollator>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace {

class ListSortProxy : public QSortFilterProxyModel {
public:
    explicit ListSortProxy(QObject* parent) : QSortFilterProxyModel(parent), m_words(QLocale())
    {
        m_words.setNumericMode(true);
        m_words.setCaseSensitivity(Qt::CaseInsensitive);
        setSortRole(SortableList::SortKeyRole);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(SortableList::SortKeyRole);
        const QVariant b = right.data(SortableList::SortKeyRole);
        if (a.isValid() && b.isValid() && a.typeId() != QMetaType::QString)
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        const QString x = a.isValid() ? a.toString() : left.data(Qt::DisplayRole).toString();
        const QString y = b.isValid() ? b.toString() : right.data(Qt::DisplayRole).toString();
        const int words = m_words.compare(x, y);
        // Equal words keep the order the list was read in.
        return words != 0 ? words < 0 : left.row() < right.row();
    }

private:
    QCollator m_words;
};

} // namespace

namespace SortableList {

QSortFilterProxyModel* attach(QTableView* view, QAbstractItemModel* model)
{
    auto* proxy = new ListSortProxy(view);
    proxy->setSourceModel(model);
    view->setModel(proxy);
    QHeaderView* header = view->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    SortMenu::attach(view);
    return proxy;
}

QModelIndex toModel(const QModelIndex& viewIndex)
{
    if (const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(viewIndex.model()))
        return proxy->mapToSource(viewIndex);
    return viewIndex;
}

int currentRow(const QAbstractItemView* view)
{
    const QModelIndex index = toModel(view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void selectRow(QTableView* view, int row)
{
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(view->model());
    if (!proxy || row < 0) {
        view->selectRow(row);
        return;
    }
    const QModelIndex shown = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
    if (shown.isValid())
        view->selectRow(shown.row());
}

QString momentKey(const trame::LocalTime& at)
{
    return QString::fromStdString(at.toString());
}

QString timeOfDayKey(const trame::LocalTime& at)
{
    return QStringLiteral("%1 %2")
        .arg(at.minute, 4, 10, QLatin1Char('0'))
        .arg(QString::fromStdString(at.day.toString()));
}

QString personKey(const std::string& lastName, const std::string& firstName)
{
    return QString::fromStdString(lastName + " " + firstName);
}

} // namespace SortableList
