#pragma once

// Shared set-up for the UI tests: a database in a temporary folder, a clock fixed on a
// known day, and quick ways to add clients, debts and payments through the repositories.
#include "clientrepository.h"
#include "clock.h"
#include "database.h"
#include "debtrepository.h"
#include "paymentrepository.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace UiTest {

// Tuesday 20 January 2026, 10:00 in Bogotá.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 1, 20), QTime(15, 0), Qt::UTC);
}

struct Fixture
{
    QTemporaryDir dir;
    Database db;
    FixedClock clock{fixedNow()};

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("cartera.sqlite")));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        db = opened.value();
        return true;
    }
    ~Fixture() { db.close(); }

    Client addClient(const QString &name, const QString &cc, const QString &phone)
    {
        Client c;
        c.name = name;
        c.document = IdentityDocument::parse(IdentityDocument::Type::CC, cc).value();
        c.whatsapp = PhoneNumber::parse(phone).value();
        const auto id = ClientRepository(db, clock).create(c);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return c;
    }

    Debt addDebt(qint64 clientId, const QString &reference, int dueInDays, qint64 pesos)
    {
        Debt d;
        d.clientId = clientId;
        d.reference = reference;
        d.dueDate = clock.today().addDays(dueInDays);
        d.issueDate = qMin(d.dueDate, clock.today()).addDays(-30);
        d.amount = Money::fromPesos(pesos);
        const auto id = DebtRepository(db, clock).create(d);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return d;
    }

    Payment pay(qint64 debtId, qint64 pesos, int daysAgo = 0)
    {
        Payment p;
        p.debtId = debtId;
        p.amount = Money::fromPesos(pesos);
        p.date = clock.today().addDays(-daysAgo);
        const auto id = PaymentRepository(db, clock).record(p);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return p;
    }
};

} // namespace UiTest
