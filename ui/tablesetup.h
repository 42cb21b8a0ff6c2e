#pragma once

#include <QList>

class PagedTableModel;
class QTableView;

// Shared look and behaviour of Cartera's lists: whole-row selection, SQL-side sorting from
// the header, compact rows, and column widths that can be saved and restored.
namespace TableSetup {

void configure(QTableView *view, int sortColumn, bool descending);
QList<int> columnWidths(const QTableView *view);
// Applies saved widths; false when there were none (then fit the columns to their contents).
bool restoreColumnWidths(QTableView *view, const QList<int> &widths);

// Fits the columns to their titles and loaded rows, with some air.
void fitColumns(QTableView *view);

// Reads a list again after a change (this clerk's or another desktop's) without losing the
// clerk's place: as many rows as were loaded, the same scroll position, and the same current
// row (found by `idRole`) when it is still listed.
void reloadKeepingPlace(QTableView *view, PagedTableModel *model, int idRole);

} // namespace TableSetup
