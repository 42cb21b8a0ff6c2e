// cartera-bench-ui: the figures that need the GUI library, on a database made by
// cartera-generate. Prints "name<TAB>value" lines like cartera-bench:
//   worker_max_stall  longest gap (ms) between ticks of a 1 ms timer on the GUI thread while
//                     the in-app reminder worker runs the daily check (median of the runs)
//   pdf_pages         pages of the aging report of every client, exported to PDF
//   pdf_pages_per_s   pages per second of that export (ReportExportJob, as the window runs it)
#include "businessheader.h"
#include "clock.h"
#include "database.h"
#include "moralevel.h"
#include "reminderworker.h"
#include "reportbuilder.h"
#include "reportexportjob.h"
#include "reportqueries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

void report(const char *name, double value)
{
    std::printf("%s\t%.3f\n", name, value);
    std::fflush(stdout);
}

// One run of the reminder worker on a fresh copy of the database; the longest gap between
// ticks of a 1 ms timer on this (the GUI) thread meanwhile, in ms. Negative on failure.
double workerStall(const QString &source, const QString &copy, const Clock &clock)
{
    QFile::remove(copy);
    if (!QFile::copy(source, copy))
        return -1;
    auto db = Database::open(copy);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return -1;
    }
    double maxGap = 0;
    {
        ReminderWorker worker(db.value(), clock); // no provider: messages wait in the outbox
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            maxGap = std::max(maxGap, sinceTick.nsecsElapsed() / 1e6);
            sinceTick.restart();
        });
        QEventLoop loop;
        QObject::connect(&worker, &ReminderWorker::runFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        sinceTick.start();
        ticker.start();
        worker.start();
        loop.exec();
        ticker.stop();
        worker.stop();
        if (!worker.lastReport().error.isEmpty()) {
            std::fprintf(stderr, "reminder run: %s\n", qPrintable(worker.lastReport().error));
            return -1;
        }
        if (worker.lastReport().scan.messagesQueued == 0)
            std::fprintf(stderr, "reminder run queued no messages\n");
    }
    db->close();
    return maxGap;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("yyyy-MM-dd"),
                                         QStringLiteral("date"));
    const QCommandLineOption noPdfOption(QStringLiteral("no-pdf"),
                                         QStringLiteral("Skip the PDF export."));
    parser.addOptions({repsOption, todayOption, noPdfOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Database file."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const int reps = std::max(1, parser.value(repsOption).toInt());
    const QDate today = parser.isSet(todayOption)
                            ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                            : QDate::currentDate();
    const QString source = parser.positionalArguments().constFirst();
    FixedClock clock(QDateTime(today, QTime(15, 0), Qt::UTC));
    QTemporaryDir scratch(source + QStringLiteral(".ui-XXXXXX"));
    if (!scratch.isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder next to %s\n", qPrintable(source));
        return 2;
    }

    // 1. The longest event-loop stall while the worker runs the daily check.
    QList<double> stalls;
    for (int i = 0; i < reps; ++i) {
        const double stall = workerStall(source, scratch.filePath(QStringLiteral("worker.sqlite")), clock);
        if (stall < 0)
            return 2;
        stalls.append(stall);
    }
    std::sort(stalls.begin(), stalls.end());
    report("worker_max_stall", stalls.at(stalls.size() / 2));

    // 4. The aging report of every client exported to PDF, as the Reports view does it.
    if (!parser.isSet(noPdfOption)) {
        auto db = Database::open(source);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 2;
        }
        ReportQueries queries(db.value(), clock);
        ReportFilter filter;
        filter.asOf = today;
        const auto aging = queries.aging(filter, MoraLevels::defaults());
        if (!aging) {
            std::fprintf(stderr, "%s\n", qPrintable(aging.error()));
            return 2;
        }
        BusinessHeader business;
        business.name = QStringLiteral("Distribuidora de prueba S.A.S.");
        business.nit = QStringLiteral("900.123.456-8");
        const ReportDocument document
            = ReportBuilder(business, clock.now()).aging(aging.value());

        ReportExportJob job(document);
        QEventLoop loop;
        bool completed = false;
        QString message;
        QObject::connect(&job, &ReportExportJob::finished, &loop,
                         [&](bool done, const QString &text) {
                             completed = done;
                             message = text;
                             loop.quit();
                         });
        int pages = 0;
        QObject::connect(&job, &ReportExportJob::progress, &loop,
                         [&](int, int total) { pages = total; });
        QElapsedTimer timer;
        timer.start();
        job.startPdf(scratch.filePath(QStringLiteral("aging.pdf")), QPageSize(QPageSize::Letter));
        loop.exec();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!completed) {
            std::fprintf(stderr, "PDF export: %s\n", qPrintable(message));
            return 2;
        }
        report("pdf_pages", pages);
        report("pdf_pages_per_s", seconds > 0 ? pages / seconds : 0);
        db->close();
    }
    return 0;
}
