#include "money.h"

#include <QRegularExpression>

namespace {

Failure outOfRange()
{
    return {Money::tr("The amount is too large. Amounts go up to $1.000.000.000.000."),
            ErrorCode::Invalid};
}

} // namespace

Result<Money> Money::checkedAdd(Money other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return outOfRange();
    return Money(sum);
}

Result<Money> Money::checkedSub(Money other) const
{
    qint64 diff = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &diff))
        return outOfRange();
    return Money(diff);
}

Result<Money> Money::checkedMul(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return outOfRange();
    return Money(product);
}

QString Money::toPlainString() const
{
    // Work on the magnitude as unsigned so that the most negative value formats too.
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 pesosPart = magnitude / 100;
    const quint64 centavosPart = magnitude % 100;
    QString digits = QString::number(pesosPart);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    if (centavosPart != 0)
        digits += QLatin1Char(',') + QStringLiteral("%1").arg(centavosPart, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString Money::toString() const
{
    const QString plain = toPlainString();
    if (plain.startsWith(QLatin1Char('-')))
        return QStringLiteral("-$") + plain.mid(1);
    return QLatin1Char('$') + plain;
}

QString Money::toStringWithCode() const
{
    return toString() + QStringLiteral(" COP");
}

Result<Money> Money::parse(const QString &input)
{
    // Spaces of any kind (Excel writes non-breaking ones) do not matter.
    QString text;
    for (const QChar c : input) {
        if (!c.isSpace())
            text.append(c);
    }
    if (text.isEmpty())
        return Failure{tr("Enter an amount, for example 250.000."), ErrorCode::Invalid};

    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    if (text.startsWith(QLatin1Char('$')))
        text.remove(0, 1);
    if (text.endsWith(QStringLiteral("COP"), Qt::CaseInsensitive))
        text.chop(3);
    if (!negative && text.startsWith(QLatin1Char('-'))) { // "$-5.000"
        negative = true;
        text.remove(0, 1);
    }

    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch()) {
        static const QRegularExpression commaThousands(QStringLiteral("^\\d{1,3}(,\\d{3})+$"));
        if (commaThousands.match(text).hasMatch())
            return Failure{tr("\"%1\" is not a valid amount: write thousands with a dot "
                              "(250.000) and use the comma only for centavos (250.000,50).")
                               .arg(input.trimmed()),
                           ErrorCode::Invalid};
        return Failure{tr("\"%1\" is not a valid amount. Write it like 250000, 250.000 or "
                          "$250.000; centavos after a comma: 250.000,50.")
                           .arg(input.trimmed()),
                       ErrorCode::Invalid};
    }

    QString integerDigits = match.captured(1);
    integerDigits.remove(QLatin1Char('.'));
    // Leading zeros are harmless; too many digits are not.
    while (integerDigits.size() > 1 && integerDigits.startsWith(QLatin1Char('0')))
        integerDigits.remove(0, 1);
    if (integerDigits.size() > 13)
        return outOfRange();
    const qint64 pesos = integerDigits.toLongLong();
    QString cents = match.captured(2);
    if (cents.size() == 1)
        cents += QLatin1Char('0');
    const qint64 minor = pesos * 100 + (cents.isEmpty() ? 0 : cents.toLongLong());
    if (minor > maxMinor)
        return outOfRange();
    return Money(negative ? -minor : minor);
}
