#pragma once

#include "result.h"

#include <QAbstractTableModel>

// A table model that reads its rows from a repository one page at a time, so that opening a
// list or typing in its search box never loads the whole table. Subclasses read a page into
// a staging list (readPage) and move it into their rows when told (appendStaged).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 200;

    explicit PagedTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : defaultPageSize; }
    // The last error reading from the database, empty after a successful read.
    QString lastError() const { return m_lastError; }

public slots:
    // Drops the loaded rows and reads the first page again (a new filter or order).
    void reload();
    // Reads again as many rows as were loaded, in one read, and to the end when it had been
    // reached (after a change: the clerk keeps the rows they had scrolled to).
    void reloadLoadedRows();

signals:
    void loadFailed(const QString &message);
    void reloaded();

protected:
    // Reads at most `limit` rows starting at `offset` into the staging list; returns how many.
    virtual Result<int> readPage(int offset, int limit) = 0;
    // Moves the staged rows to the end of the model's rows.
    virtual void appendStaged() = 0;
    virtual void clearRows() = 0;

private:
    bool loadRows(int count, bool insideReset);
    void reloadRows(int count);

    int m_loaded = 0;
    int m_pageSize = defaultPageSize;
    bool m_atEnd = false;
    bool m_busy = false; // inside a reset or an insertion
    QString m_lastError;
};

// A paged model over a list of value rows: keeps the loaded rows and the page being read, so
// that each model only says how to read a page (readPage calls stage() with the repository's
// answer).
template<typename Row>
class PagedRowsModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

protected:
    Result<int> stage(Result<QList<Row>> page)
    {
        if (!page)
            return page.failure();
        m_staged = std::move(page).value();
        return int(m_staged.size());
    }
    void appendStaged() override
    {
        m_rows.append(m_staged);
        m_staged.clear();
    }
    void clearRows() override { m_rows.clear(); }

    QList<Row> m_rows;

private:
    QList<Row> m_staged;
};
