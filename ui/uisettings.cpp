#include "uisettings.h"

#include <QVariant>

UiSettings::UiSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Cartera"),
                 QStringLiteral("Cartera"))
{
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

int UiSettings::lastSection() const
{
    bool ok = false;
    const int section = m_settings.value(QStringLiteral("window/lastSection")).toInt(&ok);
    return ok ? section : -1;
}

void UiSettings::setLastSection(int section)
{
    m_settings.setValue(QStringLiteral("window/lastSection"), section);
}

QList<int> UiSettings::columnWidths(const QString &list) const
{
    QList<int> widths;
    const QStringList stored =
        m_settings.value(QStringLiteral("columns/") + list).toString().split(QLatin1Char(','),
                                                                             Qt::SkipEmptyParts);
    for (const QString &w : stored) {
        bool ok = false;
        const int width = w.toInt(&ok);
        widths.append(ok ? width : 0);
    }
    return widths;
}

void UiSettings::setColumnWidths(const QString &list, const QList<int> &widths)
{
    QStringList stored;
    for (int w : widths)
        stored << QString::number(w);
    m_settings.setValue(QStringLiteral("columns/") + list, stored.join(QLatin1Char(',')));
}

QByteArray UiSettings::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("splitters/") + name).toByteArray();
}

void UiSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("splitters/") + name, state);
}
