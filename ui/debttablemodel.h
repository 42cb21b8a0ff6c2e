#pragma once

#include "debtrepository.h"
#include "moralevel.h"
#include "pagedtablemodel.h"

class Clock;

// The debts list (Cartera): pages of DebtRepository::list with the client's name, days
// overdue and mora level as of the clock's today; overdue rows tinted by level.
class DebtTableModel : public PagedRowsModel<DebtRow>
{
    Q_OBJECT
public:
    enum Column {
        ClientColumn,
        ReferenceColumn,
        DueDateColumn,
        AmountColumn,
        PaidColumn,
        BalanceColumn,
        DaysOverdueColumn,
        MoraColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int ClientIdRole = Qt::UserRole + 2;
    static constexpr int MoraLevelRole = Qt::UserRole + 3; // level index, 0 = al día

    DebtTableModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    DebtQuery query() const { return m_query; }
    // Replaces the filters (search, state, days, dates) but keeps the sort order.
    void setFilter(const DebtQuery &filter);
    void setSearch(const QString &text);
    void setMoraLevels(const MoraLevels &levels);
    const MoraLevels &moraLevels() const { return m_levels; }
    DebtRow rowAt(int row) const { return m_rows.value(row); }
    QDate asOf() const { return m_asOf; }

    // "31–60 days", "Current", "Paid", "Written off": the level as text next to its colour.
    static QString moraText(const Debt &debt, const QDate &asOf, const MoraLevels &levels);

protected:
    Result<int> readPage(int offset, int limit) override;

private:
    DebtRepository m_repository;
    const Clock &m_clock;
    MoraLevels m_levels = MoraLevels::defaults();
    DebtQuery m_query;
    QDate m_asOf;
};
