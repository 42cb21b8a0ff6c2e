#include "paymentlinkissuer.h"

#include "clock.h"
#include "paymentgateway.h"
#include "paymentlinkrepository.h"

#include <QMetaObject>

namespace {

constexpr qint64 kMinValidSecs = 24 * 3600; // a reused link must stay payable a day more

} // namespace

PaymentLinkIssuer::PaymentLinkIssuer(const Database &db, const Clock &clock,
                                     PaymentGateway *gateway, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_gateway(gateway)
{
}

QDateTime PaymentLinkIssuer::expiryForNewLink() const
{
    const QDate last = m_clock.today().addDays(m_linkDays);
    return QDateTime(last, QTime(23, 59, 59), m_clock.timeZone()).toUTC();
}

void PaymentLinkIssuer::linkForDebts(const QList<qint64> &debtIds, Done done)
{
    issue(PaymentLinkRepository(m_db, m_clock).planForDebts(debtIds), std::move(done));
}

void PaymentLinkIssuer::linkForClient(qint64 clientId, Done done)
{
    issue(PaymentLinkRepository(m_db, m_clock).planForClient(clientId), std::move(done));
}

void PaymentLinkIssuer::issue(const Result<LinkPlan> &plan, Done done)
{
    auto answer = [this, done](const Result<PaymentLink> &result) {
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    if (!plan) {
        answer(plan.failure());
        return;
    }
    if (!m_gateway) {
        answer(Failure{tr("No payment gateway is configured: choose one in Settings > Online "
                          "payments."),
                       ErrorCode::NotFound});
        return;
    }
    PaymentLinkRepository links(m_db, m_clock);
    const auto existing = links.reusable(m_gateway->name(), plan.value(), kMinValidSecs);
    if (!existing) {
        answer(existing.failure());
        return;
    }
    if (existing->has_value()) {
        answer(existing->value());
        return;
    }

    const LinkPlan p = plan.value();
    const QString refs = p.references().join(QStringLiteral(", "));
    PaymentLinkRequest request;
    request.name = tr("Payment of %1").arg(refs).left(60);
    request.description = tr("Balance of %1 for %2").arg(refs, p.clientName).left(200);
    request.amount = p.total;
    request.expiresAt = expiryForNewLink();
    request.sku = QStringLiteral("cartera-%1").arg(PaymentLink::debtKey(p.debtIds())).left(36);
    const QString gatewayName = m_gateway->name();
    QPointer<PaymentLinkIssuer> self(this);
    m_gateway->createLink(request, [self, done, p, gatewayName,
                                    expires = request.expiresAt](const Result<GatewayLink> &made) {
        if (!self)
            return;
        if (!made) {
            done(made.failure());
            return;
        }
        done(PaymentLinkRepository(self->m_db, self->m_clock)
                 .saveNew(gatewayName, p, made.value(), expires));
    });
}
