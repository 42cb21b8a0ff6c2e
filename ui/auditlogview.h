#pragma once

#include "database.h"

#include <QWidget>

class AuditLogModel;
class Clock;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QCheckBox;

// The audit log for the owner or an auditor: filter, read, export to CSV. Nothing in it can be
// edited or deleted.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    AuditLogView(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    // Shows only what concerns one client (0: everyone).
    void setClientFilter(qint64 clientId);
    // Writes the filtered entries to a CSV file; returns an error message or an empty string.
    QString exportTo(const QString &path);

public slots:
    void applyFilter();
    void exportCsv();

private:
    Database m_db;
    const Clock &m_clock;
    AuditLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_clientId = 0;
};
