#include "pagedtablemodel.h"

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of the reset and insert signals (views, the model tester) may ask for more
    // while a change is still being announced; rows inserted then would land inside it.
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    m_busy = true;
    loadNextPage(false);
    m_busy = false;
}

bool PagedTableModel::loadNextPage(bool insideReset)
{
    const auto read = readPage(m_loaded, m_pageSize);
    if (!read) {
        // Stop asking: a view would otherwise retry on every scroll.
        m_atEnd = true;
        m_lastError = read.error();
        emit loadFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    const int count = read.value();
    if (count < m_pageSize)
        m_atEnd = true;
    if (count <= 0)
        return true;
    if (!insideReset)
        beginInsertRows(QModelIndex(), m_loaded, m_loaded + count - 1);
    appendStaged();
    m_loaded += count;
    if (!insideReset)
        endInsertRows();
    return true;
}

void PagedTableModel::reload()
{
    m_busy = true;
    beginResetModel();
    clearRows();
    m_loaded = 0;
    m_atEnd = false;
    loadNextPage(true);
    endResetModel();
    m_busy = false;
    emit reloaded();
}
