#include "auditlogview.h"

#include "auditlogmodel.h"
#include "clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AuditLogView::AuditLogView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    m_model = new AuditLogModel(db, clock, this);

    m_entity = new QComboBox(this);
    m_entity->addItem(tr("Everything"), QString());
    for (const char *entity :
         {"client", "debt", "payment", "consent", "settings", "import", "privacy_notice"})
        m_entity->addItem(AuditLogModel::entityName(QLatin1String(entity)), QLatin1String(entity));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search user, name, invoice…"));
    m_search->setClearButtonEnabled(true);
    m_useDates = new QCheckBox(tr("&Between"), this);
    m_from = new QDateEdit(clock.today().addMonths(-1), this);
    m_to = new QDateEdit(clock.today(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);

    auto *filters = new QHBoxLayout;
    auto *entityLabel = new QLabel(tr("&Show:"), this);
    entityLabel->setBuddy(m_entity);
    filters->addWidget(entityLabel);
    filters->addWidget(m_entity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_to);
    filters->addWidget(exportButton);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    // Typing waits a moment before querying, so each key press does not hit the database.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &AuditLogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogView::exportCsv);
    connect(m_model, &AuditLogModel::loadFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    setWindowTitle(tr("Audit log"));
    applyFilter();
}

void AuditLogView::setClientFilter(qint64 clientId)
{
    m_clientId = clientId;
    applyFilter();
}

void AuditLogView::applyFilter()
{
    AuditQuery q;
    q.entity = m_entity->currentData().toString();
    q.search = m_search->text();
    q.clientId = m_clientId;
    if (m_useDates->isChecked()) {
        // The dates are the business's days; the log is in UTC.
        q.from = QDateTime(m_from->date(), QTime(0, 0), m_clock.timeZone()).toUTC();
        q.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_clock.timeZone()).toUTC();
    }
    m_model->setQuery(q);
    if (m_model->lastError().isEmpty())
        m_status->setText(tr("%n entry(ies)", nullptr, m_model->totalCount()));
}

QString AuditLogView::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    const auto written = AuditLog(m_db, m_clock).exportCsv(m_model->query(), &file);
    if (!written)
        return written.error();
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return QString();
}

void AuditLogView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"),
        QStringLiteral("auditoria-%1.csv").arg(m_clock.today().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export the audit log"), error);
    else
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}
