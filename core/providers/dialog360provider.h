#pragma once

#include "httpprovider.h"
#include "providererrortable.h"

struct Dialog360Settings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://waba-v2.360dialog.io"));
    QString apiKey; // D360-API-KEY, from the CredentialStore only
};

// 360dialog, the default provider: POST <base>/messages with the D360-API-KEY header and the
// Cloud API template body. Errors arrive in 360dialog's own {"meta":{...}} shape or in Meta's
// shape passed through.
class Dialog360Provider : public HttpProvider
{
    Q_OBJECT
public:
    explicit Dialog360Provider(const Dialog360Settings &settings, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("360dialog"); }
    void testConnection(const QList<TemplateRef> &templates) override;

    // 360dialog's own errors, keyed by meta.http_code. Meta's codes use GraphApi::errorTable().
    static const ProviderErrorTable &errorTable();

protected:
    Result<void> checkConfiguration() const override;
    Result<PreparedRequest> buildSend(const OutgoingMessage &message) const override;
    SendResult classifyAnswer(const HttpAnswer &answer) const override;
    QStringList secrets() const override { return {m_settings.apiKey}; }

private:
    QNetworkRequest request(const QString &path) const;

    Dialog360Settings m_settings;
};
