#pragma once

#include "settings.h"

#include <QLocale>
#include <QString>

class QCoreApplication;

// Which language Cartera speaks, and the translators that make it speak it: Cartera's own
// (cartera_<lang>.qm, built into the program) and Qt's (qtbase_es.qm from the system, for
// the buttons of standard dialogs).
namespace Translations {

// "es" or "en". Spanish unless English is chosen, or the choice is "system" and the
// system speaks English.
QString resolve(Settings::Language language, const QLocale &system = QLocale::system());

// Installs the translators for the language (replacing any installed before) and sets the
// default QLocale: es_CO in Spanish (numbers "1.250.000", dates dd/MM/yyyy), en_US in
// English. Returns the language code installed. Takes effect for windows created afterwards,
// so call it before the first window.
QString installTranslators(QCoreApplication &app, Settings::Language language,
                           const QLocale &system = QLocale::system());

// Where Qt's own translations are looked for.
QString qtTranslationsPath();

} // namespace Translations
