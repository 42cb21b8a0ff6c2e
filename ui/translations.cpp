#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

bool load(QCoreApplication &app, const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(file, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

namespace Translations {

QString resolve(Settings::Language language, const QLocale &system)
{
    switch (language) {
    case Settings::Language::English:
        return QStringLiteral("en");
    case Settings::Language::Spanish:
        return QStringLiteral("es");
    case Settings::Language::System:
        break;
    }
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("es");
}

QString qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QString installTranslators(QCoreApplication &app, Settings::Language language,
                           const QLocale &system)
{
    for (const QPointer<QTranslator> &translator : installed()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QString code = resolve(language, system);
    if (code == QLatin1String("es")) {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
        // Qt's own strings (OK/Cancel, file dialogs); missing only when the system lacks
        // qt6-translations-l10n, and then those buttons stay in English.
        load(app, QStringLiteral("qtbase_es"), qtTranslationsPath());
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    // Built into the program by qt_add_translations (ui/CMakeLists.txt).
    load(app, QStringLiteral("cartera_%1").arg(code), QStringLiteral(":/i18n"));
    return code;
}

} // namespace Translations
