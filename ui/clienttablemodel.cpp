#include "clienttablemodel.h"

#include "clock.h"

#include <QColor>

ClientTableModel::ClientTableModel(const Database &db, const Clock &clock, QObject *parent)
    : PagedRowsModel(parent), m_repository(db, clock)
{
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClientTableModel::consentText(Consent::State consent)
{
    switch (consent) {
    case Consent::State::Granted: return tr("Granted");
    case Consent::State::Revoked: return tr("Revoked");
    case Consent::State::NeverAsked: return tr("Not asked");
    }
    return {};
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return c.active ? c.name : tr("%1 (inactive)").arg(c.name);
        case DocumentColumn: return c.document.display();
        case WhatsAppColumn: return c.whatsapp.display();
        case ConsentColumn: return consentText(c.consent);
        }
        break;
    case Qt::ForegroundRole:
        if (!c.active)
            return QColor(Qt::gray);
        break;
    case IdRole:
        return c.id;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DocumentColumn: return tr("Document");
    case WhatsAppColumn: return tr("WhatsApp");
    case ConsentColumn: return tr("Consent");
    }
    return {};
}

void ClientTableModel::sort(int column, Qt::SortOrder order)
{
    const auto previousSort = m_query.sort;
    switch (column) {
    case NameColumn: m_query.sort = ClientQuery::Sort::Name; break;
    case DocumentColumn: m_query.sort = ClientQuery::Sort::Document; break;
    case WhatsAppColumn: m_query.sort = ClientQuery::Sort::WhatsApp; break;
    default: return; // consent is not an order the database keeps an index for
    }
    if (m_query.sort == previousSort && m_query.order == order)
        return; // the view announcing the order it starts with
    m_query.order = order;
    reload();
}

void ClientTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

int ClientTableModel::rowOf(qint64 clientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == clientId)
            return i;
    }
    return -1;
}

Result<int> ClientTableModel::readPage(int offset, int limit)
{
    ClientQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    return stage(m_repository.listRows(q));
}
