#include "reminderrun.h"

#include "clock.h"
#include "outboxrepository.h"
#include "whatsappprovider.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSysInfo>
#include <QThread>

ReminderRun::ReminderRun(const Database &db, const Clock &clock, WhatsAppProvider *provider,
                         QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_provider(provider)
{
    m_workerId = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(
        QCoreApplication::applicationPid());
    m_dispatcher = new ReminderDispatcher(m_db, m_clock, m_provider, m_workerId, this);
    connect(m_dispatcher, &ReminderDispatcher::finished, this, [this] {
        m_report.dispatch = m_dispatcher->report();
        finish();
    });
}

ReminderRun::~ReminderRun() = default;

QString ReminderRun::lockPath(const Database &db)
{
    return db.location() + QStringLiteral(".reminders.lock");
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
