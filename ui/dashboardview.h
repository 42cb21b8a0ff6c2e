#pragma once

#include "database.h"
#include "debtrepository.h"
#include "moralevel.h"
#include "paymentrepository.h"
#include "reportqueries.h"

#include <QWidget>

class Clock;
class QBarSet;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QThread;

// The metrics panel: balance by mora level today, the overdue balance at the end of each of
// the last 12 months, and collections per month. Clicking a bar asks the main window to open
// the matching list of debts or payments.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setMoraLevels(const MoraLevels &levels);
    // With the reminders' outbox known, a fourth chart shows reminders sent per month against
    // the money paid within `recoveryDays` after them.
    void setMessageLog(const MessageLogSchema &schema, int recoveryDays = 7);
    const MoraLevels &moraLevels() const { return m_levels; }

    // What the charts show, for the status bar and tests.
    const AgingReportData &aging() const { return m_aging; }
    const QList<MonthlyAmount> &overdueByMonth() const { return m_overdue; }
    const QList<MonthlyAmount> &collectionsByMonth() const { return m_collections; }
    const QList<MonthlyReminders> &remindersByMonth() const { return m_reminders; }
    bool isBusy() const { return m_worker != nullptr; }

    // The lists a click on each chart opens.
    DebtQuery queryForLevel(int level) const;
    DebtQuery queryForOverdueMonth(int index) const;
    PaymentQuery queryForCollectionsMonth(int index) const;

public slots:
    // Reads the figures on a worker thread; emits refreshed() or refreshFailed().
    void refresh();

signals:
    void refreshed();
    void refreshFailed(const QString &message);
    void debtListRequested(const DebtQuery &query);
    void paymentListRequested(const PaymentQuery &query);

private:
    struct Figures;
    void apply(const Figures &figures);
    void buildCharts();
    void buildRemindersChart();
    QChartView *makeChartView(QChart *chart);

    Database m_db;
    const Clock &m_clock;
    MoraLevels m_levels = MoraLevels::defaults();
    QDate m_asOf;
    AgingReportData m_aging;
    QList<MonthlyAmount> m_overdue;
    QList<MonthlyAmount> m_collections;
    QList<MonthlyReminders> m_reminders;
    MessageLogSchema m_messageLog;
    int m_recoveryDays = 7;

    QLabel *m_receivable = nullptr;
    QLabel *m_overdueTotal = nullptr;
    QLabel *m_overdueShare = nullptr;
    QLabel *m_collectedThisMonth = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_levelView = nullptr;
    QChartView *m_overdueView = nullptr;
    QChartView *m_collectionsView = nullptr;
    QChartView *m_remindersView = nullptr;
    QGridLayout *m_charts = nullptr;
    QThread *m_worker = nullptr;
};

