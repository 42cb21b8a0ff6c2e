#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Starting Cartera with the desktop session, so that the daily check runs: an XDG autostart
// entry (~/.config/autostart/cartera.desktop, $XDG_CONFIG_HOME respected) on Linux, the
// HKCU ...\CurrentVersion\Run value on Windows.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    // The option the program is started with from the session, to go straight to the tray.
    static QString minimisedOption() { return QStringLiteral("--minimized"); }

    explicit Autostart(const QString &executable = QCoreApplication::applicationFilePath());

    Result<void> apply(bool enabled, bool minimised);
    bool isEnabled() const;
    // The command line written into the entry.
    QString command(bool minimised) const;

#ifndef Q_OS_WIN
    static QString desktopFilePath();
#endif

private:
    QString m_executable;
};
