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

namespace Detail {

// The number written in s[from, from + width) when those are all ASCII digits, else -1.
inline int number(const QString &s, qsizetype from, qsizetype width)
{
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The date at the start of s when it is yyyy-MM-dd as date() writes it; else invalid.
inline QDate readIsoDate(const QString &s)
{
    if (s.size() < 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return {};
    const int y = number(s, 0, 4);
    const int m = number(s, 5, 2);
    const int d = number(s, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

} // namespace Detail

// What date() wrote, read back by hand, as timestamps below (the reports and the daily scan
// read tens of thousands); any other text goes through Qt.
inline QDate toDate(const QVariant &v)
{
    const QString s = v.toString();
    if (s.size() == 10) {
        const QDate d = Detail::readIsoDate(s);
        if (d.isValid())
            return d;
    }
    return QDate::fromString(s, Qt::ISODate);
}

// What timestamp() wrote, read back by hand (a page of whole clients reads three per row,
// and QDateTime::fromString was a sixth of it); any other text goes through Qt.
inline QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() == 24 && s.at(10) == u'T' && s.at(13) == u':' && s.at(16) == u':'
        && s.at(19) == u'.' && s.at(23) == u'Z') {
        const QDate d = Detail::readIsoDate(s);
        const int h = Detail::number(s, 11, 2);
        const int mi = Detail::number(s, 14, 2);
        const int sec = Detail::number(s, 17, 2);
        const int ms = Detail::number(s, 20, 3);
        if (d.isValid() && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0) {
            const QTime t(h, mi, sec, ms);
            if (t.isValid())
                return QDateTime(d, t, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace SqlValues
