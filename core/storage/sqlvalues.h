#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are written to and read from the database, the same on every dialect:
// dates as ISO text, timestamps as ISO UTC text with milliseconds, money as integer centavos.
namespace SqlValues {

// Text columns are NOT NULL: an unset QString is stored as the empty string.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

namespace Detail {

// Writes `value` as `width` digits at `out`. The daily scan writes tens of thousands of
// dates and timestamps; QDate::toString costs ten times as much.
inline char16_t *digits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// yyyy-MM-dd, as Qt::ISODate writes it for the years 0-9999.
inline char16_t *isoDate(char16_t *out, const QDate &d)
{
    out = digits(out, d.year(), 4);
    *out++ = u'-';
    out = digits(out, d.month(), 2);
    *out++ = u'-';
    return digits(out, d.day(), 2);
}

} // namespace Detail

inline QVariant date(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    if (d.year() < 0 || d.year() > 9999)
        return QVariant(d.toString(Qt::ISODate));
    char16_t text[10];
    Detail::isoDate(text, d);
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}

// yyyy-MM-ddTHH:mm:ss.zzzZ in UTC, as Qt::ISODateWithMs writes it.
inline QVariant timestamp(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    if (d.year() < 0 || d.year() > 9999)
        return QVariant(utc.toString(Qt::ISODateWithMs));
    const QTime time = utc.time();
    char16_t text[24];
    char16_t *out = Detail::isoDate(text, d);
    *out++ = u'T';
    out = Detail::digits(out, time.hour(), 2);
    *out++ = u':';
    out = Detail::digits(out, time.minute(), 2);
    *out++ = u':';
    out = Detail::digits(out, time.second(), 2);
    *out++ = u'.';
    out = Detail::digits(out, time.msec(), 3);
    *out = u'Z';
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 24));
}

inline QDate toDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace SqlValues
