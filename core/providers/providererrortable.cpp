#include "providererrortable.h"

ProviderErrorTable::ProviderErrorTable(std::initializer_list<Entry> entries)
{
    for (const Entry &e : entries)
        m_entries.insert(e.code, e);
}

std::optional<ProviderErrorTable::Entry> ProviderErrorTable::find(const QString &code) const
{
    const auto it = m_entries.constFind(code);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QString ProviderErrorTable::translate(const char *reason)
{
    return QCoreApplication::translate("ProviderErrors", reason);
}
