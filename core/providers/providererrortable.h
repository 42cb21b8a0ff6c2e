#pragma once

#include "whatsappprovider.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <initializer_list>
#include <optional>

// One provider's error codes and what each means for a message: the single place to correct
// when a provider's live behaviour differs from its documentation. Reasons are English source
// strings translated in the "ProviderErrors" context.
class ProviderErrorTable
{
public:
    struct Entry
    {
        QString code;
        SendResult::Outcome outcome;
        const char *reason; // QT_TRANSLATE_NOOP("ProviderErrors", ...)
    };

    ProviderErrorTable(std::initializer_list<Entry> entries);

    std::optional<Entry> find(const QString &code) const;
    static QString translate(const char *reason);

private:
    QHash<QString, Entry> m_entries;
};
