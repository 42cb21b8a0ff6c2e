#pragma once

#include "database.h"

#include <QDialog>

class AuditLogView;
class Clock;
class QLabel;
class QPushButton;
class QTableWidget;

// One client's Habeas Data page: consent history, the record of changes, export of everything
// held about them (JSON and PDF) and anonymisation for a deletion request.
class ClientPrivacyDialog : public QDialog
{
    Q_OBJECT
public:
    ClientPrivacyDialog(const Database &db, const Clock &clock, qint64 clientId,
                        QWidget *parent = nullptr);

    // Each returns an error message, or an empty string on success.
    QString exportJson(const QString &path);
    QString exportPdf(const QString &path);
    QString anonymise(const QString &request);

    QTableWidget *consentTable() const { return m_consent; }
    AuditLogView *auditView() const { return m_audit; }

public slots:
    void refresh();

signals:
    // The client was anonymised: lists showing them should reload.
    void clientChanged(qint64 clientId);

private:
    void askExport(bool pdf);
    void askAnonymise();

    Database m_db;
    const Clock &m_clock;
    qint64 m_clientId = 0;
    QLabel *m_header = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_consent = nullptr;
    AuditLogView *m_audit = nullptr;
    QPushButton *m_anonymise = nullptr;
};
