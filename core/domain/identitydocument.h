#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// A client's identity document: cédula de ciudadanía, NIT (with DIAN check digit),
// cédula de extranjería or passport, normalised to one spelling for uniqueness.
class IdentityDocument
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDocument)
public:
    enum class Type { CC, NIT, CE, PP };

    IdentityDocument() = default;

    // Normalises and validates: "1.020.304.050" -> "1020304050"; "900.123.456-8" ->
    // "900123456-8" (the check digit must match).
    static Result<IdentityDocument> parse(Type type, const QString &number);
    static IdentityDocument fromStored(Type type, const QString &number)
    {
        IdentityDocument d;
        d.m_type = type;
        d.m_number = number;
        return d;
    }

    // The DIAN check digit (dígito de verificación) of a NIT's base digits.
    static int nitCheckDigit(const QString &baseDigits);

    Type type() const { return m_type; }
    QString number() const { return m_number; }
    QString display() const; // "CC 1020304050", "NIT 900123456-8"

    static QString typeCode(Type type);                // "CC", "NIT", "CE", "PP"
    static bool typeFromCode(const QString &code, Type *type);
    static QString typeName(Type type);                // "Cédula de ciudadanía", ...

private:
    Type m_type = Type::CC;
    QString m_number;
};
