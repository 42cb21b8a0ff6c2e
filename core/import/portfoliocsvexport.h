#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>

class Clock;
class QIODevice;

// Writes clients with their debts, and payments, as CSV in the format the import reads
// (UTF-8 with BOM, ';', dd/MM/yyyy, $1.250.000), so exporting and importing again into an
// empty database gives back the same clients, debts and payments.
class PortfolioCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioCsvExport)
public:
    PortfolioCsvExport(const Database &db, const Clock &clock);

    // One row per debt with its client's details; clients without debts get one row alone.
    Result<int> writePortfolio(QIODevice *out) const;
    // One row per payment, with its invoice number; a reversed one carries the reason.
    Result<int> writePayments(QIODevice *out) const;

    static QString csvField(const QString &value, QChar separator = QLatin1Char(';'));

private:
    Database m_db;
    const Clock &m_clock;
};
