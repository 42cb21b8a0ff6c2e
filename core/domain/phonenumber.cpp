#include "phonenumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;

namespace {

// Colombian mobiles as Colombians write them: +57 300 123 4567.
QString displayColombianMobile(const QString &e164)
{
    const QString d = e164.mid(3);
    return QStringLiteral("+57 %1 %2 %3").arg(d.left(3), d.mid(3, 3), d.mid(6));
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString &input, const QString &defaultRegion)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Failure{tr("Enter the WhatsApp number: 10 digits starting with 3, "
                          "for example 300 123 4567."),
                       ErrorCode::Invalid};

    for (const QChar c : text) {
        if (!(c.isDigit() || c.isSpace() || QStringLiteral("+-().").contains(c)))
            return Failure{tr("\"%1\" has characters that are not part of a phone number. "
                              "Type only the digits, for example 300 123 4567.")
                               .arg(text),
                           ErrorCode::Invalid};
    }

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    LibPhoneNumber number;
    const auto error = util->Parse(text.toStdString(), defaultRegion.toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        return Failure{tr("\"%1\" is not a phone number. Type the 10-digit mobile number, "
                          "for example 300 123 4567.")
                           .arg(text),
                       ErrorCode::Invalid};
    }

    const bool colombian = number.country_code() == 57;
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    const QString nationalDigits = QString::fromStdString(national);
    // Colombian mobiles have exactly 10 digits; say so before anything subtler.
    if (colombian && nationalDigits.size() != 10 && !nationalDigits.startsWith(QLatin1String("1800"))) {
        return Failure{tr("\"%1\" has %2 digits; a Colombian mobile number has 10 digits "
                          "starting with 3, for example 300 123 4567.")
                           .arg(text)
                           .arg(nationalDigits.size()),
                       ErrorCode::Invalid};
    }
    if (!util->IsValidNumber(number)) {
        if (colombian)
            return Failure{tr("\"%1\" is not a valid Colombian mobile number. It must have "
                              "10 digits starting with 3, for example 300 123 4567.")
                               .arg(text),
                           ErrorCode::Invalid};
        return Failure{tr("\"%1\" is not a valid phone number. Write foreign numbers with "
                          "their country code, for example +1 305 555 0123.")
                           .arg(text),
                       ErrorCode::Invalid};
    }

    const auto type = util->GetNumberType(number);
    if (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE) {
        if (type == PhoneNumberUtil::FIXED_LINE)
            return Failure{tr("\"%1\" is a landline, which cannot receive WhatsApp. "
                              "Enter the client's mobile number (10 digits starting with 3).")
                               .arg(text),
                           ErrorCode::Invalid};
        return Failure{tr("\"%1\" is not a mobile number and cannot receive WhatsApp. "
                          "Enter the client's mobile number (10 digits starting with 3).")
                           .arg(text),
                       ErrorCode::Invalid};
    }

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return PhoneNumber(QString::fromStdString(e164));
}

PhoneNumber PhoneNumber::fromE164(const QString &e164)
{
    return PhoneNumber(e164);
}

QString PhoneNumber::display() const
{
    if (m_e164.isEmpty())
        return {};
    if (m_e164.startsWith(QLatin1String("+573")) && m_e164.size() == 13)
        return displayColombianMobile(m_e164);
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    LibPhoneNumber number;
    if (util->Parse(m_e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return m_e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumber::digits() const
{
    return m_e164.startsWith(QLatin1Char('+')) ? m_e164.mid(1) : m_e164;
}

QString PhoneNumber::whatsappAddress() const
{
    return m_e164.isEmpty() ? QString() : QStringLiteral("whatsapp:") + m_e164;
}
