#include "reportdocument.h"

#include "money.h"

Qt::Alignment ReportColumn::alignment() const
{
    switch (kind) {
    case Kind::Text:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case Kind::Date:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    case Kind::Money:
    case Kind::Count:
    case Kind::Percent:
        return Qt::AlignRight | Qt::AlignVCenter;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

int ReportTable::detailRowCount() const
{
    int count = 0;
    for (const ReportRow &row : rows)
        count += row.style == ReportRow::Style::Detail ? 1 : 0;
    return count;
}

int ReportDocument::rowCount() const
{
    int count = 0;
    for (const ReportTable &table : tables)
        count += int(table.rows.size());
    return count;
}

QString ReportDocument::countText(qint64 count)
{
    const bool negative = count < 0;
    QString digits = QString::number(negative ? -count : count);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString ReportDocument::percentText(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    const qint64 magnitude = negative ? -hundredths : hundredths;
    return QStringLiteral("%1%2,%3 %")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 ReportDocument::percentOf(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    // part × 10000 stays within qint64 for any amount Money allows.
    const qint64 scaled = part * 10000;
    return (scaled + whole / 2) / whole;
}

QString ReportDocument::displayText(ReportColumn::Kind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    // A label ("Total") may stand in any column.
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Money:
        return Money::fromMinor(value.toLongLong()).toString();
    case ReportColumn::Kind::Count:
        return countText(value.toLongLong());
    case ReportColumn::Kind::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case ReportColumn::Kind::Percent:
        return percentText(value.toLongLong());
    }
    return value.toString();
}

QString ReportDocument::csvText(ReportColumn::Kind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    // A label ("Total") may stand in any column.
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Money: {
        const Money m = Money::fromMinor(value.toLongLong());
        const qint64 cents = m.centavos() < 0 ? -m.centavos() : m.centavos();
        QString text = QString::number(m.pesos());
        if (m.isNegative() && m.pesos() == 0)
            text.prepend(QLatin1Char('-'));
        if (cents != 0)
            text += QStringLiteral(",%1").arg(cents, 2, 10, QLatin1Char('0'));
        return text;
    }
    case ReportColumn::Kind::Count:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case ReportColumn::Kind::Percent: {
        QString text = percentText(value.toLongLong());
        text.chop(2); // " %"
        return text;
    }
    }
    return value.toString();
}
