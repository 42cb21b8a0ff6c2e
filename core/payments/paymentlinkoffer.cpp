#include "paymentlinkoffer.h"

#include "messagetemplaterepository.h"

Result<bool> PaymentLinkOffer::apply(const Database &db, const Clock &clock, bool gatewayConfigured)
{
    MessageTemplateRepository templates(db, clock);
    if (auto defaults = templates.ensureDefaults(); !defaults)
        return defaults.failure();
    const auto list = templates.list();
    if (!list)
        return list.failure();
    const MessageTemplate from = MessageTemplate::defaultOverdue(!gatewayConfigured);
    const MessageTemplate to = MessageTemplate::defaultOverdue(gatewayConfigured);
    for (MessageTemplate t : list.value()) {
        if (t.body != from.body || t.parameters != from.parameters
            || t.providerTemplate != from.providerTemplate)
            continue;
        t.body = to.body;
        t.parameters = to.parameters;
        t.providerTemplate = to.providerTemplate;
        const auto saved = templates.save(t);
        if (!saved)
            return saved.failure();
        return true;
    }
    return false;
}
