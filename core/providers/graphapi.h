#pragma once

#include "connectionreport.h"
#include "providererrortable.h"
#include "whatsappprovider.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

// The WhatsApp Cloud API (Graph API) message format and error codes. Meta's Cloud API speaks it
// and 360dialog passes it through, so both providers use this one table of error codes.
namespace GraphApi {

// The JSON body for a template message: digits-only "to", template name, language, ordered
// body parameters.
QByteArray templateMessageBody(const OutgoingMessage &message);

// "messages"[0]."id" of a success answer, or empty.
QString messageId(const QJsonObject &root);

struct Error
{
    int code = 0;
    QString message;
    std::optional<ProviderErrorTable::Entry> entry; // empty for codes the table does not know
};
// The {"error":{...}} object of an answer, if there is one.
std::optional<Error> parseError(const QJsonObject &root);

// Classifies a send answer in Meta's shape: Sent with its message id, or the error from Meta's
// table. `fallback(code, message)` decides by HTTP status where the shape says too little (a
// success without an id, an unknown code). Empty when the body holds neither shape.
std::optional<SendResult>
classifySendAnswer(int httpStatus, const QJsonObject &root,
                   const std::function<SendResult(const QString &, const QString &)> &fallback);

// Meta's error codes, keyed by error.code: the one place to correct them.
const ProviderErrorTable &errorTable();

// Compares the provider's templates ({name, language, status}) with the configured ones.
// Status is compared case-insensitively ("approved", "APPROVED").
QList<TemplateCheck> checkTemplates(const QJsonArray &providerTemplates,
                                    const QList<TemplateRef> &configured);

// Looks up a key ignoring case and underscores ("http_code", "HttpCode", "httpCode").
QJsonValue valueAnyCase(const QJsonObject &object, const QString &key);

} // namespace GraphApi
