#pragma once

#include "database.h"
#include "reminderdispatcher.h"
#include "reminderscheduler.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimeZone>

#include <memory>

class Clock;
class WhatsAppProvider;

// What one full reminder run did.
struct RunReport
{
    bool dryRun = false;
    bool busy = false;       // another Cartera (window or headless run) was already sending
    bool noProvider = false; // nothing was sent: no WhatsApp provider is configured
    int recovered = 0;       // messages found half-sent after a stop, now uncertain
    int expired = 0;         // messages that missed their day, replaced
    int pending = 0;         // messages still waiting in the outbox afterwards
    ScanReport scan;
    DispatchReport dispatch;
    QList<OutboxMessage> waiting; // dry run: messages already queued that would go out
    QString error;                // a database failure; empty when the run went through

    bool ok() const
    {
        return error.isEmpty() && !busy && dispatch.fatalReason.isEmpty() && dispatch.failed == 0
               && dispatch.errors.isEmpty();
    }
};

// Exit status of `cartera --run-reminders`, for cron and the Windows Task Scheduler.
enum class RunExitCode {
    Ok = 0,
    SomeFailed = 1,     // some messages failed, or an answer could not be recorded
    DatabaseError = 2,  // the database could not be opened, read or written
    Busy = 3,           // another Cartera was sending from the same database
    AccountRefused = 4, // the provider refused the account (bad key or token)
};

// One full reminder run, the same for the window's timer and for `cartera --run-reminders`:
// take the lock, settle what a stop left behind, scan, and send what is due. A lock file
// next to the database keeps a second Cartera from sending at the same time; the outbox's
// atomic claim is the second guard.
class ReminderRun : public QObject
{
    Q_OBJECT
public:
    ReminderRun(const Database &db, const Clock &clock, WhatsAppProvider *provider,
                QObject *parent = nullptr);
    ~ReminderRun() override;

    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // Runs the scan on a worker thread with its own connection (the window's timer does).
    void setScanInThread(bool threaded) { m_threaded = threaded; }
    void setWorkerId(const QString &id) { m_workerId = id; }
    ReminderDispatcher *dispatcher() const { return m_dispatcher; }

    // <database file>.reminders.lock (PostgreSQL: a per-address file in the temp folder)
    static QString lockPath(const Database &db);

    void start();
    bool isRunning() const { return m_running; }
    const RunReport &report() const { return m_report; }
    // Starts and waits in a local event loop (headless use).
    RunReport runBlocking();

    // What the command line prints and returns.
    static QStringList summary(const RunReport &report, const QTimeZone &zone);
    static RunExitCode exitCode(const RunReport &report);

signals:
    void finished();

private:
    void prepare();
    void afterPrepare();
    void finish();

    Database m_db;
    const Clock &m_clock;
    WhatsAppProvider *m_provider = nullptr;
    ReminderDispatcher *m_dispatcher = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QPointer<QThread> m_thread;
    QString m_workerId;
    bool m_dryRun = false;
    bool m_threaded = false;
    bool m_running = false;
    RunReport m_report;
};
