#include "dashboardview.h"

#include "clock.h"
#include "reportdocument.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <memory>

namespace {

const QColor kCurrent(0x4c, 0xa3, 0x6b);
const QColor kOverdue(0xc0, 0x50, 0x3a);
const QColor kAccent(0x1f, 0x3a, 0x5f);

// Charts take qreal: amounts are shown in millions of pesos, for display only.
qreal millions(Money m)
{
    return qreal(m.pesos()) / 1'000'000.0;
}

// "ene", "feb" ... in the user's language; the year is in the chart's title and tooltips.
QString monthLabel(const QDate &month)
{
    QString name = QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

QString monthYear(const QDate &month)
{
    return monthLabel(month) + QLatin1Char(' ') + QString::number(month.year());
}

QLabel *makeCard(QWidget *parent, const QString &title, QHBoxLayout *row)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *caption = new QLabel(title, frame);
    QPalette muted = caption->palette();
    muted.setColor(QPalette::WindowText, QColor(0x5b, 0x67, 0x75));
    caption->setPalette(muted);
    auto *value = new QLabel(QStringLiteral("—"), frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    layout->addWidget(caption);
    layout->addWidget(value);
    row->addWidget(frame);
    return value;
}

QValueAxis *moneyAxis(qreal max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setTitleText(QCoreApplication::translate("DashboardView", "Millions of pesos"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

struct DashboardView::Figures
{
    QDate asOf;
    Result<AgingReportData> aging = Failure{};
    Result<QList<MonthlyAmount>> overdue = Failure{};
    Result<QList<MonthlyAmount>> collections = Failure{};
    Result<QList<MonthlyReminders>> reminders = QList<MonthlyReminders>{};
};

DashboardView::DashboardView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    auto *cards = new QHBoxLayout;
    m_receivable = makeCard(this, tr("Total receivable"), cards);
    m_overdueTotal = makeCard(this, tr("Overdue"), cards);
    m_overdueShare = makeCard(this, tr("Overdue share"), cards);
    m_collectedThisMonth = makeCard(this, tr("Collected this month"), cards);

    m_levelView = makeChartView(new QChart);
    m_overdueView = makeChartView(new QChart);
    m_collectionsView = makeChartView(new QChart);
    m_remindersView = makeChartView(new QChart);
    m_remindersView->hide();

    m_status = new QLabel(this);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(refreshButton);

    m_charts = new QGridLayout;
    m_charts->addWidget(m_levelView, 0, 0);
    m_charts->addWidget(m_overdueView, 0, 1);
    m_charts->addWidget(m_collectionsView, 1, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addLayout(m_charts, 1);
    layout->addLayout(bottom);
}

DashboardView::~DashboardView()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

QChartView *DashboardView::makeChartView(QChart *chart)
{
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

void DashboardView::setMoraLevels(const MoraLevels &levels)
{
    m_levels = levels;
}

void DashboardView::setMessageLog(const MessageLogSchema &schema, int recoveryDays)
{
    m_messageLog = schema;
    m_recoveryDays = recoveryDays;
    const bool shown = schema.isConfigured();
    m_charts->removeWidget(m_collectionsView);
    m_charts->removeWidget(m_remindersView);
    m_charts->addWidget(m_collectionsView, 1, 0, 1, shown ? 1 : 2);
    if (shown)
        m_charts->addWidget(m_remindersView, 1, 1);
    m_remindersView->setVisible(shown);
}

void DashboardView::refresh()
{
    if (m_worker)
        return;
    const Database db = m_db;
    const Clock *clock = &m_clock;
    const MoraLevels levels = m_levels;
    const MessageLogSchema log = m_messageLog;
    const int recoveryDays = m_recoveryDays;
    auto figures = std::make_shared<Figures>();
    figures->asOf = m_clock.today();
    m_worker = QThread::create([db, clock, levels, log, recoveryDays, figures] {
        ReportQueries queries(db, *clock);
        queries.setMessageLog(log);
        if (log.isConfigured())
            figures->reminders = queries.remindersByMonth(figures->asOf, 12, recoveryDays);
        ReportFilter filter;
        filter.asOf = figures->asOf;
        figures->aging = queries.aging(filter, levels);
        figures->overdue = queries.overdueByMonth(figures->asOf, 12);
        figures->collections = queries.collectionsByMonth(figures->asOf, 12);
        Database copy = db;
        copy.close();
    });
    connect(m_worker, &QThread::finished, this, [this, figures] {
        m_worker->deleteLater();
        m_worker = nullptr;
        unsetCursor();
        apply(*figures);
    });
    m_status->setText(tr("Reading the figures…"));
    setCursor(Qt::BusyCursor);
    m_worker->start();
}

void DashboardView::apply(const Figures &figures)
{
    for (const Failure *f : {&figures.aging.failure(), &figures.overdue.failure(),
                             &figures.collections.failure(), &figures.reminders.failure()}) {
        if (!f->message.isEmpty()) {
            m_status->setText(f->message);
            emit refreshFailed(f->message);
            return;
        }
    }
    m_asOf = figures.asOf;
    m_aging = figures.aging.value();
    m_overdue = figures.overdue.value();
    m_collections = figures.collections.value();
    m_reminders = figures.reminders.value();
    buildCharts();

    const Money overdue = m_aging.total - m_aging.bucketTotals.value(0);
    m_receivable->setText(m_aging.total.toString());
    m_overdueTotal->setText(overdue.toString());
    m_overdueShare->setText(ReportDocument::percentText(
        ReportDocument::percentOf(overdue.minor(), m_aging.total.minor())));
    m_collectedThisMonth->setText(m_collections.isEmpty() ? QStringLiteral("—")
                                                          : m_collections.last().amount.toString());
    m_status->setText(tr("Figures as of %1. Click a bar to open the matching list.")
                          .arg(m_asOf.toString(QStringLiteral("dd/MM/yyyy"))));
    emit refreshed();
}

void DashboardView::buildCharts()
{
    // Balance by mora level today.
    {
        QChart *chart = m_levelView->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(tr("Balance by mora level"));
        auto *set = new QBarSet(tr("Balance"));
        QStringList categories;
        qreal max = 0;
        for (int i = 0; i < m_aging.levelNames.size(); ++i) {
            const qreal value = millions(m_aging.bucketTotals.value(i));
            *set << value;
            max = std::max(max, value);
            // Short labels fit under the bars: "1–30", "> 90"; the axis says they are days.
            const MoraLevel &level = m_levels.levels().at(std::min(i, m_levels.count() - 1));
            if (i == 0)
                categories << m_aging.levelNames.at(i);
            else if (level.maxDays < 0)
                categories << QStringLiteral("> %1").arg(level.minDays - 1);
            else
                categories << QStringLiteral("%1–%2").arg(level.minDays).arg(level.maxDays);
        }
        set->setColor(kOverdue);
        // The current balance is not a problem: its bar is green.
        set->setSelectedColor(kCurrent);
        set->selectBar(0);
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        x->setTitleText(tr("Days overdue"));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = moneyAxis(max);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        connect(set, &QBarSet::clicked, this,
                [this](int index) { emit debtListRequested(queryForLevel(index)); });
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            if (status)
                QToolTip::showText(
                    QCursor::pos(),
                    QStringLiteral("%1: %2").arg(m_aging.levelNames.value(index),
                                                 m_aging.bucketTotals.value(index).toString()));
        });
    }
    auto monthly = [this](QChartView *view, const QString &title, const QList<MonthlyAmount> &data,
                          const QColor &color, bool debts) {
        QChart *chart = view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(data.isEmpty() ? title
                                       : tr("%1 (%2 – %3)")
                                             .arg(title, monthYear(data.first().month),
                                                  monthYear(data.last().month)));
        auto *set = new QBarSet(title);
        set->setColor(color);
        QStringList categories;
        qreal max = 0;
        for (const MonthlyAmount &m : data) {
            const qreal value = millions(m.amount);
            *set << value;
            max = std::max(max, value);
            categories << monthLabel(m.month);
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = moneyAxis(max);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        connect(set, &QBarSet::clicked, this, [this, debts](int index) {
            if (debts)
                emit debtListRequested(queryForOverdueMonth(index));
            else
                emit paymentListRequested(queryForCollectionsMonth(index));
        });
        connect(set, &QBarSet::hovered, this, [data](bool status, int index) {
            if (status && index >= 0 && index < data.size())
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1: %2").arg(monthYear(data.at(index).month),
                                                                data.at(index).amount.toString()));
        });
    };
    monthly(m_overdueView, tr("Overdue balance at each month's end"), m_overdue, kOverdue, true);
    monthly(m_collectionsView, tr("Collections per month"), m_collections, kCurrent, false);
    if (m_messageLog.isConfigured())
        buildRemindersChart();
}

void DashboardView::buildRemindersChart()
{
    QChart *chart = m_remindersView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(
        tr("Reminders sent and money paid within %n day(s) after them", nullptr, m_recoveryDays));
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *recovered = new QBarSet(tr("Recovered (millions)"));
    recovered->setColor(kCurrent);
    auto *sent = new QLineSeries;
    sent->setName(tr("Reminders sent"));
    sent->setColor(kAccent);
    sent->setPointsVisible(true);
    QStringList categories;
    qreal maxMoney = 0;
    int maxSent = 0;
    for (int i = 0; i < m_reminders.size(); ++i) {
        const MonthlyReminders &m = m_reminders.at(i);
        *recovered << millions(m.recovered);
        sent->append(i, m.sent);
        maxMoney = std::max(maxMoney, millions(m.recovered));
        maxSent = std::max(maxSent, m.sent);
        categories << monthLabel(m.month);
    }
    auto *bars = new QBarSeries;
    bars->append(recovered);
    chart->addSeries(bars);
    chart->addSeries(sent);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    sent->attachAxis(x);
    auto *money = moneyAxis(maxMoney);
    chart->addAxis(money, Qt::AlignLeft);
    bars->attachAxis(money);
    auto *count = new QValueAxis;
    count->setRange(0, std::max(1, maxSent) * 1.1);
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTitleText(tr("Reminders"));
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignRight);
    sent->attachAxis(count);
    connect(recovered, &QBarSet::clicked, this,
            [this](int index) { emit paymentListRequested(queryForCollectionsMonth(index)); });
    connect(recovered, &QBarSet::hovered, this, [this](bool status, int index) {
        if (status && index >= 0 && index < m_reminders.size())
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %n reminder(s) sent, %2 recovered", nullptr, m_reminders.at(index).sent)
                    .arg(monthYear(m_reminders.at(index).month),
                         m_reminders.at(index).recovered.toString()));
    });
}

DebtQuery DashboardView::queryForLevel(int level) const
{
    DebtQuery q;
    q.asOf = m_asOf.isValid() ? m_asOf : m_clock.today();
    q.limit = 200;
    if (level <= 0) {
        q.state = DebtQuery::State::Current;
        return q;
    }
    const MoraLevel &l = m_levels.levels().at(std::min(level, m_levels.count() - 1));
    q.state = DebtQuery::State::Overdue;
    q.minDaysOverdue = l.minDays;
    q.maxDaysOverdue = l.maxDays;
    q.sort = DebtQuery::Sort::DaysOverdue;
    q.order = Qt::DescendingOrder;
    return q;
}

DebtQuery DashboardView::queryForOverdueMonth(int index) const
{
    // The debts list shows today's balances; this lists the debts that were already past due
    // at that month's end and are still open.
    DebtQuery q;
    const QDate month = m_overdue.value(index).month;
    const QDate today = m_asOf.isValid() ? m_asOf : m_clock.today();
    const QDate end = month.isValid() ? std::min(month.addMonths(1).addDays(-1), today) : today;
    q.asOf = end;
    q.state = DebtQuery::State::Overdue;
    q.sort = DebtQuery::Sort::DaysOverdue;
    q.order = Qt::DescendingOrder;
    return q;
}

PaymentQuery DashboardView::queryForCollectionsMonth(int index) const
{
    PaymentQuery q;
    const QDate month = m_collections.value(index).month;
    if (month.isValid()) {
        q.from = month;
        q.to = month.addMonths(1).addDays(-1);
    }
    q.newestFirst = false;
    return q;
}
