#include "graphapi.h"

#include <QJsonDocument>

using Outcome = SendResult::Outcome;

namespace GraphApi {

QByteArray templateMessageBody(const OutgoingMessage &message)
{
    QJsonObject language{{QStringLiteral("policy"), QStringLiteral("deterministic")},
                         {QStringLiteral("code"), message.language}};
    QJsonObject templ{{QStringLiteral("name"), message.templateName},
                      {QStringLiteral("language"), language}};
    if (!message.parameters.isEmpty()) {
        QJsonArray parameters;
        for (const QString &p : message.parameters)
            parameters.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), p}});
        templ.insert(QStringLiteral("components"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                            {QStringLiteral("parameters"), parameters}}});
    }
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                           {QStringLiteral("to"), message.to.digits()},
                           {QStringLiteral("type"), QStringLiteral("template")},
                           {QStringLiteral("template"), templ}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString messageId(const QJsonObject &root)
{
    const QJsonArray messages = root.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return {};
    return messages.first().toObject().value(QLatin1String("id")).toString();
}

std::optional<Error> parseError(const QJsonObject &root)
{
    const QJsonValue value = root.value(QLatin1String("error"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject error = value.toObject();
    Error e;
    e.code = error.value(QLatin1String("code")).toVariant().toInt();
    e.message = error.value(QLatin1String("message")).toString();
    const QString details = error.value(QLatin1String("error_data"))
                                .toObject()
                                .value(QLatin1String("details"))
                                .toString();
    if (!details.isEmpty())
        e.message += QStringLiteral(" (") + details + QLatin1Char(')');
    e.entry = errorTable().find(QString::number(e.code));
    return e;
}

std::optional<SendResult>
classifySendAnswer(int httpStatus, const QJsonObject &root,
                   const std::function<SendResult(const QString &, const QString &)> &fallback)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        const QString id = messageId(root);
        if (id.isEmpty())
            return fallback({}, {});
        SendResult sent;
        sent.outcome = SendResult::Outcome::Sent;
        sent.providerMessageId = id;
        return sent;
    }
    const auto error = parseError(root);
    if (!error)
        return std::nullopt;
    const QString code = QString::number(error->code);
    if (!error->entry)
        return fallback(code, error->message);
    SendResult result;
    result.outcome = error->entry->outcome;
    result.reason = ProviderErrorTable::translate(error->entry->reason);
    result.providerCode = code;
    return result;
}

const ProviderErrorTable &errorTable()
{
    // clang-format off
    static const ProviderErrorTable table{
        // The account cannot send at all: pause the queue and tell the user.
        {QStringLiteral("0"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The access token was rejected. Enter a valid token in the settings; sending is paused.")},
        {QStringLiteral("190"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The access token has expired or is not valid. Enter a new token in the settings; sending is paused.")},
        {QStringLiteral("3"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The account is not allowed to send WhatsApp messages through the API; sending is paused.")},
        {QStringLiteral("10"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The token lacks permission to send from this number; sending is paused.")},
        {QStringLiteral("200"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The token lacks permission to send from this number; sending is paused.")},
        {QStringLiteral("368"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "Meta has temporarily blocked the account for policy violations; sending is paused.")},
        {QStringLiteral("131031"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp Business account is locked; sending is paused.")},
        {QStringLiteral("131042"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "There is a problem with the WhatsApp account's payment method; sending is paused.")},
        {QStringLiteral("131045"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The business phone number is not registered with WhatsApp; sending is paused.")},
        {QStringLiteral("133010"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The business phone number is not registered with WhatsApp; sending is paused.")},
        {QStringLiteral("131048"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "WhatsApp limited the number because of quality or spam reports; sending is paused.")},
        // Try again later.
        {QStringLiteral("1"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp service had an unknown problem; the message will be tried again.")},
        {QStringLiteral("2"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp service is temporarily unavailable; the message will be tried again.")},
        {QStringLiteral("4"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "Too many requests to the WhatsApp service; the message will be tried again.")},
        {QStringLiteral("80007"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The account reached its request limit; the message will be tried again.")},
        {QStringLiteral("130429"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The number reached its sending rate; the message will be tried again.")},
        {QStringLiteral("131056"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "Too many messages to this client in a short time; the message will be tried again.")},
        {QStringLiteral("131000"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp service had an internal problem; the message will be tried again.")},
        {QStringLiteral("131016"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp service is overloaded; the message will be tried again.")},
        {QStringLiteral("131057"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp account is in maintenance; the message will be tried again.")},
        {QStringLiteral("133004"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp server is temporarily unavailable; the message will be tried again.")},
        // This message can never go out as it is.
        {QStringLiteral("131026"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The number is not on WhatsApp or cannot receive the message.")},
        {QStringLiteral("131047"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "More than 24 hours passed since the client last wrote; only an approved template can be sent.")},
        {QStringLiteral("131049"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "WhatsApp chose not to deliver the message to protect the client's experience; try another day.")},
        {QStringLiteral("131050"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client stopped accepting messages from the business.")},
        {QStringLiteral("131021"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client's number is the business's own number.")},
        {QStringLiteral("131051"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "WhatsApp does not support this kind of message.")},
        {QStringLiteral("100"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The provider rejected a value in the message; check the template and its parameters.")},
        {QStringLiteral("131008"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "A template parameter is missing.")},
        {QStringLiteral("131009"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "A template parameter has a value WhatsApp does not accept.")},
        {QStringLiteral("132000"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The number of parameters does not match the template.")},
        {QStringLiteral("132001"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The template is not approved or does not exist in this language.")},
        {QStringLiteral("132005"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The message text is too long for the template.")},
        {QStringLiteral("132007"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The message breaks WhatsApp's formatting rules for templates.")},
        {QStringLiteral("132012"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "A template parameter has the wrong format.")},
        {QStringLiteral("132015"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The template is paused because of low quality.")},
        {QStringLiteral("132016"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The template is disabled because of low quality.")},
        {QStringLiteral("130472"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "WhatsApp did not deliver the message because the client is part of an experiment.")},
    };
    // clang-format on
    return table;
}

QList<TemplateCheck> checkTemplates(const QJsonArray &providerTemplates,
                                    const QList<TemplateRef> &configured)
{
    QList<TemplateCheck> checks;
    for (const TemplateRef &ref : configured) {
        TemplateCheck check;
        check.ref = ref;
        check.state = TemplateCheck::State::Missing;
        for (const QJsonValue &v : providerTemplates) {
            const QJsonObject t = v.toObject();
            if (t.value(QLatin1String("name")).toString() != ref.name)
                continue;
            const QString language = t.value(QLatin1String("language")).toString();
            if (!ref.language.isEmpty() && !language.isEmpty()
                && language.compare(ref.language, Qt::CaseInsensitive) != 0)
                continue;
            check.providerStatus = t.value(QLatin1String("status")).toString();
            check.state
                = check.providerStatus.compare(QLatin1String("approved"), Qt::CaseInsensitive) == 0
                      ? TemplateCheck::State::Approved
                      : TemplateCheck::State::NotApproved;
            break;
        }
        checks.append(check);
    }
    return checks;
}

QJsonValue valueAnyCase(const QJsonObject &object, const QString &key)
{
    auto fold = [](QString k) { return k.remove(QLatin1Char('_')).toLower(); };
    const QString wanted = fold(key);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (fold(it.key()) == wanted)
            return it.value();
    }
    return {};
}

} // namespace GraphApi
