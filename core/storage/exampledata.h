#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>

class Clock;

// A small, realistic Colombian portfolio to try the program with: a few dozen clients
// (people with cédula, companies with NIT), debts in every mora level relative to the clock's
// today, and some partial and full payments. Written through the repositories, so it obeys
// every rule real data does. The same clock always gives the same data.
class ExampleData
{
    Q_DECLARE_TR_FUNCTIONS(ExampleData)
public:
    struct Summary
    {
        int clients = 0;
        int debts = 0;
        int payments = 0;
    };

    // Refuses a database that already has clients, so that it never mixes with real data.
    static Result<Summary> load(const Database &db, const Clock &clock);
};
