#include "messagetemplate.h"

#include "sqlvalues.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]*)\\}"));
    return pattern;
}

} // namespace

QStringList MessageTemplate::knownPlaceholders()
{
    return {QStringLiteral("nombre"),    QStringLiteral("monto"),
            QStringLiteral("saldo"),     QStringLiteral("vencimiento"),
            QStringLiteral("dias_mora"), QStringLiteral("referencia"),
            QStringLiteral("empresa"),   QStringLiteral("link_pago")};
}

QString MessageTemplate::paymentLinkPlaceholder()
{
    return QStringLiteral("{link_pago}");
}

bool MessageTemplate::needsPaymentLink(const QString &text, const QStringList &parameters)
{
    const QString token = paymentLinkPlaceholder();
    if (text.contains(token))
        return true;
    for (const QString &p : parameters) {
        if (p.contains(token))
            return true;
    }
    return false;
}

void MessageTemplate::fillPaymentLink(QString *text, QStringList *parameters, const QString &url)
{
    const QString token = paymentLinkPlaceholder();
    text->replace(token, url);
    for (QString &p : *parameters)
        p.replace(token, url);
}

QStringList MessageTemplate::placeholdersIn(const QString &body)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

Result<void> MessageTemplate::validate() const
{
    if (name.trimmed().isEmpty())
        return Failure{
            tr("Give the template a name, for example \"Recordatorio de pago vencido\"."),
            ErrorCode::Invalid};
    if (body.trimmed().isEmpty())
        return Failure{tr("Write the message text of template \"%1\".").arg(name),
                       ErrorCode::Invalid};
    const QStringList known = knownPlaceholders();
    const QString knownList
        = QLatin1Char('{') + known.join(QStringLiteral("}, {")) + QLatin1Char('}');
    for (const QString &placeholder : placeholdersIn(body)) {
        if (!known.contains(placeholder))
            return Failure{tr("The text uses {%1}, which Cartera does not know. Use only %2.")
                               .arg(placeholder, knownList),
                           ErrorCode::Invalid};
    }
    for (const QString &parameter : parameters) {
        if (!known.contains(parameter))
            return Failure{tr("The provider parameter \"%1\" is not a placeholder Cartera knows. "
                              "Use only %2, without braces.")
                               .arg(parameter, knownList),
                           ErrorCode::Invalid};
    }
    if (moraLevel < 0)
        return Failure{tr("The mora level of a template cannot be negative."), ErrorCode::Invalid};
    if (language.trimmed().isEmpty())
        return Failure{tr("Give the template's language code, for example \"es\"."),
                       ErrorCode::Invalid};
    return {};
}

namespace {

// dd/MM/yyyy, rearranged from the ISO text SqlValues writes by hand: the daily scan renders
// thousands of messages, and QDate::toString with a pattern costs more than the rest of one.
QString dayMonthYear(const QDate &d)
{
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999)
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    const QString iso = SqlValues::date(d).toString(); // yyyy-MM-dd
    return iso.mid(8, 2) + QLatin1Char('/') + iso.mid(5, 2) + QLatin1Char('/') + iso.left(4);
}

} // namespace

QString MessageTemplate::valueOf(const QString &placeholder, const MessageContext &c)
{
    if (placeholder == QLatin1String("nombre"))
        return c.clientName;
    if (placeholder == QLatin1String("monto"))
        return c.amount.toStringWithCode();
    if (placeholder == QLatin1String("saldo"))
        return c.balance.toStringWithCode();
    if (placeholder == QLatin1String("vencimiento"))
        return dayMonthYear(c.dueDate);
    if (placeholder == QLatin1String("dias_mora"))
        return QString::number(qMax(0, c.daysOverdue));
    if (placeholder == QLatin1String("referencia"))
        return c.references.join(QStringLiteral(", "));
    if (placeholder == QLatin1String("empresa"))
        return c.businessName;
    if (placeholder == QLatin1String("link_pago"))
        return c.paymentLink.isEmpty() ? paymentLinkPlaceholder() : c.paymentLink;
    return QLatin1Char('{') + placeholder + QLatin1Char('}');
}

QString MessageTemplate::render(const MessageContext &context) const
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        out += body.mid(last, match.capturedStart() - last);
        out += valueOf(match.captured(1), context);
        last = match.capturedEnd();
    }
    out += body.mid(last);
    return out;
}

QStringList MessageTemplate::renderParameters(const MessageContext &context) const
{
    QStringList values;
    for (const QString &parameter : parameters)
        values.append(valueOf(parameter, context));
    return values;
}

MessageTemplate MessageTemplate::defaultPreventive()
{
    MessageTemplate t;
    t.name = tr("Recordatorio antes del vencimiento");
    t.moraLevel = 0;
    t.body = QStringLiteral("Hola *{nombre}*, te recordamos que tu pago por *{saldo}* vence el "
                            "*{vencimiento}*. Si ya pagaste, ignora este mensaje. Gracias.");
    t.providerTemplate = QStringLiteral("recordatorio_preventivo");
    t.language = QStringLiteral("es");
    t.parameters
        = {QStringLiteral("nombre"), QStringLiteral("saldo"), QStringLiteral("vencimiento")};
    return t;
}

MessageTemplate MessageTemplate::defaultOverdue(bool offerPaymentLink)
{
    MessageTemplate t;
    t.name = tr("Recordatorio de pago vencido");
    t.moraLevel = 1;
    t.body = QStringLiteral("Hola *{nombre}*, te recordamos que tienes un pago pendiente por "
                            "*{saldo}* con vencimiento el *{vencimiento}*. Por favor comunícate "
                            "para evitar recargos. Gracias.");
    t.providerTemplate = QStringLiteral("recordatorio_pago");
    t.language = QStringLiteral("es");
    t.parameters
        = {QStringLiteral("nombre"), QStringLiteral("saldo"), QStringLiteral("vencimiento")};
    if (offerPaymentLink) {
        t.body += QStringLiteral(" Puedes pagar en línea con PSE, Nequi, Daviplata o tarjeta "
                                 "aquí: {link_pago}");
        t.providerTemplate = QStringLiteral("recordatorio_pago_enlace");
        t.parameters.append(QStringLiteral("link_pago"));
    }
    return t;
}
