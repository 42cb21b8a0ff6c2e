#pragma once

#include "businessheader.h"
#include "database.h"
#include "reportdocument.h"
#include "reportrequest.h"

#include <QPageSize>
#include <QPointer>
#include <QWidget>

#include <memory>

class Clock;
class Settings;
class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QThread;
class QTimer;
class ReportExportJob;
class ReportTableModel;

// The Reportes section: choose a report and its filters, see it on screen, then preview,
// print, or save it as PDF or CSV. Reports are prepared on a worker thread and printed a few
// pages at a time, so the window never freezes, and long exports can be cancelled.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    ReportsView(const Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~ReportsView() override;

    // Filled from the settings by the main window: the business header and mora levels.
    void applySettings(const Settings &settings);
    void setBusinessHeader(const BusinessHeader &business) { m_business = business; }
    void setMoraLevels(const MoraLevels &levels);
    void setMessageLog(const MessageLogSchema &schema, Money pricePerMessage);

    void setReportKind(ReportBuilder::Kind kind);
    void setCutDate(const QDate &date);
    void setPeriodStart(const QDate &date);
    void setClientFilter(qint64 clientId, const QString &name);
    void setMoraLevelFilter(int level); // -1 for all
    void setPageSize(QPageSize::PageSizeId id);

    ReportRequest request() const;
    // The report on screen; empty until one was generated.
    const ReportDocument &document() const { return m_document; }
    bool hasDocument() const { return m_hasDocument; }
    bool isBusy() const;

public slots:
    void generate();
    void showPreview();
    void print();
    void savePdf();
    void saveCsv();
    // Without dialogs: used by the buttons after asking for a file, and by tests.
    void exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    void cancelExport();

signals:
    void reportReady();
    void reportFailed(const QString &message);
    void exportFinished(bool completed, const QString &message);

private:
    void buildUi();
    void updateFilterVisibility();
    void updateButtons();
    void showDocument(const Result<ReportDocument> &result);
    void searchClients();
    void startJob(ReportExportJob *job, const QString &label);
    std::unique_ptr<QPrinter> makePrinter() const;

    Database m_db;
    const Clock &m_clock;
    BusinessHeader m_business;
    MoraLevels m_levels = MoraLevels::defaults();
    MessageLogSchema m_messageLog;
    Money m_pricePerMessage;

    QComboBox *m_kind = nullptr;
    QLabel *m_cutLabel = nullptr;
    QDateEdit *m_cutDate = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QLineEdit *m_client = nullptr;
    QCompleter *m_clientCompleter = nullptr;
    QStandardItemModel *m_clientMatches = nullptr;
    QTimer *m_clientTimer = nullptr;
    qint64 m_clientId = 0;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_minBalanceLabel = nullptr;
    QLineEdit *m_minBalance = nullptr;
    QComboBox *m_paper = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;

    ReportDocument m_document;
    bool m_hasDocument = false;
    QThread *m_worker = nullptr;
    QPointer<ReportExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    std::unique_ptr<QPrinter> m_printer;
};
