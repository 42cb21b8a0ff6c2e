#include "reportbuilder.h"

namespace {

using Col = ReportColumn::Kind;

ReportColumn column(const QString &title, Col kind)
{
    return ReportColumn{title, kind};
}

ReportRow row(ReportRow::Style style, const QVariantList &cells)
{
    return ReportRow{style, cells};
}

QVariant money(Money m)
{
    return QVariant::fromValue<qint64>(m.minor());
}

} // namespace

ReportBuilder::ReportBuilder(const BusinessHeader &business, const QDateTime &generatedAt)
    : m_business(business), m_generatedAt(generatedAt)
{
}

QString ReportBuilder::dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString ReportBuilder::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Portfolio:
        return tr("Portfolio: current and overdue");
    case Kind::Aging:
        return tr("Aging by mora level");
    case Kind::Statement:
        return tr("Client statement");
    case Kind::Collections:
        return tr("Collections");
    case Kind::Messages:
        return tr("Reminder messages");
    }
    return {};
}

ReportDocument ReportBuilder::start(const QString &title, const QString &subtitle,
                                    const QDate &cut) const
{
    ReportDocument doc;
    doc.title = title;
    doc.subtitle = subtitle;
    doc.business = m_business;
    doc.cutDate = cut;
    doc.generatedAt = m_generatedAt;
    return doc;
}

ReportDocument ReportBuilder::portfolio(const PortfolioReportData &data) const
{
    ReportDocument doc
        = start(kindName(Kind::Portfolio), tr("As of %1").arg(dateText(data.asOf)), data.asOf);
    const QString line = tr("%1 · %n debt(s)", nullptr, data.currentDebts);
    doc.summary.append({tr("Current balance"), tr("%1 · %n client(s)", nullptr, data.currentClients)
                                                   .arg(line.arg(data.currentBalance.toString()))});
    doc.summary.append(
        {tr("Overdue balance"), tr("%1 · %n client(s)", nullptr, data.overdueClients)
                                    .arg(tr("%1 · %n debt(s)", nullptr, data.overdueDebts)
                                             .arg(data.overdueBalance.toString()))});
    doc.summary.append({tr("Total receivable"), data.total().toString()});
    doc.summary.append(
        {tr("Overdue share"), ReportDocument::percentText(ReportDocument::percentOf(
                                  data.overdueBalance.minor(), data.total().minor()))});

    ReportTable table;
    table.columns = {column(tr("Client"), Col::Text),
                     column(tr("Document"), Col::Text),
                     column(tr("Current debts"), Col::Count),
                     column(tr("Current balance"), Col::Money),
                     column(tr("Overdue debts"), Col::Count),
                     column(tr("Overdue balance"), Col::Money),
                     column(tr("Max. days overdue"), Col::Count),
                     column(tr("Total"), Col::Money)};
    table.rows.reserve(data.rows.size() + 1);
    for (const PortfolioClientRow &r : data.rows)
        table.rows.append(
            row(ReportRow::Style::Detail,
                {r.clientName, r.document, r.currentDebts,
                 r.currentBalance.isZero() ? QVariant() : money(r.currentBalance), r.overdueDebts,
                 r.overdueBalance.isZero() ? QVariant() : money(r.overdueBalance),
                 r.overdueDebts > 0 ? QVariant(r.maxDaysOverdue) : QVariant(), money(r.total())}));
    table.rows.append(row(ReportRow::Style::Total,
                          {tr("Total (%n client(s))", nullptr, int(data.rows.size())), QVariant(),
                           data.currentDebts, money(data.currentBalance), data.overdueDebts,
                           money(data.overdueBalance), QVariant(), money(data.total())}));
    doc.tables.append(table);
    doc.footnote = tr("Balances as they stood at the end of %1: payments dated later are not "
                      "included. Written-off debts are not part of the portfolio.")
                       .arg(dateText(data.asOf));
    return doc;
}

ReportDocument ReportBuilder::aging(const AgingReportData &data) const
{
    ReportDocument doc
        = start(kindName(Kind::Aging), tr("As of %1").arg(dateText(data.asOf)), data.asOf);
    doc.summary.append(
        {tr("Total receivable"),
         tr("%1 · %n open debt(s)", nullptr, data.openDebts).arg(data.total.toString())});
    const Money overdue = data.total - data.bucketTotals.value(0);
    doc.summary.append(
        {tr("Overdue"), tr("%1 (%2)").arg(overdue.toString(),
                                          ReportDocument::percentText(ReportDocument::percentOf(
                                              overdue.minor(), data.total.minor())))});
    doc.summary.append({tr("Clients with a balance"), ReportDocument::countText(data.rows.size())});

    ReportTable detail;
    detail.title = tr("Balance by client");
    detail.columns = {column(tr("Client"), Col::Text), column(tr("Document"), Col::Text)};
    for (const QString &name : data.levelNames)
        detail.columns.append(column(name, Col::Money));
    detail.columns.append(column(tr("Total"), Col::Money));
    detail.rows.reserve(data.rows.size() + 1);
    for (const AgingClientRow &r : data.rows) {
        QVariantList cells{r.clientName, r.document};
        for (Money m : r.buckets)
            cells.append(m.isZero() ? QVariant() : money(m));
        cells.append(money(r.total));
        detail.rows.append(row(ReportRow::Style::Detail, cells));
    }
    QVariantList totals{tr("Total (%n client(s))", nullptr, int(data.rows.size())), QVariant()};
    for (Money m : data.bucketTotals)
        totals.append(money(m));
    totals.append(money(data.total));
    detail.rows.append(row(ReportRow::Style::Total, totals));
    doc.tables.append(detail);

    ReportTable byLevel;
    byLevel.title = tr("Summary by mora level");
    byLevel.columns = {column(tr("Mora level"), Col::Text), column(tr("Balance"), Col::Money),
                       column(tr("Share"), Col::Percent)};
    for (int i = 0; i < data.levelNames.size(); ++i) {
        const Money m = data.bucketTotals.value(i);
        byLevel.rows.append(row(ReportRow::Style::Detail,
                                {data.levelNames.at(i), money(m),
                                 ReportDocument::percentOf(m.minor(), data.total.minor())}));
    }
    byLevel.rows.append(row(ReportRow::Style::Total,
                            {tr("Total"), money(data.total),
                             QVariant::fromValue<qint64>(data.total.isZero() ? 0 : 10000)}));
    doc.tables.append(byLevel);
    doc.footnote = tr("Days overdue counted to %1. Balances as they stood at the end of that "
                      "day: payments dated later are not included.")
                       .arg(dateText(data.asOf));
    return doc;
}

ReportDocument ReportBuilder::statement(const StatementData &data) const
{
    ReportDocument doc
        = start(kindName(Kind::Statement),
                tr("Period %1 – %2").arg(dateText(data.from), dateText(data.to)), data.to);
    doc.summary.append({tr("Client"), data.clientName});
    doc.summary.append({tr("Document"), data.document});
    if (!data.phone.isEmpty())
        doc.summary.append({tr("WhatsApp"), data.phone});
    if (!data.address.isEmpty())
        doc.summary.append({tr("Address"), data.address});
    doc.summary.append(
        {tr("Balance on %1").arg(dateText(data.to)), data.closingBalance.toString()});
    doc.summary.append({tr("Of which overdue"), data.overdueAtClose.toString()});

    ReportTable table;
    table.columns = {column(tr("Date"), Col::Date),      column(tr("Type"), Col::Text),
                     column(tr("Invoice"), Col::Text),   column(tr("Detail"), Col::Text),
                     column(tr("Due"), Col::Date),       column(tr("Charges"), Col::Money),
                     column(tr("Payments"), Col::Money), column(tr("Balance"), Col::Money)};
    table.rows.append(row(ReportRow::Style::Subtotal,
                          {data.from, QVariant(), QVariant(), tr("Opening balance"), QVariant(),
                           QVariant(), QVariant(), money(data.openingBalance)}));
    for (const StatementEntry &e : data.entries) {
        QString type;
        switch (e.kind) {
        case StatementEntry::Kind::Debt:
            type = tr("Invoice");
            break;
        case StatementEntry::Kind::Payment:
            type = tr("Payment");
            break;
        case StatementEntry::Kind::Reversal:
            type = tr("Reversal");
            break;
        }
        table.rows.append(
            row(ReportRow::Style::Detail,
                {e.date, type, e.reference, e.description,
                 e.dueDate.isValid() ? QVariant(e.dueDate) : QVariant(),
                 e.charge.isZero() ? QVariant() : money(e.charge),
                 e.credit.isZero() ? QVariant() : money(e.credit), money(e.balance)}));
    }
    table.rows.append(row(ReportRow::Style::Total,
                          {data.to, QVariant(), QVariant(), tr("Closing balance"), QVariant(),
                           money(data.charges), money(data.credits), money(data.closingBalance)}));
    doc.tables.append(table);
    doc.footnote = data.overdueAtClose.isPositive()
                       ? tr("Please pay the overdue balance of %1 as soon as possible. If you "
                            "already paid, kindly send us the receipt.")
                             .arg(data.overdueAtClose.toString())
                       : tr("Thank you for keeping your account up to date.");
    return doc;
}

ReportDocument ReportBuilder::collections(const CollectionsData &data) const
{
    ReportDocument doc
        = start(kindName(Kind::Collections),
                tr("Period %1 – %2").arg(dateText(data.from), dateText(data.to)), data.to);
    doc.summary.append(
        {tr("Collected"),
         tr("%1 · %n payment(s)", nullptr, data.payments).arg(data.total.toString())});
    if (data.reversedPayments > 0)
        doc.summary.append({tr("Reversed later (not counted)"),
                            tr("%1 · %n payment(s)", nullptr, data.reversedPayments)
                                .arg(data.reversedAmount.toString())});
    if (data.hasRecovery)
        doc.summary.append(
            {tr("Paid within %n day(s) after a reminder", nullptr, data.recoveryDays),
             tr("%1 · %n payment(s)", nullptr, data.recoveredPayments)
                 .arg(data.recovered.toString())});

    ReportTable methods;
    methods.title = tr("By payment method");
    methods.columns = {column(tr("Method"), Col::Text), column(tr("Payments"), Col::Count),
                       column(tr("Amount"), Col::Money), column(tr("Share"), Col::Percent)};
    for (const CollectionsByMethod &m : data.byMethod)
        methods.rows.append(row(ReportRow::Style::Detail,
                                {Payment::methodName(m.method), m.payments, money(m.amount),
                                 ReportDocument::percentOf(m.amount.minor(), data.total.minor())}));
    methods.rows.append(row(ReportRow::Style::Total,
                            {tr("Total"), data.payments, money(data.total),
                             QVariant::fromValue<qint64>(data.total.isZero() ? 0 : 10000)}));
    doc.tables.append(methods);

    ReportTable days;
    days.title = tr("By day");
    days.columns = {column(tr("Date"), Col::Date), column(tr("Payments"), Col::Count),
                    column(tr("Amount"), Col::Money)};
    for (const CollectionsByDay &d : data.byDay)
        days.rows.append(row(ReportRow::Style::Detail, {d.date, d.payments, money(d.amount)}));
    days.rows.append(row(ReportRow::Style::Total, {tr("Total"), data.payments, money(data.total)}));
    doc.tables.append(days);
    doc.footnote = tr("Payments by their payment date; reversed payments are left out.");
    return doc;
}

ReportDocument ReportBuilder::messages(const MessagesData &data) const
{
    ReportDocument doc
        = start(kindName(Kind::Messages),
                tr("Period %1 – %2").arg(dateText(data.from), dateText(data.to)), data.to);
    doc.summary.append({tr("Sent"), ReportDocument::countText(data.sent)});
    doc.summary.append({tr("Failed"), ReportDocument::countText(data.failed)});
    doc.summary.append({tr("Cancelled"), ReportDocument::countText(data.cancelled)});
    doc.summary.append({tr("Price per message"), data.pricePerMessage.toString()});
    doc.summary.append({tr("Estimated cost"), data.estimatedCost.toString()});

    ReportTable table;
    table.columns = {column(tr("Date"), Col::Date), column(tr("Sent"), Col::Count),
                     column(tr("Failed"), Col::Count), column(tr("Cancelled"), Col::Count),
                     column(tr("Estimated cost"), Col::Money)};
    for (const MessagesByDay &d : data.byDay)
        table.rows.append(row(ReportRow::Style::Detail,
                              {d.date, d.sent, d.failed, d.cancelled,
                               money(Money::fromMinor(data.pricePerMessage.minor() * d.sent))}));
    table.rows.append(row(ReportRow::Style::Total, {tr("Total"), data.sent, data.failed,
                                                    data.cancelled, money(data.estimatedCost)}));
    doc.tables.append(table);
    doc.footnote = tr("Only sent messages are billed; the price per message is an estimate.");
    return doc;
}
