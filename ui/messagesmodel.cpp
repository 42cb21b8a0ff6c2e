#include "messagesmodel.h"

#include "clock.h"

#include <QBrush>
#include <QColor>

MessagesModel::MessagesModel(const Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock)
{
}

void MessagesModel::setQuery(const OutboxQuery &query)
{
    m_query = query;
    reload();
}

QList<OutboxMessage> MessagesModel::loadPage(int offset)
{
    OutboxRepository outbox(m_db, m_clock);
    OutboxQuery page = m_query;
    page.offset = offset;
    page.limit = m_pageSize;
    const auto rows = outbox.list(page);
    if (!rows) {
        m_error = rows.error();
        emit loadFailed(m_error);
        return {};
    }
    return rows.value();
}

void MessagesModel::reload()
{
    // Views (and QAbstractItemModelTester) may ask for more rows while they handle the
    // reset; the first page is loaded, the next ones come when scrolled to.
    m_changing = true;
    beginResetModel();
    m_error.clear();
    OutboxRepository outbox(m_db, m_clock);
    const auto total = outbox.count(m_query);
    m_total = total ? total.value() : 0;
    if (!total) {
        m_error = total.error();
        emit loadFailed(m_error);
    }
    m_rows = m_total > 0 ? loadPage(0) : QList<OutboxMessage>();
    endResetModel();
    m_changing = false;
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void MessagesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<OutboxMessage> more = loadPage(int(m_rows.size()));
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the history shrank meanwhile
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_rows.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == StateRole)
        return int(m.state);
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (m.state) {
        case OutboxMessage::State::Failed:
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case OutboxMessage::State::Uncertain:
            return QBrush(QColor(0xa0, 0x60, 0x00));
        case OutboxMessage::State::Sent:
        case OutboxMessage::State::Delivered:
        case OutboxMessage::State::Read:
            return QBrush(QColor(0x1b, 0x6e, 0x2a));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Text || index.column() == Detail))
        return index.column() == Text ? m.text : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SendDate: {
        const QDateTime shown = m.sentAt.isValid() ? m.sentAt : m.notBefore;
        return shown.toTimeZone(m_clock.timeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    case Client:
        return m.clientName;
    case Phone:
        return m.to.display();
    case State:
        return OutboxMessage::stateName(m.state);
    case Text:
        return m.text;
    case Detail:
        if (!m.reason.isEmpty())
            return m.reason;
        if (!m.providerMessageId.isEmpty())
            return tr("%1: %2").arg(m.provider, m.providerMessageId);
        return m.references.join(QStringLiteral(", "));
    case Attempts:
        return m.attempts;
    default:
        return {};
    }
}

QVariant MessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SendDate:
        return tr("When");
    case Client:
        return tr("Client");
    case Phone:
        return tr("WhatsApp");
    case State:
        return tr("State");
    case Text:
        return tr("Message");
    case Detail:
        return tr("Detail");
    case Attempts:
        return tr("Attempts");
    default:
        return {};
    }
}
