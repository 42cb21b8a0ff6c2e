// cartera-bench: times Cartera's own hot paths on a database made by cartera-generate and
// prints one line per figure: "name<TAB>median ms". bench/run sets them beside their baselines.
#include "clientrepository.h"
#include "clock.h"
#include "database.h"
#include "debtrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

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
    parser.addOptions({repsOption, todayOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Database file."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const int reps = parser.value(repsOption).toInt();
    const QDate today = parser.isSet(todayOption)
                            ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                            : QDate::currentDate();

    auto db = Database::open(parser.positionalArguments().constFirst());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 2;
    }
    FixedClock clock(QDateTime(today, QTime(15, 0), Qt::UTC));
    ClientRepository clients(db.value(), clock);
    DebtRepository debts(db.value(), clock);

    // 2. Search keystroke: the first page of clients for a 3-letter prefix and substring.
    for (const auto &[name, text] : {std::pair{"search_prefix", "mar"}, std::pair{"search_substring", "ndr"}}) {
        ClientQuery q;
        q.search = QString::fromLatin1(text);
        q.limit = 200;
        (void)clients.list(q); // warm the cache as a clerk's second keystroke would find it
        report(name, medianMs(reps, [&] {
                   if (clients.list(q)->isEmpty())
                       std::fprintf(stderr, "no match for %s\n", text);
               }));
    }

    // Status bar: portfolio totals as of today.
    report("totals", medianMs(reps, [&] { (void)debts.totals(today); }));

    // Debts list: the first page, as the Cartera section opens.
    DebtQuery first;
    first.asOf = today;
    report("debts_first_page", medianMs(reps, [&] { (void)debts.list(first); }));

    db->close();
    return 0;
}
