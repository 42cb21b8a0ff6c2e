#include "reminderworker.h"

#include "clock.h"
#include "paymentlinkissuer.h"
#include "whatsappdesktopprovider.h"
#include "whatsappprovider.h"

ReminderWorker::ReminderWorker(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderWorker::runNow);
}

void ReminderWorker::setProvider(WhatsAppProvider *provider)
{
    m_provider = provider;
    m_pausedReason.clear();
}

void ReminderWorker::start()
{
    m_timer.start();
    QTimer::singleShot(0, this, &ReminderWorker::runNow);
}

void ReminderWorker::stop()
{
    m_timer.stop();
}

void ReminderWorker::runNow()
{
    if (isRunning())
        return;
    delete m_run;
    // After the account was refused only the scan runs, until a provider is set again.
    WhatsAppProvider *provider
        = m_pausedReason.isEmpty() && !m_clerkPaused ? m_provider.data() : nullptr;
    m_run = new ReminderRun(m_db, m_clock, provider, this);
    m_run->setScanInThread(true);
    m_run->dispatcher()->setPaymentLinks(m_paymentLinks);
    if (qobject_cast<WhatsAppDesktopProvider *>(provider)) {
        m_run->dispatcher()->setSendTimeoutMs(0); // the clerk presses send, however long
    } else if (provider) {
        m_run->dispatcher()->setRateLimiter(&m_limiter);
        m_run->dispatcher()->setRetryPolicy(&m_retries);
    }
    connect(m_run->dispatcher(), &ReminderDispatcher::messageSent, this,
            &ReminderWorker::messageSent);
    connect(m_run->dispatcher(), &ReminderDispatcher::messageFailed, this,
            &ReminderWorker::messageFailed);
    connect(m_run->dispatcher(), &ReminderDispatcher::queuePaused, this,
            [this](const QString &reason) {
                m_pausedReason = reason;
                emit sendingPaused(reason);
            });
    connect(m_run, &ReminderRun::finished, this, &ReminderWorker::onRunFinished);
    m_run->start();
}

void ReminderWorker::setSendingPausedByClerk(bool paused)
{
    m_clerkPaused = paused;
    if (paused && isRunning())
        m_run->dispatcher()->requestStop();
    else if (!paused)
        runNow();
}

void ReminderWorker::onRunFinished()
{
    m_last = m_run->report();
    emit runFinished();
}
