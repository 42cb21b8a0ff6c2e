#pragma once

#include "clientrepository.h"

#include <QDialog>

class MessageLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Adds or edits a client. Checks the phone as it is typed; on Save, saves through the
// repository and closes only when it worked: otherwise it says why and keeps what was typed.
class ClientDialog : public QDialog
{
    Q_OBJECT
public:
    ClientDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Edits an existing client instead of adding one.
    void setClient(const Client &client);
    Client client() const { return m_client; }
    QString message() const;

    void accept() override;

private:
    // Builds the client from the fields; on a bad field returns why and focuses the field.
    Result<Client> collect(bool focusProblem);
    void updatePhoneHint();
    void updateConsentFields();
    void updateOkHint();
    // Another clerk saved this client meanwhile: shows both versions, does what the clerk
    // chooses, and keeps what was typed unless the clerk drops it.
    void resolveConflict(Client mine);

    ClientRepository m_repository;
    const Clock &m_clock;
    Client m_client;

    QLineEdit *m_name = nullptr;
    QComboBox *m_documentType = nullptr;
    QLineEdit *m_document = nullptr;
    QLineEdit *m_whatsapp = nullptr;
    QLabel *m_whatsappHint = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_active = nullptr;
    QComboBox *m_consentState = nullptr;
    QDateEdit *m_consentDate = nullptr;
    QComboBox *m_consentSource = nullptr;
    QPlainTextEdit *m_consentEvidence = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};
