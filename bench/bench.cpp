// cartera-bench: times Cartera's own hot paths on a database made by cartera-generate and
// prints one line per figure: "name<TAB>median ms". bench/run sets them beside their baselines.
// The database may also be a postgresql:// address (bench/run-postgresql copies the generated
// file there with cartera --migrate-to).
#include "clientrepository.h"
#include "clock.h"
#include "database.h"
#include "debtrepository.h"
#include "moralevel.h"
#include "reminderscheduler.h"
#include "reportqueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

double medianMs(int repetitions, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Each daily-scan repetition starts from the same portfolio: a file copy for SQLite; on
// PostgreSQL, CREATE DATABASE ... TEMPLATE, the server's own copy of the database's files.
class PostgresScanCopies
{
public:
    explicit PostgresScanCopies(const QString &address)
        : m_url(address)
    {
        m_source = m_url.path().mid(1);
        m_copy = m_source + QStringLiteral("_scan");
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(m_url.host());
        admin.setPort(m_url.port(5432));
        admin.setUserName(m_url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            m_error = admin.lastError().text();
    }
    ~PostgresScanCopies()
    {
        exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(m_copy)));
        QSqlDatabase::database(QStringLiteral("bench-admin")).close();
    }
    // A fresh copy of the source database; returns its address, or empty after printing why.
    QString fresh()
    {
        if (!m_error.isEmpty()
            || !exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted(m_copy)))
            || !exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(quoted(m_copy), quoted(m_source)))) {
            std::fprintf(stderr, "cannot copy the PostgreSQL database: %s\n", qPrintable(m_error));
            return {};
        }
        QUrl copy = m_url;
        copy.setPath(QLatin1Char('/') + m_copy);
        return copy.toString();
    }

private:
    QString quoted(const QString &name) const
    {
        return QSqlDatabase::database(QStringLiteral("bench-admin"))
            .driver()
            ->escapeIdentifier(name, QSqlDriver::TableName);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("bench-admin")));
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }

    QUrl m_url;
    QString m_source;
    QString m_copy;
    QString m_error;
};

void report(const char *name, double ms)
{
    std::printf("%s\t%.3f\n", name, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("yyyy-MM-dd"),
                                         QStringLiteral("date"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Run only these figures (comma-separated: search, totals, debts_first_page, "
                       "aging, integrity_check, daily_scan), e.g. to profile one of them."),
        QStringLiteral("figures"));
    parser.addOptions({repsOption, todayOption, onlyOption});
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QStringLiteral("Database file or postgresql:// address."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const int reps = parser.value(repsOption).toInt();
    const QDate today = parser.isSet(todayOption)
                            ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                            : QDate::currentDate();

    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&only](const char *figure) {
        return only.isEmpty() || only.contains(QLatin1String(figure));
    };

    const QString location = parser.positionalArguments().constFirst();
    const bool postgres = location.startsWith(QLatin1String("postgresql://"))
                          || location.startsWith(QLatin1String("postgres://"));
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 2;
    }
    FixedClock clock(QDateTime(today, QTime(15, 0), Qt::UTC));
    ClientRepository clients(db.value(), clock);
    DebtRepository debts(db.value(), clock);

    // 2. Search keystroke: the first page of clients for a 3-letter prefix and substring, as
    // the clients list reads it.
    for (const auto &[name, text] : {std::pair{"search_prefix", "mar"}, std::pair{"search_substring", "ndr"}}) {
        if (!wanted("search"))
            break;
        ClientQuery q;
        q.search = QString::fromLatin1(text);
        q.limit = 200;
        (void)clients.listRows(q); // warm the cache as a clerk's second keystroke would find it
        report(name, medianMs(reps, [&] {
                   if (clients.listRows(q)->isEmpty())
                       std::fprintf(stderr, "no match for %s\n", text);
               }));
    }

    // Status bar: portfolio totals as of today.
    if (wanted("totals"))
        report("totals", medianMs(reps, [&] { (void)debts.totals(today); }));

    // Debts list: the first page, as the Cartera section opens.
    DebtQuery first;
    first.asOf = today;
    if (wanted("debts_first_page"))
        report("debts_first_page", medianMs(reps, [&] { (void)debts.list(first); }));

    // 3. Aging report, computed (not rendered), as of today and as of a past date (payments
    // made after it left out).
    ReportQueries reports(db.value(), clock);
    const MoraLevels levels = MoraLevels::defaults();
    for (const auto &[name, asOf] : {std::pair{"aging_today", today}, std::pair{"aging_past", today.addDays(-180)}}) {
        if (!wanted("aging"))
            break;
        ReportFilter filter;
        filter.asOf = asOf;
        report(name, medianMs(reps, [&] {
                   const auto aging = reports.aging(filter, levels);
                   if (!aging || aging->rows.isEmpty())
                       std::fprintf(stderr, "%s: %s\n", name,
                                    aging ? "no rows" : qPrintable(aging.error()));
               }));
    }
    // 5. The full integrity check the desktop runs on a worker thread after its window has
    // painted (the start-up figure does not include it).
    if (wanted("integrity_check"))
        report("integrity_check", medianMs(reps, [&] {
                   if (auto sound = db->checkIntegrity(); !sound)
                       std::fprintf(stderr, "integrity check: %s\n", qPrintable(sound.error()));
               }));
    db->close();

    if (!wanted("daily_scan"))
        return 0;
    // 1. Daily scan: find every debt needing a reminder today and queue its message. Each
    // repetition works on a fresh copy of the file, so that each queues the same messages.
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<PostgresScanCopies> serverCopies;
    if (postgres)
        serverCopies = std::make_unique<PostgresScanCopies>(location);
    else
        scratch = std::make_unique<QTemporaryDir>(location + QStringLiteral(".scan-XXXXXX"));
    QList<double> scanTimes;
    int queued = -1;
    for (int i = 0; i < reps; ++i) {
        QString copy;
        if (postgres) {
            copy = serverCopies->fresh();
            if (copy.isEmpty())
                return 2;
        } else {
            copy = scratch->filePath(QStringLiteral("scan.sqlite"));
            QFile::remove(copy);
            if (!QFile::copy(location, copy)) {
                std::fprintf(stderr, "cannot copy the database into %s\n", qPrintable(scratch->path()));
                return 2;
            }
        }
        auto scanDb = Database::open(copy);
        if (!scanDb) {
            std::fprintf(stderr, "%s\n", qPrintable(scanDb.error()));
            return 2;
        }
        ReminderScheduler scheduler(scanDb.value(), clock);
        QElapsedTimer timer;
        timer.start();
        const auto scan = scheduler.scan();
        scanTimes.append(timer.nsecsElapsed() / 1e6);
        if (!scan) {
            std::fprintf(stderr, "daily scan: %s\n", qPrintable(scan.error()));
            return 2;
        }
        queued = scan->messagesQueued;
        scanDb->close();
    }
    std::sort(scanTimes.begin(), scanTimes.end());
    report("daily_scan", scanTimes.at(scanTimes.size() / 2));
    report("daily_scan_messages", queued);
    return 0;
}
