#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Writes the answer to a data subject's "consulta" (Ley 1581): the JSON that
// ClientPrivacy::exportData gathers, as a JSON file and as a readable PDF.
class ClientDataExport
{
    Q_DECLARE_TR_FUNCTIONS(ClientDataExport)
public:
    // Both return an error message, or an empty string when the file was written.
    static QString writeJson(const QJsonObject &data, const QString &path);
    static QString writePdf(const QJsonObject &data, const QString &path);
    // The PDF's content, as HTML for a QTextDocument.
    static QString toHtml(const QJsonObject &data);
};
