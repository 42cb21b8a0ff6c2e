#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// What an import file holds: clients with their debts, or payments against existing debts.
enum class ImportTarget { Portfolio, Payments };

// The values an import can read from a column.
enum class ImportField {
    Name,
    DocumentType,
    Document,
    WhatsApp,
    Email,
    Address,
    Notes,
    Reference, // invoice number
    Description,
    Installment,
    IssueDate,
    DueDate,
    Amount,
    Paid, // portfolio: what was already paid on the invoice (abono)
    PaymentDate,
    WrittenOff,
    Method, // payments
    PaymentReference,
    PaymentNote,
    ReversalReason,
};

// Which column of the file feeds each field. Guessed from the header, adjusted by the clerk,
// and remembered (as a QVariantMap in the settings) by header name for the next file.
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    ImportTarget target = ImportTarget::Portfolio;
    QMap<ImportField, int> columns; // field -> column index in the file

    int column(ImportField field) const { return columns.value(field, -1); }
    bool has(ImportField field) const { return columns.contains(field); }

    static ColumnMapping guess(const QStringList &header, ImportTarget target);
    // Applies a remembered mapping to a header: by header name first, then guessing the rest.
    static ColumnMapping fromVariantMap(const QVariantMap &map, const QStringList &header);
    QVariantMap toVariantMap(const QStringList &header) const;

    static QList<ImportField> fields(ImportTarget target);
    static QString fieldCode(ImportField field); // stable, for saved mappings
    static bool fieldFromCode(const QString &code, ImportField *field);
    static QString fieldName(ImportField field); // translated, for the mapping table
    // The header the export writes for a field (Spanish, as clerks name their columns).
    static QString exportHeader(ImportField field);
    // Folds a header for comparison: no accents, lower case, no punctuation.
    static QString foldHeader(const QString &header);
};
