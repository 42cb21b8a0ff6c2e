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
    loadRows(m_pageSize, false);
    m_busy = false;
}

bool PagedTableModel::loadRows(int wanted, bool insideReset)
{
    const auto read = readPage(m_loaded, wanted);
    if (!read) {
        // Stop asking: a view would otherwise retry on every scroll.
        m_atEnd = true;
        m_lastError = read.error();
        emit loadFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    const int count = read.value();
    if (count < wanted)
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
    reloadRows(m_pageSize);
}

void PagedTableModel::reloadLoadedRows()
{
    // A list read to its end stays read to its end, rows added since included.
    reloadRows(qMax(m_atEnd ? m_loaded + m_pageSize : m_loaded, m_pageSize));
}

void PagedTableModel::reloadRows(int count)
{
    m_busy = true;
    beginResetModel();
    clearRows();
    m_loaded = 0;
    m_atEnd = false;
    loadRows(count, true);
    endResetModel();
    m_busy = false;
    emit reloaded();
}
