#pragma once

#include "database.h"
#include "reminderpolicy.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

// Fills a database with a realistic, deterministic portfolio for benchmarks and scale tests:
// Colombian names, cédulas and mobile numbers, debts over three years, partial and full
// payments, reversals, every consent state and every mora level.
class SyntheticPortfolio
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticPortfolio)
public:
    struct Options
    {
        int clients = 100000;
        int debtsPerClient = 10; // on average; each client gets 1 to 2×average − 1
        quint32 seed = 1;
        QDate today;             // the portfolio's "today"; due dates spread over 3 years before
        // The reminder rules the business saved; the wake-ups follow them. Other than the
        // defaults, they are saved as the program's settings are.
        ReminderPolicy policy = ReminderPolicy::defaults();
    };

    struct Stats
    {
        qint64 clients = 0;
        qint64 debts = 0;
        qint64 payments = 0;
        qint64 reversals = 0;
        qint64 openOverdueDebts = 0;
        qint64 remindersDueToday = 0; // open debts whose next reminder step falls today
        double seconds = 0;
    };

    // progress(done, total) is called now and then with clients written; returning false stops
    // the generation and rolls everything back.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Stats> generate(const Database &db, const Options &options,
                                  const Progress &progress = {});
};
