#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "database.h"
#include "portfolioimport.h"

#include <QWizard>

#include <memory>

class Clock;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Brings clients and debts (or payments) in from a spreadsheet saved as CSV: choose the file,
// check the guessed columns, read the dry run's report of refused rows, then import in one
// transaction with a progress dialog that can cancel.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ReportPage };

    ImportWizard(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFilePath(const QString &path);
    void setTarget(ImportTarget target);
    ColumnMapping mapping() const;
    // Points a field at a column of the file (-1: not in the file), as the clerk would.
    void setColumn(ImportField field, int column);
    const ImportReport &report() const;
    const ImportCounts &importedCounts() const { return m_imported; }
    QString errorText() const;
    QTableWidget *problemsTable() const { return m_problems; }
    // Writes the refused rows with what to fix; returns an error message or an empty string.
    QString saveRefusedRows(const QString &path) const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

    // The name the mapping for a kind of file is remembered under in the settings.
    static QString mappingKind(ImportTarget target);

signals:
    // After a successful import, so lists can reload.
    void importFinished(int clients, int debts, int payments);

private:
    bool readFile();
    bool checkRows();
    bool runImport();
    void fillMapping(const ColumnMapping &mapping);
    void fillReport();
    void showError(const QString &message);

    Database m_db;
    const Clock &m_clock;
    std::unique_ptr<PortfolioImport> m_import;
    CsvTable m_table;
    ImportCounts m_imported;

    QLineEdit *m_path = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_fileError = nullptr;
    QLabel *m_fileInfo = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_mappingError = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_reportError = nullptr;
    QPushButton *m_saveRefused = nullptr;
};
