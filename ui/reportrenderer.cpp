#include "reportrenderer.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>

#include <algorithm>
#include <numeric>

namespace {

// Everything below is in points (1/72 inch).
constexpr qreal kPad = 4.0;          // cell padding, left and right
constexpr qreal kGap = 10.0;         // between blocks
constexpr qreal kHeaderBlock = 50.0; // business header, before its rule
constexpr qreal kBodyTop = 62.0;
constexpr qreal kFooter = 24.0; // reserved at the bottom of each page
constexpr qreal kDetailRow = 13.0;
constexpr qreal kSubtotalRow = 14.0;
constexpr qreal kTotalRow = 16.0;
constexpr qreal kTableTitle = 18.0;
constexpr qreal kSummaryLine = 15.0;
constexpr int kSampleRows = 3000;
constexpr qreal kBaseTableFont = 8.0;
constexpr qreal kNumberColumn = 90.0; // the width of each column in a table of figures only    //
                                      // rows measured for column widths

const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x5b, 0x67, 0x75);
const QColor kShade(0xf3, 0xf6, 0xf9);
const QColor kSubtotalShade(0xe9, 0xee, 0xf4);
const QColor kTotalShade(0xdc, 0xe4, 0xee);
const QColor kRule(0xb8, 0xc2, 0xcc);

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &document) : m_doc(document)
{
    m_baseFont.setFamilies({QStringLiteral("Segoe UI"), QStringLiteral("Liberation Sans"),
                            QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")});
    m_baseFont.setStyleHint(QFont::SansSerif);
    // Paper has no pixel grid: fractional advances keep small type evenly spaced.
    m_baseFont.setHintingPreference(QFont::PreferNoHinting);
}

ReportRenderer::~ReportRenderer()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

QString ReportRenderer::pageLabel(int page, int count)
{
    return tr("Page %1 of %2").arg(page).arg(count);
}

QFont ReportRenderer::font(qreal points, bool bold, bool italic) const
{
    // The painter is scaled from points to device units, and a font's point size is scaled
    // by the device resolution too: undo one of the two.
    QFont f = m_baseFont;
    f.setPointSizeF(points * 72.0 / m_dpi);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

qreal ReportRenderer::textWidth(const QFont &f, const QString &text) const
{
    return QFontMetricsF(f, m_device).horizontalAdvance(text);
}

void ReportRenderer::layOutFor(QPagedPaintDevice *device)
{
    m_device = device;
    m_dpi = device->logicalDpiY();
    m_scale = m_dpi / 72.0;
    m_page = device->pageLayout().paintRect(QPageLayout::Point).size();
    computeColumns();
    layOut();
}

int ReportRenderer::countPages(const ReportDocument &document, QPagedPaintDevice *device)
{
    ReportRenderer renderer(document);
    renderer.layOutFor(device);
    return renderer.pageCount();
}

Result<void> ReportRenderer::begin(QPagedPaintDevice *device)
{
    layOutFor(device);
    if (!m_doc.business.logoPath.isEmpty())
        m_logo = QImage(m_doc.business.logoPath);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(device))
        return Failure{tr("Could not start printing. Check the printer or the file location "
                          "and try again."),
                       ErrorCode::Storage};
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    m_next = 0;
    return {};
}

bool ReportRenderer::end()
{
    if (!m_painter || !m_painter->isActive())
        return true;
    return m_painter->end();
}

void ReportRenderer::measureColumns()
{
    // Rows are measured once, at the normal size, to find each column's widest texts; each
    // size tried later measures only those again, exactly (small type does not scale
    // linearly).
    m_measured.clear();
    const QFontMetricsF detail(font(kBaseTableFont), m_device);
    const QFontMetricsF total(font(kBaseTableFont + 0.5, true), m_device);
    for (const ReportTable &table : std::as_const(m_doc.tables)) {
        const int columns = int(table.columns.size());
        QList<ColumnSample> samples(columns);
        int sampled = 0;
        for (const ReportRow &row : table.rows) {
            const bool isDetail = row.style == ReportRow::Style::Detail;
            if (isDetail && sampled++ >= kSampleRows)
                continue;
            const QFontMetricsF &metrics = isDetail ? detail : total;
            for (int c = 0; c < columns; ++c) {
                // A label that runs on into an empty cell ("Total (108 clients)") needs no
                // room of its own.
                const QVariant next = row.cells.value(c + 1);
                if (!isDetail && table.columns.at(c).kind == ReportColumn::Kind::Text
                    && c + 1 < columns && (!next.isValid() || next.isNull()))
                    continue;
                const QString text
                    = ReportDocument::displayText(table.columns.at(c).kind, row.cells.value(c));
                if (text.isEmpty())
                    continue;
                const qreal w = metrics.horizontalAdvance(text);
                ColumnSample &sample = samples[c];
                QList<QPair<qreal, QString>> &widest = isDetail ? sample.detail : sample.total;
                if (widest.size() < 3 || w > widest.last().first) {
                    widest.append({w, text});
                    std::sort(widest.begin(), widest.end(),
                              [](const auto &a, const auto &b) { return a.first > b.first; });
                    if (widest.size() > 3)
                        widest.removeLast();
                }
            }
        }
        m_measured.append(samples);
    }
}

void ReportRenderer::computeColumns()
{
    measureColumns();
    // Try the normal table size first, then smaller ones until every table's amounts fit the
    // page width and names keep most of their length; amounts are never cut short.
    for (const qreal size : {kBaseTableFont, 7.5, 7.0, 6.5}) {
        m_tableFont = size;
        if (fitColumns() >= 0.9)
            return;
    }
    if (fitColumns() < 0) {
        m_tableFont = 6.0;
        fitColumns();
    }
}

qreal ReportRenderer::fitColumns()
{
    m_tables.clear();
    qreal fit = 1.0;
    const QFontMetricsF headerMetrics(font(m_tableFont - 0.5, true), m_device);
    const QFontMetricsF detailMetrics(font(m_tableFont), m_device);
    const QFontMetricsF totalMetrics(font(m_tableFont + 0.5, true), m_device);
    const qreal available = m_page.width();
    for (int t = 0; t < m_doc.tables.size(); ++t) {
        const ReportTable &table = m_doc.tables.at(t);
        const int columns = int(table.columns.size());
        QList<qreal> natural(columns, 0);
        for (int c = 0; c < columns; ++c) {
            // A header may wrap between words, so its longest word must fit; and it should
            // take no more than two lines.
            const QString &title = table.columns.at(c).title;
            natural[c] = headerMetrics.horizontalAdvance(title) / 2 + 2;
            for (const QString &word : title.split(QLatin1Char(' ')))
                natural[c] = std::max(natural[c], headerMetrics.horizontalAdvance(word));
            const ColumnSample &sample = m_measured.at(t).at(c);
            for (const auto &widest : sample.detail)
                natural[c] = std::max(natural[c], detailMetrics.horizontalAdvance(widest.second));
            for (const auto &widest : sample.total)
                natural[c] = std::max(natural[c], totalMetrics.horizontalAdvance(widest.second));
            natural[c] += 1;
        }
        qreal textSum = 0;
        qreal textMin = 0;
        qreal otherSum = 0;
        QList<qreal> minimum(columns, 0);
        for (int c = 0; c < columns; ++c) {
            natural[c] += 2 * kPad + 1;
            if (table.columns.at(c).kind == ReportColumn::Kind::Text) {
                minimum[c] = std::min<qreal>(natural[c], 80);
                textSum += natural[c];
                textMin += minimum[c];
            } else {
                minimum[c] = natural[c];
                otherSum += natural[c];
            }
        }
        QList<qreal> widths = natural;
        const qreal sum = textSum + otherSum;
        if (textSum == 0 && columns * kNumberColumn <= available) {
            // Only figures: a compact table reads better than one stretched across the page.
            for (int c = 0; c < columns; ++c)
                widths[c] = std::max(natural[c], kNumberColumn);
        } else if (sum <= available) {
            // Spare room goes to the text columns (names, details); numbers stay tight.
            const qreal spare = available - sum;
            for (int c = 0; c < columns; ++c) {
                const bool text = table.columns.at(c).kind == ReportColumn::Kind::Text;
                if (textSum > 0)
                    widths[c] += text ? spare * natural[c] / textSum : 0;
                else
                    widths[c] += spare * natural[c] / sum;
            }
        } else if (otherSum + textMin <= available) {
            // Text columns give up room (and get elided) so amounts never are.
            const qreal room = available - otherSum - textMin;
            const qreal give = textSum - textMin;
            for (int c = 0; c < columns; ++c) {
                if (table.columns.at(c).kind != ReportColumn::Kind::Text)
                    continue;
                widths[c] = minimum[c] + (give > 0 ? room * (natural[c] - minimum[c]) / give : 0);
                fit = std::min(fit, widths[c] / natural[c]);
            }
        } else {
            fit = -1;
            for (int c = 0; c < columns; ++c)
                widths[c] = available * natural[c] / sum;
        }
        TableLayout layout;
        layout.widths = widths;
        qreal headerHeight = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF bounds = headerMetrics.boundingRect(
                QRectF(0, 0, std::max<qreal>(1.0, widths[c] - 2 * kPad), 1000),
                Qt::TextWordWrap | Qt::AlignLeft, table.columns.at(c).title);
            headerHeight = std::max(headerHeight, bounds.height());
        }
        layout.headerHeight = headerHeight + 7;
        m_tables.append(layout);
    }
    return fit;
}

qreal ReportRenderer::rowHeight(const ReportRow &row) const
{
    switch (row.style) {
    case ReportRow::Style::Detail:
        return kDetailRow;
    case ReportRow::Style::Subtotal:
        return kSubtotalRow;
    case ReportRow::Style::Total:
        return kTotalRow;
    }
    return kDetailRow;
}

qreal ReportRenderer::summaryHeight() const
{
    if (m_doc.summary.isEmpty())
        return 0;
    return summaryLines() * kSummaryLine + 10;
}

int ReportRenderer::summaryLines() const
{
    // Two columns of label and value when each fits in half the width, else one.
    const QFontMetricsF label(font(8), m_device);
    const QFontMetricsF value(font(9, true), m_device);
    qreal widest = 0;
    for (const auto &pair : m_doc.summary)
        widest = std::max(widest, label.horizontalAdvance(pair.first) + 10
                                      + value.horizontalAdvance(pair.second) + 4);
    const int count = int(m_doc.summary.size());
    return widest <= (m_page.width() - 16) / 2 - 4 ? (count + 1) / 2 : count;
}

qreal ReportRenderer::footnoteHeight() const
{
    if (m_doc.footnote.isEmpty())
        return 0;
    const QFontMetricsF metrics(font(7.5, false, true), m_device);
    return metrics
               .boundingRect(QRectF(0, 0, m_page.width(), 1000), Qt::TextWordWrap, m_doc.footnote)
               .height()
           + 4;
}

void ReportRenderer::layOut()
{
    m_pages.clear();
    const qreal bottom = m_page.height() - kFooter;
    m_pages.append(Page{});
    qreal y = kBodyTop;
    if (!m_doc.summary.isEmpty()) {
        m_pages.last().summary = true;
        y += summaryHeight() + kGap;
    }
    auto newPage = [&] {
        m_pages.append(Page{});
        y = kBodyTop;
    };
    for (int t = 0; t < m_doc.tables.size(); ++t) {
        const ReportTable &table = m_doc.tables.at(t);
        const qreal title = table.title.isEmpty() ? 0 : kTableTitle;
        const qreal head = title + m_tables.at(t).headerHeight;
        const qreal firstRow = table.rows.isEmpty() ? 0 : rowHeight(table.rows.first());
        // A table never starts with its header alone at the foot of a page, and a short one
        // (a summary) is kept whole on one page.
        qreal whole = head;
        if (t + 1 == m_doc.tables.size() && !m_doc.footnote.isEmpty())
            whole += kGap + footnoteHeight();
        if (table.rows.size() <= 12) {
            for (const ReportRow &row : table.rows)
                whole += rowHeight(row);
        }
        if (y > kBodyTop && (y + head + firstRow > bottom || y + whole > bottom))
            newPage();
        Segment segment{t, 0, 0, false};
        y += head;
        const bool lastTable = t + 1 == m_doc.tables.size();
        for (int r = 0; r < table.rows.size(); ++r) {
            const qreal h = rowHeight(table.rows.at(r));
            // The document's last row (its total) shares its page with the note below it,
            // and with a couple of rows before it rather than alone under a header.
            const bool lastRow = lastTable && r + 1 == table.rows.size();
            const qreal reserve
                = lastRow && !m_doc.footnote.isEmpty() ? kGap + footnoteHeight() : 0;
            if (y + h + reserve > bottom && segment.rowCount > 0) {
                int carried = 0;
                if (lastRow) {
                    carried = std::min(2, segment.rowCount - 1);
                    segment.rowCount -= carried;
                }
                m_pages.last().segments.append(segment);
                newPage();
                segment = Segment{t, r - carried, carried, true};
                y += head;
                for (int k = r - carried; k < r; ++k)
                    y += rowHeight(table.rows.at(k));
            }
            ++segment.rowCount;
            y += h;
        }
        m_pages.last().segments.append(segment);
        y += kGap;
    }
    if (!m_doc.footnote.isEmpty()) {
        if (y + footnoteHeight() > bottom)
            newPage();
        m_pages.last().footnote = true;
    }
}

bool ReportRenderer::paintNextPage()
{
    if (!m_painter || m_next >= m_pages.size())
        return false;
    QPainter &p = *m_painter;
    if (m_next > 0 && !m_device->newPage())
        return false;
    const Page &page = m_pages.at(m_next);
    p.save();
    p.scale(m_scale, m_scale);
    paintHeader(p, m_next);
    qreal y = kBodyTop;
    if (page.summary)
        y = paintSummary(p, y) + kGap;
    for (const Segment &s : page.segments) {
        y = paintTableHeader(p, s.table, y, s.continued);
        for (int r = s.firstRow; r < s.firstRow + s.rowCount; ++r)
            y = paintRow(p, s.table, r, y, r % 2 == 1);
        y += kGap;
    }
    if (page.footnote)
        paintFootnote(p, y);
    paintFooter(p, m_next);
    p.restore();
    ++m_next;
    return true;
}

void ReportRenderer::paintHeader(QPainter &p, int pageIndex)
{
    Q_UNUSED(pageIndex)
    const qreal width = m_page.width();
    qreal x = 0;
    if (!m_logo.isNull()) {
        const qreal h = 44;
        const qreal w = std::min<qreal>(110, h * m_logo.width() / std::max(1, m_logo.height()));
        p.drawImage(QRectF(0, 0, w, h), m_logo);
        x = w + 10;
    }
    // The report's title keeps the room it needs on the right; the business gets the rest.
    const BusinessHeader &b = m_doc.business;
    // Long names and titles both shrink a little before either is cut short.
    QFont name = font(13, true);
    QFont title = font(12, true);
    for (int step = 0; step <= 6; ++step) {
        name = font(13 - 0.5 * std::min(step, 4), true);
        title = font(12 - 0.5 * step, true);
        if (x + textWidth(name, b.name) + 12 + textWidth(title, m_doc.title) + 4 <= width)
            break;
    }
    const qreal rightWidth = std::min(
        width * 0.6,
        std::max(textWidth(title, m_doc.title), textWidth(font(9.5, true), m_doc.subtitle)) + 4);
    const qreal rightX = width - rightWidth;
    const qreal leftWidth = rightX - x - 12;
    p.setFont(name);
    p.setPen(kAccent);
    p.drawText(QRectF(x, 0, leftWidth, 20), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(name, m_device).elidedText(b.name, Qt::ElideRight, leftWidth));
    const QFont small = font(8.5);
    const QFontMetricsF smallMetrics(small, m_device);
    p.setFont(small);
    p.setPen(Qt::black);
    if (!b.nit.isEmpty())
        p.drawText(QRectF(x, 21, leftWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("NIT %1").arg(b.nit));
    QStringList contact;
    if (!b.address.isEmpty())
        contact << b.address;
    if (!b.phone.isEmpty())
        contact << tr("Tel. %1").arg(b.phone);
    p.setPen(kMuted);
    p.drawText(
        QRectF(x, 33, leftWidth, 12), Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(contact.join(QStringLiteral(" · ")), Qt::ElideRight, leftWidth));

    p.setFont(title);
    p.setPen(Qt::black);
    p.drawText(QRectF(rightX, 0, rightWidth, 19), Qt::AlignRight | Qt::AlignVCenter,
               QFontMetricsF(title, m_device).elidedText(m_doc.title, Qt::ElideLeft, rightWidth));
    p.setFont(font(9.5, true));
    p.setPen(kAccent);
    p.drawText(QRectF(rightX, 20, rightWidth, 13), Qt::AlignRight | Qt::AlignVCenter,
               m_doc.subtitle);
    if (m_doc.generatedAt.isValid()) {
        p.setFont(font(7.5));
        p.setPen(kMuted);
        p.drawText(
            QRectF(rightX, 34, rightWidth, 11), Qt::AlignRight | Qt::AlignVCenter,
            tr("Printed %1").arg(m_doc.generatedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    }
    p.setPen(QPen(kAccent, 1.5));
    p.drawLine(QPointF(0, kHeaderBlock + 2), QPointF(width, kHeaderBlock + 2));
}

void ReportRenderer::paintFooter(QPainter &p, int pageIndex)
{
    const qreal width = m_page.width();
    const qreal top = m_page.height() - 16;
    p.setPen(QPen(kRule, 0.5));
    p.drawLine(QPointF(0, top), QPointF(width, top));
    const QFont f = font(7.5);
    p.setFont(f);
    p.setPen(kMuted);
    const QString label = pageLabel(pageIndex + 1, pageCount());
    const qreal labelWidth = textWidth(f, label) + 4;
    QString left = m_doc.title;
    if (!m_doc.subtitle.isEmpty())
        left += QStringLiteral(" · ") + m_doc.subtitle;
    if (!m_doc.business.name.isEmpty())
        left = m_doc.business.name + QStringLiteral(" · ") + left;
    p.drawText(
        QRectF(0, top + 3, width - labelWidth - 10, 12), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(f, m_device).elidedText(left, Qt::ElideRight, width - labelWidth - 10));
    p.drawText(QRectF(width - labelWidth, top + 3, labelWidth, 12),
               Qt::AlignRight | Qt::AlignVCenter, label);
}

qreal ReportRenderer::paintSummary(QPainter &p, qreal y)
{
    const qreal width = m_page.width();
    const qreal height = summaryHeight();
    p.setPen(Qt::NoPen);
    p.setBrush(kShade);
    p.drawRoundedRect(QRectF(0, y, width, height), 3, 3);
    p.setBrush(Qt::NoBrush);
    const QFont label = font(8);
    const QFont value = font(9, true);
    const QFontMetricsF valueMetrics(value, m_device);
    const QFontMetricsF labelMetrics(label, m_device);
    const int lines = summaryLines();
    const qreal half = lines == m_doc.summary.size() ? width - 16 : (width - 16) / 2;
    qreal labelWidths[2] = {0, 0};
    for (int i = 0; i < m_doc.summary.size(); ++i) {
        const int column = std::min(1, i / lines);
        labelWidths[column] = std::max(
            labelWidths[column], labelMetrics.horizontalAdvance(m_doc.summary.at(i).first) + 10);
    }
    for (int i = 0; i < m_doc.summary.size(); ++i) {
        // Fill the first column top to bottom, then the second.
        const int column = std::min(1, i / lines);
        const int line = i % lines;
        const qreal x = 8 + column * (half + 8);
        const qreal top = y + 5 + line * kSummaryLine;
        const qreal labelWidth = std::min(labelWidths[column], half * 0.55);
        p.setFont(label);
        p.setPen(kMuted);
        p.drawText(QRectF(x, top, labelWidth, kSummaryLine), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(label, m_device)
                       .elidedText(m_doc.summary.at(i).first, Qt::ElideRight, labelWidth - 4));
        p.setFont(value);
        p.setPen(Qt::black);
        p.drawText(QRectF(x + labelWidth, top, half - labelWidth, kSummaryLine),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   valueMetrics.elidedText(m_doc.summary.at(i).second, Qt::ElideRight,
                                           half - labelWidth - 4));
    }
    return y + height;
}

qreal ReportRenderer::paintTableHeader(QPainter &p, int t, qreal y, bool continued)
{
    const ReportTable &table = m_doc.tables.at(t);
    const TableLayout &layout = m_tables.at(t);
    if (!table.title.isEmpty()) {
        const QFont titleFont = font(10, true);
        p.setFont(titleFont);
        p.setPen(kAccent);
        QString title = table.title;
        if (continued)
            title += QStringLiteral(" ") + tr("(continued)");
        p.drawText(QRectF(0, y, m_page.width(), kTableTitle - 3), Qt::AlignLeft | Qt::AlignBottom,
                   title);
        y += kTableTitle;
    }
    qreal x = 0;
    const qreal total = std::accumulate(layout.widths.begin(), layout.widths.end(), qreal(0));
    p.setPen(Qt::NoPen);
    p.setBrush(kAccent);
    p.drawRect(QRectF(0, y, total, layout.headerHeight));
    p.setBrush(Qt::NoBrush);
    p.setFont(font(m_tableFont - 0.5, true));
    p.setPen(Qt::white);
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns.at(c);
        const Qt::Alignment horizontal = column.alignment() & Qt::AlignHorizontal_Mask;
        p.drawText(QRectF(x + kPad, y, layout.widths.at(c) - 2 * kPad, layout.headerHeight),
                   int(horizontal | Qt::AlignVCenter) | Qt::TextWordWrap, column.title);
        x += layout.widths.at(c);
    }
    return y + layout.headerHeight;
}

qreal ReportRenderer::paintRow(QPainter &p, int t, int r, qreal y, bool shaded)
{
    const ReportTable &table = m_doc.tables.at(t);
    const TableLayout &layout = m_tables.at(t);
    const ReportRow &row = table.rows.at(r);
    const qreal h = rowHeight(row);
    const qreal total = std::accumulate(layout.widths.begin(), layout.widths.end(), qreal(0));
    QFont f;
    switch (row.style) {
    case ReportRow::Style::Detail:
        f = font(m_tableFont);
        if (shaded) {
            p.setPen(Qt::NoPen);
            p.setBrush(kShade);
            p.drawRect(QRectF(0, y, total, h));
        }
        break;
    case ReportRow::Style::Subtotal:
        f = font(m_tableFont, true);
        p.setPen(Qt::NoPen);
        p.setBrush(kSubtotalShade);
        p.drawRect(QRectF(0, y, total, h));
        break;
    case ReportRow::Style::Total:
        f = font(m_tableFont + 0.5, true);
        p.setPen(Qt::NoPen);
        p.setBrush(kTotalShade);
        p.drawRect(QRectF(0, y, total, h));
        p.setPen(QPen(kAccent, 1));
        p.drawLine(QPointF(0, y), QPointF(total, y));
        break;
    }
    p.setBrush(Qt::NoBrush);
    p.setFont(f);
    p.setPen(Qt::black);
    const QFontMetricsF metrics(f, m_device);
    qreal x = 0;
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns.at(c);
        const qreal w = layout.widths.at(c);
        const QString text = ReportDocument::displayText(column.kind, row.cells.value(c));
        if (!text.isEmpty()) {
            const bool negative
                = column.kind == ReportColumn::Kind::Money && row.cells.value(c).toLongLong() < 0;
            p.setPen(negative ? QColor(0xa0, 0x1c, 0x1c) : QColor(Qt::black));
            // Left-aligned text may run on into empty cells to its right ("Total (108
            // clients)" under the document column).
            qreal room = w;
            if (column.alignment() & Qt::AlignLeft) {
                for (int next = c + 1; next < table.columns.size(); ++next) {
                    const QVariant v = row.cells.value(next);
                    if (v.isValid() && !v.isNull())
                        break;
                    room += layout.widths.at(next);
                }
            }
            p.drawText(QRectF(x + kPad, y, room - 2 * kPad, h), int(column.alignment()),
                       metrics.elidedText(text, Qt::ElideRight, room - 2 * kPad));
        }
        x += w;
    }
    if (row.style == ReportRow::Style::Detail) {
        p.setPen(QPen(kRule, 0.25));
        p.drawLine(QPointF(0, y + h), QPointF(total, y + h));
    }
    return y + h;
}

void ReportRenderer::paintFootnote(QPainter &p, qreal y)
{
    p.setFont(font(7.5, false, true));
    p.setPen(kMuted);
    p.drawText(QRectF(0, y, m_page.width(), footnoteHeight()), Qt::TextWordWrap | Qt::AlignLeft,
               m_doc.footnote);
}

Result<int> ReportRenderer::render(const ReportDocument &document, QPagedPaintDevice *device,
                                   const std::function<bool(int, int)> &progress, int maxPages)
{
    ReportRenderer renderer(document);
    if (auto started = renderer.begin(device); !started)
        return started.failure();
    while ((maxPages < 0 || renderer.pagesPainted() < maxPages) && renderer.paintNextPage()) {
        if (progress && !progress(renderer.pagesPainted(), renderer.pageCount())) {
            renderer.end();
            return Failure{tr("Printing was cancelled."), ErrorCode::Conflict};
        }
    }
    const int expected
        = maxPages < 0 ? renderer.pageCount() : std::min(maxPages, renderer.pageCount());
    if (renderer.pagesPainted() != expected || !renderer.end())
        return Failure{tr("The report could not be printed completely. Check the printer or "
                          "the disk and try again."),
                       ErrorCode::Storage};
    return renderer.pagesPainted();
}
