#pragma once

#include "businessheader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

// A column of a report table. The kind decides how cells are written on screen, on paper and
// in CSV, and how they are aligned.
struct ReportColumn
{
    enum class Kind {
        Text,    // QString
        Money,   // qint64 centavos
        Count,   // int / qint64
        Date,    // QDate
        Percent, // qint64 hundredths of a percent (1250 = 12,50 %)
    };
    QString title;
    Kind kind = Kind::Text;
    Qt::Alignment alignment() const;
};

struct ReportRow
{
    enum class Style { Detail, Subtotal, Total };
    Style style = Style::Detail;
    QVariantList cells; // one per column; an invalid QVariant is an empty cell
};

struct ReportTable
{
    QString title; // may be empty when the document has a single table
    QList<ReportColumn> columns;
    QList<ReportRow> rows;

    int detailRowCount() const;
};

// A finished report, independent of how it is shown: the screen, the printer, a PDF and a CSV
// file all read this same document, so their figures cannot disagree.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    QString title;
    QString subtitle; // "Corte al 15/01/2026", "Periodo 01/01/2026 – 31/01/2026"
    BusinessHeader business;
    QDate cutDate;                          // the as-of date, or the period's end
    QDateTime generatedAt;                  // local time
    QList<QPair<QString, QString>> summary; // label, value: printed above the tables
    QList<ReportTable> tables;
    QString footnote; // printed after the last table

    int rowCount() const;

    // A cell as people read it: "$1.250.000", "12,50 %", "15/01/2026", "1.234".
    static QString displayText(ReportColumn::Kind kind, const QVariant &value);
    // A cell as a Spanish spreadsheet reads it: amounts as plain pesos ("1250000", or
    // "1250000,50" with centavos), percentages "12,50", dates dd/MM/yyyy.
    static QString csvText(ReportColumn::Kind kind, const QVariant &value);
    static QString percentText(qint64 hundredths);
    static QString countText(qint64 count);
    // hundredths of a percent of part in whole, rounded half up; 0 when whole is 0.
    static qint64 percentOf(qint64 part, qint64 whole);
};
