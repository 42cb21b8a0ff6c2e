#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
const char16_t kCp1252High[32]
    = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

bool allBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString CsvReader::decode(const QByteArray &input, QString *encoding)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return decodeCp1252(input);
}

QChar CsvReader::sniffSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    bool seenContent = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice: no harm
            seenContent = true;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (seenContent)
                break;
        } else if (!quoted) {
            if (c == QLatin1Char(';'))
                ++semicolons;
            else if (c == QLatin1Char(','))
                ++commas;
            else if (c == QLatin1Char('\t'))
                ++tabs;
            if (!c.isSpace())
                seenContent = true;
        }
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    int line = 1;
    bool quoted = false;
    bool fieldStarted = false; // something (even "") was read for this field
    current.line = 1;
    const int n = int(text.size());
    const QChar *data = text.constData();

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        if (!allBlank(current.fields))
            records.append(current);
        current = CsvRecord();
        current.line = nextLine;
    };

    for (int i = 0; i < n; ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                    continue; // CRLF inside a field is one line break
                if (c == QLatin1Char('\r'))
                    ++line;
                field.append(c == QLatin1Char('\r') ? QLatin1Char('\n') : c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else {
            field.append(c);
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldStarted)
        endRecord(line);
    return records;
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.separator = sniffSeparator(text);
    QList<CsvRecord> records = parse(text, table.separator);
    if (records.isEmpty())
        return Failure{tr("The file is empty: it has no header line and no rows."),
                       ErrorCode::Invalid};
    const CsvRecord header = records.takeFirst();
    table.headerLine = header.line;
    for (const QString &h : header.fields)
        table.header.append(h.trimmed());
    table.records = std::move(records);
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("%1 cannot be read: %2").arg(path, file.errorString()),
                       ErrorCode::Storage};
    return read(file.readAll());
}
