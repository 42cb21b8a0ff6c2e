#include "debttablemodel.h"

#include "clock.h"
#include "moracolors.h"

#include <QColor>

DebtTableModel::DebtTableModel(const Database &db, const Clock &clock, QObject *parent)
    : PagedRowsModel(parent), m_repository(db, clock), m_clock(clock)
{
    m_asOf = m_clock.today();
}

int DebtTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DebtTableModel::moraText(const Debt &debt, const QDate &asOf, const MoraLevels &levels)
{
    if (debt.writtenOff)
        return Debt::statusName(Debt::Status::WrittenOff);
    if (!debt.balance().isPositive())
        return Debt::statusName(Debt::Status::Paid);
    return levels.levelFor(debt.daysOverdue(asOf)).name;
}

QVariant DebtTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DebtRow &row = m_rows.at(index.row());
    const Debt &d = row.debt;
    const int days = d.daysOverdue(m_asOf);
    const int level = days > 0 ? m_levels.indexFor(days) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn: return row.clientName;
        case ReferenceColumn: return d.reference;
        case DueDateColumn: return d.dueDate.toString(QStringLiteral("dd/MM/yyyy"));
        case AmountColumn: return d.amount.toString();
        case PaidColumn: return d.paid.toString();
        case BalanceColumn: return d.balance().toString();
        case DaysOverdueColumn: return days > 0 ? QVariant(days) : QVariant(QString());
        case MoraColumn: return moraText(d, m_asOf, m_levels);
        }
        break;
    case Qt::ToolTipRole:
        if (!d.description.isEmpty())
            return tr("%1: %2").arg(d.reference, d.description);
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case AmountColumn:
        case PaidColumn:
        case BalanceColumn:
        case DaysOverdueColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::BackgroundRole:
        if (level > 0)
            return MoraColors::background(level, m_levels.count());
        break;
    case Qt::ForegroundRole:
        if (level > 0)
            return MoraColors::foreground(level, m_levels.count());
        if (!d.isOpen())
            return QColor(Qt::darkGray);
        break;
    case IdRole: return d.id;
    case ClientIdRole: return d.clientId;
    case MoraLevelRole: return level;
    }
    return {};
}

QVariant DebtTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn: return tr("Client");
    case ReferenceColumn: return tr("Invoice");
    case DueDateColumn: return tr("Due date");
    case AmountColumn: return tr("Amount");
    case PaidColumn: return tr("Paid");
    case BalanceColumn: return tr("Balance");
    case DaysOverdueColumn: return tr("Days overdue");
    case MoraColumn: return tr("Mora level");
    }
    return {};
}

void DebtTableModel::sort(int column, Qt::SortOrder order)
{
    const auto previousSort = m_query.sort;
    switch (column) {
    case ClientColumn: m_query.sort = DebtQuery::Sort::Client; break;
    case ReferenceColumn: m_query.sort = DebtQuery::Sort::Reference; break;
    case DueDateColumn: m_query.sort = DebtQuery::Sort::DueDate; break;
    case AmountColumn: m_query.sort = DebtQuery::Sort::Amount; break;
    case PaidColumn: m_query.sort = DebtQuery::Sort::Paid; break;
    case BalanceColumn: m_query.sort = DebtQuery::Sort::Balance; break;
    case DaysOverdueColumn:
    case MoraColumn: m_query.sort = DebtQuery::Sort::DaysOverdue; break;
    default: return;
    }
    if (m_query.sort == previousSort && m_query.order == order)
        return; // the view announcing the order it starts with
    m_query.order = order;
    reload();
}

void DebtTableModel::setFilter(const DebtQuery &filter)
{
    const DebtQuery::Sort sortBy = m_query.sort;
    const Qt::SortOrder order = m_query.order;
    m_query = filter;
    m_query.sort = sortBy;
    m_query.order = order;
    reload();
}

void DebtTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void DebtTableModel::setMoraLevels(const MoraLevels &levels)
{
    m_levels = levels;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Result<int> DebtTableModel::readPage(int offset, int limit)
{
    if (offset == 0)
        m_asOf = m_clock.today();
    DebtQuery q = m_query;
    q.asOf = m_asOf;
    q.offset = offset;
    q.limit = limit;
    return stage(m_repository.list(q));
}
