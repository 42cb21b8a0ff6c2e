#pragma once

#include "reportdocument.h"

#include <QObject>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPdfWriter;
class ReportRenderer;

// Prints or writes a PDF of a report a few pages at a time from the event loop, so the window
// stays responsive on a 2,000-page report; reports progress and can be cancelled, in which
// case a half-written PDF is removed.
class ReportExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ReportExportJob(const ReportDocument &document, QObject *parent = nullptr);
    ~ReportExportJob() override;

    // Writes a PDF at `path` on the given paper (Letter or A4), with 15 mm margins.
    void startPdf(const QString &path, const QPageSize &pageSize);
    // Paints on a device the caller owns (a QPrinter set up by the print dialog).
    void startOn(QPagedPaintDevice *device);
    void cancel();
    bool isRunning() const { return m_running; }
    int pageCount() const;

signals:
    void progress(int pagesDone, int pageCount);
    // `completed` is false on failure or cancellation; `message` says which and why.
    void finished(bool completed, const QString &message);

private:
    void begin(QPagedPaintDevice *device);
    void step();
    void finish(bool completed, const QString &message);

    ReportDocument m_document;
    std::unique_ptr<QPdfWriter> m_pdf;
    std::unique_ptr<ReportRenderer> m_renderer;
    QPagedPaintDevice *m_device = nullptr;
    QString m_pdfPath;
    bool m_running = false;
    bool m_cancelled = false;
};
