#include "portfoliocsvexport.h"

#include "clientrepository.h"
#include "clock.h"
#include "columnmapping.h"
#include "debtrepository.h"
#include "paymentrepository.h"

#include <QHash>
#include <QIODevice>

namespace {

const int kPage = 2000;

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

PortfolioCsvExport::PortfolioCsvExport(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

QString PortfolioCsvExport::csvField(const QString &value, QChar separator)
{
    if (value.contains(separator) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value != value.trimmed()) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

static bool writeLine(QIODevice *out, const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << PortfolioCsvExport::csvField(f);
    return out->write((quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n")).toUtf8()) >= 0;
}

Result<int> PortfolioCsvExport::writePortfolio(QIODevice *out) const
{
    // Debts grouped by client, read in pages so large portfolios stay cheap.
    QHash<qint64, QList<Debt>> debtsByClient;
    DebtRepository debts(m_db, m_clock);
    DebtQuery dq;
    dq.sort = DebtQuery::Sort::Reference;
    dq.limit = kPage;
    for (;;) {
        const auto page = debts.list(dq);
        if (!page)
            return page.failure();
        for (const DebtRow &row : page.value())
            debtsByClient[row.debt.clientId].append(row.debt);
        if (page->size() < kPage)
            break;
        dq.offset += kPage;
    }

    const QList<ImportField> columns
        = {ImportField::Name,        ImportField::DocumentType, ImportField::Document,
           ImportField::WhatsApp,    ImportField::Email,        ImportField::Address,
           ImportField::Notes,       ImportField::Reference,    ImportField::Description,
           ImportField::Installment, ImportField::IssueDate,    ImportField::DueDate,
           ImportField::Amount,      ImportField::WrittenOff};
    QStringList header;
    for (ImportField f : columns)
        header << ColumnMapping::exportHeader(f);
    out->write("\xEF\xBB\xBF");
    if (!writeLine(out, header))
        return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                       ErrorCode::Storage};

    ClientRepository clients(m_db, m_clock);
    ClientQuery cq;
    cq.sort = ClientQuery::Sort::Created;
    cq.limit = kPage;
    int rows = 0;
    for (;;) {
        const auto page = clients.list(cq);
        if (!page)
            return page.failure();
        for (const Client &c : page.value()) {
            const QStringList clientFields{c.name,
                                           IdentityDocument::typeCode(c.document.type()),
                                           c.document.number(),
                                           c.whatsapp.e164(),
                                           c.email,
                                           c.address,
                                           c.notes};
            const QList<Debt> list = debtsByClient.value(c.id);
            if (list.isEmpty()) {
                QStringList fields = clientFields;
                for (int i = 0; i < 7; ++i)
                    fields << QString();
                if (!writeLine(out, fields))
                    return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                                   ErrorCode::Storage};
                ++rows;
            }
            for (const Debt &d : list) {
                QStringList fields = clientFields;
                fields << d.reference << d.description
                       << (d.installment ? QString::number(d.installment) : QString())
                       << date(d.issueDate) << date(d.dueDate) << d.amount.toString()
                       << (d.writtenOff ? QStringLiteral("Sí") : QString());
                if (!writeLine(out, fields))
                    return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                                   ErrorCode::Storage};
                ++rows;
            }
        }
        if (page->size() < kPage)
            break;
        cq.offset += kPage;
    }
    return rows;
}

Result<int> PortfolioCsvExport::writePayments(QIODevice *out) const
{
    const QList<ImportField> columns
        = {ImportField::Reference,     ImportField::PaymentDate,      ImportField::Amount,
           ImportField::Method,        ImportField::PaymentReference, ImportField::PaymentNote,
           ImportField::ReversalReason};
    QStringList header;
    for (ImportField f : columns)
        header << ColumnMapping::exportHeader(f);
    out->write("\xEF\xBB\xBF");
    if (!writeLine(out, header))
        return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                       ErrorCode::Storage};
    PaymentRepository payments(m_db, m_clock);
    PaymentQuery pq;
    pq.newestFirst = false;
    pq.limit = kPage;
    int rows = 0;
    for (;;) {
        const auto page = payments.list(pq);
        if (!page)
            return page.failure();
        for (const PaymentRow &row : page.value()) {
            const Payment &p = row.payment;
            if (!writeLine(out, {row.debtReference, date(p.date), p.amount.toString(),
                                 Payment::methodCode(p.method), p.reference, p.note,
                                 p.reversed ? p.reversalReason : QString()}))
                return Failure{tr("The file could not be written: %1").arg(out->errorString()),
                               ErrorCode::Storage};
            ++rows;
        }
        if (page->size() < kPage)
            break;
        pq.offset += kPage;
    }
    return rows;
}
