#pragma once

// Builds a portfolio through the real repositories and keeps, beside it, an independent
// record of what was done, so tests can compute every figure a report should show without
// touching the report SQL. Shared by the report query, CSV and renderer tests.

#include "client.h"
#include "clientrepository.h"
#include "clock.h"
#include "database.h"
#include "debtrepository.h"
#include "moralevel.h"
#include "paymentrepository.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct FixturePayment
{
    qint64 id = 0;
    QDate date;
    qint64 amount = 0; // centavos
    Payment::Method method = Payment::Method::Cash;
    QDate reversedOn; // local date of the reversal; invalid when not reversed
};

struct FixtureDebt
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDate issue;
    QDate due;
    qint64 amount = 0; // centavos
    QList<FixturePayment> payments;

    // The balance at the end of `asOf`, by the rule the reports document.
    qint64 balanceAsOf(const QDate &asOf) const
    {
        if (issue > asOf)
            return 0;
        qint64 paid = 0;
        for (const FixturePayment &p : payments) {
            const bool reversed = p.reversedOn.isValid() && p.reversedOn <= asOf;
            if (p.date <= asOf && !reversed)
                paid += p.amount;
        }
        return amount - paid;
    }
    qint64 currentBalance() const
    {
        qint64 paid = 0;
        for (const FixturePayment &p : payments)
            paid += p.reversedOn.isValid() ? 0 : p.amount;
        return amount - paid;
    }
};

class ReportFixture
{
public:
    ReportFixture() : m_clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)) {}

    bool open()
    {
        if (!m_dir.isValid())
            return false;
        // A SQLite file, or a fresh PostgreSQL database on the pg/ run.
        m_db = TestSupport::openDatabase(m_dir.filePath(QStringLiteral("reports.sqlite")),
                                         QStringLiteral("reports-%1").arg(quintptr(this)));
        return m_db.isValid();
    }

    FixedClock &clock() { return m_clock; }
    const Database &db() const { return m_db; }
    QString dir() const { return m_dir.path(); }

    qint64 addClient(const QString &name)
    {
        const int n = m_clientCount++;
        Client c;
        c.name = name;
        c.document
            = IdentityDocument::parse(IdentityDocument::Type::CC, QString::number(10203040 + n))
                  .value();
        c.whatsapp
            = PhoneNumber::parse(QStringLiteral("300%1").arg(1000000 + n, 7, 10, QLatin1Char('0')))
                  .value();
        c.address
            = QStringLiteral("Calle %1 # %2-%3, Bogotá").arg(10 + n % 90).arg(n % 50).arg(n % 99);
        ClientRepository repo(m_db, m_clock);
        const auto id = repo.create(c);
        if (!id) {
            qWarning() << id.error();
            return 0;
        }
        return id.value();
    }

    qint64 addDebt(qint64 clientId, const QDate &issue, const QDate &due, qint64 pesos,
                   const QString &description = QString())
    {
        Debt d;
        d.clientId = clientId;
        d.reference = QStringLiteral("FV-%1").arg(++m_invoice, 5, 10, QLatin1Char('0'));
        d.description = description.isEmpty() ? QStringLiteral("Mercancía a crédito") : description;
        d.issueDate = issue;
        d.dueDate = due;
        d.amount = Money::fromPesos(pesos);
        DebtRepository repo(m_db, m_clock);
        const auto id = repo.create(d);
        if (!id) {
            qWarning() << id.error();
            return 0;
        }
        debts.append({id.value(), clientId, issue, due, pesos * 100, {}});
        return id.value();
    }

    qint64 pay(qint64 debtId, const QDate &date, qint64 pesos,
               Payment::Method method = Payment::Method::Cash)
    {
        Payment p;
        p.debtId = debtId;
        p.date = date;
        p.amount = Money::fromPesos(pesos);
        p.method = method;
        m_clock.setLocal(date, QTime(10, 0));
        PaymentRepository repo(m_db, m_clock);
        const auto id = repo.record(p);
        if (!id) {
            qWarning() << id.error();
            return 0;
        }
        debt(debtId).payments.append({id.value(), date, pesos * 100, method, {}});
        return id.value();
    }

    // Reverses a payment at a local date and time of the business.
    bool reverse(qint64 paymentId, const QDate &date, const QTime &time = QTime(16, 0))
    {
        m_clock.setLocal(date, time);
        PaymentRepository repo(m_db, m_clock);
        const auto done = repo.reverse(paymentId, QStringLiteral("Cheque devuelto"));
        if (!done) {
            qWarning() << done.error();
            return false;
        }
        for (FixtureDebt &d : debts)
            for (FixturePayment &p : d.payments)
                if (p.id == paymentId)
                    p.reversedOn = date;
        return true;
    }

    FixtureDebt &debt(qint64 id)
    {
        for (FixtureDebt &d : debts)
            if (d.id == id)
                return d;
        qFatal("no such debt");
    }

    // A random but repeatable portfolio: debts issued from June 2025 to January 2026, paid
    // in parts, some payments reversed later, with every method.
    bool generate(quint32 seed, int clientCount, int debtCount)
    {
        QRandomGenerator rng(seed);
        static const char *const names[]
            = {"Ferretería El Tornillo", "Droguería San Jorge", "Panadería La Espiga",
               "Colegio Los Andes",      "Clínica Santa Fe",    "Tienda Doña Rosa",
               "Distribuidora Caribe",   "Papelería Ábaco"};
        QList<qint64> clientIds;
        for (int i = 0; i < clientCount; ++i) {
            const qint64 id = addClient(
                QStringLiteral("%1 %2").arg(QString::fromUtf8(names[i % 8])).arg(i + 1));
            if (id == 0)
                return false;
            clientIds << id;
        }
        const QDate start(2025, 6, 1);
        const QList<Payment::Method> methods = Payment::allMethods();
        for (int i = 0; i < debtCount; ++i) {
            const QDate issue = start.addDays(rng.bounded(240));
            const QDate due = issue.addDays(rng.bounded(61));
            const qint64 pesos = (1 + rng.bounded(400)) * 5000;
            const qint64 id
                = addDebt(clientIds.at(rng.bounded(clientIds.size())), issue, due, pesos);
            if (id == 0)
                return false;
            int parts = rng.bounded(4);
            qint64 left = pesos;
            QDate last = issue;
            for (int k = 0; k < parts && left > 0; ++k) {
                const qint64 amount
                    = k + 1 == parts || rng.bounded(3) == 0
                          ? left
                          : qMax<qint64>(1000, (left / 1000 / (1 + rng.bounded(3))) * 1000);
                const qint64 paid = qMin(amount, left);
                last = last.addDays(rng.bounded(50));
                const qint64 pid = pay(id, last, paid, methods.at(rng.bounded(methods.size())));
                if (pid == 0)
                    return false;
                left -= paid;
                if (rng.bounded(6) == 0) {
                    if (!reverse(pid, last.addDays(rng.bounded(30))))
                        return false;
                    left += paid;
                }
            }
        }
        return true;
    }

    QList<FixtureDebt> debts;

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    Database m_db;
    int m_clientCount = 0;
    int m_invoice = 0;
};
