#pragma once

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

// The window's remembered state, with typed getters: geometry, splitters, column widths and
// the last section. Lives in the user's settings (organisation and application "Cartera"),
// which QStandardPaths' test mode redirects in tests. Never holds secrets.
class UiSettings
{
public:
    UiSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    int lastSection() const; // -1 when none was saved
    void setLastSection(int section);

    // Widths of a list's columns, by the list's name ("clients", "debts", "payments").
    QList<int> columnWidths(const QString &list) const;
    void setColumnWidths(const QString &list, const QList<int> &widths);

    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};
