#include "debtdialog.h"

#include "clientpicker.h"
#include "clock.h"
#include "clientrepository.h"
#include "conflictdialog.h"
#include "messagelabel.h"
#include "moracolors.h"
#include "taborder.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

DebtDialog::DebtDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_repository(db, clock), m_clock(clock)
{
    setWindowTitle(tr("New debt"));
    const QDate today = m_clock.today();

    m_client = new ClientPicker(db, clock, this);
    m_client->setObjectName(QStringLiteral("clientEdit"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("Invoice number, e.g. FE-1024"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("optional"));
    m_issueDate = new QDateEdit(today, this);
    m_issueDate->setObjectName(QStringLiteral("issueDateEdit"));
    m_dueDate = new QDateEdit(today.addDays(30), this);
    m_dueDate->setObjectName(QStringLiteral("dueDateEdit"));
    for (QDateEdit *edit : {m_issueDate, m_dueDate}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("250.000"));
    m_amount->setAlignment(Qt::AlignRight);
    m_installment = new QSpinBox(this);
    m_installment->setObjectName(QStringLiteral("installmentSpin"));
    m_installment->setRange(0, 999);
    m_installment->setSpecialValueText(tr("not an installment"));
    m_mora = new QLabel(this);
    m_mora->setObjectName(QStringLiteral("moraLabel"));
    m_mora->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("&Invoice number:"), m_reference);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Issue date:"), m_issueDate);
    form->addRow(tr("D&ue date:"), m_dueDate);
    form->addRow(QString(), m_mora);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("I&nstallment:"), m_installment);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DebtDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DebtDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_dueDate, &QDateEdit::dateChanged, this, &DebtDialog::updateMora);
    connect(m_issueDate, &QDateEdit::dateChanged, this, &DebtDialog::updateOkHint);
    connect(m_dueDate, &QDateEdit::dateChanged, this, &DebtDialog::updateOkHint);
    connect(m_reference, &QLineEdit::textChanged, this, &DebtDialog::updateOkHint);
    connect(m_amount, &QLineEdit::textChanged, this, &DebtDialog::updateOkHint);
    connect(m_client, &ClientPicker::clientChanged, this, &DebtDialog::updateOkHint);
    // Show the amount the way it will be saved once the clerk leaves the field.
    connect(m_amount, &QLineEdit::editingFinished, this, [this] {
        const auto money = Money::parse(m_amount->text());
        if (money && money->isPositive())
            m_amount->setText(money->toPlainString());
    });

    setTabChain({m_client, m_reference, m_description, m_issueDate, m_dueDate, m_amount,
                 m_installment});
    updateMora();
    updateOkHint();
    setMinimumWidth(480);
}

void DebtDialog::setClient(const Client &client)
{
    m_client->setClient(client);
    m_reference->setFocus();
}

void DebtDialog::setDebt(const Debt &debt, const Client &client)
{
    m_debt = debt;
    setWindowTitle(tr("Edit debt — %1").arg(debt.reference));
    m_client->setClient(client);
    m_reference->setText(debt.reference);
    m_description->setText(debt.description);
    m_issueDate->setDate(debt.issueDate);
    m_dueDate->setDate(debt.dueDate);
    m_amount->setText(debt.amount.toPlainString());
    m_installment->setValue(debt.installment);
    updateMora();
}

void DebtDialog::setMoraLevels(const MoraLevels &levels)
{
    m_levels = levels;
    updateMora();
}

QString DebtDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString DebtDialog::moraText() const
{
    return m_mora->text();
}

void DebtDialog::updateMora()
{
    const qint64 days = m_dueDate->date().daysTo(m_clock.today());
    if (days > 0) {
        const int level = m_levels.indexFor(int(days));
        m_mora->setText(tr("Already overdue: %1 days late, mora level %2.")
                            .arg(days)
                            .arg(m_levels.levels().at(level).name));
        const QColor bg = MoraColors::background(level, m_levels.count());
        const QColor fg = MoraColors::foreground(level, m_levels.count());
        m_mora->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; "
                                             "border-radius: 3px; }")
                                  .arg(bg.name(), fg.name()));
    } else {
        m_mora->setText(days == 0    ? tr("Due today.")
                        : days == -1 ? tr("Due tomorrow.")
                                     : tr("Due in %1 days.").arg(-days));
        m_mora->setStyleSheet(QString());
    }
}

void DebtDialog::updateOkHint()
{
    const auto collected = collect(false);
    m_ok->setToolTip(collected ? tr("Save the debt (Enter)") : collected.error());
    if (m_message->isError() && collected)
        m_message->clearMessage();
}

Result<Debt> DebtDialog::collect(bool focusProblem)
{
    Debt d = m_debt;
    const auto fail = [focusProblem](QWidget *field, const Failure &failure) -> Result<Debt> {
        if (focusProblem && field)
            field->setFocus();
        return failure;
    };
    if (focusProblem) {
        const auto client = m_client->resolve();
        if (!client)
            return fail(m_client, client.failure());
        d.clientId = client.value();
    } else {
        d.clientId = m_client->clientId();
        if (d.clientId == 0)
            return Failure{tr("Choose the client who owes this debt."), ErrorCode::Invalid};
    }
    d.reference = m_reference->text().trimmed();
    if (d.reference.isEmpty())
        return fail(m_reference, {tr("Enter the invoice number."), ErrorCode::Invalid});
    d.description = m_description->text().trimmed();
    d.issueDate = m_issueDate->date();
    d.dueDate = m_dueDate->date();
    const auto amount = Money::parse(m_amount->text());
    if (!amount)
        return fail(m_amount, amount.failure());
    d.amount = amount.value();
    d.installment = m_installment->value();
    // The core's rules and words; the focus goes to the field the rule is about.
    if (auto valid = d.validate(); !valid) {
        QWidget *field = nullptr;
        if (d.dueDate < d.issueDate)
            field = m_dueDate;
        else if (!d.amount.isPositive() || d.amount.minor() > Money::maxMinor)
            field = m_amount;
        else if (d.reference.size() > 60)
            field = m_reference;
        return fail(field, valid.failure());
    }
    return d;
}

void DebtDialog::accept()
{
    auto collected = collect(true);
    if (!collected) {
        m_message->showError(collected.error());
        return;
    }
    Debt d = collected.value();
    Result<void> saved;
    if (d.id == 0) {
        const auto id = m_repository.create(d);
        if (!id)
            saved = id.failure();
    } else {
        saved = m_repository.update(d);
    }
    if (!saved && saved.code() == ErrorCode::Conflict && d.id != 0) {
        resolveConflict(d);
        return;
    }
    if (!saved) {
        m_message->showError(saved.error());
        if (saved.code() == ErrorCode::Duplicate)
            m_reference->setFocus();
        else if (saved.code() == ErrorCode::Invalid)
            m_amount->setFocus();
        return;
    }
    m_debt = d;
    QDialog::accept();
}

void DebtDialog::resolveConflict(Debt mine)
{
    ClientRepository clients(m_db, m_clock);
    auto clientName = [&clients](qint64 id) {
        const auto client = clients.get(id);
        return client ? client->name : QString();
    };
    for (;;) {
        const auto current = m_repository.get(mine.id);
        if (!current) {
            m_message->showError(current.error());
            return;
        }
        ConflictDialog conflict(tr("the debt %1").arg(current->reference),
                                ConflictDialog::differences(mine, current.value(),
                                                            clientName(mine.clientId),
                                                            clientName(current->clientId)),
                                this);
        conflict.exec();
        switch (conflict.choice()) {
        case ConflictDialog::Choice::UseTheirs: {
            const auto client = clients.get(current->clientId);
            if (!client) {
                m_message->showError(client.error());
                return;
            }
            setDebt(current.value(), client.value());
            m_message->showInfo(tr("These are the other person's data, already saved. Close, "
                                   "or change them and save."));
            return;
        }
        case ConflictDialog::Choice::Cancel:
            m_message->showError(tr("Not saved: another person changed this debt meanwhile."));
            return;
        case ConflictDialog::Choice::KeepMine: {
            mine.version = current->version;
            mine.paid = current->paid; // payments are never undone by an edit
            const auto saved = m_repository.update(mine);
            if (saved) {
                m_debt = mine;
                QDialog::accept();
                return;
            }
            if (saved.code() == ErrorCode::Conflict)
                continue;
            m_message->showError(saved.error());
            if (saved.code() == ErrorCode::Invalid)
                m_amount->setFocus();
            return;
        }
        }
    }
}
