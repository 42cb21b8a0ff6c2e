#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

#ifdef Q_OS_WIN
namespace {
const QString runKey
    = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString valueName = QStringLiteral("Cartera");
} // namespace
#endif

Autostart::Autostart(const QString &executable)
    : m_executable(QFileInfo(executable).absoluteFilePath())
{
}

QString Autostart::command(bool minimised) const
{
    QString program = QDir::toNativeSeparators(m_executable);
    if (program.contains(QLatin1Char(' ')))
        program = QLatin1Char('"') + program + QLatin1Char('"');
    return minimised ? program + QLatin1Char(' ') + minimisedOption() : program;
}

#ifdef Q_OS_WIN

bool Autostart::isEnabled() const
{
    QSettings run(runKey, QSettings::NativeFormat);
    return run.contains(valueName);
}

Result<void> Autostart::apply(bool enabled, bool minimised)
{
    QSettings run(runKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(valueName, command(minimised));
    else
        run.remove(valueName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Failure{tr("Windows did not let Cartera change its start with the session. "
                          "Nothing else was affected; try again or set it in Task Manager › "
                          "Startup."),
                       ErrorCode::Storage};
    return {};
}

#else

QString Autostart::desktopFilePath()
{
    QString config = QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME"));
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/cartera.desktop");
}

bool Autostart::isEnabled() const
{
    return QFileInfo::exists(desktopFilePath());
}

Result<void> Autostart::apply(bool enabled, bool minimised)
{
    const QString path = desktopFilePath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Failure{tr("Cartera cannot remove %1. Delete it by hand to stop starting "
                              "with the session.")
                               .arg(path),
                           ErrorCode::Storage};
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Failure{
            tr("Cartera cannot create the folder %1.").arg(QFileInfo(path).absolutePath()),
            ErrorCode::Storage};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Failure{tr("Cartera cannot write %1: %2.").arg(path, file.errorString()),
                       ErrorCode::Storage};
    QString entry = QStringLiteral("[Desktop Entry]\n"
                                   "Type=Application\n"
                                   "Name=Cartera\n"
                                   "Comment=Cuentas por cobrar y recordatorios de WhatsApp\n"
                                   "Comment[en]=Accounts receivable and WhatsApp reminders\n"
                                   "Icon=co.cartera.Cartera\n"
                                   "Terminal=false\n"
                                   "X-GNOME-Autostart-enabled=true\n");
    entry += QStringLiteral("Exec=%1\n").arg(command(minimised));
    file.write(entry.toUtf8());
    if (!file.commit())
        return Failure{tr("Cartera cannot write %1: %2.").arg(path, file.errorString()),
                       ErrorCode::Storage};
    return {};
}

#endif
