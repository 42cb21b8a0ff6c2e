#include "reporttablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_table.rows.at(index.row());
    const ReportColumn &column = m_table.columns.at(index.column());
    const bool emphasised = row.style != ReportRow::Style::Detail;
    switch (role) {
    case Qt::DisplayRole:
        return ReportDocument::displayText(column.kind, row.cells.value(index.column()));
    case Qt::TextAlignmentRole:
        return int(column.alignment());
    case Qt::FontRole:
        if (emphasised) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (row.style == ReportRow::Style::Total)
            return QBrush(QColor(0xdc, 0xe4, 0xee));
        if (row.style == ReportRow::Style::Subtotal)
            return QBrush(QColor(0xe9, 0xee, 0xf4));
        return {};
    case Qt::ForegroundRole:
        if (emphasised)
            return QBrush(QColor(Qt::black));
        return {};
    case RawValueRole:
        return row.cells.value(index.column());
    case RowStyleRole:
        return int(row.style);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_table.columns.size()) {
        if (role == Qt::DisplayRole)
            return m_table.columns.at(section).title;
        if (role == Qt::TextAlignmentRole)
            return int(m_table.columns.at(section).alignment());
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}
