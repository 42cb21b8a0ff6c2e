// cartera-bench-ui: the figures that need the GUI library, on a database made by
// cartera-generate. Prints "name<TAB>value" lines like cartera-bench:
//   worker_max_stall  longest gap (ms) between ticks of a 1 ms timer on the GUI thread while
//                     the in-app reminder worker runs the daily check (median of the runs)
//   pdf_pages         pages of the aging report of every client, exported to PDF
//   pdf_pages_per_s   pages per second of that export (ReportExportJob, as the window runs it)
//   search_keystroke_prefix, search_keystroke_miss
//                     on the clients page, from the third key of "mar" (a prefix many names
//                     share) or of "zzq" (nothing matches: the whole name index is read) to the
//                     end of the list's first paint showing the answer, in ms (median)
#include "businessheader.h"
#include "clerkactions.h"
#include "clientspage.h"
#include "clienttablemodel.h"
#include "clock.h"
#include "database.h"
#include "moralevel.h"
#include "reminderworker.h"
#include "reportbuilder.h"
#include "reportexportjob.h"
#include "reportqueries.h"
#include "searchbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QPageSize>
#include <QTableView>
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

// Times one keystroke in a search box until the end of the list's first paint after its rows
// were replaced (the paint and its flush done: timed at the next pass of the event loop, as
// the start-up figure is).
class KeystrokeToPaint : public QObject
{
public:
    KeystrokeToPaint(QAbstractItemModel *model, QWidget *viewport) : m_viewport(viewport)
    {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_reset = true; });
        viewport->installEventFilter(this);
    }

    // In ms; negative when no paint came within 5 s.
    double type(QWidget *box, QChar key)
    {
        m_reset = false;
        m_painted = false;
        m_elapsed = -1;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        const int code = Qt::Key_A + (key.toLower().unicode() - u'a');
        QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, QString(key));
        QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, QString(key));
        m_timer.start();
        QApplication::sendEvent(box, &press);
        QApplication::sendEvent(box, &release);
        loop.exec();
        m_loop = nullptr;
        return m_elapsed;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint && m_reset && !m_painted
            && m_loop) {
            m_painted = true;
            QTimer::singleShot(0, m_loop, [this] {
                m_elapsed = m_timer.nsecsElapsed() / 1e6;
                m_loop->quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_viewport;
    QEventLoop *m_loop = nullptr;
    QElapsedTimer m_timer;
    bool m_reset = false;
    bool m_painted = false;
    double m_elapsed = -1;
};

// 2. The clients page as the clerk has it: a search typed key by key; the time of each third
// key, median over the repetitions. False on failure.
bool searchKeystrokes(const Database &db, const Clock &clock, int reps)
{
    QWidget window;
    window.resize(1280, 800);
    ClerkActions actions(db, clock, &window);
    auto *page = new ClientsPage(db, clock, &actions, &window);
    page->resize(window.size());
    window.show();
    KeystrokeToPaint watch(page->model(), page->view()->viewport());
    for (const auto &[name, word] : {std::pair{"search_keystroke_prefix", u"mar"},
                                     std::pair{"search_keystroke_miss", u"zzq"}}) {
        QList<double> times;
        for (int i = 0; i < reps; ++i) {
            page->searchBox()->clear();
            page->searchBox()->flush();
            QCoreApplication::processEvents();
            double last = -1;
            for (const QChar key : QStringView(word)) {
                last = watch.type(page->searchBox(), key);
                if (last < 0) {
                    std::fprintf(stderr, "the clients list did not answer \"%s\"\n",
                                 qPrintable(page->searchBox()->text()));
                    return false;
                }
            }
            times.append(last);
        }
        std::sort(times.begin(), times.end());
        report(name, times.at(times.size() / 2));
    }
    return true;
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

    // 2. Search as the clerk types, on the clients page.
    {
        auto db = Database::open(source);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 2;
        }
        if (!searchKeystrokes(db.value(), clock, reps))
            return 2;
        db->close();
    }

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
