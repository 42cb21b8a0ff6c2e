#include "reminderpolicy.h"

#include <QStringList>

#include <algorithm>

Result<void> ReminderPolicy::validate() const
{
    if (steps.isEmpty() && enabled)
        return Failure{tr("Add at least one reminder day, or turn reminders off."),
                       ErrorCode::Invalid};
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i) < -60 || steps.at(i) > 3650)
            return Failure{tr("A reminder day must be between 60 days before and 3650 days after "
                              "the due date; %1 is not.")
                               .arg(steps.at(i)),
                           ErrorCode::Invalid};
        if (i > 0 && steps.at(i) <= steps.at(i - 1))
            return Failure{tr("Reminder days must be in increasing order without repeats "
                              "(for example -3, 0, 1, 8, 15, 30)."),
                           ErrorCode::Invalid};
    }
    if (repeatEveryDays < 0 || repeatEveryDays > 365)
        return Failure{tr("Repeat every 1 to 365 days, or 0 for no repetition."),
                       ErrorCode::Invalid};
    if (weeklyCap < 1 || weeklyCap > 7)
        return Failure{tr("The weekly limit must be between 1 and 7 messages per client (the "
                          "law allows at most one a day)."),
                       ErrorCode::Invalid};
    return {};
}

std::optional<int> ReminderPolicy::latestStep(const QDate &dueDate, const QDate &asOf) const
{
    if (!enabled || steps.isEmpty() || !dueDate.isValid() || !asOf.isValid())
        return std::nullopt;
    const qint64 days = dueDate.daysTo(asOf);
    const int last = steps.constLast();
    if (repeatEveryDays > 0 && days > last)
        return int(last + ((days - last) / repeatEveryDays) * repeatEveryDays);
    std::optional<int> found;
    for (int step : steps) {
        if (step <= days)
            found = step;
    }
    return found;
}

QDate ReminderPolicy::nextStepDate(const QDate &dueDate, const QDate &asOf) const
{
    if (!enabled || steps.isEmpty() || !dueDate.isValid() || !asOf.isValid())
        return {};
    const qint64 days = dueDate.daysTo(asOf);
    for (int step : steps) {
        if (step > days)
            return dueDate.addDays(step);
    }
    if (repeatEveryDays <= 0)
        return {};
    const int last = steps.constLast();
    return dueDate.addDays(last + ((days - last) / repeatEveryDays + 1) * repeatEveryDays);
}

QDate ReminderPolicy::firstStepDate(const QDate &dueDate) const
{
    if (!enabled || steps.isEmpty() || !dueDate.isValid())
        return {};
    return dueDate.addDays(steps.constFirst());
}

QString ReminderPolicy::stepsText() const
{
    QStringList parts;
    for (int step : steps)
        parts << QString::number(step);
    return parts.join(QLatin1Char(','));
}

Result<QList<int>> ReminderPolicy::parseSteps(const QString &text)
{
    QList<int> result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok)
            return Failure{tr("\"%1\" is not a number of days. Write the days separated by "
                              "commas, for example -3, 0, 1, 8, 15, 30.")
                               .arg(part.trimmed()),
                           ErrorCode::Invalid};
        result.append(value);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}
