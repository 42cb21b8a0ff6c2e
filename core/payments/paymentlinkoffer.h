#pragma once

#include "database.h"
#include "result.h"

class Clock;

// Keeps the default overdue template in step with the gateway setting: with a gateway it
// offers {link_pago} as its last sentence, without one it does not. A template the clerk
// edited is left exactly as the clerk wrote it.
namespace PaymentLinkOffer {

// True when the template was changed.
Result<bool> apply(const Database &db, const Clock &clock, bool gatewayConfigured);

} // namespace PaymentLinkOffer
