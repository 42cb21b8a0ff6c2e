#pragma once

// Spanish for the strings a printed report shows, until translations/cartera_es.ts exists:
// lets the tests check "Página 1 de N" and render the screenshots as a business hands them out.
// A value "singular|plural" is chosen by %n.

#include <QHash>
#include <QTranslator>

class SpanishTranslator : public QTranslator
{
public:
    SpanishTranslator()
    {
        const QList<QPair<const char *, const char *>> pairs = {
            {"Page %1 of %2", "Página %1 de %2"},
            {"(continued)", "(continuación)"},
            {"NIT %1", "NIT %1"},
            {"Tel. %1", "Tel. %1"},
            {"Printed %1", "Impreso el %1"},
            {"Portfolio: current and overdue", "Cartera al día y vencida"},
            {"Aging by mora level", "Edades de cartera por nivel de mora"},
            {"Client statement", "Estado de cuenta"},
            {"Collections", "Recaudo"},
            {"Reminder messages", "Mensajes de recordatorio"},
            {"As of %1", "Corte al %1"},
            {"Period %1 – %2", "Periodo %1 – %2"},
            {"%1 · %n debt(s)", "%1 · %n factura|%1 · %n facturas"},
            {"%1 · %n open debt(s)", "%1 · %n factura abierta|%1 · %n facturas abiertas"},
            {"%1 · %n client(s)", "%1 · %n cliente|%1 · %n clientes"},
            {"%1 · %n payment(s)", "%1 · %n pago|%1 · %n pagos"},
            {"Current balance", "Saldo al día"},
            {"Overdue balance", "Saldo vencido"},
            {"Total receivable", "Total cartera"},
            {"Overdue share", "Porcentaje vencido"},
            {"Overdue", "Vencido"},
            {"%1 (%2)", "%1 (%2)"},
            {"Clients with a balance", "Clientes con saldo"},
            {"Client", "Cliente"},
            {"Document", "Documento"},
            {"Current debts", "Facturas al día"},
            {"Overdue debts", "Facturas vencidas"},
            {"Max. days overdue", "Máx. días de mora"},
            {"Total", "Total"},
            {"Total (%n client(s))", "Total (%n cliente)|Total (%n clientes)"},
            {"Balance by client", "Saldo por cliente"},
            {"Summary by mora level", "Resumen por nivel de mora"},
            {"Mora level", "Nivel de mora"},
            {"Balance", "Saldo"},
            {"Share", "Participación"},
            {"Balances as they stood at the end of %1: payments dated later are not included. "
             "Written-off debts are not part of the portfolio.",
             "Saldos al cierre del %1: no incluye pagos con fecha posterior. Las facturas "
             "castigadas no hacen parte de la cartera."},
            {"Days overdue counted to %1. Balances as they stood at the end of that day: "
             "payments dated later are not included.",
             "Días de mora contados al %1. Saldos al cierre de ese día: no incluye pagos con "
             "fecha posterior."},
            {"WhatsApp", "WhatsApp"},
            {"Address", "Dirección"},
            {"Balance on %1", "Saldo al %1"},
            {"Of which overdue", "De este, vencido"},
            {"Date", "Fecha"},
            {"Type", "Tipo"},
            {"Invoice", "Factura"},
            {"Detail", "Detalle"},
            {"Due", "Vence"},
            {"Charges", "Cargos"},
            {"Payments", "Abonos"},
            {"Payment", "Abono"},
            {"Reversal", "Reversión"},
            {"Opening balance", "Saldo anterior"},
            {"Closing balance", "Saldo final"},
            {"Payment, %1", "Abono, %1"},
            {"Payment, %1 %2", "Abono, %1 %2"},
            {"Payment reversed: %1", "Abono reversado: %1"},
            {"Please pay the overdue balance of %1 as soon as possible. If you already paid, "
             "kindly send us the receipt.",
             "Le agradecemos cancelar el saldo vencido de %1 a la mayor brevedad. Si ya pagó, "
             "por favor envíenos el comprobante."},
            {"Thank you for keeping your account up to date.",
             "Gracias por mantener su cuenta al día."},
            {"Collected", "Recaudado"},
            {"Reversed later (not counted)", "Reversados después (no suman)"},
            {"Paid within %n day(s) after a reminder",
             "Pagado %n día después de un recordatorio|Pagado hasta %n días después de un "
             "recordatorio"},
            {"By payment method", "Por medio de pago"},
            {"Method", "Medio de pago"},
            {"Amount", "Valor"},
            {"By day", "Por día"},
            {"Payments by their payment date; reversed payments are left out.",
             "Pagos por su fecha de pago; los pagos reversados no se incluyen."},
            {"Sent", "Enviados"},
            {"Failed", "Fallidos"},
            {"Cancelled", "Cancelados"},
            {"Price per message", "Precio por mensaje"},
            {"Estimated cost", "Costo estimado"},
            {"Only sent messages are billed; the price per message is an estimate.",
             "Solo se cobran los mensajes enviados; el precio por mensaje es un estimado."},
            {"Current", "Al día"},
            {"%1–%2 days", "%1–%2 días"},
            {"More than %1 days", "Más de %1 días"},
            {"Cash", "Efectivo"},
            {"Bank transfer", "Transferencia"},
            {"Card", "Tarjeta"},
            {"Other", "Otro"},
        };
        for (const auto &pair : pairs)
            m_strings.insert(QString::fromUtf8(pair.first), QString::fromUtf8(pair.second));
    }

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        const auto it = m_strings.constFind(QString::fromUtf8(sourceText));
        if (it == m_strings.constEnd())
            return QString();
        const QStringList forms = it->split(QLatin1Char('|'));
        return forms.size() > 1 && n != 1 ? forms.at(1) : forms.at(0);
    }

private:
    QHash<QString, QString> m_strings;
};
