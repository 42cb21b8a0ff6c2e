// Wires the core and the UI together; no logic of its own.
#include "clock.h"
#include "database.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Options that print or work without a window, so that they run where no display is.
bool headless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all",
                                   "--run-reminders", "--check-database"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (headless(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
    QCoreApplication::setApplicationName(QStringLiteral("Cartera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARTERA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Accounts receivable and WhatsApp payment reminders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("main", "Open the database at <path> instead of the default "
                                            "(%1).")
            .arg(Database::defaultLocation()),
        QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    const QCommandLineOption checkOption(
        QStringLiteral("check-database"),
        QCoreApplication::translate("main", "Open (and, if needed, update) the database, print "
                                            "its state and exit. Exit code 0 when it is usable."));
    parser.addOption(checkOption);
    parser.process(app);

    const QString location = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : Database::defaultLocation();
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        if (qobject_cast<QApplication *>(&app))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cartera"), db.error());
        return 2;
    }

    if (parser.isSet(checkOption)) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "%1: Cartera database, "
                                                                            "version %2.")
                                            .arg(db->location())
                                            .arg(db->schemaVersion())));
        return 0;
    }

    SystemClock clock;
    MainWindow window(db.value(), clock);
    window.show();
    return app.exec();
}
