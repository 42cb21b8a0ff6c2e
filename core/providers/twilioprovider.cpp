#include "twilioprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

using Outcome = SendResult::Outcome;

namespace {

QByteArray formField(const char *key, const QString &value)
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

TwilioProvider::TwilioProvider(const TwilioSettings &settings, QObject *parent)
    : HttpProvider(parent), m_settings(settings)
{
}

const ProviderErrorTable &TwilioProvider::errorTable()
{
    // clang-format off
    static const ProviderErrorTable table{
        {QStringLiteral("20003"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "Twilio rejected the Account SID or Auth Token. Check them in the settings; sending is paused.")},
        {QStringLiteral("20005"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The Twilio account is not active; sending is paused.")},
        {QStringLiteral("20404"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "Twilio does not know this account. Check the Account SID in the settings; sending is paused.")},
        {QStringLiteral("21606"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The sender number does not belong to the Twilio account. Check it in the settings; sending is paused.")},
        {QStringLiteral("63007"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "Twilio has no WhatsApp sender for the configured number. Check it in the settings; sending is paused.")},
        {QStringLiteral("30002"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The Twilio account is suspended; sending is paused.")},
        {QStringLiteral("20429"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "Twilio asked to slow down; the message will be tried again.")},
        {QStringLiteral("63018"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "The WhatsApp sending rate was exceeded; the message will be tried again.")},
        {QStringLiteral("20500"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "Twilio had an internal problem; the message will be tried again.")},
        {QStringLiteral("20503"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "Twilio is temporarily unavailable; the message will be tried again.")},
        {QStringLiteral("21211"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client's number is not a valid phone number.")},
        {QStringLiteral("21614"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client's number is not a mobile number.")},
        {QStringLiteral("63003"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The number is not on WhatsApp.")},
        {QStringLiteral("63024"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The number is not on WhatsApp or cannot receive the message.")},
        {QStringLiteral("63016"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "More than 24 hours passed since the client last wrote; only an approved template can be sent.")},
        {QStringLiteral("21610"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client asked not to receive messages from this number.")},
        {QStringLiteral("21655"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The template (Content SID) is not valid.")},
        {QStringLiteral("21656"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The template parameters (ContentVariables) are not valid.")},
        {QStringLiteral("30003"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client's phone is unreachable.")},
        {QStringLiteral("30005"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client's number is unknown or no longer exists.")},
        {QStringLiteral("30006"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The client's number is a landline or cannot receive messages.")},
        {QStringLiteral("30007"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The message was filtered by the carrier or WhatsApp.")},
        {QStringLiteral("30008"), Outcome::Permanent, QT_TRANSLATE_NOOP("ProviderErrors", "The message could not be delivered for an unknown reason.")},
    };
    // clang-format on
    return table;
}

Result<void> TwilioProvider::checkSettings(const TwilioSettings &settings)
{
    const Result<QUrl> url = checkBaseUrl(settings.baseUrl);
    if (!url)
        return url.failure();
    static const QRegularExpression sid(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    if (!sid.match(settings.accountSid).hasMatch())
        return Failure{tr("Enter the Twilio Account SID: \"AC\" followed by 32 letters and "
                          "digits, from the Twilio console."),
                       ErrorCode::Invalid};
    if (settings.authToken.trimmed().isEmpty())
        return Failure{tr("Enter the Twilio Auth Token in the settings."), ErrorCode::Invalid};
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(settings.from).hasMatch())
        return Failure{tr("Enter the business's WhatsApp number in international format, "
                          "for example +573001234567."),
                       ErrorCode::Invalid};
    return {};
}

Result<void> TwilioProvider::checkConfiguration() const
{
    return checkSettings(m_settings);
}

QByteArray TwilioProvider::basicAuthorization(const TwilioSettings &settings)
{
    return "Basic "
           + (settings.accountSid.toUtf8() + ':' + settings.authToken.trimmed().toUtf8())
                 .toBase64();
}

QNetworkRequest TwilioProvider::request(const QUrl &base, const QString &path) const
{
    QNetworkRequest r = makeRequest(base, path);
    r.setRawHeader("Authorization", basicAuthorization(m_settings));
    return r;
}

Result<HttpProvider::PreparedRequest>
TwilioProvider::buildSend(const OutgoingMessage &message) const
{
    if (message.to.isEmpty() || message.templateName.isEmpty())
        return Failure{tr("The reminder has no number or template (Content SID)."),
                       ErrorCode::Invalid};
    QJsonObject variables;
    for (int i = 0; i < message.parameters.size(); ++i)
        variables.insert(QString::number(i + 1), message.parameters.at(i));
    PreparedRequest prepared;
    prepared.request = request(m_settings.baseUrl, QStringLiteral("/2010-04-01/Accounts/")
                                                       + m_settings.accountSid
                                                       + QStringLiteral("/Messages.json"));
    prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/x-www-form-urlencoded"));
    QList<QByteArray> fields{
        formField("From", QStringLiteral("whatsapp:") + m_settings.from),
        formField("To", message.to.whatsappAddress()),
        formField("ContentSid", message.templateName),
    };
    if (!variables.isEmpty())
        fields.append(
            formField("ContentVariables",
                      QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact))));
    prepared.body = fields.join('&');
    return prepared;
}

SendResult TwilioProvider::classifyAnswer(const HttpAnswer &answer) const
{
    const QJsonObject root = QJsonDocument::fromJson(answer.body).object();
    if (answer.status >= 200 && answer.status < 300) {
        const QString sid = root.value(QLatin1String("sid")).toString();
        if (!sid.isEmpty()) {
            SendResult sent;
            sent.outcome = Outcome::Sent;
            sent.providerMessageId = sid;
            return sent;
        }
        return fallbackByStatus(answer, {}, {});
    }
    const QJsonValue codeValue = root.value(QLatin1String("code"));
    if (!codeValue.isUndefined() && !codeValue.isNull()) {
        const QString code = QString::number(codeValue.toVariant().toInt());
        const auto entry = errorTable().find(code);
        if (!entry)
            return fallbackByStatus(answer, code, root.value(QLatin1String("message")).toString());
        SendResult result;
        result.outcome = entry->outcome;
        result.reason = ProviderErrorTable::translate(entry->reason);
        result.providerCode = code;
        return result;
    }
    return fallbackByStatus(answer, {}, {});
}

void TwilioProvider::testConnection(const QList<TemplateRef> &templates)
{
    const Result<void> configured = checkConfiguration();
    if (!configured) {
        ConnectionReport report;
        report.message = scrub(configured.error());
        QMetaObject::invokeMethod(
            this, [this, report] { emit connectionTested(report); }, Qt::QueuedConnection);
        return;
    }
    const QNetworkRequest account
        = request(m_settings.baseUrl, QStringLiteral("/2010-04-01/Accounts/")
                                          + m_settings.accountSid + QStringLiteral(".json"));
    get(account, [this, templates](const HttpAnswer &a) {
        ConnectionReport report;
        report.reachable = a.status != 0;
        const QJsonObject root = QJsonDocument::fromJson(a.body).object();
        if (a.status == 200 && root.contains(QLatin1String("sid"))) {
            const QString status = root.value(QLatin1String("status")).toString();
            if (status.compare(QLatin1String("active"), Qt::CaseInsensitive) != 0) {
                report.message = tr("The Twilio account is %1, not active.").arg(status);
                emit connectionTested(report);
                return;
            }
            report.credentialsAccepted = true;
            checkTemplates(report, templates);
            return;
        }
        if (a.status == 0)
            report.message = unreachableText(a);
        else
            report.message = classifyAnswer(a).reason;
        report.message = scrub(report.message);
        emit connectionTested(report);
    });
}

void TwilioProvider::checkTemplates(ConnectionReport report, const QList<TemplateRef> &templates)
{
    if (templates.isEmpty() || !checkBaseUrl(m_settings.contentBaseUrl)) {
        report.message = tr("Connected to Twilio.");
        emit connectionTested(report);
        return;
    }
    // One approval request per Content SID; the report goes out when the last one answers.
    auto shared = std::make_shared<ConnectionReport>(report);
    auto pending = std::make_shared<int>(int(templates.size()));
    for (int i = 0; i < templates.size(); ++i) {
        shared->templates.append(
            TemplateCheck{templates.at(i), TemplateCheck::State::Unchecked, {}});
        const QNetworkRequest r = request(m_settings.contentBaseUrl,
                                          QStringLiteral("/v1/Content/") + templates.at(i).name
                                              + QStringLiteral("/ApprovalRequests"));
        get(r, [this, shared, pending, i](const HttpAnswer &a) {
            TemplateCheck &check = shared->templates[i];
            const QJsonObject whatsapp = QJsonDocument::fromJson(a.body)
                                             .object()
                                             .value(QLatin1String("whatsapp"))
                                             .toObject();
            if (a.status == 404) {
                check.state = TemplateCheck::State::Missing;
            } else if (a.status == 200) {
                check.providerStatus = whatsapp.value(QLatin1String("status")).toString();
                check.state
                    = check.providerStatus.compare(QLatin1String("approved"), Qt::CaseInsensitive)
                              == 0
                          ? TemplateCheck::State::Approved
                          : TemplateCheck::State::NotApproved;
            }
            if (--*pending > 0)
                return;
            shared->message = shared->readyToSend()
                                  ? tr("Connected to Twilio; every template is approved.")
                                  : tr("Connected to Twilio, but some templates cannot be used "
                                       "yet.");
            emit connectionTested(*shared);
        });
    }
}
