#pragma once

#include "pagedtablemodel.h"
#include "paymentrepository.h"

class Clock;

// The payments list: pages of PaymentRepository::list, newest or oldest first.
class PaymentTableModel : public PagedRowsModel<PaymentRow>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ClientColumn,
        InvoiceColumn,
        AmountColumn,
        MethodColumn,
        ReferenceColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int DebtIdRole = Qt::UserRole + 2;
    static constexpr int ReversedRole = Qt::UserRole + 3;

    PaymentTableModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PaymentQuery query() const { return m_query; }
    void setFilter(const PaymentQuery &filter);
    void setSearch(const QString &text);
    PaymentRow rowAt(int row) const { return m_rows.value(row); }

protected:
    Result<int> readPage(int offset, int limit) override;

private:
    PaymentRepository m_repository;
    PaymentQuery m_query;
};
