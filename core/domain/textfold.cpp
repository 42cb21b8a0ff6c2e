#include "textfold.h"

namespace TextFold {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            if (!lastSpace)
                out.append(QLatin1Char(' '));
            lastSpace = true;
            continue;
        }
        out.append(c.toLower());
        lastSpace = false;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

bool couldBeReference(const QString &folded)
{
    for (const QChar c : folded) {
        if (c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('_')
            || c == QLatin1Char('#'))
            return true;
    }
    return false;
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace TextFold
