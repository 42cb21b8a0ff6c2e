#pragma once

#include "auditlog.h"

#include <QAbstractTableModel>

class Clock;

// The audit log, read-only, newest first, one page at a time (canFetchMore/fetchMore).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, User, Entity, Id, Action, Changes, ColumnCount };
    static constexpr int pageSize = 200;

    AuditLogModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const AuditQuery &query() const { return m_query; }
    void setQuery(const AuditQuery &query);
    AuditEntry entry(int row) const { return m_entries.value(row); }
    int totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

    static QString entityName(const QString &entity);
    static QString actionName(const QString &action);

public slots:
    void reload();

signals:
    void loadFailed(const QString &message);

private:
    Result<QList<AuditEntry>> readPage() const;

    Database m_db;
    const Clock &m_clock;
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    int m_total = 0;
    bool m_atEnd = true;
    bool m_resetting = false;
    QString m_lastError;
};
