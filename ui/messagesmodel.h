#pragma once

#include "database.h"
#include "outboxmessage.h"
#include "outboxrepository.h"

#include <QAbstractTableModel>

class Clock;

// The outbox history as a table, fetched page by page so that a long history never loads at
// once. Each row shows the exact text that went (or will go) out.
class MessagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SendDate, Client, Phone, State, Text, Detail, Attempts, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    MessagesModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // Filters: states, client, dates. Reloads from the first page.
    void setQuery(const OutboxQuery &query);
    const OutboxQuery &query() const { return m_query; }
    void reload();

    const OutboxMessage &messageAt(int row) const { return m_rows.at(row); }
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &error);

private:
    QList<OutboxMessage> loadPage(int offset);

    Database m_db;
    const Clock &m_clock;
    OutboxQuery m_query;
    QList<OutboxMessage> m_rows;
    int m_total = 0;
    int m_pageSize = 100;
    bool m_changing = false;
    QString m_error;
};
