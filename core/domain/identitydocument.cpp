#include "identitydocument.h"

#include <QRegularExpression>

int IdentityDocument::nitCheckDigit(const QString &baseDigits)
{
    // DIAN's weights, applied from the rightmost digit of the base number.
    static const int weights[] = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
    int sum = 0;
    const int n = int(baseDigits.size());
    for (int i = 0; i < n && i < 15; ++i)
        sum += baseDigits.at(n - 1 - i).digitValue() * weights[i];
    const int remainder = sum % 11;
    return remainder > 1 ? 11 - remainder : remainder;
}

Result<IdentityDocument> IdentityDocument::parse(Type type, const QString &input)
{
    QString text = input.trimmed();
    text.remove(QRegularExpression(QStringLiteral("[\\s.]")));
    if (text.isEmpty())
        return Failure{tr("Enter the document number."), ErrorCode::Invalid};

    IdentityDocument doc;
    doc.m_type = type;
    switch (type) {
    case Type::CC: {
        static const QRegularExpression digits(QStringLiteral("^\\d{3,10}$"));
        if (!digits.match(text).hasMatch())
            return Failure{tr("A cédula de ciudadanía has only digits, up to 10 (\"%1\").")
                               .arg(input.trimmed()),
                           ErrorCode::Invalid};
        doc.m_number = text;
        break;
    }
    case Type::NIT: {
        static const QRegularExpression nit(QStringLiteral("^(\\d{6,15})-(\\d)$"));
        const auto m = nit.match(text);
        if (!m.hasMatch())
            return Failure{tr("Write the NIT with its check digit after a dash, for example "
                              "900.123.456-8 (\"%1\").")
                               .arg(input.trimmed()),
                           ErrorCode::Invalid};
        const int expected = nitCheckDigit(m.captured(1));
        if (m.captured(2).toInt() != expected)
            return Failure{tr("The check digit of NIT %1 should be %2, not %3. Check the "
                              "number against the RUT.")
                               .arg(m.captured(1))
                               .arg(expected)
                               .arg(m.captured(2)),
                           ErrorCode::Invalid};
        doc.m_number = m.captured(1) + QLatin1Char('-') + m.captured(2);
        break;
    }
    case Type::CE:
    case Type::PP: {
        static const QRegularExpression alnum(QStringLiteral("^[A-Za-z0-9]{3,20}$"));
        text.remove(QLatin1Char('-'));
        if (!alnum.match(text).hasMatch())
            return Failure{tr("\"%1\" is not a valid document number: use 3 to 20 letters "
                              "or digits.")
                               .arg(input.trimmed()),
                           ErrorCode::Invalid};
        doc.m_number = text.toUpper();
        break;
    }
    }
    return doc;
}

QString IdentityDocument::display() const
{
    return typeCode(m_type) + QLatin1Char(' ') + m_number;
}

QString IdentityDocument::typeCode(Type type)
{
    switch (type) {
    case Type::CC: return QStringLiteral("CC");
    case Type::NIT: return QStringLiteral("NIT");
    case Type::CE: return QStringLiteral("CE");
    case Type::PP: return QStringLiteral("PP");
    }
    return {};
}

bool IdentityDocument::typeFromCode(const QString &code, Type *type)
{
    for (Type t : {Type::CC, Type::NIT, Type::CE, Type::PP}) {
        if (code.compare(typeCode(t), Qt::CaseInsensitive) == 0) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString IdentityDocument::typeName(Type type)
{
    switch (type) {
    case Type::CC: return tr("Cédula de ciudadanía");
    case Type::NIT: return tr("NIT");
    case Type::CE: return tr("Cédula de extranjería");
    case Type::PP: return tr("Passport");
    }
    return {};
}
