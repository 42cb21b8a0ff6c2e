#include "tablesetup.h"

#include "pagedtablemodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace TableSetup {

void configure(QTableView *view, int sortColumn, bool descending)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the list, as in every other field
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSortIndicator(sortColumn,
                                               descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    view->setSortingEnabled(true);
}

QList<int> columnWidths(const QTableView *view)
{
    QList<int> widths;
    const QHeaderView *header = view->horizontalHeader();
    for (int i = 0; i < header->count(); ++i)
        widths.append(header->sectionSize(i));
    return widths;
}

bool restoreColumnWidths(QTableView *view, const QList<int> &widths)
{
    QHeaderView *header = view->horizontalHeader();
    if (widths.size() != header->count())
        return false;
    for (int i = 0; i < widths.size(); ++i) {
        if (widths.at(i) > 0)
            header->resizeSection(i, widths.at(i));
    }
    return true;
}

void fitColumns(QTableView *view)
{
    // The first rows (about a screenful) decide the widths: measuring every loaded row's text
    // cost a tenth of the start-up on a full page.
    view->horizontalHeader()->setResizeContentsPrecision(40);
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    // The stretched last column fills what is left; widening it would add a scroll bar.
    int last = header->count() - 1;
    while (last >= 0 && header->isSectionHidden(header->logicalIndex(last)))
        --last;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical)
            || (visual == last && header->stretchLastSection()))
            continue;
        header->resizeSection(logical, header->sectionSize(logical) + 12);
    }
}

void reloadKeepingPlace(QTableView *view, PagedTableModel *model, int idRole)
{
    const QModelIndex current = view->currentIndex();
    const QVariant id = current.isValid() ? current.data(idRole) : QVariant();
    const int column = current.isValid() ? current.column() : 0;
    const int scroll = view->verticalScrollBar()->value();
    model->reloadLoadedRows();
    if (id.isValid()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(idRole) == id) {
                view->setCurrentIndex(index);
                break;
            }
        }
    }
    // The scroll bar's range follows the new rows only once the view has laid them out.
    view->doItemsLayout();
    view->verticalScrollBar()->setValue(scroll);
}

} // namespace TableSetup
