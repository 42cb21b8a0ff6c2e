#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file and the line it starts on (1 = the first line of the file).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRecord> records; // without the header and without blank lines
    QChar separator = QLatin1Char(';');
    QString encoding; // "UTF-8" or "Windows-1252"
    int headerLine = 1;
};

// Reads CSV files as Excel and LibreOffice save them in Colombia: UTF-8 with or without BOM or
// Windows-1252; ';' or ',' between fields; quoted fields with doubled quotes and line breaks
// inside; CRLF or LF; blank lines skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Result<CsvTable> readFile(const QString &path);
    static Result<CsvTable> read(const QByteArray &bytes);

    // UTF-8 when the bytes are valid UTF-8 (BOM removed), Windows-1252 otherwise.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    // The separator that splits the first non-blank line (outside quotes) into most fields.
    static QChar sniffSeparator(const QString &text);
    static QList<CsvRecord> parse(const QString &text, QChar separator);
};
