#include "auditlogmodel.h"

#include "clock.h"

AuditLogModel::AuditLogModel(const Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock)
{
    reload();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::entityName(const QString &entity)
{
    if (entity == QLatin1String("client"))
        return tr("Client");
    if (entity == QLatin1String("debt"))
        return tr("Debt");
    if (entity == QLatin1String("payment"))
        return tr("Payment");
    if (entity == QLatin1String("consent"))
        return tr("Consent");
    if (entity == QLatin1String("settings"))
        return tr("Settings");
    if (entity == QLatin1String("import"))
        return tr("Import");
    if (entity == QLatin1String("privacy_notice"))
        return tr("Privacy notice");
    return entity;
}

QString AuditLogModel::actionName(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("grant"))
        return tr("Consent granted");
    if (action == QLatin1String("revoke"))
        return tr("Consent revoked");
    if (action == QLatin1String("reset"))
        return tr("Consent cleared");
    if (action == QLatin1String("reverse"))
        return tr("Reversed");
    if (action == QLatin1String("write_off"))
        return tr("Written off");
    if (action == QLatin1String("reinstate"))
        return tr("Reinstated");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("rectify"))
        return tr("Corrected at the client's request");
    if (action == QLatin1String("anonymise"))
        return tr("Anonymised");
    return action;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return e.at.toTimeZone(m_clock.timeZone())
                .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case User:
            return e.user;
        case Entity:
            return entityName(e.entity);
        case Id:
            return e.entityId ? QVariant(e.entityId) : QVariant();
        case Action:
            return actionName(e.action);
        case Changes:
            return AuditLog::describeChange(e.before, e.after);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Changes) {
        return AuditLog::describeChange(e.before, e.after)
            .replace(QStringLiteral("; "), QStringLiteral("\n"));
    } else if (role == Qt::TextAlignmentRole && index.column() == Id) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Entity:
        return tr("What");
    case Id:
        return tr("Id");
    case Action:
        return tr("Action");
    case Changes:
        return tr("Changes");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

Result<QList<AuditEntry>> AuditLogModel::readPage() const
{
    AuditQuery page = m_query;
    page.offset = int(m_entries.size());
    page.limit = pageSize;
    return AuditLog(m_db, m_clock).list(page);
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting)
        return;
    const auto entries = readPage();
    if (!entries) {
        m_atEnd = true;
        m_lastError = entries.error();
        emit loadFailed(m_lastError);
        return;
    }
    m_atEnd = entries->size() < pageSize;
    if (entries->isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries->size() - 1));
    m_entries.append(entries.value());
    endInsertRows();
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reload();
}

void AuditLogModel::reload()
{
    // The first page is read inside the reset, so views never see a half-loaded model.
    m_resetting = true;
    beginResetModel();
    m_entries.clear();
    m_atEnd = false;
    m_lastError.clear();
    const auto total = AuditLog(m_db, m_clock).count(m_query);
    m_total = total ? total.value() : 0;
    const auto first = total ? readPage() : Result<QList<AuditEntry>>(total.failure());
    if (first) {
        m_entries = first.value();
        m_atEnd = first->size() < pageSize;
    } else {
        m_lastError = first.error();
        m_atEnd = true;
    }
    endResetModel();
    m_resetting = false;
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}
