#pragma once

#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// The facts a reminder speaks of. For a grouped reminder (several debts of one client on one
// day) the amounts are totals, the references a list and the due date the earliest one.
struct MessageContext
{
    QString clientName;
    Money amount;           // {monto}: original amount(s)
    Money balance;          // {saldo}: what is still owed
    QDate dueDate;          // {vencimiento}
    int daysOverdue = 0;    // {dias_mora}
    QStringList references; // {referencia}
    QString businessName;   // {empresa}
    // {link_pago}: filled when the message goes out (ReminderDispatcher); until then the
    // placeholder stays in the text.
    QString paymentLink;
};

// A reminder text with placeholders, tied to a mora level, plus what the provider needs: the
// approved template's name, its language and the ordered body parameters.
class MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)
public:
    qint64 id = 0;
    QString name;             // for the clerk: "Recordatorio de pago vencido"
    int moraLevel = 0;        // applies from this mora level up (0: before and on the due date)
    QString body;             // "Hola *{nombre}*, ..."
    QString providerTemplate; // approved template name at the provider, e.g. "recordatorio_pago"
    QString language = QStringLiteral("es");
    QStringList parameters; // placeholder names in the provider's {{1}}, {{2}} ... order

    // nombre, monto, saldo, vencimiento, dias_mora, referencia, empresa, link_pago
    static QStringList knownPlaceholders();
    // Placeholder names the body uses, in order of appearance.
    static QStringList placeholdersIn(const QString &body);

    // Refuses unknown placeholders (in the body and in the parameters), an empty body or name.
    Result<void> validate() const;

    QString render(const MessageContext &context) const;
    QStringList renderParameters(const MessageContext &context) const;
    static QString valueOf(const QString &placeholder, const MessageContext &context);

    // "{link_pago}", and whether a rendered text or its parameters still wait for the link.
    static QString paymentLinkPlaceholder();
    static bool needsPaymentLink(const QString &text, const QStringList &parameters);
    static void fillPaymentLink(QString *text, QStringList *parameters, const QString &url);

    // The two templates a new database starts with: before/on the due date, and overdue.
    // With a payment gateway configured the overdue one offers the link as its last sentence
    // (and names the provider template that carries it, "recordatorio_pago_enlace").
    static MessageTemplate defaultPreventive();
    static MessageTemplate defaultOverdue(bool offerPaymentLink = false);
};
