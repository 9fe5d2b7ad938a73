#pragma once

#include "domain/LocalTime.h"

#include <QString>
#include <Qt>

#include <string>

class QAbstractItemModel;
class QAbstractItemView;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

// A list read whole sorts in its view, by a click on a column's header; a second click turns it
// round, a third gives back the order the list was read in. Cells compare by their sort key
// (SortKeyRole) where the model gives one — a day as ISO text, a number, a name as « last first » —
// and by their words otherwise, as French sorts them (case, accents and numbers within words
// included). The page keeps speaking of its model's rows: currentRow and selectRow translate.
// (The beneficiary list, read page by page, sorts in the database instead.)
namespace SortableList {

inline constexpr int SortKeyRole = Qt::UserRole + 32;

// Puts a sorting proxy between `view` and `model`; the view shows the model's order until a click.
QSortFilterProxyModel* attach(QTableView* view, QAbstractItemModel* model);
// The model's row under the view's current index, -1 when there is none.
int currentRow(const QAbstractItemView* view);
// The model's index behind one of the view's (the same index when the view has no proxy).
QModelIndex toModel(const QModelIndex& viewIndex);
// Makes the model's `row` the view's current row, wherever the sort put it.
void selectRow(QTableView* view, int row);

// The sort keys lists share: a moment by its day then its time, or by its time of day then its
// day; a person by last name then first name.
QString momentKey(const trame::LocalTime& at);
QString timeOfDayKey(const trame::LocalTime& at);
QString personKey(const std::string& lastName, const std::string& firstName);

} // namespace SortableList
