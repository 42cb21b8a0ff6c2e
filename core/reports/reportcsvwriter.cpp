#include "reportcsvwriter.h"

#include <QSaveFile>
#include <QStringList>

namespace {

const QString kEol = QStringLiteral("\r\n");

QString line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << ReportCsvWriter::field(f);
    return quoted.join(QLatin1Char(';')) + kEol;
}

} // namespace

QString ReportCsvWriter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray ReportCsvWriter::toCsv(const ReportDocument &document)
{
    QString out;
    out += line({document.title});
    if (!document.business.name.isEmpty())
        out += line({document.business.name, document.business.nit.isEmpty()
                                                 ? QString()
                                                 : tr("NIT %1").arg(document.business.nit)});
    if (!document.subtitle.isEmpty())
        out += line({document.subtitle});
    for (const ReportTable &table : document.tables) {
        out += kEol;
        if (!table.title.isEmpty() && document.tables.size() > 1)
            out += line({table.title});
        QStringList header;
        for (const ReportColumn &c : table.columns)
            header << c.title;
        out += line(header);
        for (const ReportRow &row : table.rows) {
            QStringList fields;
            for (int i = 0; i < table.columns.size(); ++i)
                fields << ReportDocument::csvText(table.columns.at(i).kind, row.cells.value(i));
            out += line(fields);
        }
    }
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += out.toUtf8();
    return bytes;
}

Result<void> ReportCsvWriter::write(const ReportDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{
            tr("Could not create %1: %2. Choose another folder.").arg(path, file.errorString()),
            ErrorCode::Storage};
    file.write(toCsv(document));
    if (!file.commit())
        return Failure{tr("Could not write %1: %2. Check the disk has room and try again.")
                           .arg(path, file.errorString()),
                       ErrorCode::Storage};
    return {};
}
