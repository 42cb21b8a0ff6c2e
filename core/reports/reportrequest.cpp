#include "reportrequest.h"

#include "clock.h"
#include "database.h"

#include <QRegularExpression>

Result<ReportDocument> ReportRequest::run(const Database &db, const Clock &clock,
                                          const BusinessHeader &business) const
{
    ReportQueries queries(db, clock);
    queries.setMessageLog(messageLog);
    const ReportBuilder builder(business, clock.localNow());
    switch (kind) {
    case ReportBuilder::Kind::Portfolio: {
        const auto data = queries.portfolio(filter, levels);
        if (!data)
            return data.failure();
        return builder.portfolio(*data);
    }
    case ReportBuilder::Kind::Aging: {
        const auto data = queries.aging(filter, levels);
        if (!data)
            return data.failure();
        return builder.aging(*data);
    }
    case ReportBuilder::Kind::Statement: {
        if (filter.clientId <= 0)
            return Failure{tr("Choose the client whose statement you want."), ErrorCode::Invalid};
        const auto data = queries.statement(filter.clientId, filter.from, filter.to);
        if (!data)
            return data.failure();
        return builder.statement(*data);
    }
    case ReportBuilder::Kind::Collections: {
        const auto data = queries.collections(filter, recoveryDays);
        if (!data)
            return data.failure();
        return builder.collections(*data);
    }
    case ReportBuilder::Kind::Messages: {
        const auto data = queries.messages(filter, pricePerMessage);
        if (!data)
            return data.failure();
        return builder.messages(*data);
    }
    }
    return Failure{tr("Unknown report."), ErrorCode::Invalid};
}

QString ReportRequest::suggestedFileName() const
{
    QString name = ReportBuilder::kindName(kind).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+"),
                                    QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    const QDate date = filter.asOf.isValid() ? filter.asOf : filter.to;
    if (date.isValid())
        name += QLatin1Char('_') + date.toString(Qt::ISODate);
    return name;
}
