#include "clientdialog.h"

#include "clock.h"
#include "conflictdialog.h"
#include "messagelabel.h"
#include "taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ClientDialog::ClientDialog(const Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_repository(db, clock), m_clock(clock)
{
    setWindowTitle(tr("New client"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Full name or company name"));
    m_documentType = new QComboBox(this);
    m_documentType->setObjectName(QStringLiteral("documentTypeCombo"));
    for (auto type : {IdentityDocument::Type::CC, IdentityDocument::Type::NIT,
                      IdentityDocument::Type::CE, IdentityDocument::Type::PP})
        m_documentType->addItem(IdentityDocument::typeCode(type) + QStringLiteral(" — ")
                                    + IdentityDocument::typeName(type),
                                int(type));
    m_document = new QLineEdit(this);
    m_document->setObjectName(QStringLiteral("documentEdit"));
    m_document->setPlaceholderText(tr("1.020.304.050 or 900.123.456-8"));
    auto *documentRow = new QHBoxLayout;
    documentRow->addWidget(m_documentType);
    documentRow->addWidget(m_document, 1);

    m_whatsapp = new QLineEdit(this);
    m_whatsapp->setObjectName(QStringLiteral("whatsappEdit"));
    m_whatsapp->setPlaceholderText(tr("300 123 4567"));
    m_whatsappHint = new QLabel(this);
    m_whatsappHint->setObjectName(QStringLiteral("whatsappHint"));
    m_whatsappHint->setWordWrap(true);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("optional"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("optional"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_active = new QCheckBox(tr("Active client"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *documentLabel = new QLabel(tr("&Document:"), this);
    documentLabel->setBuddy(m_documentType);
    form->addRow(documentLabel, documentRow);
    form->addRow(tr("&WhatsApp:"), m_whatsapp);
    form->addRow(QString(), m_whatsappHint);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("Add&ress:"), m_address);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), m_active);

    // Habeas Data: consent is prior, express and provable, so record when, how and the proof.
    auto *consentBox = new QGroupBox(tr("WhatsApp consent (Habeas Data)"), this);
    m_consentState = new QComboBox(consentBox);
    m_consentState->setObjectName(QStringLiteral("consentCombo"));
    m_consentState->addItem(tr("Not asked yet"), int(Consent::State::NeverAsked));
    m_consentState->addItem(tr("Granted"), int(Consent::State::Granted));
    m_consentState->addItem(tr("Revoked"), int(Consent::State::Revoked));
    m_consentDate = new QDateEdit(m_clock.today(), consentBox);
    m_consentDate->setObjectName(QStringLiteral("consentDateEdit"));
    m_consentDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setMaximumDate(m_clock.today());
    m_consentSource = new QComboBox(consentBox);
    m_consentSource->setObjectName(QStringLiteral("consentSourceCombo"));
    m_consentSource->setEditable(true);
    m_consentSource->addItems({QString(), QStringLiteral("formulario firmado"),
                               QStringLiteral("mensaje de WhatsApp"),
                               QStringLiteral("llamada grabada"),
                               QStringLiteral("formulario web"),
                               QStringLiteral("correo electrónico")});
    m_consentSource->setInsertPolicy(QComboBox::NoInsert);
    m_consentEvidence = new QPlainTextEdit(consentBox);
    m_consentEvidence->setObjectName(QStringLiteral("consentEvidenceEdit"));
    m_consentEvidence->setTabChangesFocus(true);
    m_consentEvidence->setPlaceholderText(
        tr("Where the proof is: the signed form's folder, the client's message ..."));
    m_consentEvidence->setFixedHeight(m_consentEvidence->fontMetrics().lineSpacing() * 3 + 12);
    auto *consentForm = new QFormLayout(consentBox);
    consentForm->addRow(tr("&State:"), m_consentState);
    consentForm->addRow(tr("D&ate:"), m_consentDate);
    consentForm->addRow(tr("&How:"), m_consentSource);
    consentForm->addRow(tr("E&vidence:"), m_consentEvidence);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(consentBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_whatsapp, &QLineEdit::textChanged, this, &ClientDialog::updatePhoneHint);
    connect(m_consentState, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ClientDialog::updateConsentFields);
    for (QLineEdit *edit : {m_name, m_document, m_whatsapp, m_email})
        connect(edit, &QLineEdit::textChanged, this, &ClientDialog::updateOkHint);
    connect(m_consentSource, &QComboBox::currentTextChanged, this, &ClientDialog::updateOkHint);
    connect(m_documentType, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ClientDialog::updateOkHint);

    setTabChain({m_name, m_documentType, m_document, m_whatsapp, m_email, m_address, m_notes,
                 m_active, m_consentState, m_consentDate, m_consentSource, m_consentEvidence});
    updatePhoneHint();
    updateConsentFields();
    setMinimumWidth(520);
}

void ClientDialog::setClient(const Client &client)
{
    m_client = client;
    setWindowTitle(client.id ? tr("Edit client — %1").arg(client.name) : tr("New client"));
    m_name->setText(client.name);
    m_documentType->setCurrentIndex(m_documentType->findData(int(client.document.type())));
    m_document->setText(client.document.number());
    m_whatsapp->setText(client.whatsapp.display());
    m_email->setText(client.email);
    m_address->setText(client.address);
    m_notes->setPlainText(client.notes);
    m_active->setChecked(client.active);
    m_consentState->setCurrentIndex(m_consentState->findData(int(client.consent.state)));
    if (client.consent.at.isValid())
        m_consentDate->setDate(client.consent.at.toTimeZone(m_clock.timeZone()).date());
    m_consentSource->setCurrentText(client.consent.source);
    m_consentEvidence->setPlainText(client.consent.evidence);
}

QString ClientDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ClientDialog::updatePhoneHint()
{
    const QString typed = m_whatsapp->text().trimmed();
    if (typed.isEmpty()) {
        m_whatsappHint->setText(tr("Mobile number with WhatsApp, 10 digits starting with 3."));
        m_whatsappHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const auto phone = PhoneNumber::parse(typed);
    if (phone) {
        m_whatsappHint->setText(tr("✓ %1").arg(phone->display()));
        m_whatsappHint->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_whatsappHint->setText(phone.error());
        m_whatsappHint->setStyleSheet(QStringLiteral("color: #7a1212;"));
    }
    MessageLabel::growToFit(this);
}

void ClientDialog::updateConsentFields()
{
    const auto state = Consent::State(m_consentState->currentData().toInt());
    const bool recorded = state != Consent::State::NeverAsked;
    m_consentDate->setEnabled(recorded);
    m_consentSource->setEnabled(recorded);
    m_consentEvidence->setEnabled(recorded);
    updateOkHint();
}

void ClientDialog::updateOkHint()
{
    // The Save button says what is still missing, without shouting before the clerk is done.
    const auto collected = collect(false);
    m_ok->setToolTip(collected ? tr("Save the client (Enter)") : collected.error());
    if (m_message->isError() && collected)
        m_message->clearMessage();
}

Result<Client> ClientDialog::collect(bool focusProblem)
{
    Client c = m_client;
    const auto fail = [focusProblem](QWidget *field, const Failure &failure) -> Result<Client> {
        if (focusProblem && field)
            field->setFocus();
        return failure;
    };
    c.name = m_name->text().trimmed();
    if (c.name.isEmpty())
        return fail(m_name, {tr("Enter the client's name."), ErrorCode::Invalid});
    const auto document = IdentityDocument::parse(
        IdentityDocument::Type(m_documentType->currentData().toInt()), m_document->text());
    if (!document)
        return fail(m_document, document.failure());
    c.document = document.value();
    const auto phone = PhoneNumber::parse(m_whatsapp->text());
    if (!phone)
        return fail(m_whatsapp, phone.failure());
    c.whatsapp = phone.value();
    c.email = m_email->text().trimmed();
    c.address = m_address->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.active = m_active->isChecked();
    const auto state = Consent::State(m_consentState->currentData().toInt());
    c.consent.state = state;
    if (state == Consent::State::NeverAsked) {
        c.consent = Consent();
    } else {
        const QDate date = m_consentDate->date();
        const bool unchanged = m_client.consent.state == state && m_client.consent.at.isValid()
                               && m_client.consent.at.toTimeZone(m_clock.timeZone()).date() == date;
        if (unchanged)
            c.consent.at = m_client.consent.at;
        else if (date == m_clock.today())
            c.consent.at = m_clock.now();
        else
            c.consent.at = QDateTime(date, QTime(12, 0), m_clock.timeZone()).toUTC();
        c.consent.source = m_consentSource->currentText().trimmed();
        c.consent.evidence = m_consentEvidence->toPlainText().trimmed();
    }
    if (auto valid = c.validate(); !valid) {
        QWidget *field = nullptr;
        if (!c.email.isEmpty() && valid.error().contains(c.email))
            field = m_email;
        else if (c.consent.state == Consent::State::Granted && c.consent.source.isEmpty())
            field = m_consentSource;
        return fail(field, valid.failure());
    }
    return c;
}

void ClientDialog::accept()
{
    auto collected = collect(true);
    if (!collected) {
        m_message->showError(collected.error());
        return;
    }
    Client c = collected.value();
    Result<void> saved;
    if (c.id == 0) {
        const auto id = m_repository.create(c);
        if (!id)
            saved = id.failure();
    } else {
        saved = m_repository.update(c);
    }
    if (!saved && saved.code() == ErrorCode::Conflict && c.id != 0) {
        resolveConflict(c);
        return;
    }
    if (!saved) {
        // Nothing typed is lost: the dialog stays open with the fields as they were.
        m_message->showError(saved.error());
        if (saved.code() == ErrorCode::Duplicate)
            m_document->setFocus();
        return;
    }
    m_client = c;
    QDialog::accept();
}

void ClientDialog::resolveConflict(Client mine)
{
    for (;;) {
        const auto current = m_repository.get(mine.id);
        if (!current) {
            m_message->showError(current.error());
            return;
        }
        ConflictDialog conflict(tr("the client %1").arg(current->name),
                                ConflictDialog::differences(mine, current.value()), this);
        conflict.exec();
        switch (conflict.choice()) {
        case ConflictDialog::Choice::UseTheirs:
            setClient(current.value());
            m_message->showInfo(tr("These are the other person's data, already saved. Close, "
                                   "or change them and save."));
            return;
        case ConflictDialog::Choice::Cancel:
            // Back to the form with every character typed; the next Save asks again.
            m_message->showError(tr("Not saved: another person changed this client meanwhile."));
            return;
        case ConflictDialog::Choice::KeepMine: {
            mine.version = current->version;
            const auto saved = m_repository.update(mine);
            if (saved) {
                m_client = mine;
                QDialog::accept();
                return;
            }
            if (saved.code() == ErrorCode::Conflict)
                continue; // changed once more in the meantime: compare again
            m_message->showError(saved.error());
            return;
        }
        }
    }
}
