#include "syntheticportfolio.h"

#include "clock.h"
#include "reminderpolicyrepository.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

const char *const kFirstNames[] = {
    "Juan", "María", "José", "Luis", "Carlos", "Ana", "Andrés", "Diana", "Jorge", "Paola",
    "Alejandro", "Luz", "Santiago", "Valentina", "Camilo", "Daniela", "Felipe", "Natalia",
    "Sebastián", "Carolina", "Julián", "Sandra", "Mauricio", "Claudia", "Óscar", "Adriana",
    "Fabián", "Marcela", "Hernán", "Gloria", "Édgar", "Ximena", "Iván", "Ángela", "Nicolás",
    "Lucía", "Ricardo", "Yolanda", "Gustavo", "Beatriz"};
const char *const kSurnames[] = {
    "Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández", "Sánchez",
    "Ramírez", "Pérez", "Díaz", "Muñoz", "Rojas", "Moreno", "Jiménez", "Álvarez", "Romero",
    "Valencia", "Torres", "Ruiz", "Vargas", "Castro", "Ortiz", "Suárez", "Gutiérrez", "Cárdenas",
    "Mejía", "Restrepo", "Ospina", "Quintero", "Zapata", "Arango", "Castaño", "Londoño",
    "Salazar", "Peña", "Agudelo", "Bermúdez", "Córdoba", "Patiño"};
// Mobile prefixes in use in Colombia (Claro, Movistar, Tigo, WOM and others).
const int kMobilePrefixes[] = {300, 301, 302, 304, 305, 310, 311, 312, 313, 314, 315, 316,
                               317, 318, 319, 320, 321, 322, 323, 324, 350, 351};
const int kTerms[] = {15, 30, 30, 30, 45, 60, 90};
const char *const kMethods[] = {"efectivo", "transferencia", "tarjeta", "pse", "nequi",
                                "daviplata", "transferencia", "nequi"};

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

} // namespace

Result<SyntheticPortfolio::Stats> SyntheticPortfolio::generate(const Database &db,
                                                               const Options &options,
                                                               const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QString now = SqlValues::timestamp(QDateTime(today, QTime(8, 0), Qt::UTC)).toString();
    QRandomGenerator rng(options.seed);
    Stats stats;

    const QSqlDatabase connection = db.connection();
    if (db.dialect().isSQLite()) {
        // One large transaction: keep its pages in memory instead of spilling them early.
        QSqlQuery pragma(connection);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    WriteTransaction tx(db);
    if (!tx.started())
        return db.failure(tx.error(), tr("generating the portfolio"));

    // Continue numbering after whatever is already there, so that generating twice works.
    qint64 firstClient = 0;
    qint64 firstDebt = 0;
    qint64 firstPayment = 0;
    {
        QSqlQuery q(connection);
        q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM clients), "
                              "(SELECT COALESCE(MAX(id), 0) FROM debts), "
                              "(SELECT COALESCE(MAX(id), 0) FROM payments)"));
        if (!q.next())
            return db.failure(q.lastError(), tr("generating the portfolio"));
        firstClient = q.value(0).toLongLong();
        firstDebt = q.value(1).toLongLong();
        firstPayment = q.value(2).toLongLong();
    }

    QSqlQuery insertClient(connection);
    insertClient.prepare(QStringLiteral(
        "INSERT INTO clients (id, name, name_key, search_text, document_type, document_number, "
        "whatsapp, consent_state, consent_at, consent_source, active, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'CC', ?, ?, ?, ?, ?, 1, ?, ?)"));
    QSqlQuery insertDebt(connection);
    insertDebt.prepare(QStringLiteral(
        "INSERT INTO debts (id, client_id, reference, issue_date, due_date, amount_minor, "
        "paid_minor, written_off, settled, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    QSqlQuery insertWakeUp(connection);
    insertWakeUp.prepare(
        QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) VALUES (?, ?)"));
    QSqlQuery insertPayment(connection);
    insertPayment.prepare(QStringLiteral(
        "INSERT INTO payments (id, debt_id, paid_on, amount_minor, method, reference, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertReversal(connection);
    insertReversal.prepare(QStringLiteral(
        "INSERT INTO payment_reversals (payment_id, reason, reversed_at) VALUES (?, ?, ?)"));

    auto run = [&](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec();
    };

    // The reminder state a Cartera that has scanned every day up to yesterday leaves behind:
    // each open debt wakes up on its next step on or after today (the scan plans so), so only
    // the debts with a step falling today need action today.
    const ReminderPolicy &policy = options.policy;
    if (!(policy == ReminderPolicy::defaults())) {
        const FixedClock clock(QDateTime(today, QTime(8, 0), Qt::UTC));
        if (auto saved = ReminderPolicyRepository(db, clock).save(policy); !saved)
            return saved.failure();
    }
    const QDate yesterday = today.addDays(-1);

    qint64 debtId = firstDebt;
    qint64 paymentId = firstPayment;
    const int spreadDays = 3 * 365;
    for (int c = 0; c < options.clients; ++c) {
        const qint64 clientId = firstClient + c + 1;
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(QString::fromUtf8(pick(rng, kFirstNames)),
                                      QString::fromUtf8(pick(rng, kSurnames)),
                                      QString::fromUtf8(pick(rng, kSurnames)));
        const QString document = QString::number(10000000 + clientId * 7 + rng.bounded(7));
        const QString phoneDigits = QStringLiteral("57%1%2")
                                        .arg(pick(rng, kMobilePrefixes))
                                        .arg(rng.bounded(1000000, 9999999));
        const quint32 consentDraw = rng.bounded(100);
        const QString consent = consentDraw < 80 ? QStringLiteral("granted")
                                : consentDraw < 90 ? QStringLiteral("never_asked")
                                                   : QStringLiteral("revoked");
        const QVariant consentAt = consent == QLatin1String("never_asked") ? QVariant(QMetaType(QMetaType::QString))
                                                                           : QVariant(now);
        const QString folded = TextFold::fold(name);
        if (!run(insertClient, {clientId, name, folded,
                                folded + QLatin1Char(' ') + document + QLatin1Char(' ') + phoneDigits,
                                document, QLatin1Char('+') + phoneDigits, consent, consentAt,
                                SqlValues::text(consent == QLatin1String("never_asked")
                                                    ? QString()
                                                    : QStringLiteral("formulario firmado")),
                                now, now}))
            return db.failure(insertClient.lastError(), tr("generating the portfolio"));
        ++stats.clients;

        const int debts = 1 + int(rng.bounded(quint32(2 * options.debtsPerClient - 1)));
        for (int k = 0; k < debts; ++k) {
            ++debtId;
            const QDate issue = today.addDays(-qint64(rng.bounded(spreadDays)));
            const QDate due = issue.addDays(pick(rng, kTerms));
            const qint64 amount = qint64(rng.bounded(50, 5000)) * 1000 * 100;
            // Older debts are more likely paid; a third of what is past due stays open.
            const qint64 age = due.daysTo(today);
            const quint32 draw = rng.bounded(100);
            qint64 paid = 0;
            if (age > 0 && draw < 62)
                paid = amount;
            else if (draw < 75)
                paid = (amount / 100 * qint64(rng.bounded(10, 90))) / 100 * 100;
            if (!run(insertDebt, {debtId, clientId, QStringLiteral("FV-%1").arg(debtId, 7, 10, QLatin1Char('0')),
                                  SqlValues::date(issue), SqlValues::date(due), amount, paid,
                                  paid == amount ? 1 : 0, now, now}))
                return db.failure(insertDebt.lastError(), tr("generating the portfolio"));
            const QDate wakeOn = paid < amount ? policy.nextStepDate(due, yesterday) : QDate();
            if (wakeOn.isValid() && !run(insertWakeUp, {SqlValues::date(wakeOn), debtId}))
                return db.failure(insertWakeUp.lastError(), tr("generating the portfolio"));
            ++stats.debts;
            if (paid < amount && due < today)
                ++stats.openOverdueDebts;
            if (wakeOn == today)
                ++stats.remindersDueToday;

            if (paid > 0) {
                // One or two payments that add up to what was paid, and now and then a
                // reversed one on top (a bounced transfer) that does not count.
                const bool split = paid >= 200000 && rng.bounded(2) == 0;
                const qint64 first = split ? paid / 2 : paid;
                const QDate paidOn = qMin(today, issue.addDays(rng.bounded(1, 120)));
                for (const qint64 part : {first, paid - first}) {
                    if (part <= 0)
                        continue;
                    ++paymentId;
                    if (!run(insertPayment, {paymentId, debtId, SqlValues::date(paidOn), part,
                                             QString::fromLatin1(pick(rng, kMethods)), SqlValues::text({}), now}))
                        return db.failure(insertPayment.lastError(), tr("generating the portfolio"));
                    ++stats.payments;
                }
                if (rng.bounded(100) < 3) {
                    ++paymentId;
                    if (!run(insertPayment, {paymentId, debtId, SqlValues::date(paidOn), first,
                                             QStringLiteral("transferencia"), SqlValues::text({}), now})
                        || !run(insertReversal, {paymentId, QStringLiteral("Transferencia rechazada"),
                                                 now}))
                        return db.failure(insertPayment.lastError(), tr("generating the portfolio"));
                    ++stats.payments;
                    ++stats.reversals;
                }
            }
        }
        if (progress && (c % 1000 == 999 || c + 1 == options.clients)
            && !progress(c + 1, options.clients))
            return Failure{tr("Generation cancelled; nothing was written."), ErrorCode::Conflict};
    }
    insertClient.finish();
    insertDebt.finish();
    insertWakeUp.finish();
    insertPayment.finish();
    insertReversal.finish();
    if (!tx.commit())
        return db.failure(tx.error(), tr("generating the portfolio"));
    stats.seconds = timer.elapsed() / 1000.0;
    return stats;
}
