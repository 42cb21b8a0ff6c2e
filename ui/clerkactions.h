#pragma once

#include "database.h"
#include "moralevel.h"

#include <QObject>

class Clock;
class QWidget;

// What the clerk can do from any section (add a client, a debt, record a payment ...): opens
// the right dialog, reports refusals in words, and announces every change so the window
// refreshes its lists and totals.
class ClerkActions : public QObject
{
    Q_OBJECT
public:
    ClerkActions(const Database &db, const Clock &clock, QWidget *dialogParent);

    void setMoraLevels(const MoraLevels &levels) { m_levels = levels; }

public slots:
    qint64 newClient();
    bool editClient(qint64 clientId);
    // Asks first; shows the domain's refusal when the client has debts.
    bool deleteClient(qint64 clientId);
    qint64 newDebt(qint64 clientId = 0);
    bool editDebt(qint64 debtId);
    // From a debt when debtId is set, else from a client when clientId is set, else asks.
    bool recordPayment(qint64 debtId = 0, qint64 clientId = 0);
    bool reversePayment(qint64 paymentId);
    bool loadExampleData();

signals:
    void changed();
    void clientSaved(qint64 clientId);
    void notice(const QString &text);

private:
    void showError(const QString &message);

    Database m_db;
    const Clock &m_clock;
    QWidget *m_parent;
    MoraLevels m_levels = MoraLevels::defaults();
};
