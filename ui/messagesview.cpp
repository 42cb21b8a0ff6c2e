#include "messagesview.h"

#include "reminderworker.h"

#include "clock.h"
#include "messagesmodel.h"
#include "outboxrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

MessagesView::MessagesView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_model(new MessagesModel(db, clock, this))
{
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
    m_banner->hide();

    m_state = new QComboBox(this);
    m_state->addItem(tr("All states"), -1);
    for (OutboxMessage::State s : OutboxMessage::allStates())
        m_state->addItem(OutboxMessage::stateName(s), int(s));
    m_client = new QLineEdit(this);
    m_client->setPlaceholderText(tr("Client name"));
    m_client->setClearButtonEnabled(true);
    m_useDates = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(m_clock.today().addDays(-30), this);
    m_to = new QDateEdit(m_clock.today().addDays(7), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
    }
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    auto *filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(clientLabel);
    filters->addWidget(m_client, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MessagesModel::Text, QHeaderView::Stretch);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a message to see the exact text that was sent."));

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setToolTip(tr("Queue a failed message again for today's contact hours."));
    m_cancel = new QPushButton(tr("C&ancel"), this);
    m_cancel->setToolTip(tr("Do not send this scheduled message."));
    m_markSent = new QPushButton(tr("Mark &sent"), this);
    m_markSent->setToolTip(tr("The client did get this message (checked in WhatsApp)."));
    m_markNotSent = new QPushButton(tr("Mark &not sent"), this);
    m_markNotSent->setToolTip(tr("The client did not get this message; it can then be retried."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_cancel);
    actions->addWidget(m_markSent);
    actions->addWidget(m_markNotSent);
    actions->addStretch(1);
    m_status = new QLabel(this);
    actions->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("sendingProgress"));
    m_pause = new QPushButton(tr("&Pause sending"), this);
    m_pause->setObjectName(QStringLiteral("pauseSending"));
    m_pause->setCheckable(true);
    m_pause->hide();
    auto *sending = new QHBoxLayout;
    sending->addWidget(m_progress, 1);
    sending->addWidget(m_pause);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(sending);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    // Typing in the client box filters after a short pause, not on every key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &MessagesView::applyFilters);
    connect(m_client, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &MessagesView::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &MessagesView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &MessagesView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesView::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MessagesView::updateSelection);
    connect(m_model, &MessagesModel::loadFailed, m_status, &QLabel::setText);
    connect(m_retry, &QPushButton::clicked, this, &MessagesView::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &MessagesView::cancelSelected);
    connect(m_markSent, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_markNotSent, &QPushButton::clicked, this, [this] { resolveSelected(false); });

    setTabOrder(m_state, m_client);
    setTabOrder(m_client, m_useDates);
    setTabOrder(m_useDates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    applyFilters();
}

void MessagesView::showClient(qint64 clientId, const QString &name)
{
    m_clientId = clientId;
    m_client->blockSignals(true);
    m_client->setText(clientId > 0 ? name : QString());
    m_client->setEnabled(clientId == 0);
    m_client->blockSignals(false);
    applyFilters();
}

void MessagesView::attachWorker(ReminderWorker *worker)
{
    m_worker = worker;
    m_pause->show();
    auto update = [this] { m_progress->setText(progressText()); };
    connect(worker, &ReminderWorker::messageSent, this, [this, update] {
        ++m_sentThisRun;
        update();
    });
    connect(worker, &ReminderWorker::messageFailed, this, [this, update] {
        ++m_failedThisRun;
        update();
    });
    connect(worker, &ReminderWorker::runFinished, this, [this, update] {
        update();
        m_sentThisRun = 0;
        m_failedThisRun = 0;
        reload();
    });
    connect(m_pause, &QPushButton::toggled, this, [this, update](bool paused) {
        m_pause->setText(paused ? tr("&Resume sending") : tr("&Pause sending"));
        m_worker->setSendingPausedByClerk(paused);
        update();
    });
    update();
}

QString MessagesView::progressText() const
{
    if (!m_worker)
        return {};
    if (m_worker->isSendingPausedByClerk())
        return tr("Sending is paused: messages stay queued until you resume.");
    if (m_sentThisRun == 0 && m_failedThisRun == 0)
        return m_worker->isRunning() ? tr("Checking for reminders to send…") : QString();
    return tr("Sending: %1 sent, %2 failed so far.").arg(m_sentThisRun).arg(m_failedThisRun);
}

void MessagesView::setProviderConfigured(bool configured)
{
    m_providerConfigured = configured;
    refreshStatus();
}

void MessagesView::applyFilters()
{
    OutboxQuery query;
    const int state = m_state->currentData().toInt();
    if (state >= 0)
        query.states = {OutboxMessage::State(state)};
    query.clientId = m_clientId;
    if (m_clientId == 0)
        query.clientSearch = m_client->text();
    if (m_useDates->isChecked()) {
        query.from = m_from->date();
        query.to = m_to->date();
    }
    m_model->setQuery(query);
    refreshStatus();
}

void MessagesView::reload()
{
    m_model->reload();
    refreshStatus();
}

void MessagesView::refreshStatus()
{
    OutboxRepository outbox(m_db, m_clock);
    const auto pending = outbox.pendingCount();
    const int waiting = pending ? pending.value() : 0;
    m_banner->setVisible(!m_providerConfigured && waiting > 0);
    m_banner->setText(tr("No WhatsApp provider is configured: %n message(s) wait in the outbox. "
                         "Configure a provider in Settings, or use WhatsApp Desktop mode.",
                         nullptr, waiting));
    m_status->setText(tr("%n message(s)", nullptr, m_model->totalCount()));
}

int MessagesView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void MessagesView::updateSelection()
{
    const int row = selectedRow();
    using S = OutboxMessage::State;
    const S state = row >= 0 ? m_model->messageAt(row).state : S::Sending;
    m_retry->setEnabled(row >= 0 && state == S::Failed);
    m_cancel->setEnabled(row >= 0 && OutboxMessage::isPending(state));
    m_markSent->setEnabled(row >= 0 && state == S::Uncertain);
    m_markNotSent->setEnabled(row >= 0 && state == S::Uncertain);
    if (row < 0) {
        m_text->clear();
        return;
    }
    const OutboxMessage &m = m_model->messageAt(row);
    QString detail = m.text;
    detail += QStringLiteral("\n\n")
              + tr("To: %1 · Template: %2 (%3) · State: %4")
                    .arg(m.to.display(), m.providerTemplate, m.language,
                         OutboxMessage::stateName(m.state));
    if (!m.references.isEmpty())
        detail
            += QLatin1Char('\n') + tr("Invoices: %1").arg(m.references.join(QStringLiteral(", ")));
    if (!m.reason.isEmpty())
        detail += QLatin1Char('\n') + m.reason;
    m_text->setPlainText(detail);
}

bool MessagesView::finishAction(bool ok, const QString &error)
{
    const int row = selectedRow();
    reload();
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    if (!ok)
        m_status->setText(error);
    else
        emit messagesChanged();
    return ok;
}

bool MessagesView::retrySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    OutboxRepository outbox(m_db, m_clock);
    const auto done = outbox.retry(m_model->messageAt(row).id);
    return finishAction(done.ok(), done.error());
}

bool MessagesView::cancelSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    OutboxRepository outbox(m_db, m_clock);
    const auto done = outbox.cancel(m_model->messageAt(row).id, tr("Cancelled by the clerk"));
    return finishAction(done.ok(), done.error());
}

bool MessagesView::resolveSelected(bool wasSent)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    OutboxRepository outbox(m_db, m_clock);
    const auto done = outbox.resolveUncertain(m_model->messageAt(row).id, wasSent);
    return finishAction(done.ok(), done.error());
}

QString MessagesView::statusText() const
{
    return m_status->text();
}
