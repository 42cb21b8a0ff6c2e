#pragma once

#include "clientrepository.h"
#include "pagedtablemodel.h"

class Clock;

// The clients list: pages of ClientRepository::listRows, sorted and searched on the SQL side.
// A row opens its client by id (IdRole): editing reads the whole client afresh.
class ClientTableModel : public PagedRowsModel<ClientListRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DocumentColumn, WhatsAppColumn, ConsentColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    ClientTableModel(const Database &db, const Clock &clock, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    ClientQuery query() const { return m_query; }
    void setSearch(const QString &text);
    ClientListRow rowAt(int row) const { return m_rows.value(row); }
    // The row of a client among the loaded ones, -1 when not loaded.
    int rowOf(qint64 clientId) const;

    static QString consentText(Consent::State consent);

protected:
    Result<int> readPage(int offset, int limit) override;

private:
    ClientRepository m_repository;
    ClientQuery m_query;
};
