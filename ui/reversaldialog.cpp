#include "reversaldialog.h"

#include "messagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReversalDialog::ReversalDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_repository(db, clock)
{
    setWindowTitle(tr("Reverse payment"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. cheque devuelto, pago registrado dos veces"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reverse payment"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReversalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReversalDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool ReversalDialog::setPayment(qint64 paymentId)
{
    const auto payment = m_repository.get(paymentId);
    if (!payment)
        return false;
    m_paymentId = paymentId;
    m_summary->setText(tr("The payment of %1 made on %2 (%3) will be undone: the debt owes that "
                          "amount again. The payment stays on record, marked as reversed.")
                           .arg(payment->amount.toString(),
                                payment->date.toString(QStringLiteral("dd/MM/yyyy")),
                                Payment::methodName(payment->method)));
    return true;
}

QString ReversalDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ReversalDialog::accept()
{
    const auto reversed = m_repository.reverse(m_paymentId, m_reason->text());
    if (!reversed) {
        m_message->showError(reversed.error());
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
