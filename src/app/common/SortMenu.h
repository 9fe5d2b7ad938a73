#pragma once

#include <functional>

class QMenu;
class QTableView;

// Sorting a list without a mouse: the list's context menu (the Menu key or Shift+F10 on the list)
// offers « Trier par … » for each column that sorts; choosing the column it is sorted by turns
// the order round. It sets the header's sort indicator, so the list sorts exactly as a click on
// the header would.
namespace SortMenu {

// `sortable` says which columns sort (all of them when empty).
void attach(QTableView* view, std::function<bool(int)> sortable = {});
// The menu the list shows, built for its current order (owned by the caller).
QMenu* build(QTableView* view, const std::function<bool(int)>& sortable = {});

} // namespace SortMenu
