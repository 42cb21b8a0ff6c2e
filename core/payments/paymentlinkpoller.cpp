#include "paymentlinkpoller.h"

#include "paymentgateway.h"
#include "paymentlinkrepository.h"

PaymentLinkPoller::PaymentLinkPoller(const Database &db, const Clock &clock,
                                     PaymentGateway *gateway, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_gateway(gateway)
{
    qRegisterMetaType<TransactionOutcome>();
    qRegisterMetaType<PollReport>();
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &PaymentLinkPoller::pollNow);
}

void PaymentLinkPoller::start()
{
    m_timer.start();
    QTimer::singleShot(0, this, &PaymentLinkPoller::pollNow);
}

void PaymentLinkPoller::stop()
{
    m_timer.stop();
}

void PaymentLinkPoller::pollNow()
{
    if (m_polling)
        return;
    m_polling = true;
    m_report = {};
    m_queue.clear();
    if (!m_gateway) {
        m_report.errors.append(tr("No payment gateway is configured."));
        QMetaObject::invokeMethod(this, &PaymentLinkPoller::finish, Qt::QueuedConnection);
        return;
    }
    const auto links
        = PaymentLinkRepository(m_db, m_clock).linksToPoll(m_gateway->name(), m_graceDays);
    if (!links)
        m_report.errors.append(links.error());
    else
        m_queue = links.value();
    QMetaObject::invokeMethod(this, &PaymentLinkPoller::next, Qt::QueuedConnection);
}

void PaymentLinkPoller::next()
{
    if (m_queue.isEmpty() || !m_gateway) {
        finish();
        return;
    }
    const PaymentLink link = m_queue.takeFirst();
    ++m_report.linksChecked;
    QPointer<PaymentLinkPoller> self(this);
    const QString gatewayName = m_gateway->name();
    m_gateway->transactionsForLink(
        link.gatewayLinkId,
        [self, link, gatewayName](const Result<QList<GatewayTransaction>> &answer) {
            if (!self)
                return;
            PollReport &report = self->m_report;
            if (!answer) {
                report.errors.append(answer.error());
                // A refused key or a wrong address fails the same for every link: stop here.
                if (answer.code() == ErrorCode::Invalid)
                    self->m_queue.clear();
                self->next();
                return;
            }
            emit self->transactionsReceived(link.gatewayLinkId, int(answer->size()));
            PaymentLinkRepository repository(self->m_db, self->m_clock);
            for (GatewayTransaction t : answer.value()) {
                if (t.linkId.isEmpty())
                    t.linkId = link.gatewayLinkId;
                const auto outcome = repository.recordTransaction(gatewayName, t);
                if (!outcome) {
                    report.errors.append(outcome.error());
                    continue;
                }
                switch (outcome->kind) {
                case TransactionOutcome::Kind::Pending:
                    ++report.pending;
                    break;
                case TransactionOutcome::Kind::AlreadyRecorded:
                    ++report.alreadyRecorded;
                    break;
                case TransactionOutcome::Kind::Recorded:
                    ++report.recorded;
                    report.applied += outcome->applied;
                    report.flagged += outcome->flagged;
                    report.outcomes.append(outcome.value());
                    if (outcome->applied.isPositive())
                        emit self->paymentRecorded(outcome.value());
                    if (outcome->flagged.isPositive())
                        emit self->amountFlagged(outcome.value());
                    break;
                }
            }
            self->next();
        });
}

void PaymentLinkPoller::finish()
{
    if (!m_polling)
        return;
    m_polling = false;
    emit finished(m_report);
}
