#include "paymenttablemodel.h"

#include "clock.h"

#include <QColor>
#include <QFont>

PaymentTableModel::PaymentTableModel(const Database &db, const Clock &clock, QObject *parent)
    : PagedRowsModel(parent), m_repository(db, clock)
{
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRow &row = m_rows.at(index.row());
    const Payment &p = row.payment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return p.date.toString(QStringLiteral("dd/MM/yyyy"));
        case ClientColumn: return row.clientName;
        case InvoiceColumn: return row.debtReference;
        case AmountColumn: return p.amount.toString();
        case MethodColumn: return Payment::methodName(p.method);
        case ReferenceColumn: return p.reference;
        case StateColumn: return p.reversed ? tr("Reversed") : tr("Applied");
        }
        break;
    case Qt::ToolTipRole:
        if (p.reversed)
            return tr("Reversed: %1").arg(p.reversalReason);
        if (!p.note.isEmpty())
            return p.note;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (p.reversed)
            return QColor(Qt::darkGray);
        break;
    case Qt::FontRole:
        if (p.reversed && index.column() == AmountColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case IdRole: return p.id;
    case DebtIdRole: return p.debtId;
    case ReversedRole: return p.reversed;
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case ClientColumn: return tr("Client");
    case InvoiceColumn: return tr("Invoice");
    case AmountColumn: return tr("Amount");
    case MethodColumn: return tr("Method");
    case ReferenceColumn: return tr("Reference");
    case StateColumn: return tr("State");
    }
    return {};
}

void PaymentTableModel::sort(int column, Qt::SortOrder order)
{
    // The repository orders payments by date only.
    if (column != DateColumn)
        return;
    const bool newestFirst = order == Qt::DescendingOrder;
    if (newestFirst == m_query.newestFirst)
        return; // the view announcing the order it starts with
    m_query.newestFirst = newestFirst;
    reload();
}

void PaymentTableModel::setFilter(const PaymentQuery &filter)
{
    const bool newestFirst = m_query.newestFirst;
    m_query = filter;
    m_query.newestFirst = newestFirst;
    reload();
}

void PaymentTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

Result<int> PaymentTableModel::readPage(int offset, int limit)
{
    PaymentQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    return stage(m_repository.list(q));
}
