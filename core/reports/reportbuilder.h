#pragma once

#include "businessheader.h"
#include "reportdocument.h"
#include "reportqueries.h"

#include <QCoreApplication>
#include <QDateTime>

// Turns report data into documents ready for the screen, the printer and CSV. Every total a
// document shows is added up here from the same rows it prints.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    enum class Kind { Portfolio, Aging, Statement, Collections, Messages };

    ReportBuilder(const BusinessHeader &business, const QDateTime &generatedAt);

    ReportDocument portfolio(const PortfolioReportData &data) const;
    ReportDocument aging(const AgingReportData &data) const;
    ReportDocument statement(const StatementData &data) const;
    ReportDocument collections(const CollectionsData &data) const;
    ReportDocument messages(const MessagesData &data) const;

    static QString kindName(Kind kind);
    static QString dateText(const QDate &date);

private:
    ReportDocument start(const QString &title, const QString &subtitle, const QDate &cut) const;

    BusinessHeader m_business;
    QDateTime m_generatedAt;
};
