#pragma once

#include "httpprovider.h"
#include "providererrortable.h"

struct TwilioSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
    // Content API, where WhatsApp template approvals are read ("Probar conexión").
    QUrl contentBaseUrl = QUrl(QStringLiteral("https://content.twilio.com"));
    QString accountSid; // AC...
    QString authToken;  // from the CredentialStore only
    QString from;       // the business's WhatsApp sender in E.164, "+57..."
};

// Twilio's Programmable Messaging for WhatsApp: form-encoded POST to
// <base>/2010-04-01/Accounts/<sid>/Messages.json with HTTP Basic auth; the template is a
// Content SID (OutgoingMessage::templateName) and the parameters go in ContentVariables.
class TwilioProvider : public HttpProvider
{
    Q_OBJECT
public:
    explicit TwilioProvider(const TwilioSettings &settings, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("Twilio"); }
    void testConnection(const QList<TemplateRef> &templates) override;

    // Twilio's error codes (request errors and delivery error_code), keyed by code.
    static const ProviderErrorTable &errorTable();
    static QByteArray basicAuthorization(const TwilioSettings &settings);
    static Result<void> checkSettings(const TwilioSettings &settings);

protected:
    Result<void> checkConfiguration() const override;
    Result<PreparedRequest> buildSend(const OutgoingMessage &message) const override;
    SendResult classifyAnswer(const HttpAnswer &answer) const override;
    QStringList secrets() const override { return {m_settings.authToken}; }

private:
    QNetworkRequest request(const QUrl &base, const QString &path) const;
    void checkTemplates(ConnectionReport report, const QList<TemplateRef> &templates);

    TwilioSettings m_settings;
};
