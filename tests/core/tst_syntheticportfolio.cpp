#include "testsupport.h"

#include "clock.h"
#include "moralevel.h"
#include "reminderpolicyrepository.h"
#include "reminderscheduler.h"
#include "syntheticportfolio.h"

#include <QSqlQuery>

using namespace TestSupport;

// The generator behind the benchmarks, at 10,000 debts: its data must be valid and consistent,
// or the benchmarks measure nonsense.
class tst_SyntheticPortfolio : public QObject
{
    Q_OBJECT
private slots:
    void generatesConsistentPortfolio();
    void deterministicForSeed();
    void cancelWritesNothing();
    void rulesWithoutRepetition();

private:
    static QVariant scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("query failed: %s", qPrintable(q.lastError().text()));
        return q.value(0);
    }
};

void tst_SyntheticPortfolio::generatesConsistentPortfolio()
{
    QTemporaryDir dir;
    Database db = openDatabase(dir.filePath(QStringLiteral("bench.sqlite")));
    SyntheticPortfolio::Options options;
    options.clients = 1000;
    options.today = QDate(2026, 11, 26);
    qint64 lastProgress = 0;
    const auto stats = SyntheticPortfolio::generate(db, options, [&](qint64 done, qint64 total) {
        lastProgress = done;
        return total == 1000;
    });
    QVERIFY2(stats.ok(), qPrintable(stats.error()));
    QCOMPARE(lastProgress, qint64(1000));
    QCOMPARE(stats->clients, qint64(1000));
    QVERIFY2(stats->debts > 8000 && stats->debts < 12000, qPrintable(QString::number(stats->debts)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM debts")).toLongLong(), stats->debts);
    QVERIFY(stats->reversals > 0);

    // Every debt's paid amount is exactly its payments that were not reversed.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM debts d WHERE d.paid_minor <> "
                            "(SELECT COALESCE(SUM(p.amount_minor), 0) FROM payments p WHERE "
                            "p.debt_id = d.id AND NOT EXISTS (SELECT 1 FROM payment_reversals r "
                            "WHERE r.payment_id = p.id))"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM debts WHERE settled <> "
                                       "(paid_minor = amount_minor)"))
                 .toInt(),
             0);

    // Every mora level is represented, and the repositories read the data back.
    FixedClock clock(QDateTime(options.today, QTime(12, 0), Qt::UTC));
    DebtRepository debts(db, clock);
    const MoraLevels levels = MoraLevels::defaults();
    for (const MoraLevel &level : levels.levels()) {
        DebtQuery q;
        q.asOf = options.today;
        q.state = level.maxDays == 0 ? DebtQuery::State::Current : DebtQuery::State::All;
        if (level.maxDays != 0) {
            q.minDaysOverdue = level.minDays;
            q.maxDaysOverdue = level.maxDays;
        }
        QVERIFY2(debts.count(q).value() > 0, qPrintable(level.name));
    }
    DebtQuery overdue;
    overdue.state = DebtQuery::State::Overdue;
    overdue.asOf = options.today;
    QCOMPARE(qint64(debts.count(overdue).value()), stats->openOverdueDebts);

    // The reminder state is the one a daily scan up to yesterday leaves: every open debt
    // waits for a step on or after today, settled ones for none, and today's scan examines
    // exactly the debts whose step falls today (a small share of the portfolio).
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM debts d LEFT JOIN (SELECT debt_id, "
                                       "MIN(wake_on) AS first FROM reminder_wakeups GROUP BY "
                                       "debt_id) w ON w.debt_id = d.id WHERE d.settled = 0 AND "
                                       "(w.first IS NULL OR w.first < '2026-11-26')"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reminder_wakeups w JOIN debts d ON "
                                       "d.id = w.debt_id WHERE d.settled = 1"))
                 .toInt(),
             0);
    QVERIFY(stats->remindersDueToday > 0);
    QVERIFY(stats->remindersDueToday < stats->debts / 20);
    FixedClock morning(QDateTime(options.today, QTime(15, 0), Qt::UTC)); // 10:00 in Bogotá
    const auto scan = ReminderScheduler(db, morning).scan(true);
    QVERIFY2(scan.ok(), qPrintable(scan.error()));
    QCOMPARE(scan->sendDate, options.today);
    QCOMPARE(qint64(scan->debtsExamined), stats->remindersDueToday);
    QVERIFY(scan->messagesQueued > 0);

    // The numbers and documents are ones the program itself accepts.
    ClientRepository clients(db, clock);
    ClientQuery page;
    page.limit = 300;
    for (const Client &c : clients.list(page).value()) {
        QVERIFY2(PhoneNumber::parse(c.whatsapp.e164()).ok(), qPrintable(c.whatsapp.e164()));
        QVERIFY(IdentityDocument::parse(IdentityDocument::Type::CC, c.document.number()).ok());
        QVERIFY(c.validate().ok() || c.consent.state == Consent::State::NeverAsked);
    }
    db.close();
}

void tst_SyntheticPortfolio::deterministicForSeed()
{
    QTemporaryDir dir;
    auto fingerprint = [&](const QString &file, quint32 seed) {
        Database db = openDatabase(dir.filePath(file), file);
        SyntheticPortfolio::Options options;
        options.clients = 200;
        options.seed = seed;
        options.today = QDate(2026, 11, 26);
        if (!SyntheticPortfolio::generate(db, options))
            qFatal("generation failed");
        const QString print = scalar(db, QStringLiteral(
                                             "SELECT COUNT(*) || ':' || SUM(amount_minor) || ':' || "
                                             "SUM(paid_minor) || ':' || MIN(due_date) FROM debts"))
                                  .toString()
                              + scalar(db, QStringLiteral("SELECT GROUP_CONCAT(name, '|') FROM "
                                                          "(SELECT name FROM clients LIMIT 20)"))
                                    .toString();
        db.close();
        return print;
    };
    const QString a = fingerprint(QStringLiteral("a.sqlite"), 7);
    QCOMPARE(fingerprint(QStringLiteral("b.sqlite"), 7), a);
    QVERIFY(fingerprint(QStringLiteral("c.sqlite"), 8) != a);
}

void tst_SyntheticPortfolio::cancelWritesNothing()
{
    QTemporaryDir dir;
    Database db = openDatabase(dir.filePath(QStringLiteral("cancel.sqlite")));
    SyntheticPortfolio::Options options;
    options.clients = 3000;
    const auto stats = SyntheticPortfolio::generate(db, options,
                                                    [](qint64 done, qint64) { return done < 2000; });
    QVERIFY(!stats.ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM clients")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM debts")).toInt(), 0);
    db.close();
}

// The same portfolio where the business saved rules that end at the last step: the rules are
// saved, the wake-ups follow them, and today's scan queues only the debts whose step falls
// today, fewer messages than with the default rules' repetition every 30 days.
void tst_SyntheticPortfolio::rulesWithoutRepetition()
{
    QTemporaryDir dir;
    const QDate today(2026, 11, 26);
    FixedClock morning(QDateTime(today, QTime(15, 0), Qt::UTC)); // 10:00 in Bogotá
    struct Day
    {
        QString debts;
        qint64 dueToday = 0;
        int messages = 0;
        int repeatSteps = 0;   // queued items past the last fixed step (30 days)
        int stepNotToday = 0;  // queued items whose step does not fall today
        int afterLastStep = 0; // wake-ups of debts whose last fixed step has passed
    };
    auto generateAndScan = [&](const QString &file, int repeatEveryDays) {
        Database db = openDatabase(dir.filePath(file), file);
        SyntheticPortfolio::Options options;
        options.clients = 1000;
        options.today = today;
        options.policy.repeatEveryDays = repeatEveryDays;
        const auto stats = SyntheticPortfolio::generate(db, options);
        if (!stats)
            qFatal("generation failed: %s", qPrintable(stats.error()));
        if (ReminderPolicyRepository(db, morning).get().value().repeatEveryDays != repeatEveryDays)
            qFatal("the rules were not saved");
        const auto scan = ReminderScheduler(db, morning).scan();
        if (!scan || scan->sendDate != today
            || qint64(scan->debtsExamined) != stats->remindersDueToday)
            qFatal("scan failed or examined other debts than those due today");
        Day day;
        day.debts = scalar(db, QStringLiteral("SELECT COUNT(*) || ':' || SUM(amount_minor) || ':' "
                                              "|| SUM(paid_minor) FROM debts"))
                        .toString();
        day.dueToday = stats->remindersDueToday;
        day.messages = scan->messagesQueued;
        day.repeatSteps
            = scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox_items WHERE step_days > 30"))
                  .toInt();
        day.stepNotToday = scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox_items WHERE "
                                                     "date(due_date, '+' || step_days || "
                                                     "' days') <> '2026-11-26'"))
                               .toInt();
        day.afterLastStep = scalar(db, QStringLiteral("SELECT COUNT(*) FROM reminder_wakeups w "
                                                      "JOIN debts d ON d.id = w.debt_id WHERE "
                                                      "d.due_date < '2026-10-27'"))
                                .toInt();
        db.close();
        return day;
    };
    const Day usual = generateAndScan(QStringLiteral("usual.sqlite"), 30);
    const Day quiet = generateAndScan(QStringLiteral("quiet.sqlite"), 0);

    QCOMPARE(quiet.debts, usual.debts); // the same clients, debts and payments
    QVERIFY(usual.repeatSteps > 0);
    QCOMPARE(quiet.repeatSteps, 0);
    QCOMPARE(quiet.stepNotToday, 0);
    // Without repetition, no debt whose last step has passed waits for another reminder.
    QVERIFY(usual.afterLastStep > 0);
    QCOMPARE(quiet.afterLastStep, 0);
    QCOMPARE(usual.stepNotToday, 0);
    QVERIFY(quiet.messages > 0);
    QVERIFY2(quiet.dueToday < usual.dueToday && quiet.messages < usual.messages,
             qPrintable(
                 QStringLiteral("%1 < %2 messages").arg(quiet.messages).arg(usual.messages)));
}

QTEST_GUILESS_MAIN(tst_SyntheticPortfolio)
#include "tst_syntheticportfolio.moc"
