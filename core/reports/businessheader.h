#pragma once

#include <QString>

// Who hands the report out: printed at the top of every report. Filled from the settings by
// the caller; the report code never reads settings itself.
struct BusinessHeader
{
    QString name;
    QString nit; // "900.123.456-8"
    QString address;
    QString phone;
    QString logoPath; // an image file; empty for none
};
