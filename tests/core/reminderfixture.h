#pragma once

// Shared set-up for the reminder tests: a fresh database file, a fixed Bogotá clock and
// helpers that create clients and debts through the real repositories.
#include "client.h"
#include "clientrepository.h"
#include "clock.h"
#include "database.h"
#include "debt.h"
#include "debtrepository.h"
#include "outboxrepository.h"
#include "payment.h"
#include "paymentrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct ReminderFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2026, 1, 1), QTime(14, 0), Qt::UTC)};
    int documents = 0;

    bool open(const QString &connection = QStringLiteral("reminders"))
    {
        if (!dir.isValid())
            return false;
        // SQLite file, or (CARTERA_TEST_BACKEND=postgresql) a fresh PostgreSQL database.
        db = std::make_unique<Database>(
            TestSupport::openDatabase(dir.filePath(QStringLiteral("cartera.sqlite")), connection));
        return db->isValid();
    }

    void at(const QDate &day, const QTime &time = QTime(9, 0)) { clock.setLocal(day, time); }

    qint64 client(const QString &name, const QString &phone = QStringLiteral("300 123 4567"),
                  bool consent = true)
    {
        Client c;
        c.name = name;
        c.document = IdentityDocument::fromStored(IdentityDocument::Type::CC,
                                                  QString::number(1020304050 + ++documents));
        c.whatsapp = PhoneNumber::parse(phone).value();
        // The foundation binds null strings as NULL into NOT NULL columns: fill them.
        c.email = QStringLiteral("cliente%1@example.com").arg(documents);
        c.address = QStringLiteral("Calle %1").arg(documents);
        c.notes = QStringLiteral("-");
        c.consent.source = QStringLiteral("-");
        c.consent.evidence = QStringLiteral("-");
        if (consent) {
            c.consent.state = Consent::State::Granted;
            c.consent.at = clock.now();
            c.consent.source = QStringLiteral("formulario firmado");
            c.consent.evidence = QStringLiteral("archivo 12");
        }
        ClientRepository repo(*db, clock);
        const auto id = repo.create(c);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    qint64 debt(qint64 clientId, const QString &reference, const QDate &due, qint64 pesos)
    {
        Debt d;
        d.clientId = clientId;
        d.reference = reference;
        d.description = QStringLiteral("Mercancía");
        d.issueDate = due.addDays(-30);
        d.dueDate = due;
        d.amount = Money::fromPesos(pesos);
        DebtRepository repo(*db, clock);
        const auto id = repo.create(d);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    Result<qint64> pay(qint64 debtId, qint64 pesos)
    {
        Payment p;
        p.debtId = debtId;
        p.date = clock.today();
        p.amount = Money::fromPesos(pesos);
        p.reference = QStringLiteral("R-%1").arg(++documents);
        p.note = QStringLiteral("-");
        PaymentRepository repo(*db, clock);
        auto result = repo.record(p);
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        return result;
    }

    QList<PaymentRow> payments(qint64 debtId)
    {
        PaymentQuery query;
        query.debtId = debtId;
        const auto rows = PaymentRepository(*db, clock).list(query);
        return rows ? rows.value() : QList<PaymentRow>();
    }

    QList<OutboxMessage> messages(QList<OutboxMessage::State> states = {})
    {
        OutboxRepository outbox(*db, clock);
        OutboxQuery query;
        query.states = states;
        query.newestFirst = false;
        query.limit = 1000;
        const auto list = outbox.list(query);
        return list ? list.value() : QList<OutboxMessage>();
    }

    OutboxMessage message(qint64 id)
    {
        OutboxRepository outbox(*db, clock);
        const auto m = outbox.get(id);
        return m ? m.value() : OutboxMessage();
    }

    // How many wake-ups a debt has (all debts: 0).
    int wakeUps(qint64 debtId = 0)
    {
        QSqlQuery q(db->connection());
        q.prepare(debtId > 0 ? QStringLiteral("SELECT COUNT(*) FROM reminder_wakeups WHERE debt_id = ?")
                             : QStringLiteral("SELECT COUNT(*) FROM reminder_wakeups"));
        if (debtId > 0)
            q.addBindValue(debtId);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // When the scan next looks at an open debt: its earliest wake-up; none for a settled
    // debt, whose wake-ups the scan drops on their day without a message.
    QDate nextReminder(qint64 debtId)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT MIN(w.wake_on) FROM reminder_wakeups w JOIN debts d ON "
                                 "d.id = w.debt_id WHERE w.debt_id = ? AND d.settled = 0"));
        q.addBindValue(debtId);
        if (!q.exec() || !q.next())
            return {};
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    }
};
