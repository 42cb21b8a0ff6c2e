#pragma once

#include "reportdocument.h"

#include <QAbstractTableModel>

// Shows one table of a report on screen exactly as it prints: same cells, same formatting,
// totals in bold.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The raw cell (centavos, QDate, ...) for copying and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int RowStyleRole = Qt::UserRole + 2;

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};
