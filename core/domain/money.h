#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// An exact amount of Colombian pesos in minor units (centavos). Arithmetic is integer-only
// and overflow-checked; formatting and parsing of what a clerk types live here and only here.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }
    static constexpr Money fromPesos(qint64 pesos) { return Money(pesos * 100); }

    // The largest amount a clerk may type: a trillion pesos, far above any invoice, and far
    // enough below qint64 that 90,000 such amounts still add up without overflow.
    static constexpr qint64 maxMinor = qint64(1'000'000'000'000) * 100;

    constexpr qint64 minor() const { return m_minor; }
    constexpr qint64 pesos() const { return m_minor / 100; }
    constexpr qint64 centavos() const { return m_minor % 100; }

    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isPositive() const { return m_minor > 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    // Checked arithmetic: a failure says the amount is out of range.
    Result<Money> checkedAdd(Money other) const;
    Result<Money> checkedSub(Money other) const;
    Result<Money> checkedMul(qint64 factor) const;

    // Unchecked shorthands for amounts already known to be in range (both within maxMinor).
    constexpr Money operator+(Money other) const { return Money(m_minor + other.m_minor); }
    constexpr Money operator-(Money other) const { return Money(m_minor - other.m_minor); }
    constexpr Money operator-() const { return Money(-m_minor); }
    Money &operator+=(Money other) { m_minor += other.m_minor; return *this; }
    Money &operator-=(Money other) { m_minor -= other.m_minor; return *this; }

    constexpr bool operator==(Money o) const { return m_minor == o.m_minor; }
    constexpr bool operator!=(Money o) const { return m_minor != o.m_minor; }
    constexpr bool operator<(Money o) const { return m_minor < o.m_minor; }
    constexpr bool operator<=(Money o) const { return m_minor <= o.m_minor; }
    constexpr bool operator>(Money o) const { return m_minor > o.m_minor; }
    constexpr bool operator>=(Money o) const { return m_minor >= o.m_minor; }

    // "$250.000", "$1.250.000", "$250.000,50", "-$5.000": pesos grouped with '.',
    // centavos after ',' only when there are any.
    QString toString() const;
    // The same without the currency sign: "250.000".
    QString toPlainString() const;
    // "$250.000 COP", as reminders write it.
    QString toStringWithCode() const;

    // Reads what a clerk types: "250000", "250.000", "$250.000", "$ 250.000 COP",
    // "250.000,50", "-5.000". Anything else fails with a message that says how to write it.
    static Result<Money> parse(const QString &text);

private:
    constexpr explicit Money(qint64 minor) : m_minor(minor) {}
    qint64 m_minor = 0;
};

Q_DECLARE_METATYPE(Money)
