#pragma once

#include "httpprovider.h"

struct MetaCloudSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString apiVersion = QStringLiteral("v21.0");
    QString phoneNumberId;
    QString businessAccountId; // WABA id; needed only to check templates
    QString accessToken;       // from the CredentialStore only
};

// Meta's WhatsApp Cloud API: POST <base>/<version>/<phone_number_id>/messages with a Bearer
// token. Errors are classified on error.code (GraphApi::errorTable()), not on the HTTP status.
class MetaCloudProvider : public HttpProvider
{
    Q_OBJECT
public:
    explicit MetaCloudProvider(const MetaCloudSettings &settings, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("WhatsApp Cloud API"); }
    void testConnection(const QList<TemplateRef> &templates) override;

protected:
    Result<void> checkConfiguration() const override;
    Result<PreparedRequest> buildSend(const OutgoingMessage &message) const override;
    SendResult classifyAnswer(const HttpAnswer &answer) const override;
    QStringList secrets() const override { return {m_settings.accessToken}; }

private:
    QNetworkRequest request(const QString &path) const;
    void fetchTemplates(const QNetworkRequest &request, const QList<TemplateRef> &templates,
                        QJsonArray collected, int pagesLeft);

    MetaCloudSettings m_settings;
};
