#pragma once

#include <QString>

class Settings;

// Who hands the report out: printed at the top of every report. The report code never reads
// settings itself; the caller fills this, usually with fromSettings().
struct BusinessHeader
{
    QString name;
    QString nit; // as printed: "900.123.456-8"
    QString address;
    QString phone;
    QString logoPath; // an image file; empty for none

    static BusinessHeader fromSettings(const Settings &settings);
    // "900123456-8" -> "900.123.456-8"; anything else is returned as it is.
    static QString displayNit(const QString &nit);
};
