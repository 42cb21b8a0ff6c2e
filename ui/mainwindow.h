#pragma once

#include "database.h"
#include "moralevel.h"

#include <QList>
#include <QMainWindow>

#include <chrono>

class ClerkActions;
class ClientsPage;
class Clock;
class DebtsPage;
class PaymentsPage;
class QLabel;
class QThread;
class QTimer;
class QListWidget;
class QStackedWidget;
class WelcomePanel;

// The clerk's main window: sections Clientes, Cartera, Pagos, Mensajes and Reportes beside
// each other, the portfolio totals in the status bar, and the welcome panel on an empty
// database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section { Clients, Debts, Payments, Messages, Reports };
    static constexpr int sectionCount = 5;

    MainWindow(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Puts a section's page in place of its placeholder (Mensajes, Reportes). The window
    // takes ownership of the widget.
    void setSectionWidget(Section section, QWidget *widget);
    QWidget *sectionWidget(Section section) const;
    Section currentSection() const;
    void setCurrentSection(Section section);
    void setMoraLevels(const MoraLevels &levels);

    bool isShowingWelcome() const;
    ClientsPage *clientsPage() const { return m_clients; }
    DebtsPage *debtsPage() const { return m_debts; }
    PaymentsPage *paymentsPage() const { return m_payments; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    ClerkActions *actions() const { return m_actions; }
    QString receivableText() const;
    QString overdueText() const;
    QString overdueCountText() const;

    void saveSettings() const;
    // How often a desktop sharing a PostgreSQL database checks that it still hears the
    // others (default 15 s; tests make it short).
    void setLiveCheckInterval(std::chrono::milliseconds interval);
    ~MainWindow() override;

public slots:
    // Re-reads the lists, the client shown and the totals: after every change.
    void refresh();
    // The status-bar totals are added up on a worker thread (a tenth of a second at a million
    // debts): the window paints at once and stays responsive; the newest request wins.
    void refreshTotals();
    void newInCurrentSection();
    void recordPayment();
    void focusSearch();

signals:
    void totalsShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void updateWelcome();
    void listenForOtherDesktops();

    Database m_db;
    const Clock &m_clock;
    ClerkActions *m_actions = nullptr;
    QStackedWidget *m_root = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientsPage *m_clients = nullptr;
    DebtsPage *m_debts = nullptr;
    PaymentsPage *m_payments = nullptr;
    QLabel *m_receivable = nullptr;
    QLabel *m_overdue = nullptr;
    QLabel *m_overdueCount = nullptr;
    QList<QThread *> m_totalsThreads;
    int m_totalsRequest = 0;
    QTimer *m_othersChanged = nullptr;
    QTimer *m_liveCheck = nullptr;
    int m_reopenCount = 0;
};
