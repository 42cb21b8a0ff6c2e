#include "paymentdialog.h"

#include "clientpicker.h"
#include "clock.h"
#include "messagelabel.h"
#include "taborder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PaymentDialog::PaymentDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_debts(db, clock), m_payments(db, clock), m_clients(db, clock),
      m_clock(clock)
{
    setWindowTitle(tr("Record payment"));

    m_client = new ClientPicker(db, clock, this);
    m_client->setObjectName(QStringLiteral("clientEdit"));
    m_debt = new QComboBox(this);
    m_debt->setObjectName(QStringLiteral("debtCombo"));
    m_debt->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_balanceBefore = new QLabel(this);
    m_balanceBefore->setObjectName(QStringLiteral("balanceBeforeLabel"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("250.000"));
    m_balanceAfter = new QLabel(this);
    m_balanceAfter->setObjectName(QStringLiteral("balanceAfterLabel"));
    m_balanceAfter->setWordWrap(true);
    QFont bold = m_balanceBefore->font();
    bold.setBold(true);
    m_balanceBefore->setFont(bold);
    m_balanceAfter->setFont(bold);
    m_date = new QDateEdit(m_clock.today(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(m_clock.today());
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (Payment::Method m : Payment::allMethods())
        m_method->addItem(Payment::methodName(m), int(m));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("transfer or receipt number (optional)"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("optional"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Debt:"), m_debt);
    form->addRow(tr("Balance before:"), m_balanceBefore);
    form->addRow(tr("&Amount paid:"), m_amount);
    form->addRow(tr("Balance after:"), m_balanceAfter);
    form->addRow(tr("Da&te:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Note:"), m_note);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setText(tr("&Record payment"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_client, &ClientPicker::clientChanged, this,
            [this](qint64 id) { loadOpenDebts(id, 0); });
    connect(m_debt, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &PaymentDialog::debtChosen);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updateBalanceAfter);
    connect(m_amount, &QLineEdit::editingFinished, this, [this] {
        const auto money = Money::parse(m_amount->text());
        if (money && money->isPositive())
            m_amount->setText(money->toPlainString());
    });

    setTabChain({m_client, m_debt, m_amount, m_date, m_method, m_reference, m_note});
    loadOpenDebts(0, 0);
    setMinimumWidth(500);
}

void PaymentDialog::setClient(const Client &client)
{
    m_client->setClient(client);
    loadOpenDebts(client.id, 0);
    m_amount->setFocus();
    m_amount->selectAll();
}

bool PaymentDialog::setDebt(qint64 debtId)
{
    const auto debt = m_debts.get(debtId);
    if (!debt)
        return false;
    const auto client = m_clients.get(debt->clientId);
    if (!client)
        return false;
    m_client->setClient(client.value());
    loadOpenDebts(client->id, debtId);
    m_amount->setFocus();
    m_amount->selectAll();
    return true;
}

void PaymentDialog::loadOpenDebts(qint64 clientId, qint64 selectDebtId)
{
    const QSignalBlocker blocker(m_debt);
    m_debt->clear();
    m_openDebts.clear();
    if (clientId > 0) {
        DebtQuery query;
        query.clientId = clientId;
        query.state = DebtQuery::State::Open;
        query.asOf = m_clock.today();
        query.sort = DebtQuery::Sort::DueDate;
        const auto rows = m_debts.list(query);
        if (rows) {
            for (const DebtRow &row : rows.value()) {
                m_openDebts.append(row.debt);
                const Debt &d = row.debt;
                m_debt->addItem(tr("%1 · due %2 · owes %3")
                                    .arg(d.reference, d.dueDate.toString(QStringLiteral("dd/MM/yyyy")),
                                         d.balance().toString()),
                                d.id);
            }
        } else {
            m_message->showError(rows.error());
        }
    }
    m_debt->setEnabled(!m_openDebts.isEmpty());
    if (clientId > 0 && m_openDebts.isEmpty())
        m_debt->setPlaceholderText(tr("This client has no open debts"));
    else
        m_debt->setPlaceholderText(tr("Choose the client first"));
    const int index = selectDebtId ? m_debt->findData(selectDebtId) : 0;
    m_debt->setCurrentIndex(m_openDebts.isEmpty() ? -1 : qMax(0, index));
    debtChosen();
}

qint64 PaymentDialog::selectedDebtId() const
{
    return m_debt->currentIndex() >= 0 ? m_debt->currentData().toLongLong() : 0;
}

Money PaymentDialog::selectedBalance() const
{
    const int i = m_debt->currentIndex();
    return i >= 0 && i < m_openDebts.size() ? m_openDebts.at(i).balance() : Money();
}

void PaymentDialog::debtChosen()
{
    if (selectedDebtId() == 0) {
        m_balanceBefore->setText(QStringLiteral("—"));
        m_amount->clear();
        updateBalanceAfter();
        return;
    }
    const Money balance = selectedBalance();
    m_balanceBefore->setText(balance.toString());
    // Most payments settle the whole balance: offer it, selected, so typing replaces it.
    m_amount->setText(balance.toPlainString());
    m_amount->selectAll();
    updateBalanceAfter();
}

void PaymentDialog::updateBalanceAfter()
{
    const auto collected = collect(false);
    if (collected) {
        m_balanceAfter->setText((selectedBalance() - collected->amount).toString());
        m_balanceAfter->setStyleSheet(QString());
        m_ok->setToolTip(tr("Record the payment (Enter)"));
        if (m_message->isError())
            m_message->clearMessage();
    } else {
        m_balanceAfter->setText(selectedDebtId() && !m_amount->text().trimmed().isEmpty()
                                    ? collected.error()
                                    : QStringLiteral("—"));
        m_balanceAfter->setStyleSheet(selectedDebtId() ? QStringLiteral("color: #7a1212;")
                                                       : QString());
        m_ok->setToolTip(collected.error());
    }
    MessageLabel::growToFit(this);
}

Result<Payment> PaymentDialog::collect(bool focusProblem)
{
    const auto fail = [focusProblem](QWidget *field, const Failure &failure) -> Result<Payment> {
        if (focusProblem && field)
            field->setFocus();
        return failure;
    };
    if (focusProblem && m_client->clientId() == 0) {
        const auto client = m_client->resolve();
        if (!client)
            return fail(m_client, client.failure());
    }
    if (m_client->clientId() == 0)
        return fail(m_client, {tr("Choose the client who paid."), ErrorCode::Invalid});
    Payment p;
    p.debtId = selectedDebtId();
    if (p.debtId == 0)
        return fail(m_debt, {m_openDebts.isEmpty()
                                 ? tr("This client owes nothing: there is no open debt to pay.")
                                 : tr("Choose the debt this payment is for."),
                             ErrorCode::Invalid});
    const auto amount = Money::parse(m_amount->text());
    if (!amount)
        return fail(m_amount, amount.failure());
    p.amount = amount.value();
    p.date = m_date->date();
    p.method = Payment::Method(m_method->currentData().toInt());
    p.reference = m_reference->text().trimmed();
    p.note = m_note->text().trimmed();
    if (auto valid = p.validate(selectedBalance()); !valid)
        return fail(m_amount, valid.failure());
    return p;
}

QString PaymentDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString PaymentDialog::balanceAfterText() const
{
    return m_balanceAfter->text();
}

void PaymentDialog::accept()
{
    auto collected = collect(true);
    if (!collected) {
        m_message->showError(collected.error());
        return;
    }
    Payment p = collected.value();
    const auto id = m_payments.record(p);
    if (!id) {
        m_message->showError(id.error());
        // The balance may have changed meanwhile (another window); show the current one.
        if (id.code() == ErrorCode::Invalid || id.code() == ErrorCode::Conflict) {
            const qint64 debtId = p.debtId;
            const QString typed = m_amount->text();
            const QString error = id.error();
            loadOpenDebts(m_client->clientId(), debtId);
            m_amount->setText(typed);
            m_message->showError(error);
        }
        return;
    }
    m_payment = p;
    QDialog::accept();
}
