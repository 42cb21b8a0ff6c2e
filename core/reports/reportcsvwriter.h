#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a report as CSV the way a Spanish-language Excel opens it with a double click:
// UTF-8 with a byte-order mark, ';' between fields, CRLF line ends, amounts as plain integer
// pesos so they stay numbers, dates dd/MM/yyyy.
class ReportCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvWriter)
public:
    static QByteArray toCsv(const ReportDocument &document);
    static Result<void> write(const ReportDocument &document, const QString &path);
    // Quotes a field when it holds ';', '"', or a line break.
    static QString field(const QString &text);
};
