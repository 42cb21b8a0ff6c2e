#include "reportsview.h"

#include "clientrepository.h"
#include "clock.h"
#include "reportcsvwriter.h"
#include "reportexportjob.h"
#include "reportrenderer.h"
#include "reporttablemodel.h"
#include "settings.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kClientIdRole = Qt::UserRole + 1;

bool isPeriodReport(ReportBuilder::Kind kind)
{
    return kind == ReportBuilder::Kind::Statement || kind == ReportBuilder::Kind::Collections
           || kind == ReportBuilder::Kind::Messages;
}

} // namespace

ReportsView::ReportsView(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    buildUi();
    updateFilterVisibility();
    updateButtons();
}

ReportsView::~ReportsView()
{
    if (m_job)
        m_job->cancel();
    if (m_worker) {
        // The worker only reads; let it finish rather than kill it mid-query.
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

void ReportsView::buildUi()
{
    m_kind = new QComboBox(this);
    for (auto kind : {ReportBuilder::Kind::Portfolio, ReportBuilder::Kind::Aging,
                      ReportBuilder::Kind::Statement, ReportBuilder::Kind::Collections,
                      ReportBuilder::Kind::Messages})
        m_kind->addItem(ReportBuilder::kindName(kind), int(kind));

    const QDate today = m_clock.today();
    m_cutDate = new QDateEdit(today, this);
    m_cutDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_cutDate->setCalendarPopup(true);
    m_fromDate = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_fromDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_fromDate->setCalendarPopup(true);

    m_client = new QLineEdit(this);
    m_client->setPlaceholderText(tr("All clients (type to search)"));
    m_client->setClearButtonEnabled(true);
    m_clientMatches = new QStandardItemModel(this);
    m_clientCompleter = new QCompleter(m_clientMatches, this);
    m_clientCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_clientCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_client->setCompleter(m_clientCompleter);
    m_clientTimer = new QTimer(this);
    m_clientTimer->setSingleShot(true);
    m_clientTimer->setInterval(250);
    connect(m_clientTimer, &QTimer::timeout, this, &ReportsView::searchClients);
    connect(m_client, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_clientId = 0; // typing drops the chosen client until one is picked again
        if (!text.trimmed().isEmpty())
            m_clientTimer->start();
    });
    connect(
        m_clientCompleter, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
        [this](const QModelIndex &index) { m_clientId = index.data(kClientIdRole).toLongLong(); });

    m_level = new QComboBox(this);
    setMoraLevels(m_levels);
    m_minBalance = new QLineEdit(this);
    m_minBalance->setPlaceholderText(tr("e.g. 500.000"));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));

    m_generate = new QPushButton(tr("&Show report"), this);
    m_generate->setDefault(true);
    m_generate->setAutoDefault(true);

    auto *filters = new QGridLayout;
    auto addField = [&](int row, int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
        return label;
    };
    addField(0, 0, tr("&Report:"), m_kind);
    m_cutLabel = addField(0, 1, tr("&Cut date:"), m_cutDate);
    m_fromLabel = addField(0, 2, tr("&From:"), m_fromDate);
    addField(1, 0, tr("C&lient:"), m_client);
    m_levelLabel = addField(1, 1, tr("&Mora level:"), m_level);
    m_minBalanceLabel = addField(1, 2, tr("Minimum &balance:"), m_minBalance);
    addField(0, 3, tr("&Paper:"), m_paper);
    filters->addWidget(m_generate, 1, 6, 1, 2);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    m_status = new QLabel(this);
    m_preview = new QPushButton(tr("Pre&view"), this);
    m_print = new QPushButton(tr("Pri&nt…"), this);
    m_pdf = new QPushButton(tr("Save P&DF…"), this);
    m_csv = new QPushButton(tr("Save C&SV…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    for (QPushButton *b : {m_preview, m_print, m_pdf, m_csv}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            &ReportsView::updateFilterVisibility);
    // Keyboard: F5 or Ctrl+Enter shows the report from any field, Ctrl+P prints it.
    for (const QKeySequence &key :
         {QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReportsView::generate);
    }
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &ReportsView::print);
    m_generate->setToolTip(tr("Show the report (F5 or Ctrl+Enter)"));
    connect(m_generate, &QPushButton::clicked, this, &ReportsView::generate);
    connect(m_minBalance, &QLineEdit::returnPressed, this, &ReportsView::generate);
    connect(m_preview, &QPushButton::clicked, this, &ReportsView::showPreview);
    connect(m_print, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsView::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportsView::saveCsv);
}

void ReportsView::applySettings(const Settings &settings)
{
    setBusinessHeader(BusinessHeader::fromSettings(settings));
    setMoraLevels(settings.moraLevels());
}

void ReportsView::setMoraLevels(const MoraLevels &levels)
{
    m_levels = levels;
    m_level->clear();
    m_level->addItem(tr("All levels"), -1);
    for (int i = 0; i < levels.count(); ++i)
        m_level->addItem(levels.levels().at(i).name, i);
}

void ReportsView::setMessageLog(const MessageLogSchema &schema, Money pricePerMessage)
{
    m_messageLog = schema;
    m_pricePerMessage = pricePerMessage;
}

void ReportsView::setReportKind(ReportBuilder::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsView::setCutDate(const QDate &date)
{
    m_cutDate->setDate(date);
}

void ReportsView::setPeriodStart(const QDate &date)
{
    m_fromDate->setDate(date);
}

void ReportsView::setClientFilter(qint64 clientId, const QString &name)
{
    m_clientId = clientId;
    m_client->setText(clientId > 0 ? name : QString());
}

void ReportsView::setMoraLevelFilter(int level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
}

void ReportsView::setPageSize(QPageSize::PageSizeId id)
{
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(id))));
}

bool ReportsView::isBusy() const
{
    return m_worker != nullptr || (m_job && m_job->isRunning());
}

void ReportsView::updateFilterVisibility()
{
    const auto kind = ReportBuilder::Kind(m_kind->currentData().toInt());
    const bool period = isPeriodReport(kind);
    m_cutLabel->setText(period ? tr("&To:") : tr("&Cut date:"));
    m_fromLabel->setVisible(period);
    m_fromDate->setVisible(period);
    const bool balances = !period;
    m_levelLabel->setVisible(balances);
    m_level->setVisible(balances);
    m_minBalanceLabel->setVisible(balances);
    m_minBalance->setVisible(balances);
}

void ReportsView::updateButtons()
{
    const bool ready = m_hasDocument && !isBusy();
    for (QPushButton *b : {m_preview, m_print, m_pdf, m_csv})
        b->setEnabled(ready);
    m_generate->setEnabled(!isBusy());
}

ReportRequest ReportsView::request() const
{
    ReportRequest r;
    r.kind = ReportBuilder::Kind(m_kind->currentData().toInt());
    r.filter.asOf = m_cutDate->date();
    r.filter.to = m_cutDate->date();
    if (isPeriodReport(r.kind))
        r.filter.from = m_fromDate->date();
    else {
        r.filter.moraLevel = m_level->currentData().toInt();
        const QString min = m_minBalance->text().trimmed();
        if (!min.isEmpty()) {
            const auto parsed = Money::parse(min);
            if (parsed)
                r.filter.minBalance = parsed.value();
        }
    }
    r.filter.clientId = m_client->text().trimmed().isEmpty() ? 0 : m_clientId;
    r.levels = m_levels;
    r.messageLog = m_messageLog;
    r.pricePerMessage = m_pricePerMessage;
    return r;
}

void ReportsView::generate()
{
    if (isBusy())
        return;
    if (!m_minBalance->text().trimmed().isEmpty() && m_minBalance->isVisible()) {
        const auto parsed = Money::parse(m_minBalance->text());
        if (!parsed) {
            m_status->setText(parsed.error());
            m_minBalance->setFocus();
            emit reportFailed(parsed.error());
            return;
        }
    }
    if (!m_client->text().trimmed().isEmpty() && m_clientId == 0) {
        const QString message = tr("Pick the client from the list that appears as you type, or "
                                   "clear the field for all clients.");
        m_status->setText(message);
        m_client->setFocus();
        emit reportFailed(message);
        return;
    }
    const ReportRequest req = request();
    const Database db = m_db;
    const Clock *clock = &m_clock;
    const BusinessHeader business = m_business;
    auto result = std::make_shared<Result<ReportDocument>>(Failure{});
    m_worker = QThread::create([db, clock, business, req, result] {
        *result = req.run(db, *clock, business);
        Database copy = db;
        copy.close(); // this thread's connection
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        showDocument(*result);
    });
    m_status->setText(tr("Preparing the report…"));
    setCursor(Qt::BusyCursor);
    updateButtons();
    m_worker->start();
}

void ReportsView::showDocument(const Result<ReportDocument> &result)
{
    unsetCursor();
    if (!result) {
        m_status->setText(result.error());
        updateButtons();
        emit reportFailed(result.error());
        return;
    }
    m_document = result.value();
    m_hasDocument = true;

    QString summary
        = QStringLiteral("<b>%1</b> — %2")
              .arg(m_document.title.toHtmlEscaped(), m_document.subtitle.toHtmlEscaped());
    QStringList parts;
    for (const auto &pair : std::as_const(m_document.summary))
        parts << QStringLiteral("%1: <b>%2</b>")
                     .arg(pair.first.toHtmlEscaped(), pair.second.toHtmlEscaped());
    if (!parts.isEmpty())
        summary += QStringLiteral("<br>") + parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    m_summary->setText(summary);

    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    for (const ReportTable &table : std::as_const(m_document.tables)) {
        auto *view = new QTableView(m_tabs);
        auto *model = new ReportTableModel(view);
        model->setTable(table);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(false);
        // Sizing to contents reads every row; on a long report the sample is enough.
        view->horizontalHeader()->setResizeContentsPrecision(200);
        view->resizeColumnsToContents();
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tabs->addTab(view, table.title.isEmpty() ? m_document.title : table.title);
    }
    m_status->setText(tr("%n row(s).", nullptr, m_document.rowCount()));
    updateButtons();
    emit reportReady();
}

void ReportsView::searchClients()
{
    ClientQuery query;
    query.search = m_client->text().trimmed();
    query.limit = 30;
    ClientRepository clients(m_db, m_clock);
    const auto found = clients.list(query);
    m_clientMatches->clear();
    if (!found) {
        m_status->setText(found.error());
        return;
    }
    for (const Client &c : found.value()) {
        auto *item = new QStandardItem(c.name);
        item->setData(c.id, kClientIdRole);
        item->setToolTip(c.document.display());
        m_clientMatches->appendRow(item);
    }
    m_clientCompleter->complete();
}

std::unique_ptr<QPrinter> ReportsView::makePrinter() const
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt())));
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer->setDocName(m_document.title);
    return printer;
}

void ReportsView::showPreview()
{
    if (!m_hasDocument)
        return;
    auto printer = makePrinter();
    QPrintPreviewDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Preview: %1").arg(m_document.title));
    // The preview paints every page at once: on a huge report show the first ones only.
    constexpr int previewPages = 60;
    const ReportDocument doc = m_document;
    const int total = ReportRenderer::countPages(doc, printer.get());
    if (total > previewPages)
        m_status->setText(tr("The preview shows the first %1 of %2 pages; print or save the PDF "
                             "for all of them.")
                              .arg(previewPages)
                              .arg(total));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [doc](QPrinter *p) {
        // The same signal prints when the clerk presses Print in the preview: only the
        // on-screen preview (a picture engine) is cut short.
        const bool onScreen = p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Picture;
        const auto pages = ReportRenderer::render(doc, p, {}, onScreen ? previewPages : -1);
        if (!pages)
            qWarning("%s", qPrintable(pages.error()));
    });
    dialog.resize(1000, 800);
    dialog.exec();
}

void ReportsView::print()
{
    if (!m_hasDocument || isBusy())
        return;
    m_printer = makePrinter();
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *job = new ReportExportJob(m_document, this);
    startJob(job, tr("Printing %1…").arg(m_document.title));
    job->startOn(m_printer.get());
}

void ReportsView::savePdf()
{
    if (!m_hasDocument || isBusy())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as PDF"),
        QDir(folder).filePath(request().suggestedFileName() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportsView::exportPdf(const QString &path)
{
    if (!m_hasDocument || isBusy())
        return;
    auto *job = new ReportExportJob(m_document, this);
    startJob(job, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    job->startPdf(path, QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt())));
}

void ReportsView::startJob(ReportExportJob *job, const QString &label)
{
    m_job = job;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(m_document.title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, job, &ReportExportJob::cancel);
    connect(job, &ReportExportJob::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Page %1 of %2").arg(done).arg(total));
    });
    connect(job, &ReportExportJob::finished, this,
            [this, job](bool completed, const QString &message) {
                if (m_progress)
                    m_progress->deleteLater();
                job->deleteLater();
                m_status->setText(message);
                updateButtons();
                emit exportFinished(completed, message);
            });
    updateButtons();
}

void ReportsView::cancelExport()
{
    if (m_job)
        m_job->cancel();
}

void ReportsView::saveCsv()
{
    if (!m_hasDocument)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as CSV"),
        QDir(folder).filePath(request().suggestedFileName() + QStringLiteral(".csv")),
        tr("CSV for Excel (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Save CSV"), m_status->text());
}

bool ReportsView::exportCsv(const QString &path)
{
    if (!m_hasDocument)
        return false;
    const auto written = ReportCsvWriter::write(m_document, path);
    m_status->setText(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                              : written.error());
    return written.ok();
}
