#include "reminderdispatcher.h"

#include "clock.h"
#include "contactwindow.h"
#include "messagetemplate.h"
#include "outboxrepository.h"
#include "paymentlinkissuer.h"
#include "paymentlinkrepository.h"
#include "ratelimiter.h"
#include "remindertracking.h"
#include "retrypolicy.h"
#include "whatsappprovider.h"

ReminderDispatcher::ReminderDispatcher(const Database &db, const Clock &clock,
                                       WhatsAppProvider *provider, const QString &workerId,
                                       QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_provider(provider), m_workerId(workerId)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ReminderDispatcher::onTimeout);
    if (m_provider)
        connect(m_provider, &WhatsAppProvider::finished, this,
                &ReminderDispatcher::onProviderFinished);
}

int ReminderDispatcher::retryDelaySecs(int attempts, int retryAfterSecs, int baseSecs)
{
    if (retryAfterSecs > 0)
        return retryAfterSecs;
    const int shift = qBound(0, attempts - 1, 10);
    return int(qMin<qint64>(qint64(baseSecs) << shift, 4 * 3600));
}

void ReminderDispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_queue.clear();
    m_current.reset();
    // Answer through the event loop, so that callers connect first and never recurse.
    QMetaObject::invokeMethod(this, &ReminderDispatcher::sendNext, Qt::QueuedConnection);
}

void ReminderDispatcher::sendNext()
{
    if (!m_running || m_current)
        return;
    if (!m_provider) {
        finish();
        return;
    }
    if (m_stopRequested) {
        releaseRemaining(tr("Sending was paused by the clerk."));
        finish();
        return;
    }
    if (!ContactWindow::isOpen(m_clock.now(), m_clock.timeZone())) {
        m_report.outsideWindow = true;
        releaseRemaining(tr("The legal contact window closed before it was sent."));
        finish();
        return;
    }
    if (m_queue.isEmpty()) {
        // Wait for the throughput limit before claiming, so a message is `sending` only
        // while its request is about to leave or out.
        if (m_limiter && pace(m_limiter->delayFor(QString())))
            return;
        OutboxRepository outbox(m_db, m_clock);
        const auto claimed = outbox.claimDue(m_workerId, m_batch);
        if (!claimed) {
            recordError(claimed.error());
            finish();
            return;
        }
        if (claimed->isEmpty()) {
            finish();
            return;
        }
        m_report.claimed += int(claimed->size());
        m_queue = claimed.value();
    }
    if (m_limiter) {
        const QString to = m_queue.first().to.e164();
        if (pace(m_limiter->delayFor(to)))
            return;
        m_limiter->tryAcquire(to);
    }
    // Consent may have been revoked, or the debts paid, since the message was queued.
    const OutboxMessage next = m_queue.takeFirst();
    const auto reason = ReminderTracking::reasonNotToSend(m_db, next.id);
    if (!reason || !reason->isEmpty()) {
        OutboxRepository outbox(m_db, m_clock);
        if (!reason)
            recordError(reason.error());
        else if (auto done = outbox.cancelClaimed(next.id, reason.value()); !done)
            recordError(done.error());
        ++m_report.cancelled;
        QMetaObject::invokeMethod(this, &ReminderDispatcher::sendNext, Qt::QueuedConnection);
        return;
    }
    m_current = next;
    if (MessageTemplate::needsPaymentLink(next.text, next.parameters)) {
        fillPaymentLinkThenSend();
        return;
    }
    handOver();
}

void ReminderDispatcher::setPaymentLinks(PaymentLinkIssuer *issuer)
{
    m_paymentLinks = issuer;
}

void ReminderDispatcher::handOver()
{
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
    m_provider->send(m_current->toOutgoing());
}

void ReminderDispatcher::fillPaymentLinkThenSend()
{
    // The link is made (or reused) now, for the balance as it is when the message leaves.
    const OutboxMessage message = *m_current;
    auto giveUp = [this, message](const Failure &failure) {
        m_current.reset();
        OutboxRepository outbox(m_db, m_clock);
        if (!m_paymentLinks || !m_paymentLinks->gateway()) {
            // No gateway here (not configured, or its key unreachable from this run): the
            // message waits, untouched, for a run that can make its link.
            if (auto done = outbox.release(message.id, failure.message); !done)
                recordError(done.error());
            ++m_report.released;
            // Claiming again would take the same message: this run ends here.
            releaseRemaining(failure.message);
            finish();
            return;
        } else if (failure.code == ErrorCode::Network || failure.code == ErrorCode::Busy
                   || failure.code == ErrorCode::Storage) {
            const QDateTime next = m_clock.now().addSecs(
                retryDelaySecs(message.attempts, -1, m_retryBaseSecs));
            if (auto done = outbox.markRetrying(message.id, next, failure.message, QString());
                !done)
                recordError(done.error());
            ++m_report.retrying;
        } else {
            if (auto done = outbox.markFailed(message.id, failure.message, QString()); !done)
                recordError(done.error());
            ++m_report.failed;
            emit messageFailed(message.id, message.clientName, failure.message);
        }
        QMetaObject::invokeMethod(this, &ReminderDispatcher::sendNext, Qt::QueuedConnection);
    };
    if (!m_paymentLinks || !m_paymentLinks->gateway()) {
        giveUp(Failure{tr("The message offers a payment link ({link_pago}) but no payment "
                          "gateway is available. Configure one in Settings > Online payments "
                          "or remove {link_pago} from the template."),
                       ErrorCode::NotFound});
        return;
    }
    const auto debts = PaymentLinkRepository(m_db, m_clock).debtsOfMessage(message.id);
    if (!debts) {
        giveUp(debts.failure());
        return;
    }
    QPointer<ReminderDispatcher> self(this);
    m_paymentLinks->linkForDebts(debts.value(), [self, message, giveUp](const Result<PaymentLink> &link) {
        if (!self || !self->m_current || self->m_current->id != message.id)
            return;
        if (!link) {
            giveUp(Failure{tr("Could not get the payment link: %1").arg(link.error()), link.code()});
            return;
        }
        MessageTemplate::fillPaymentLink(&self->m_current->text, &self->m_current->parameters,
                                         link->url.toString());
        // The history keeps the text exactly as it went out.
        if (auto saved = PaymentLinkRepository(self->m_db, self->m_clock)
                             .saveRenderedMessage(message.id, self->m_current->text,
                                                  self->m_current->parameters);
            !saved)
            self->recordError(saved.error());
        self->handOver();
    });
}

bool ReminderDispatcher::pace(qint64 waitMs)
{
    // Waits rather than sending into the provider's 429 or 131056.
    if (waitMs <= 0)
        return false;
    if (!m_pacing) {
        m_pacing = true;
        QTimer::singleShot(int(qMin<qint64>(waitMs, 60000)), this, [this] {
            m_pacing = false;
            sendNext();
        });
    }
    return true;
}

void ReminderDispatcher::onProviderFinished(qint64 outboxId, const SendResult &result)
{
    if (!m_current || m_current->id != outboxId)
        return; // an answer after its timeout, or for another dispatcher's message
    m_timeout.stop();
    const OutboxMessage message = *m_current;
    m_current.reset();
    OutboxRepository outbox(m_db, m_clock);
    const QString reason
        = result.reason.isEmpty() ? tr("The provider gave no reason.") : result.reason;

    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        if (auto done = outbox.markSent(message.id, m_provider ? m_provider->name() : QString(),
                                        result.providerMessageId);
            !done)
            recordError(done.error());
        ++m_report.sent;
        emit messageSent(message.id, message.clientName);
        break;
    case SendResult::Outcome::Transient:
        if (m_retryPolicy) {
            const RetryPolicy::Decision decision = m_retryPolicy->next(message.attempts, result);
            if (decision.retry) {
                const QDateTime next = m_clock.now().addMSecs(decision.delayMs);
                if (auto done = outbox.markRetrying(message.id, next, reason, result.providerCode);
                    !done)
                    recordError(done.error());
                ++m_report.retrying;
                break;
            }
        }
        if (m_retryPolicy || message.attempts >= m_maxAttempts) {
            const QString why
                = tr("Gave up after %n attempt(s): %1", nullptr, message.attempts).arg(reason);
            if (auto done = outbox.markFailed(message.id, why, result.providerCode); !done)
                recordError(done.error());
            ++m_report.failed;
            emit messageFailed(message.id, message.clientName, why);
        } else {
            const QDateTime next = m_clock.now().addSecs(
                retryDelaySecs(message.attempts, result.retryAfterSecs, m_retryBaseSecs));
            if (auto done = outbox.markRetrying(message.id, next, reason, result.providerCode);
                !done)
                recordError(done.error());
            ++m_report.retrying;
        }
        break;
    case SendResult::Outcome::Permanent:
        if (auto done = outbox.markFailed(message.id, reason, result.providerCode); !done)
            recordError(done.error());
        ++m_report.failed;
        emit messageFailed(message.id, message.clientName, reason);
        break;
    case SendResult::Outcome::Fatal:
        // The account cannot send at all: nothing went out, so the message goes back as it
        // was and the whole queue waits for the clerk to fix the account.
        if (auto done = outbox.release(message.id, reason); !done)
            recordError(done.error());
        ++m_report.released;
        m_report.fatalReason = reason;
        releaseRemaining(reason);
        emit queuePaused(reason);
        finish();
        return;
    case SendResult::Outcome::Uncertain:
        if (auto done = outbox.markUncertain(message.id, reason); !done)
            recordError(done.error());
        ++m_report.uncertain;
        emit messageUncertain(message.id, message.clientName);
        break;
    }
    QMetaObject::invokeMethod(this, &ReminderDispatcher::sendNext, Qt::QueuedConnection);
}

void ReminderDispatcher::onTimeout()
{
    if (!m_current)
        return;
    const OutboxMessage message = *m_current;
    m_current.reset();
    OutboxRepository outbox(m_db, m_clock);
    // The request may have reached the provider: never resend it on our own.
    if (auto done = outbox.markUncertain(
            message.id,
            tr("No answer from the provider within %1 seconds.").arg(m_timeoutMs / 1000));
        !done)
        recordError(done.error());
    ++m_report.uncertain;
    emit messageUncertain(message.id, message.clientName);
    QMetaObject::invokeMethod(this, &ReminderDispatcher::sendNext, Qt::QueuedConnection);
}

void ReminderDispatcher::releaseRemaining(const QString &reason)
{
    OutboxRepository outbox(m_db, m_clock);
    for (const OutboxMessage &m : std::as_const(m_queue)) {
        if (auto done = outbox.release(m.id, reason); !done)
            recordError(done.error());
        ++m_report.released;
    }
    m_queue.clear();
}

void ReminderDispatcher::recordError(const QString &error)
{
    m_report.errors.append(error);
}

void ReminderDispatcher::finish()
{
    if (!m_running)
        return;
    m_timeout.stop();
    m_running = false;
    emit finished();
}
