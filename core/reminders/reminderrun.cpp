#include "reminderrun.h"

#include "clock.h"
#include "outboxrepository.h"
#include "whatsappprovider.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

ReminderRun::ReminderRun(const Database &db, const Clock &clock, WhatsAppProvider *provider,
                         QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_provider(provider)
{
    m_workerId = QStringLiteral("%1:%2")
                     .arg(QSysInfo::machineHostName())
                     .arg(QCoreApplication::applicationPid());
    m_dispatcher = new ReminderDispatcher(m_db, m_clock, m_provider, m_workerId, this);
    connect(m_dispatcher, &ReminderDispatcher::finished, this, [this] {
        m_report.dispatch = m_dispatcher->report();
        finish();
    });
}

ReminderRun::~ReminderRun()
{
    // The scan thread works on this object: let it end before the object goes.
    if (m_thread)
        m_thread->wait();
}

QString ReminderRun::lockPath(const Database &db)
{
    if (db.dialect().isSQLite())
        return db.location() + QStringLiteral(".reminders.lock");
    // A server database has no file to sit next to: one lock per address on this machine.
    // (Across machines, the outbox's atomic claim keeps two senders apart.)
    const QByteArray key
        = QCryptographicHash::hash(db.location().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(
            QStringLiteral("cartera-%1.reminders.lock").arg(QString::fromLatin1(key.left(16))));
}

void ReminderRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_report.dryRun = m_dryRun;
    m_report.noProvider = m_provider == nullptr;

    if (!m_dryRun) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_db));
        // Only a dead owner makes the lock stale, however long a run lasts.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_report.busy = true;
            m_lock.reset();
            QMetaObject::invokeMethod(this, &ReminderRun::finish, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_threaded) {
        prepare();
        QMetaObject::invokeMethod(this, &ReminderRun::afterPrepare, Qt::QueuedConnection);
        return;
    }
    QThread *thread = QThread::create([this] {
        prepare();
        // The worker thread's connection ends with the thread.
        Database(m_db).close();
    });
    connect(thread, &QThread::finished, this, &ReminderRun::afterPrepare);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void ReminderRun::prepare()
{
    OutboxRepository outbox(m_db, m_clock);
    if (!m_dryRun) {
        // With the lock held, nobody else is sending: whatever is still `sending` was cut
        // off by a stop and may or may not have gone out.
        const auto recovered = outbox.recoverInterrupted();
        if (!recovered) {
            m_report.error = recovered.error();
            return;
        }
        m_report.recovered = recovered.value();
        const auto expired = outbox.expireStale(m_clock.today());
        if (!expired) {
            m_report.error = expired.error();
            return;
        }
        m_report.expired = expired.value();
    }
    if (m_dryRun) {
        OutboxQuery query;
        query.states = {OutboxMessage::State::Scheduled, OutboxMessage::State::Retrying};
        query.newestFirst = false;
        query.limit = 1000;
        const auto waiting = outbox.list(query);
        if (!waiting) {
            m_report.error = waiting.error();
            return;
        }
        m_report.waiting = waiting.value();
    }
    ReminderScheduler scheduler(m_db, m_clock);
    const auto scan = scheduler.scan(m_dryRun);
    if (!scan) {
        m_report.error = scan.error();
        return;
    }
    m_report.scan = scan.value();
}

void ReminderRun::afterPrepare()
{
    if (!m_report.error.isEmpty() || m_dryRun || !m_provider) {
        finish();
        return;
    }
    m_dispatcher->start();
}

void ReminderRun::finish()
{
    if (!m_running)
        return;
    if (!m_report.busy) {
        OutboxRepository outbox(m_db, m_clock);
        const auto pending = outbox.pendingCount();
        if (pending)
            m_report.pending = pending.value();
        else if (m_report.error.isEmpty())
            m_report.error = pending.error();
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_running = false;
    emit finished();
}

RunReport ReminderRun::runBlocking()
{
    QEventLoop loop;
    connect(this, &ReminderRun::finished, &loop, &QEventLoop::quit);
    start();
    if (m_running)
        loop.exec();
    return m_report;
}

RunExitCode ReminderRun::exitCode(const RunReport &report)
{
    if (!report.error.isEmpty())
        return RunExitCode::DatabaseError;
    if (report.busy)
        return RunExitCode::Busy;
    if (!report.dispatch.fatalReason.isEmpty())
        return RunExitCode::AccountRefused;
    if (report.dispatch.failed > 0 || !report.dispatch.errors.isEmpty())
        return RunExitCode::SomeFailed;
    return RunExitCode::Ok;
}

QStringList ReminderRun::summary(const RunReport &report, const QTimeZone &zone)
{
    QStringList lines;
    if (!report.error.isEmpty()) {
        lines << tr("Reminder run failed: %1").arg(report.error);
        return lines;
    }
    if (report.busy) {
        lines << tr("Another Cartera is sending reminders from this database right now; "
                    "nothing was done. Try again later.");
        return lines;
    }
    auto describe = [&](const OutboxMessage &m) {
        return tr("%1  %2  %3  [%4]  %5")
            .arg(m.notBefore.toTimeZone(zone).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 m.to.display(), m.clientName,
                 m.providerTemplate.isEmpty() ? tr("no template") : m.providerTemplate, m.text);
    };
    if (report.scan.remindersOff)
        lines << tr("Automatic reminders are turned off.");
    if (report.dryRun) {
        lines << tr("Dry run: nothing was queued or sent.");
        for (const OutboxMessage &m : report.waiting)
            lines << tr("Already queued: %1").arg(describe(m));
        for (const OutboxMessage &m : report.scan.messages)
            lines << tr("Would queue: %1").arg(describe(m));
        lines << tr("%n message(s) would be queued, %1 already wait in the outbox.", nullptr,
                    report.scan.messagesQueued)
                     .arg(report.waiting.size());
        return lines;
    }
    if (report.recovered > 0)
        lines << tr("%n message(s) were being sent when Cartera stopped; they are marked "
                    "uncertain: check them in Mensajes.",
                    nullptr, report.recovered);
    if (report.expired > 0)
        lines << tr("%n message(s) missed their day and were replaced.", nullptr, report.expired);
    lines << tr("Checked %n debt(s); queued %1 message(s) for %2.", nullptr,
                report.scan.debtsExamined)
                 .arg(report.scan.messagesQueued)
                 .arg(report.scan.sendDate.toString(QStringLiteral("dd/MM/yyyy")));
    if (report.scan.withoutConsent > 0)
        lines << tr("%n debt(s) skipped: the client has not consented to WhatsApp messages.",
                    nullptr, report.scan.withoutConsent);
    if (report.noProvider) {
        lines << tr("No WhatsApp provider is configured: %n message(s) wait in the outbox. "
                    "Configure a provider, or send them with WhatsApp Desktop from the "
                    "Mensajes view.",
                    nullptr, report.pending);
        return lines;
    }
    const DispatchReport &d = report.dispatch;
    if (d.outsideWindow)
        lines << tr("Outside the legal contact hours (Mon-Fri 7:00-19:00, Sat 8:00-15:00, not on "
                    "Sundays or holidays): messages wait for the next window.");
    lines << tr("Sent %1, to retry %2, failed %3, uncertain %4; %5 wait in the outbox.")
                 .arg(d.sent)
                 .arg(d.retrying)
                 .arg(d.failed)
                 .arg(d.uncertain)
                 .arg(report.pending);
    if (!d.fatalReason.isEmpty())
        lines << tr("The WhatsApp provider refused the account: %1. Sending is paused until "
                    "it is fixed.")
                     .arg(d.fatalReason);
    for (const QString &error : d.errors)
        lines << error;
    return lines;
}
