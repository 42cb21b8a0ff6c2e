#pragma once

#include "businessheader.h"
#include "reportbuilder.h"
#include "reportdocument.h"
#include "reportqueries.h"

#include <QCoreApplication>

class Clock;
class Database;

// Everything needed to produce one report: which one, its filters and settings. Running it
// queries the database and builds the document; it may run on any thread that may open its
// own connection.
struct ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ReportRequest)
public:
    ReportBuilder::Kind kind = ReportBuilder::Kind::Portfolio;
    ReportFilter filter;
    MoraLevels levels = MoraLevels::defaults();
    MessageLogSchema messageLog;
    Money pricePerMessage;
    int recoveryDays = 7;

    Result<ReportDocument> run(const Database &db, const Clock &clock,
                               const BusinessHeader &business) const;
    // A file name for saving: "edades-de-cartera_2026-01-31", without extension.
    QString suggestedFileName() const;
};
