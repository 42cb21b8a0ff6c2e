#include "clientdataexport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString cellText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("sí") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toString();
}

// One table with a row per object; columns are the union of their keys.
QString tableHtml(const QJsonArray &rows)
{
    QStringList keys;
    for (const QJsonValue &row : rows) {
        for (const QString &k : row.toObject().keys()) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    QString html
        = QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (const QString &k : keys)
        html += QStringLiteral("<th>%1</th>").arg(k.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QJsonValue &row : rows) {
        html += QStringLiteral("<tr>");
        const QJsonObject o = row.toObject();
        for (const QString &k : keys)
            html += QStringLiteral("<td>%1</td>").arg(cellText(o.value(k)).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ClientDataExport::toHtml(const QJsonObject &data)
{
    const QJsonObject client = data.value(QStringLiteral("client")).toObject();
    QString html = QStringLiteral("<html><body style='font-size:9pt'>");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("Personal data held about %1")
                         .arg(client.value(QStringLiteral("name")).toString())
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Answer to a query under Ley 1581 de 2012. Exported on %1 by %2.")
                         .arg(data.value(QStringLiteral("exported_at")).toString(),
                              data.value(QStringLiteral("exported_by")).toString())
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3'>")
                .arg(tr("Client").toHtmlEscaped());
    for (const QString &k : client.keys())
        html += QStringLiteral("<tr><th align='left'>%1</th><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), cellText(client.value(k)).toHtmlEscaped());
    html += QStringLiteral("</table>");
    const QList<std::pair<QString, QString>> sections
        = {{QStringLiteral("consent_history"), tr("Consent history")},
           {QStringLiteral("debts"), tr("Debts")},
           {QStringLiteral("payments"), tr("Payments")},
           {QStringLiteral("messages"), tr("Messages")},
           {QStringLiteral("audit_log"), tr("Record of changes")}};
    for (const auto &[key, title] : sections) {
        const QJsonArray rows = data.value(key).toArray();
        html += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped())
                               : tableHtml(rows);
    }
    return html + QStringLiteral("</body></html>");
}

QString ClientDataExport::writeJson(const QJsonObject &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    file.write(QJsonDocument(data).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return QString();
}

QString ClientDataExport::writePdf(const QJsonObject &data, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("Personal data"));
    writer.setCreator(QStringLiteral("Cartera"));
    QTextDocument document;
    document.setHtml(toHtml(data));
    document.print(&writer);
    if (!QFileInfo::exists(path))
        return tr("%1 cannot be written.").arg(path);
    return QString();
}
