#pragma once

#include "client.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Clock;

// What a list of clients shows: a page of matches for a search, sorted on the SQL side.
struct ClientQuery
{
    enum class Sort { Name, Document, WhatsApp, Created };
    QString search; // accent- and case-insensitive; matches name, document or phone digits
    Sort sort = Sort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool activeOnly = false;
    int offset = 0;
    int limit = 200;
};

class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
public:
    ClientRepository(const Database &db, const Clock &clock);

    // Saves a new client; sets its id, timestamps and version.
    Result<qint64> create(Client &client);
    // Saves changes; fails with Conflict when someone else saved the client since it was read.
    Result<void> update(Client &client);
    Result<Client> get(qint64 id) const;
    Result<std::optional<Client>> findByDocument(const IdentityDocument &document) const;
    Result<QList<Client>> list(const ClientQuery &query) const;
    // The same page with only what the clients list shows: a search keystroke reads seven
    // columns of each match instead of sixteen.
    Result<QList<ClientListRow>> listRows(const ClientQuery &query) const;
    Result<int> count(const ClientQuery &query) const;
    // Refused, with the number of debts, while the client has any.
    Result<void> remove(qint64 id);

    // The text a client is found by: its folded name, document and phone digits.
    static QString searchText(const Client &client);

private:
    Result<void> checkDocumentFree(const Client &client) const;
    template<typename Row, typename Read>
    Result<QList<Row>> page(const ClientQuery &query, QLatin1String columns, Read read) const;

    Database m_db;
    const Clock &m_clock;
};
