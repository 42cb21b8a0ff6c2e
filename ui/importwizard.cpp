#include "importwizard.h"

#include "clock.h"
#include "settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

} // namespace

ImportWizard::ImportWizard(const Database &db, const Clock &clock, QWidget *parent)
    : QWizard(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Import from a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Import"));

    // 1. The file.
    auto *filePage = new QWizardPage(this);
    filePage->setTitle(tr("Choose the file"));
    filePage->setSubTitle(tr("Save the spreadsheet from Excel as \"CSV (delimitado por comas)\" or "
                             "\"CSV UTF-8\". The first line must have the column names."));
    m_path = new QLineEdit(filePage);
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    m_target = new QComboBox(filePage);
    m_target->addItem(tr("Clients and their debts"), int(ImportTarget::Portfolio));
    m_target->addItem(tr("Payments of debts already in Cartera"), int(ImportTarget::Payments));
    m_fileError = errorLabel(filePage);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fileLayout = new QVBoxLayout(filePage);
    auto *pathLabel = new QLabel(tr("&File:"), filePage);
    pathLabel->setBuddy(m_path);
    fileLayout->addWidget(pathLabel);
    fileLayout->addLayout(pathRow);
    auto *targetLabel = new QLabel(tr("The file &holds:"), filePage);
    targetLabel->setBuddy(m_target);
    fileLayout->addWidget(targetLabel);
    fileLayout->addWidget(m_target);
    fileLayout->addWidget(m_fileError);
    fileLayout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Choose the file"), m_path->text(),
                                           tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    setPage(FilePage, filePage);

    // 2. The columns.
    auto *mappingPage = new QWizardPage(this);
    mappingPage->setTitle(tr("Check the columns"));
    mappingPage->setSubTitle(tr("Cartera guessed which column holds what. Correct any that are "
                                "wrong; the choice is remembered for the next file."));
    m_fileInfo = new QLabel(mappingPage);
    m_fileInfo->setWordWrap(true);
    m_mapping = new QTableWidget(0, 3, mappingPage);
    m_mapping->setHorizontalHeaderLabels(
        {tr("Cartera needs"), tr("Column of the file"), tr("First row")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingError = errorLabel(mappingPage);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addWidget(m_fileInfo);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_mappingError);
    setPage(MappingPage, mappingPage);

    // 3. The dry run's report.
    auto *reportPage = new QWizardPage(this);
    reportPage->setTitle(tr("Check the report"));
    reportPage->setSubTitle(tr("Nothing has been saved yet. Rows listed below will be left out; "
                               "correct them in the spreadsheet and import them later, or "
                               "import the rest now."));
    m_summary = new QLabel(reportPage);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTableWidget(0, 4, reportPage);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_reportError = errorLabel(reportPage);
    m_saveRefused = new QPushButton(tr("&Save refused rows…"), reportPage);
    connect(m_saveRefused, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save refused rows"),
            QFileInfo(m_path->text()).completeBaseName() + tr("-refused") + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            showError(saveRefusedRows(path));
    });
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_problems, 1);
    reportLayout->addWidget(m_saveRefused, 0, Qt::AlignLeft);
    reportLayout->addWidget(m_reportError);
    setPage(ReportPage, reportPage);

    resize(820, 560);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::mappingKind(ImportTarget target)
{
    return target == ImportTarget::Portfolio ? QStringLiteral("portfolio")
                                             : QStringLiteral("payments");
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void ImportWizard::setTarget(ImportTarget target)
{
    m_target->setCurrentIndex(m_target->findData(int(target)));
}

const ImportReport &ImportWizard::report() const
{
    static const ImportReport empty;
    return m_import ? m_import->report() : empty;
}

QString ImportWizard::errorText() const
{
    for (QLabel *label : {m_fileError, m_mappingError, m_reportError}) {
        if (!label->isHidden() && !label->text().isEmpty())
            return label->text();
    }
    return QString();
}

void ImportWizard::showError(const QString &message)
{
    QLabel *label = currentId() == FilePage      ? m_fileError
                    : currentId() == MappingPage ? m_mappingError
                                                 : m_reportError;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping mapping;
    mapping.target = ImportTarget(m_target->currentData().toInt());
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0)
            mapping.columns.insert(ImportField(m_mapping->item(row, 0)->data(Qt::UserRole).toInt()),
                                   column);
    }
    return mapping;
}

void ImportWizard::setColumn(ImportField field, int column)
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, 0)->data(Qt::UserRole).toInt() == int(field)) {
            auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
            combo->setCurrentIndex(combo->findData(column));
        }
    }
}

void ImportWizard::fillMapping(const ColumnMapping &mapping)
{
    const QList<ImportField> fields = ColumnMapping::fields(mapping.target);
    m_mapping->setRowCount(int(fields.size()));
    const QStringList first
        = m_table.records.isEmpty() ? QStringList() : m_table.records.first().fields;
    for (int row = 0; row < fields.size(); ++row) {
        const ImportField field = fields.at(row);
        auto *name = new QTableWidgetItem(ColumnMapping::fieldName(field));
        name->setData(Qt::UserRole, int(field));
        m_mapping->setItem(row, 0, name);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not in the file)"), -1);
        for (int col = 0; col < m_table.header.size(); ++col)
            combo->addItem(m_table.header.at(col).isEmpty() ? tr("Column %1").arg(col + 1)
                                                            : m_table.header.at(col),
                           col);
        combo->setCurrentIndex(combo->findData(mapping.column(field)));
        auto *sample = new QTableWidgetItem;
        auto updateSample = [this, combo, sample, first] {
            const int col = combo->currentData().toInt();
            sample->setText(col >= 0 ? first.value(col) : QString());
            m_mappingError->hide();
        };
        updateSample();
        connect(combo, &QComboBox::currentIndexChanged, this, updateSample);
        m_mapping->setCellWidget(row, 1, combo);
        m_mapping->setItem(row, 2, sample);
    }
    m_mapping->resizeColumnsToContents();
}

bool ImportWizard::readFile()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showError(tr("Choose the file to import."));
        return false;
    }
    const auto table = CsvReader::readFile(QDir::fromNativeSeparators(path));
    if (!table) {
        showError(table.error());
        return false;
    }
    if (table->records.isEmpty()) {
        showError(tr("The file has column names but no rows to import."));
        return false;
    }
    m_table = table.value();
    showError(QString());
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        const auto target = ImportTarget(m_target->currentData().toInt());
        const QVariantMap saved = Settings().importMapping(mappingKind(target));
        const ColumnMapping mapping = !saved.isEmpty()
                                          ? ColumnMapping::fromVariantMap(saved, m_table.header)
                                          : ColumnMapping::guess(m_table.header, target);
        m_fileInfo->setText(tr("%n row(s) read; text in %1, columns separated by \"%2\".", nullptr,
                               int(m_table.records.size()))
                                .arg(m_table.encoding, m_table.separator == QLatin1Char('\t')
                                                           ? tr("tab")
                                                           : QString(m_table.separator)));
        fillMapping(mapping);
    } else if (id == ReportPage) {
        fillReport();
    }
    QWizard::initializePage(id);
}

bool ImportWizard::checkRows()
{
    const ColumnMapping chosen = mapping();
    QHash<int, ImportField> used;
    for (auto it = chosen.columns.cbegin(); it != chosen.columns.cend(); ++it) {
        if (used.contains(it.value())) {
            showError(tr("The column \"%1\" is chosen for both %2 and %3. Choose each column once.")
                          .arg(m_table.header.value(it.value()),
                               ColumnMapping::fieldName(used.value(it.value())),
                               ColumnMapping::fieldName(it.key())));
            return false;
        }
        used.insert(it.value(), it.key());
    }
    m_import = std::make_unique<PortfolioImport>(m_db, m_clock);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = m_import->dryRun(m_table, chosen, QFileInfo(m_path->text()).fileName());
    QApplication::restoreOverrideCursor();
    if (!report) {
        showError(report.error());
        return false;
    }
    Settings().setImportMapping(mappingKind(chosen.target), chosen.toVariantMap(m_table.header));
    showError(QString());
    return true;
}

void ImportWizard::fillReport()
{
    const ImportReport &r = report();
    QStringList lines;
    lines << tr("%n row(s) read: %1 can be imported, %2 will be left out.", nullptr, r.rows)
                 .arg(r.acceptedRows)
                 .arg(r.refusedRows);
    if (m_import && m_import->plan().clients.size() + r.matchedClients > 0)
        lines << tr("New clients: %1. Rows for clients already known (same document): %2.")
                     .arg(r.newClients)
                     .arg(r.matchedClients);
    lines << tr("New debts: %1. Payments: %2.").arg(r.newDebts).arg(r.payments);
    if (r.duplicateInvoices > 0)
        lines << tr("%n row(s) repeat an invoice number already used.", nullptr,
                    r.duplicateInvoices);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, p.line);
        m_problems->setItem(i, 0, line);
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.value));
        m_problems->setItem(i, 3, new QTableWidgetItem(p.reason));
    }
    m_problems->setVisible(!r.problems.isEmpty());
    m_saveRefused->setVisible(r.refusedRows > 0);
    m_problems->resizeColumnsToContents();
    button(QWizard::FinishButton)->setEnabled(r.acceptedRows > 0);
}

QString ImportWizard::saveRefusedRows(const QString &path) const
{
    if (!m_import)
        return tr("Check the file first.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    const auto written = m_import->writeRefusedRows(&file);
    if (!written)
        return written.error();
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return QString();
}

bool ImportWizard::runImport()
{
    if (!m_import || report().acceptedRows == 0) {
        showError(tr("There is nothing to import: every row was refused."));
        return false;
    }
    const int total = m_import->plan().size();
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, qMax(1, total), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto written = m_import->run([&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        showError(written.error());
        return false;
    }
    m_imported = written.value();
    emit importFinished(m_imported.clients, m_imported.debts, m_imported.payments);
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return readFile();
    case MappingPage:
        return checkRows();
    case ReportPage:
        return runImport();
    }
    return true;
}
