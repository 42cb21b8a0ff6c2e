#pragma once

#include "database.h"

#include <QWidget>

class ClerkActions;
class Clock;
class PaymentTableModel;
class QPushButton;
class QTableView;
class SearchBox;

// Pagos: every payment received, newest first, with reversal.
class PaymentsPage : public QWidget
{
    Q_OBJECT
public:
    PaymentsPage(const Database &db, const Clock &clock, ClerkActions *actions,
                 QWidget *parent = nullptr);

    PaymentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SearchBox *searchBox() const { return m_search; }
    qint64 currentPaymentId() const;

public slots:
    void reload();

private:
    void updateButtons();

    ClerkActions *m_actions;
    PaymentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    SearchBox *m_search = nullptr;
    QPushButton *m_reverse = nullptr;
};
