#pragma once

#include "database.h"

#include <QWidget>

class Clock;
class MessagesModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReminderWorker;

// Mensajes: the reminder history, overall or for one client, filtered by state, client and
// date, with the clerk's actions: retry a failed message, cancel a scheduled one, and settle
// an uncertain one as sent or not sent. The selected message's exact text is shown in full.
class MessagesView : public QWidget
{
    Q_OBJECT
public:
    MessagesView(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    MessagesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Shows one client's history (0: everyone's).
    void showClient(qint64 clientId, const QString &name = {});
    // The banner shown while no provider is configured.
    void setProviderConfigured(bool configured);
    // Shows the sending progress of the in-app worker and lets the clerk pause and resume it.
    void attachWorker(ReminderWorker *worker);
    QPushButton *pauseButton() const { return m_pause; }
    QString progressText() const;
    void reload();

    // The clerk's actions on the selected message; false (with a message shown in the status
    // line) when the action does not apply.
    bool retrySelected();
    bool cancelSelected();
    bool resolveSelected(bool wasSent);

    QString statusText() const;

signals:
    void messagesChanged();

private:
    void applyFilters();
    void refreshStatus();
    void updateSelection();
    int selectedRow() const;
    bool finishAction(bool ok, const QString &error);

    Database m_db;
    const Clock &m_clock;
    MessagesModel *m_model = nullptr;
    qint64 m_clientId = 0;
    bool m_providerConfigured = true;

    QLabel *m_banner = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_pause = nullptr;
    ReminderWorker *m_worker = nullptr;
    int m_sentThisRun = 0;
    int m_failedThisRun = 0;
    QComboBox *m_state = nullptr;
    QLineEdit *m_client = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_markSent = nullptr;
    QPushButton *m_markNotSent = nullptr;
    QLabel *m_status = nullptr;
};
