#include "portfolioimport.h"

#include "clock.h"
#include "portfoliocsvexport.h"
#include "textfold.h"

#include <QIODevice>
#include <QRegularExpression>

namespace {

bool parseDocumentType(const QString &text, IdentityDocument::Type *type)
{
    QString t = ColumnMapping::foldHeader(text);
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return false;
    static const QList<std::pair<const char *, IdentityDocument::Type>> names = {
        {"cc", IdentityDocument::Type::CC},
        {"cedula", IdentityDocument::Type::CC},
        {"ceduladeciudadania", IdentityDocument::Type::CC},
        {"nit", IdentityDocument::Type::NIT},
        {"ce", IdentityDocument::Type::CE},
        {"cedulaextranjeria", IdentityDocument::Type::CE},
        {"ceduladeextranjeria", IdentityDocument::Type::CE},
        {"pp", IdentityDocument::Type::PP},
        {"pa", IdentityDocument::Type::PP},
        {"pasaporte", IdentityDocument::Type::PP},
        {"passport", IdentityDocument::Type::PP},
    };
    for (const auto &[name, value] : names) {
        if (t == QLatin1String(name)) {
            *type = value;
            return true;
        }
    }
    return false;
}

bool parseMethod(const QString &text, Payment::Method *method)
{
    if (text.trimmed().isEmpty()) {
        *method = Payment::Method::Other;
        return true;
    }
    if (Payment::methodFromCode(text.trimmed(), method))
        return true;
    const QString folded = TextFold::fold(text);
    for (Payment::Method m : Payment::allMethods()) {
        if (folded == TextFold::fold(Payment::methodName(m))) {
            *method = m;
            return true;
        }
    }
    static const QList<std::pair<const char *, Payment::Method>> more
        = {{"consignacion", Payment::Method::Transfer},
           {"transferencia bancaria", Payment::Method::Transfer},
           {"tarjeta de credito", Payment::Method::Card},
           {"tarjeta debito", Payment::Method::Card},
           {"tarjeta de debito", Payment::Method::Card},
           {"contado", Payment::Method::Cash}};
    for (const auto &[name, value] : more) {
        if (folded == QLatin1String(name)) {
            *method = value;
            return true;
        }
    }
    return false;
}

} // namespace

PortfolioImport::PortfolioImport(const Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{
}

QDate PortfolioImport::parseDate(const QString &input)
{
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    QString text = input.trimmed();
    // Excel sometimes adds a midnight time: "15/01/2026 0:00".
    const int space = int(text.indexOf(QLatin1Char(' ')));
    if (space > 0)
        text.truncate(space);
    if (const auto m = ymd.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dmy.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    return {};
}

bool PortfolioImport::parseYes(const QString &text, bool *ok)
{
    const QString t = TextFold::fold(text);
    *ok = true;
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("0")
        || t == QLatin1String("false") || t == QLatin1String("n"))
        return false;
    if (t == QLatin1String("si") || t == QLatin1String("s") || t == QLatin1String("x")
        || t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes")
        || t.startsWith(QLatin1String("castigad")))
        return true;
    *ok = false;
    return false;
}

QString PortfolioImport::cell(const CsvRecord &record, ImportField field) const
{
    const int col = m_mapping.column(field);
    if (col < 0 || col >= record.fields.size())
        return QString();
    return record.fields.at(col).trimmed();
}

void PortfolioImport::problem(const CsvRecord &record, ImportField field, const QString &reason)
{
    ImportProblem p;
    p.line = record.line;
    const int col = m_mapping.column(field);
    p.column = col >= 0 && col < m_table.header.size() ? m_table.header.at(col)
                                                       : ColumnMapping::fieldName(field);
    p.value = cell(record, field);
    p.reason = reason;
    m_rowProblems.append(p);
}

Result<ImportReport> PortfolioImport::dryRun(const CsvTable &table, const ColumnMapping &mapping,
                                             const QString &source)
{
    m_table = table;
    m_mapping = mapping;
    m_plan = ImportPlan();
    m_plan.source = source;
    m_report = ImportReport();
    m_report.encoding = table.encoding;
    m_report.separator = table.separator;
    m_newClientByDocument.clear();
    m_debtLineByReference.clear();
    m_newDebtByReference.clear();
    m_plannedPaid.clear();
    m_planned = false;

    // Without these the rows cannot be read at all: say so once, not on every row.
    QList<ImportField> required;
    if (mapping.target == ImportTarget::Portfolio)
        required = {ImportField::Name, ImportField::Document, ImportField::WhatsApp};
    else
        required = {ImportField::Reference, ImportField::PaymentDate, ImportField::Amount};
    QStringList missing;
    for (ImportField f : required) {
        if (!mapping.has(f))
            missing << ColumnMapping::fieldName(f);
    }
    if (!missing.isEmpty())
        return Failure{
            tr("Choose the file's column for: %1.").arg(missing.join(QStringLiteral(", "))),
            ErrorCode::Invalid};

    const auto existing = ImportWriter(m_db, m_clock).loadExisting();
    if (!existing)
        return existing.failure();

    for (const CsvRecord &record : table.records) {
        ++m_report.rows;
        m_rowProblems.clear();
        if (mapping.target == ImportTarget::Portfolio)
            checkPortfolioRow(record, existing.value());
        else
            checkPaymentRow(record, existing.value());
        if (m_rowProblems.isEmpty()) {
            ++m_report.acceptedRows;
        } else {
            ++m_report.refusedRows;
            m_report.problems.append(m_rowProblems);
        }
    }
    m_planned = true;
    return m_report;
}

void PortfolioImport::checkPortfolioRow(const CsvRecord &record, const ImportExisting &existing)
{
    // The client: found by document in the database or above in the file, or new.
    IdentityDocument::Type type = IdentityDocument::Type::CC;
    QString number = cell(record, ImportField::Document);
    const QString typeText = cell(record, ImportField::DocumentType);
    bool typeKnown = false;
    if (!typeText.isEmpty()) {
        typeKnown = parseDocumentType(typeText, &type);
        if (!typeKnown)
            problem(record, ImportField::DocumentType,
                    tr("\"%1\" is not a document type: write CC, NIT, CE or PP.").arg(typeText));
    }
    if (!typeKnown) {
        // "NIT 900.123.456-8", "C.C. 1020304050" in one cell.
        static const QRegularExpression prefix(
            QStringLiteral("^(C\\.?\\s?C\\.?|NIT|C\\.?\\s?E\\.?|PP|PA)[\\s:.]+(.+)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto m = prefix.match(number); m.hasMatch()) {
            parseDocumentType(m.captured(1), &type);
            number = m.captured(2);
        } else {
            const QString header = ColumnMapping::foldHeader(
                m_table.header.value(m_mapping.column(ImportField::Document)));
            const bool nitColumn = header.split(QLatin1Char(' ')).contains(QLatin1String("nit"))
                                   && !header.contains(QLatin1String("cedula"));
            if (nitColumn || number.contains(QLatin1Char('-')))
                type = IdentityDocument::Type::NIT;
        }
    }
    const auto document = IdentityDocument::parse(type, number);
    if (!document)
        problem(record, ImportField::Document, document.error());

    qint64 existingClientId = 0;
    int newClientIndex = -1;
    Client client;
    bool matched = false;
    if (document) {
        const QString key = ImportExisting::documentKey(document.value());
        existingClientId = existing.clientsByDocument.value(key, 0);
        newClientIndex = m_newClientByDocument.value(key, -1);
        matched = existingClientId > 0 || newClientIndex >= 0;
    }
    if (!matched) {
        client.name = cell(record, ImportField::Name);
        if (document)
            client.document = document.value();
        const QString phone = cell(record, ImportField::WhatsApp);
        const auto parsedPhone = PhoneNumber::parse(phone);
        if (!parsedPhone)
            problem(record, ImportField::WhatsApp, parsedPhone.error());
        else
            client.whatsapp = parsedPhone.value();
        client.email = cell(record, ImportField::Email);
        client.address = cell(record, ImportField::Address);
        client.notes = cell(record, ImportField::Notes);
        if (document && parsedPhone) {
            if (auto valid = client.validate(); !valid) {
                const bool nameProblem
                    = client.name.trimmed().isEmpty() || client.name.size() > 200;
                problem(record, nameProblem ? ImportField::Name : ImportField::Email,
                        valid.error());
            }
        } else if (client.name.isEmpty()) {
            problem(record, ImportField::Name, tr("Enter the client's name."));
        }
    }

    // The debt, when the row has one.
    const QString reference = cell(record, ImportField::Reference);
    const QString amountText = cell(record, ImportField::Amount);
    const QString dueText = cell(record, ImportField::DueDate);
    const bool hasDebt = !reference.isEmpty() || !amountText.isEmpty() || !dueText.isEmpty();
    Debt debt;
    Money paid;
    QDate paymentDate;
    if (hasDebt) {
        debt.clientId = 1; // checked below with the real id; validate() only needs one
        debt.reference = reference;
        debt.description = cell(record, ImportField::Description);
        const QString issueText = cell(record, ImportField::IssueDate);
        bool datesOk = true;
        debt.dueDate = parseDate(dueText);
        if (!dueText.isEmpty() && !debt.dueDate.isValid()) {
            problem(record, ImportField::DueDate,
                    tr("\"%1\" is not a date: write it as dd/mm/aaaa, for example 31/01/2026.")
                        .arg(dueText));
            datesOk = false;
        }
        if (issueText.isEmpty()) {
            debt.issueDate = debt.dueDate; // the file has no issue date: take the due date
        } else {
            debt.issueDate = parseDate(issueText);
            if (!debt.issueDate.isValid()) {
                problem(record, ImportField::IssueDate,
                        tr("\"%1\" is not a date: write it as dd/mm/aaaa, for example 31/01/2026.")
                            .arg(issueText));
                datesOk = false;
            }
        }
        bool amountOk = true;
        const auto amount = Money::parse(amountText);
        if (!amount) {
            problem(record, ImportField::Amount, amount.error());
            amountOk = false;
        } else {
            debt.amount = amount.value();
        }
        const QString installmentText = cell(record, ImportField::Installment);
        bool installmentOk = true;
        if (!installmentText.isEmpty()) {
            debt.installment = installmentText.toInt(&installmentOk);
            if (!installmentOk)
                problem(record, ImportField::Installment,
                        tr("\"%1\" is not an installment number: write a whole number such as 2.")
                            .arg(installmentText));
        }
        const QString writtenOffText = cell(record, ImportField::WrittenOff);
        bool yesOk = true;
        debt.writtenOff = parseYes(writtenOffText, &yesOk);
        if (!yesOk)
            problem(record, ImportField::WrittenOff,
                    tr("\"%1\" is not yes or no: write Sí or No.").arg(writtenOffText));

        if (datesOk && amountOk && installmentOk) {
            if (auto valid = debt.validate(); !valid) {
                ImportField field = ImportField::Amount;
                if (debt.reference.trimmed().isEmpty() || debt.reference.size() > 60)
                    field = ImportField::Reference;
                else if (!debt.dueDate.isValid() || debt.dueDate < debt.issueDate)
                    field = ImportField::DueDate;
                else if (debt.installment < 0)
                    field = ImportField::Installment;
                problem(record, field, valid.error());
            }
        }
        if (!reference.isEmpty()) {
            if (existing.debtsByReference.contains(reference)) {
                problem(record, ImportField::Reference,
                        tr("Invoice number %1 is already in the database. Each invoice number "
                           "can be used once.")
                            .arg(reference));
                ++m_report.duplicateInvoices;
            } else if (const int line = m_debtLineByReference.value(reference, 0); line > 0) {
                problem(record, ImportField::Reference,
                        tr("Invoice number %1 is already on line %2 of this file. Each invoice "
                           "number can be used once.")
                            .arg(reference)
                            .arg(line));
                ++m_report.duplicateInvoices;
            }
        }

        const QString paidText = cell(record, ImportField::Paid);
        if (!paidText.isEmpty()) {
            const auto parsedPaid = Money::parse(paidText);
            if (!parsedPaid) {
                problem(record, ImportField::Paid, parsedPaid.error());
            } else if (!parsedPaid->isZero()) {
                paid = parsedPaid.value();
                const QString dateText = cell(record, ImportField::PaymentDate);
                paymentDate = dateText.isEmpty() ? m_clock.today() : parseDate(dateText);
                if (!paymentDate.isValid())
                    problem(record, ImportField::PaymentDate,
                            tr("\"%1\" is not a date: write it as dd/mm/aaaa, for example "
                               "31/01/2026.")
                                .arg(dateText));
                Payment p;
                p.debtId = 1;
                p.date = paymentDate.isValid() ? paymentDate : m_clock.today();
                p.amount = paid;
                if (amountOk && debt.amount.isPositive()) {
                    if (auto valid = p.validate(debt.amount); !valid)
                        problem(record, ImportField::Paid, valid.error());
                }
            }
        }
    }

    if (!m_rowProblems.isEmpty())
        return;

    if (matched)
        ++m_report.matchedClients;
    if (!matched && document) {
        newClientIndex = int(m_plan.clients.size());
        m_plan.clients.append(client);
        m_newClientByDocument.insert(ImportExisting::documentKey(document.value()), newClientIndex);
        ++m_report.newClients;
    }
    if (hasDebt) {
        ImportPlan::NewDebt nd;
        nd.debt = debt;
        nd.debt.clientId = existingClientId;
        nd.newClient = existingClientId > 0 ? -1 : newClientIndex;
        const int debtIndex = int(m_plan.debts.size());
        m_plan.debts.append(nd);
        m_debtLineByReference.insert(reference, record.line);
        m_newDebtByReference.insert(reference, debtIndex);
        ++m_report.newDebts;
        if (paid.isPositive()) {
            ImportPlan::NewPayment np;
            np.payment.date = paymentDate;
            np.payment.amount = paid;
            np.payment.method = Payment::Method::Other;
            np.payment.note = tr("Paid before the import");
            np.newDebt = debtIndex;
            m_plan.payments.append(np);
            ++m_report.payments;
        }
    }
}

void PortfolioImport::checkPaymentRow(const CsvRecord &record, const ImportExisting &existing)
{
    const QString reference = cell(record, ImportField::Reference);
    ImportExisting::DebtInfo debt;
    if (reference.isEmpty()) {
        problem(record, ImportField::Reference, tr("Enter the invoice number the payment is for."));
    } else if (!existing.debtsByReference.contains(reference)) {
        problem(record, ImportField::Reference,
                tr("No debt has invoice number %1. Import the debts first, or check the number.")
                    .arg(reference));
    } else {
        debt = existing.debtsByReference.value(reference);
    }

    Payment payment;
    payment.debtId = debt.id > 0 ? debt.id : 1;
    const QString dateText = cell(record, ImportField::PaymentDate);
    payment.date = parseDate(dateText);
    if (!payment.date.isValid())
        problem(record, ImportField::PaymentDate,
                dateText.isEmpty()
                    ? tr("Enter the payment date.")
                    : tr("\"%1\" is not a date: write it as dd/mm/aaaa, for example 31/01/2026.")
                          .arg(dateText));
    const auto amount = Money::parse(cell(record, ImportField::Amount));
    if (!amount)
        problem(record, ImportField::Amount, amount.error());
    else
        payment.amount = amount.value();
    const QString methodText = cell(record, ImportField::Method);
    if (!parseMethod(methodText, &payment.method))
        problem(record, ImportField::Method,
                tr("\"%1\" is not a payment method: write efectivo, transferencia, tarjeta, pse, "
                   "nequi, daviplata or otro.")
                    .arg(methodText));
    payment.reference = cell(record, ImportField::PaymentReference);
    payment.note = cell(record, ImportField::PaymentNote);
    payment.reversalReason = cell(record, ImportField::ReversalReason);
    payment.reversed = !payment.reversalReason.isEmpty();

    if (amount && debt.id > 0) {
        const Money already = debt.paid + m_plannedPaid.value(reference);
        // A reversed payment was valid when it was made; it only needs a positive amount.
        const Money balance = payment.reversed ? debt.amount : debt.amount - already;
        if (auto valid = payment.validate(balance); !valid)
            problem(record, ImportField::Amount, valid.error());
    }
    if (!m_rowProblems.isEmpty())
        return;
    if (!payment.reversed)
        m_plannedPaid[reference] += payment.amount;
    ImportPlan::NewPayment np;
    np.payment = payment;
    np.payment.debtId = debt.id;
    np.clientId = debt.clientId;
    m_plan.payments.append(np);
    ++m_report.payments;
}

Result<int> PortfolioImport::writeRefusedRows(QIODevice *out) const
{
    QHash<int, QStringList> reasons; // line -> "Column: reason"
    for (const ImportProblem &p : m_report.problems)
        reasons[p.line] << QStringLiteral("%1: %2").arg(p.column, p.reason);
    const QChar sep = m_table.separator;
    auto line = [sep](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << PortfolioCsvExport::csvField(f, sep);
        return (quoted.join(sep) + QStringLiteral("\r\n")).toUtf8();
    };
    out->write("\xEF\xBB\xBF");
    if (out->write(line(QStringList(m_table.header) << tr("Problem"))) < 0)
        return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                       ErrorCode::Storage};
    int rows = 0;
    for (const CsvRecord &record : m_table.records) {
        if (!reasons.contains(record.line))
            continue;
        QStringList fields = record.fields;
        while (fields.size() < m_table.header.size())
            fields << QString();
        fields << reasons.value(record.line).join(QStringLiteral("; "));
        if (out->write(line(fields)) < 0)
            return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                           ErrorCode::Storage};
        ++rows;
    }
    return rows;
}

Result<ImportCounts> PortfolioImport::run(const ImportWriter::Progress &progress)
{
    if (!m_planned)
        return Failure{tr("Check the file first."), ErrorCode::Invalid};
    return ImportWriter(m_db, m_clock).write(m_plan, progress);
}
