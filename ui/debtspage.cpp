#include "debtspage.h"

#include <QSignalBlocker>

#include "clerkactions.h"
#include "clock.h"
#include "debttablemodel.h"
#include "moracolors.h"
#include "searchbox.h"
#include "tablesetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DebtsPage::DebtsPage(const Database &db, const Clock &clock, ClerkActions *actions,
                     QWidget *parent)
    : QWidget(parent), m_actions(actions), m_clock(clock)
{
    m_search = new SearchBox(this);
    m_search->setObjectName(QStringLiteral("debtSearch"));
    m_search->setPlaceholderText(tr("Search by invoice, client, document or phone (Ctrl+F)"));

    auto *add = new QPushButton(tr("&New debt"), this);
    add->setToolTip(tr("Add a debt (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit"), this);
    m_payment = new QPushButton(tr("Record &payment"), this);
    m_payment->setToolTip(tr("Record a payment to this debt (Ctrl+P)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_payment);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Open (current and overdue)"), int(DebtQuery::State::Open));
    m_state->addItem(tr("Current"), int(DebtQuery::State::Current));
    m_state->addItem(tr("Overdue"), int(DebtQuery::State::Overdue));
    m_state->addItem(tr("Paid"), int(DebtQuery::State::Settled));
    m_state->addItem(tr("All"), int(DebtQuery::State::All));
    m_mora = new QComboBox(this);
    m_mora->setObjectName(QStringLiteral("moraFilter"));
    m_dueBetween = new QCheckBox(tr("D&ue between"), this);
    m_dueBetween->setObjectName(QStringLiteral("dueBetweenCheck"));
    const QDate today = m_clock.today();
    m_dueFrom = new QDateEdit(today.addDays(-30), this);
    m_dueFrom->setObjectName(QStringLiteral("dueFromEdit"));
    m_dueTo = new QDateEdit(today.addDays(30), this);
    m_dueTo->setObjectName(QStringLiteral("dueToEdit"));
    for (QDateEdit *edit : {m_dueFrom, m_dueTo}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    auto *stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    auto *moraLabel = new QLabel(tr("&Mora:"), this);
    moraLabel->setBuddy(m_mora);
    auto *filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addSpacing(8);
    filters->addWidget(moraLabel);
    filters->addWidget(m_mora);
    filters->addSpacing(8);
    filters->addWidget(m_dueBetween);
    filters->addWidget(m_dueFrom);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_dueTo);
    filters->addStretch();
    m_legend = new QHBoxLayout;
    m_legend->setSpacing(4);

    m_model = new DebtTableModel(db, clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("debtsView"));
    m_view->setModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_legend);

    TableSetup::configure(m_view, DebtTableModel::DueDateColumn, false);
    fillMoraFilter();
    rebuildLegend();
    applyFilters();

    connect(m_search, &SearchBox::searchChanged, m_model, &DebtTableModel::setSearch);
    for (QComboBox *combo : {m_state, m_mora})
        connect(combo, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
                &DebtsPage::applyFilters);
    connect(m_dueBetween, &QCheckBox::toggled, this, [this](bool on) {
        m_dueFrom->setEnabled(on);
        m_dueTo->setEnabled(on);
        applyFilters();
    });
    connect(m_dueFrom, &QDateEdit::dateChanged, this, &DebtsPage::applyFilters);
    connect(m_dueTo, &QDateEdit::dateChanged, this, &DebtsPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DebtsPage::updateButtons);
    connect(m_view, &QTableView::activated, this,
            [this] { m_actions->editDebt(currentDebtId()); });
    connect(add, &QPushButton::clicked, this, [this] { m_actions->newDebt(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { m_actions->editDebt(currentDebtId()); });
    connect(m_payment, &QPushButton::clicked, this,
            [this] { m_actions->recordPayment(currentDebtId()); });
    updateButtons();
}

void DebtsPage::setMoraLevels(const MoraLevels &levels)
{
    m_levels = levels;
    m_model->setMoraLevels(levels);
    fillMoraFilter();
    rebuildLegend();
}

void DebtsPage::fillMoraFilter()
{
    const QSignalBlocker blocker(m_mora);
    m_mora->clear();
    m_mora->addItem(tr("All levels"), -1);
    for (int i = 1; i < m_levels.count(); ++i)
        m_mora->addItem(m_levels.levels().at(i).name, i);
}

void DebtsPage::rebuildLegend()
{
    while (QLayoutItem *item = m_legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_legend->addWidget(new QLabel(tr("Mora levels:"), this));
    for (int i = 1; i < m_levels.count(); ++i) {
        auto *chip = new QLabel(m_levels.levels().at(i).name, this);
        chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 2px 6px; "
                                           "border-radius: 3px; }")
                                .arg(MoraColors::background(i, m_levels.count()).name(),
                                     MoraColors::foreground(i, m_levels.count()).name()));
        chip->setToolTip(tr("Colour of debts in this mora level"));
        m_legend->addWidget(chip);
    }
    m_legend->addStretch();
}

void DebtsPage::showQuery(const DebtQuery &query)
{
    const QSignalBlocker stateBlock(m_state);
    const QSignalBlocker moraBlock(m_mora);
    const QSignalBlocker dueBlock(m_dueBetween);
    m_state->setCurrentIndex(qMax(0, m_state->findData(int(query.state))));
    int level = -1;
    for (int i = 1; i < m_levels.count(); ++i) {
        const MoraLevel &band = m_levels.levels().at(i);
        if (band.minDays == query.minDaysOverdue && band.maxDays == query.maxDaysOverdue)
            level = i;
    }
    m_mora->setCurrentIndex(qMax(0, m_mora->findData(level)));
    m_dueBetween->setChecked(query.dueFrom.isValid() || query.dueTo.isValid());
    if (query.dueFrom.isValid())
        m_dueFrom->setDate(query.dueFrom);
    if (query.dueTo.isValid())
        m_dueTo->setDate(query.dueTo);
    m_search->setText(query.search);
    DebtQuery q = m_model->query();
    q.state = query.state;
    q.minDaysOverdue = query.minDaysOverdue;
    q.maxDaysOverdue = query.maxDaysOverdue;
    q.dueFrom = query.dueFrom;
    q.dueTo = query.dueTo;
    q.search = query.search;
    q.clientId = query.clientId;
    m_model->setFilter(q);
}

void DebtsPage::applyFilters()
{
    DebtQuery q = m_model->query();
    q.state = DebtQuery::State(m_state->currentData().toInt());
    const int level = m_mora->currentData().toInt();
    q.minDaysOverdue = -1;
    q.maxDaysOverdue = -1;
    if (level > 0 && level < m_levels.count()) {
        const MoraLevel &band = m_levels.levels().at(level);
        q.minDaysOverdue = band.minDays;
        q.maxDaysOverdue = band.maxDays;
    }
    q.dueFrom = m_dueBetween->isChecked() ? m_dueFrom->date() : QDate();
    q.dueTo = m_dueBetween->isChecked() ? m_dueTo->date() : QDate();
    q.search = m_search->text().trimmed();
    m_model->setFilter(q);
}

void DebtsPage::reload()
{
    TableSetup::reloadKeepingPlace(m_view, m_model, DebtTableModel::IdRole);
}

qint64 DebtsPage::currentDebtId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DebtTableModel::IdRole).toLongLong() : 0;
}

qint64 DebtsPage::currentClientId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DebtTableModel::ClientIdRole).toLongLong() : 0;
}

void DebtsPage::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    m_edit->setEnabled(index.isValid());
    m_payment->setEnabled(index.isValid() && m_model->rowAt(index.row()).debt.isOpen());
}
