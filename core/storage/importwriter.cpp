#include "importwriter.h"

#include "auditlog.h"
#include "changerecorder.h"
#include "clientrepository.h"
#include "clock.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString ImportExisting::documentKey(const IdentityDocument &document)
{
    return IdentityDocument::typeCode(document.type()) + QLatin1Char('|') + document.number();
}

ImportWriter::ImportWriter(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<ImportExisting> ImportWriter::loadExisting() const
{
    ImportExisting existing;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT document_type, document_number, id FROM clients")))
        return m_db.failure(q.lastError(), tr("reading the clients"));
    while (q.next())
        existing.clientsByDocument.insert(q.value(0).toString() + QLatin1Char('|')
                                              + q.value(1).toString(),
                                          q.value(2).toLongLong());
    if (!q.exec(
            QStringLiteral("SELECT reference, id, client_id, amount_minor, paid_minor FROM debts")))
        return m_db.failure(q.lastError(), tr("reading the debts"));
    while (q.next()) {
        ImportExisting::DebtInfo info;
        info.id = q.value(1).toLongLong();
        info.clientId = q.value(2).toLongLong();
        info.amount = Money::fromMinor(q.value(3).toLongLong());
        info.paid = Money::fromMinor(q.value(4).toLongLong());
        existing.debtsByReference.insert(q.value(0).toString(), info);
    }
    return existing;
}

Result<ImportCounts> ImportWriter::write(const ImportPlan &plan, const Progress &progress) const
{
    const QString action = tr("importing");
    // A larger page cache for the duration of the import keeps the three tables' indexes in
    // memory instead of re-reading them from disk for every row.
    struct CacheSize
    {
        QSqlDatabase db;
        QVariant previous;
        explicit CacheSize(const Database &d) : db(d.connection())
        {
            if (!d.dialect().isSQLite())
                return;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
                previous = q.value(0);
            q.exec(QStringLiteral("PRAGMA cache_size = -131072")); // 128 MiB
        }
        ~CacheSize()
        {
            if (previous.isValid())
                QSqlQuery(db).exec(
                    QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong()));
        }
    } cacheSize(m_db);
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), action);

    const QSqlDatabase connection = m_db.connection();
    const QString now = SqlValues::timestamp(m_clock.now()).toString();
    const QString user = AuditLog::currentUser();
    const int total = plan.size();
    int done = 0;
    auto step = [&]() -> bool {
        ++done;
        if (progress && (done % 250 == 0 || done == total))
            return progress(done, total);
        return true;
    };
    const Failure cancelled{tr("The import was cancelled. Nothing was saved."),
                            ErrorCode::Conflict};
    if (progress && !progress(0, total))
        return cancelled;

    QSqlQuery audit(connection);
    audit.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, entity, entity_id, "
                                 "client_id, action, before_json, after_json) "
                                 "VALUES (?, ?, ?, ?, ?, 'import', '', ?)"));
    auto logImport
        = [&](const QString &entity, qint64 id, qint64 clientId, const QJsonObject &after) -> bool {
        audit.bindValue(0, now);
        audit.bindValue(1, SqlValues::text(user));
        audit.bindValue(2, entity);
        audit.bindValue(3, id);
        audit.bindValue(4, clientId);
        audit.bindValue(5, compact(after));
        return audit.exec();
    };

    ImportCounts counts;
    QList<qint64> clientIds;
    clientIds.reserve(plan.clients.size());
    {
        QSqlQuery q(connection);
        q.prepare(QStringLiteral(
            "INSERT INTO clients (name, name_key, search_text, document_type, document_number, "
            "whatsapp, email, address, notes, consent_state, consent_at, consent_source, "
            "consent_evidence, active, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'never_asked', NULL, '', '', 1, ?, ?, 1) "
            "RETURNING id"));
        for (const Client &c : plan.clients) {
            q.bindValue(0, c.name);
            q.bindValue(1, TextFold::fold(c.name));
            q.bindValue(2, ClientRepository::searchText(c));
            q.bindValue(3, IdentityDocument::typeCode(c.document.type()));
            q.bindValue(4, c.document.number());
            q.bindValue(5, c.whatsapp.e164());
            q.bindValue(6, SqlValues::text(c.email));
            q.bindValue(7, SqlValues::text(c.address));
            q.bindValue(8, SqlValues::text(c.notes));
            q.bindValue(9, now);
            q.bindValue(10, now);
            if (!q.exec() || !q.next()) {
                if (m_db.dialect().isUniqueViolation(q.lastError()))
                    return Failure{tr("Someone saved a client with %1 while the file was being "
                                      "checked. Nothing was imported; check the file again.")
                                       .arg(c.document.display()),
                                   ErrorCode::Duplicate};
                return m_db.failure(q.lastError(), action);
            }
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            clientIds.append(id);
            if (!logImport(QStringLiteral("client"), id, id, ChangeRecorder::toJson(c)))
                return m_db.failure(audit.lastError(), action);
            ++counts.clients;
            if (!step())
                return cancelled;
        }
    }

    // When the database has the reminders' wake-up list, an imported debt is looked at by
    // the next daily scan (from its issue date, as the reminders' migration did for older
    // debts): one that the imported payments settle is then dropped without a message, a
    // written-off one gets no wake-up at all.
    const bool tracksReminders
        = connection.tables().contains(QStringLiteral("reminder_wakeups"));
    QList<qint64> debtIds;
    QList<qint64> debtClientIds;
    debtIds.reserve(plan.debts.size());
    {
        QSqlQuery q(connection);
        q.prepare(QStringLiteral(
                      "INSERT INTO debts (client_id, reference, description, issue_date, due_date, "
                      "amount_minor, paid_minor, installment, written_off, settled, created_at, "
                      "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 1) "
                      "RETURNING id"));
        QSqlQuery wake(connection);
        wake.prepare(QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) VALUES "
                                    "(?, ?) ON CONFLICT DO NOTHING"));
        for (const ImportPlan::NewDebt &nd : plan.debts) {
            Debt d = nd.debt;
            if (nd.newClient >= 0)
                d.clientId = clientIds.at(nd.newClient);
            q.bindValue(0, d.clientId);
            q.bindValue(1, d.reference);
            q.bindValue(2, SqlValues::text(d.description));
            q.bindValue(3, SqlValues::date(d.issueDate));
            q.bindValue(4, SqlValues::date(d.dueDate));
            q.bindValue(5, d.amount.minor());
            q.bindValue(6, d.installment);
            q.bindValue(7, d.writtenOff ? 1 : 0);
            q.bindValue(8, d.writtenOff ? 1 : 0);
            q.bindValue(9, now);
            q.bindValue(10, now);
            if (!q.exec() || !q.next()) {
                if (m_db.dialect().isUniqueViolation(q.lastError()))
                    return Failure{tr("Invoice number %1 was saved by someone else while the "
                                      "file was being checked. Nothing was imported; check the "
                                      "file again.")
                                       .arg(d.reference),
                                   ErrorCode::Duplicate};
                return m_db.failure(q.lastError(), action);
            }
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            if (tracksReminders && !d.writtenOff) {
                wake.bindValue(0, SqlValues::date(d.issueDate));
                wake.bindValue(1, id);
                if (!wake.exec())
                    return m_db.failure(wake.lastError(), action);
            }
            debtIds.append(id);
            debtClientIds.append(d.clientId);
            d.paid = Money();
            if (!logImport(QStringLiteral("debt"), id, d.clientId, ChangeRecorder::toJson(d)))
                return m_db.failure(audit.lastError(), action);
            ++counts.debts;
            if (!step())
                return cancelled;
        }
    }

    {
        QSqlQuery q(connection);
        q.prepare(QStringLiteral("INSERT INTO payments (debt_id, paid_on, amount_minor, method, "
                                 "reference, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "RETURNING id"));
        QSqlQuery reversal(connection);
        reversal.prepare(QStringLiteral("INSERT INTO payment_reversals (payment_id, reason, "
                                        "reversed_at) VALUES (?, ?, ?)"));
        QSqlQuery paid(connection);
        paid.prepare(QStringLiteral("UPDATE debts SET paid_minor = paid_minor + ?, "
                                    "settled = CASE WHEN written_off = 1 OR paid_minor + ? = "
                                    "amount_minor THEN 1 ELSE 0 END, "
                                    "updated_at = ?, version = version + 1 WHERE id = ?"));
        for (const ImportPlan::NewPayment &np : plan.payments) {
            Payment p = np.payment;
            qint64 clientId = np.clientId;
            if (np.newDebt >= 0) {
                p.debtId = debtIds.at(np.newDebt);
                clientId = debtClientIds.at(np.newDebt);
            }
            q.bindValue(0, p.debtId);
            q.bindValue(1, SqlValues::date(p.date));
            q.bindValue(2, p.amount.minor());
            q.bindValue(3, Payment::methodCode(p.method));
            q.bindValue(4, SqlValues::text(p.reference));
            q.bindValue(5, SqlValues::text(p.note));
            q.bindValue(6, now);
            if (!q.exec() || !q.next())
                return m_db.failure(q.lastError(), action);
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            if (p.reversed) {
                reversal.bindValue(0, id);
                reversal.bindValue(1, p.reversalReason);
                reversal.bindValue(
                    2, SqlValues::timestamp(p.reversedAt.isValid() ? p.reversedAt : m_clock.now()));
                if (!reversal.exec())
                    return m_db.failure(reversal.lastError(), action);
            } else {
                int bind = 0;
                paid.bindValue(bind++, p.amount.minor());
                paid.bindValue(bind++, p.amount.minor());
                paid.bindValue(bind++, now);
                paid.bindValue(bind++, p.debtId);
                if (!paid.exec()) {
                    if (m_db.dialect().isCheckViolation(paid.lastError()))
                        return Failure{tr("The payments for one invoice add up to more than it "
                                          "owes (%1). Nothing was imported.")
                                           .arg(p.amount.toString()),
                                       ErrorCode::Invalid};
                    return m_db.failure(paid.lastError(), action);
                }
            }
            if (!logImport(QStringLiteral("payment"), id, clientId, ChangeRecorder::toJson(p)))
                return m_db.failure(audit.lastError(), action);
            ++counts.payments;
            if (!step())
                return cancelled;
        }
    }

    const auto summary = AuditLog(m_db, m_clock)
                             .record(QStringLiteral("import"), 0, QStringLiteral("import"), {},
                                     {{QStringLiteral("file"), plan.source},
                                      {QStringLiteral("clients"), counts.clients},
                                      {QStringLiteral("debts"), counts.debts},
                                      {QStringLiteral("payments"), counts.payments}});
    if (!summary)
        return summary.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), action);
    return counts;
}
