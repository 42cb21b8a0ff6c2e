#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// A WhatsApp-capable mobile number, kept in E.164 ("+573001234567"). Parsing accepts what
// clerks type ("300 123 4567", "(+57) 300-123-4567", "573001234567") with Colombia as the
// default region, and refuses landlines and numbers of the wrong length with the reason.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    PhoneNumber() = default;

    static Result<PhoneNumber> parse(const QString &text,
                                     const QString &defaultRegion = QStringLiteral("CO"));
    // For numbers read back from storage, already validated when they were saved.
    static PhoneNumber fromE164(const QString &e164);

    bool isEmpty() const { return m_e164.isEmpty(); }
    QString e164() const { return m_e164; }               // +573001234567
    QString display() const;                              // +57 300 123 4567
    QString digits() const;                               // 573001234567 (360dialog, Meta "to")
    QString whatsappAddress() const;                      // whatsapp:+573001234567 (Twilio)

    bool operator==(const PhoneNumber &o) const { return m_e164 == o.m_e164; }
    bool operator!=(const PhoneNumber &o) const { return m_e164 != o.m_e164; }

private:
    explicit PhoneNumber(const QString &e164) : m_e164(e164) {}
    QString m_e164;
};

Q_DECLARE_METATYPE(PhoneNumber)
