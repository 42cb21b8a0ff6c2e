#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSizeF>

#include <functional>
#include <memory>

class QPagedPaintDevice;

// Paints a report on paper (QPrinter) or into a PDF (QPdfWriter), Letter or A4: the business
// header on every page, the summary on the first, tables whose header row repeats on each
// page, totals and the note at the end, and "Page 3 of 12" at the foot. Works in points and
// lays out all pages before painting the first, so every page knows the page count; pages
// are then painted one at a time so callers can show progress and cancel.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    explicit ReportRenderer(const ReportDocument &document);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    // Lays the document out for the device's page and opens a painter on it.
    Result<void> begin(QPagedPaintDevice *device);
    // Lays out without opening a painter: pageCount() only.
    void layOutFor(QPagedPaintDevice *device);
    int pageCount() const { return int(m_pages.size()); }
    // Paints the next page; pages come in order. Returns false when none is left.
    bool paintNextPage();
    int pagesPainted() const { return m_next; }
    // Closes the painter; false when the device reported an error.
    bool end();

    // Paints the whole document. `progress(done, total)` is called after each page and may
    // return false to stop; the result is then a failure saying it was cancelled.
    // With `maxPages` >= 0 only that many pages are painted (a preview of a huge report);
    // they still say "Page 1 of 2274". Returns the number of pages painted.
    static Result<int> render(const ReportDocument &document, QPagedPaintDevice *device,
                              const std::function<bool(int, int)> &progress = {},
                              int maxPages = -1);
    // The number of pages the document takes on that device, without painting.
    static int countPages(const ReportDocument &document, QPagedPaintDevice *device);

    static QString pageLabel(int page, int count); // "Page 3 of 12", translated

private:
    struct Segment
    {
        int table = 0;
        int firstRow = 0;
        int rowCount = 0;
        bool continued = false;
    };
    struct Page
    {
        bool summary = false;
        bool footnote = false;
        QList<Segment> segments;
    };
    struct TableLayout
    {
        QList<qreal> widths;
        qreal headerHeight = 0;
    };

    QFont font(qreal points, bool bold = false, bool italic = false) const;
    qreal textWidth(const QFont &f, const QString &text) const;
    void layOut();
    void measureColumns();
    void computeColumns();
    // Lays out the columns at m_tableFont. Returns 1 when everything fits, the share of their
    // width that names keep when they must be shortened, or -1 when amounts do not fit.
    qreal fitColumns();
    qreal rowHeight(const ReportRow &row) const;
    qreal summaryHeight() const;
    int summaryLines() const;
    qreal footnoteHeight() const;

    void paintHeader(QPainter &p, int pageIndex);
    void paintFooter(QPainter &p, int pageIndex);
    qreal paintSummary(QPainter &p, qreal y);
    qreal paintTableHeader(QPainter &p, int table, qreal y, bool continued);
    qreal paintRow(QPainter &p, int table, int row, qreal y, bool shaded);
    void paintFootnote(QPainter &p, qreal y);

    ReportDocument m_doc;
    QPagedPaintDevice *m_device = nullptr;
    std::unique_ptr<QPainter> m_painter;
    QSizeF m_page;       // paintable area in points
    qreal m_scale = 1.0; // device units per point
    qreal m_dpi = 72.0;
    qreal m_tableFont = 8.0; // points, for detail rows
    QFont m_baseFont;
    QImage m_logo;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    struct ColumnSample
    {
        QList<QPair<qreal, QString>> detail; // the widest detail texts, widest first
        QList<QPair<qreal, QString>> total;  // the same for total rows
    };
    QList<QList<ColumnSample>> m_measured; // per table and column
    QList<TableLayout> m_tables;
    QList<Page> m_pages;
    int m_next = 0;
};
