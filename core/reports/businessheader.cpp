#include "businessheader.h"

#include "settings.h"

#include <QRegularExpression>

BusinessHeader BusinessHeader::fromSettings(const Settings &settings)
{
    BusinessHeader header;
    header.name = settings.businessName();
    header.nit = displayNit(settings.businessNit());
    header.address = settings.businessAddress();
    header.phone = settings.businessPhone();
    header.logoPath = settings.logoPath();
    return header;
}

QString BusinessHeader::displayNit(const QString &nit)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d+)-(\\d)$"));
    const auto match = shape.match(nit);
    if (!match.hasMatch())
        return nit;
    QString digits = match.captured(1);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QLatin1Char('-') + match.captured(2);
}
