#include "reportexportjob.h"

#include "reportrenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QTimer>

namespace {
// Paint for at most this long before letting the event loop run.
constexpr int kSliceMs = 40;
} // namespace

ReportExportJob::ReportExportJob(const ReportDocument &document, QObject *parent)
    : QObject(parent), m_document(document)
{
}

ReportExportJob::~ReportExportJob()
{
    if (m_running) {
        m_cancelled = true;
        if (m_renderer)
            m_renderer->end();
        m_renderer.reset();
        m_pdf.reset();
        if (!m_pdfPath.isEmpty())
            QFile::remove(m_pdfPath);
    }
}

int ReportExportJob::pageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

void ReportExportJob::startPdf(const QString &path, const QPageSize &pageSize)
{
    m_pdfPath = path;
    m_pdf = std::make_unique<QPdfWriter>(path);
    m_pdf->setPageSize(pageSize);
    m_pdf->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    m_pdf->setResolution(300);
    m_pdf->setTitle(m_document.title);
    m_pdf->setCreator(QStringLiteral("Cartera"));
    begin(m_pdf.get());
}

void ReportExportJob::startOn(QPagedPaintDevice *device)
{
    begin(device);
}

void ReportExportJob::begin(QPagedPaintDevice *device)
{
    m_device = device;
    m_running = true;
    m_cancelled = false;
    m_renderer = std::make_unique<ReportRenderer>(m_document);
    if (auto started = m_renderer->begin(device); !started) {
        // Report asynchronously, like every other outcome.
        const QString message = started.error();
        QTimer::singleShot(0, this, [this, message] { finish(false, message); });
        return;
    }
    emit progress(0, m_renderer->pageCount());
    QTimer::singleShot(0, this, &ReportExportJob::step);
}

void ReportExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
}

void ReportExportJob::step()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        if (auto *printer = dynamic_cast<QPrinter *>(m_device))
            printer->abort();
        finish(false, tr("Cancelled: nothing was saved or printed."));
        return;
    }
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < kSliceMs) {
        if (!m_renderer->paintNextPage()) {
            if (m_renderer->pagesPainted() != m_renderer->pageCount())
                finish(false, tr("The report could not be printed completely. Check the "
                                 "printer or the disk and try again."));
            else if (!m_renderer->end())
                finish(false, tr("The report could not be saved. Check the disk has room "
                                 "and try again."));
            else
                finish(true, tr("%n page(s) written.", nullptr, m_renderer->pageCount()));
            return;
        }
    }
    emit progress(m_renderer->pagesPainted(), m_renderer->pageCount());
    QTimer::singleShot(0, this, &ReportExportJob::step);
}

void ReportExportJob::finish(bool completed, const QString &message)
{
    if (m_renderer)
        m_renderer->end();
    const int pages = m_renderer ? m_renderer->pageCount() : 0;
    m_renderer.reset();
    m_pdf.reset(); // closes the file
    if (!completed && !m_pdfPath.isEmpty())
        QFile::remove(m_pdfPath);
    m_running = false;
    if (completed)
        emit progress(pages, pages);
    emit finished(completed, message);
}
