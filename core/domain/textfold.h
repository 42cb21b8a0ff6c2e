#pragma once

#include <QString>

namespace TextFold {

// Lower case without accents or tildes ("Muñoz Ávila" -> "munoz avila"), with runs of
// white space folded to one space: the key for accent-insensitive search.
QString fold(const QString &text);

// Whether a folded search text could be part of an invoice or payment reference: it has a
// digit or a separator such as '-' or '/'. Plain words are names.
bool couldBeReference(const QString &folded);

// Escapes %, _ and \ for a SQL LIKE pattern that uses ESCAPE '\'.
QString escapeLike(const QString &text);

} // namespace TextFold
