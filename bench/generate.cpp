// cartera-generate: writes a synthetic portfolio through Cartera's own schema and migrations.
#include "database.h"
#include "syntheticportfolio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Creates a synthetic Cartera database."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Number of clients (default 100000)."),
                                           QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption debtsOption(QStringLiteral("debts"),
                                         QStringLiteral("Total debts wanted: 10k, 100k, 1M or a "
                                                        "number; sets the clients at 10 debts each."),
                                         QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("The portfolio's today, yyyy-MM-dd "
                                                        "(default: the real today)."),
                                         QStringLiteral("date"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           QStringLiteral("Delete the file first if it exists."));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat-every"),
        QStringLiteral("The saved reminder rules: days between reminders after the last step, "
                       "0 for none (default: the program's default rules, 30)."),
        QStringLiteral("days"));
    parser.addOptions(
        {clientsOption, debtsOption, seedOption, todayOption, replaceOption, repeatOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Database file to write."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString path = parser.positionalArguments().constFirst();

    SyntheticPortfolio::Options options;
    options.clients = parser.value(clientsOption).toInt();
    if (parser.isSet(debtsOption)) {
        QString debts = parser.value(debtsOption).toLower();
        qint64 factor = 1;
        if (debts.endsWith(QLatin1Char('k'))) {
            factor = 1000;
            debts.chop(1);
        } else if (debts.endsWith(QLatin1Char('m'))) {
            factor = 1000000;
            debts.chop(1);
        }
        options.clients = int(debts.toLongLong() * factor / options.debtsPerClient);
    }
    options.seed = parser.value(seedOption).toUInt();
    options.today = parser.isSet(todayOption)
                        ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                        : QDate::currentDate();
    bool repeatValid = true;
    if (parser.isSet(repeatOption))
        options.policy.repeatEveryDays = parser.value(repeatOption).toInt(&repeatValid);
    if (options.clients <= 0 || !options.today.isValid() || !repeatValid
        || !options.policy.validate()) {
        std::fprintf(stderr, "invalid --clients/--debts, --today or --repeat-every\n");
        return 1;
    }
    if (parser.isSet(replaceOption)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 2;
    }
    const auto stats = SyntheticPortfolio::generate(db.value(), options, [](qint64 done, qint64 total) {
        if (done % 10000 == 0 || done == total)
            std::fprintf(stderr, "\r%lld / %lld clients", qlonglong(done), qlonglong(total));
        return true;
    });
    std::fprintf(stderr, "\n");
    if (!stats) {
        std::fprintf(stderr, "%s\n", qPrintable(stats.error()));
        return 2;
    }
    const qint64 rows = stats->clients + stats->debts + stats->payments + stats->reversals;
    std::printf("clients %lld, debts %lld (open overdue %lld, reminder due today %lld), payments %lld, reversals %lld\n"
                "%.2f s, %.0f rows/s\n",
                qlonglong(stats->clients), qlonglong(stats->debts), qlonglong(stats->openOverdueDebts),
                qlonglong(stats->remindersDueToday),
                qlonglong(stats->payments), qlonglong(stats->reversals), stats->seconds,
                stats->seconds > 0 ? rows / stats->seconds : 0.0);
    db->close();
    return 0;
}
