#include "clientrepository.h"

#include "changerecorder.h"
#include "clock.h"
#include "remindertracking.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const char *const kColumns =
    "id, name, document_type, document_number, whatsapp, email, address, notes, consent_state, "
    "consent_at, consent_source, consent_evidence, active, created_at, updated_at, version";

// The document stored in the columns `first` (type) and `first + 1` (number).
IdentityDocument documentFromQuery(const QSqlQuery &q, int first)
{
    IdentityDocument::Type type = IdentityDocument::Type::CC;
    IdentityDocument::typeFromCode(q.value(first).toString(), &type);
    return IdentityDocument::fromStored(type, q.value(first + 1).toString());
}

Client clientFromQuery(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.document = documentFromQuery(q, 2);
    c.whatsapp = PhoneNumber::fromE164(q.value(4).toString());
    c.email = q.value(5).toString();
    c.address = q.value(6).toString();
    c.notes = q.value(7).toString();
    c.consent.state = Consent::stateFromCode(q.value(8).toString());
    c.consent.at = SqlValues::toTimestamp(q.value(9));
    c.consent.source = q.value(10).toString();
    c.consent.evidence = q.value(11).toString();
    c.active = q.value(12).toInt() != 0;
    c.createdAt = SqlValues::toTimestamp(q.value(13));
    c.updatedAt = SqlValues::toTimestamp(q.value(14));
    c.version = q.value(15).toInt();
    return c;
}

QString whereClause(const ClientQuery &query, QVariantList *binds)
{
    QStringList conditions;
    const QString folded = TextFold::fold(query.search);
    if (!folded.isEmpty()) {
        conditions << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        binds->append(QLatin1Char('%') + TextFold::escapeLike(folded) + QLatin1Char('%'));
    }
    if (query.activeOnly)
        conditions << QStringLiteral("active = 1");
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The columns create() and update() both write, in their order in both statements.
void bindEditableFields(QSqlQuery &q, const Client &client)
{
    q.addBindValue(SqlValues::text(client.name));
    q.addBindValue(TextFold::fold(client.name));
    q.addBindValue(ClientRepository::searchText(client));
    q.addBindValue(IdentityDocument::typeCode(client.document.type()));
    q.addBindValue(SqlValues::text(client.document.number()));
    q.addBindValue(client.whatsapp.e164());
    q.addBindValue(SqlValues::text(client.email.trimmed()));
    q.addBindValue(SqlValues::text(client.address.trimmed()));
    q.addBindValue(SqlValues::text(client.notes));
    q.addBindValue(Consent::stateCode(client.consent.state));
    q.addBindValue(SqlValues::timestamp(client.consent.at));
    q.addBindValue(SqlValues::text(client.consent.source.trimmed()));
    q.addBindValue(SqlValues::text(client.consent.evidence));
    q.addBindValue(client.active ? 1 : 0);
}

} // namespace

ClientRepository::ClientRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

QString ClientRepository::searchText(const Client &client)
{
    return TextFold::fold(client.name) + QLatin1Char(' ') + client.document.number().toLower()
           + QLatin1Char(' ') + client.whatsapp.digits();
}

Result<void> ClientRepository::checkDocumentFree(const Client &client) const
{
    const auto existing = findByDocument(client.document);
    if (!existing)
        return existing.failure();
    if (existing.value() && existing.value()->id != client.id)
        return Failure{tr("There is already a client with %1: %2. Open that client instead of "
                          "creating another.")
                           .arg(client.document.display(), existing.value()->name),
                       ErrorCode::Duplicate};
    return {};
}

Result<qint64> ClientRepository::create(Client &client)
{
    client.name = client.name.trimmed();
    if (auto valid = client.validate(); !valid)
        return valid.failure();
    if (auto free = checkDocumentFree(client); !free)
        return free.failure();

    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("saving the client"));
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO clients (name, name_key, search_text, document_type, document_number, "
        "whatsapp, email, address, notes, consent_state, consent_at, consent_source, "
        "consent_evidence, active, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
    bindEditableFields(q, client);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec() || !q.next()) {
        if (m_db.dialect().isUniqueViolation(q.lastError()))
            return Failure{tr("There is already a client with %1.").arg(client.document.display()),
                           ErrorCode::Duplicate};
        return m_db.failure(q.lastError(), tr("saving the client"));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // an unfinished INSERT ... RETURNING would block the COMMIT
    if (auto recorded = ChangeRecorder::clientCreated(m_db, m_clock, id, client); !recorded)
        return recorded.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("saving the client"));
    client.id = id;
    client.createdAt = now;
    client.updatedAt = now;
    client.version = 1;
    return client.id;
}

Result<void> ClientRepository::update(Client &client)
{
    client.name = client.name.trimmed();
    if (auto valid = client.validate(); !valid)
        return valid.failure();
    if (auto free = checkDocumentFree(client); !free)
        return free.failure();

    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("saving the client"));
    if (auto recorded = ChangeRecorder::clientUpdating(m_db, m_clock, client); !recorded)
        return recorded.failure();
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE clients SET name = ?, name_key = ?, search_text = ?, document_type = ?, "
        "document_number = ?, whatsapp = ?, email = ?, address = ?, notes = ?, consent_state = ?, "
        "consent_at = ?, consent_source = ?, consent_evidence = ?, active = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ? AND version = ?"));
    bindEditableFields(q, client);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(client.id);
    q.addBindValue(client.version);
    if (!q.exec()) {
        if (m_db.dialect().isUniqueViolation(q.lastError()))
            return Failure{tr("There is already a client with %1.").arg(client.document.display()),
                           ErrorCode::Duplicate};
        return m_db.failure(q.lastError(), tr("saving the client"));
    }
    if (q.numRowsAffected() != 1) {
        const auto current = get(client.id);
        if (!current)
            return Failure{tr("This client was deleted by someone else. Nothing was saved."),
                           ErrorCode::NotFound};
        return Failure{tr("Someone else changed this client (%1) while you were editing it. "
                          "Nothing was saved; reopen the client to see the changes.")
                           .arg(current->name),
                       ErrorCode::Conflict};
    }
    if (!client.consent.isGranted() || !client.active) {
        // Without consent nothing may go out: what is queued is cancelled in the same
        // transaction (and the dispatcher checks consent again just before sending each message).
        const QString reason = client.consent.isGranted() ? tr("Client marked inactive")
                                                          : tr("WhatsApp consent revoked");
        const auto cancelled
            = ReminderTracking::cancelForClient(m_db, client.id, reason, now, m_clock.today());
        if (!cancelled)
            return cancelled.failure();
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("saving the client"));
    client.updatedAt = now;
    client.version += 1;
    return {};
}

Result<Client> ClientRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the client"));
    if (!q.next())
        return Failure{tr("The client no longer exists."), ErrorCode::NotFound};
    return clientFromQuery(q);
}

Result<std::optional<Client>> ClientRepository::findByDocument(const IdentityDocument &document) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM clients WHERE document_type = ? AND document_number = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(IdentityDocument::typeCode(document.type()));
    q.addBindValue(document.number());
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("looking up the document"));
    if (!q.next())
        return std::optional<Client>();
    return std::optional<Client>(clientFromQuery(q));
}

template<typename Row, typename Read>
Result<QList<Row>> ClientRepository::page(const ClientQuery &query, QLatin1String columns,
                                          Read read) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    QString order;
    switch (query.sort) {
    case ClientQuery::Sort::Name: order = QStringLiteral("name_key"); break;
    case ClientQuery::Sort::Document: order = QStringLiteral("document_number"); break;
    case ClientQuery::Sort::WhatsApp: order = QStringLiteral("whatsapp"); break;
    case ClientQuery::Sort::Created: order = QStringLiteral("created_at"); break;
    }
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC")
                                                                 : QStringLiteral(" DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM clients%2 ORDER BY %3%4, id%4 LIMIT ? OFFSET ?")
                  .arg(columns, where, order, direction));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("listing clients"));
    QList<Row> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

Result<QList<Client>> ClientRepository::list(const ClientQuery &query) const
{
    return page<Client>(query, QLatin1String(kColumns), clientFromQuery);
}

Result<QList<ClientListRow>> ClientRepository::listRows(const ClientQuery &query) const
{
    return page<ClientListRow>(
        query,
        QLatin1String("id, name, document_type, document_number, whatsapp, consent_state, active"),
        [](const QSqlQuery &q) {
            ClientListRow row;
            row.id = q.value(0).toLongLong();
            row.name = q.value(1).toString();
            row.document = documentFromQuery(q, 2);
            row.whatsapp = PhoneNumber::fromE164(q.value(4).toString());
            row.consent = Consent::stateFromCode(q.value(5).toString());
            row.active = q.value(6).toInt() != 0;
            return row;
        });
}

Result<int> ClientRepository::count(const ClientQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM clients") + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("counting clients"));
    return q.value(0).toInt();
}

Result<void> ClientRepository::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("deleting the client"));
    const auto client = get(id);
    if (!client)
        return client.failure();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM debts WHERE client_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("deleting the client"));
    const int debts = q.value(0).toInt();
    if (debts > 0)
        return Failure{tr("%1 cannot be deleted: they have %n debt(s) on record. Their history "
                          "must be kept; mark the client inactive instead.",
                          nullptr, debts)
                           .arg(client->name),
                       ErrorCode::Conflict};
    if (auto recorded = ChangeRecorder::clientRemoving(m_db, m_clock, client.value()); !recorded)
        return recorded.failure();
    q.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("deleting the client"));
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("deleting the client"));
    return {};
}
