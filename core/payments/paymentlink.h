#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// A payment link Cartera gave a client: for the exact balance of one debt, or of several debts
// of one client, at one gateway, until it expires or the balance changes.
struct PaymentLink
{
    enum class State { Open, Replaced, Paid };

    qint64 id = 0;
    QString gateway;       // "wompi"
    QString gatewayLinkId; // the gateway's id, e.g. "test_abc123"
    QUrl url;              // what the client opens
    qint64 clientId = 0;
    QList<qint64> debtIds; // ascending
    Money amount;
    QDateTime expiresAt; // UTC
    State state = State::Open;
    QDateTime createdAt;
    QDateTime replacedAt;

    static QString stateCode(State state);
    static State stateFromCode(const QString &code);
    // "12,15": the sorted ids, one open link per set of debts.
    static QString debtKey(QList<qint64> debtIds);
};

// What a link must collect now: the open debts it covers with their current balances.
struct LinkPlan
{
    struct Share
    {
        qint64 debtId = 0;
        QString reference;
        QDate dueDate;
        Money balance;
    };
    qint64 clientId = 0;
    QString clientName;
    QList<Share> debts; // by due date
    Money total;

    QList<qint64> debtIds() const;
    QStringList references() const;
};

// What recording one gateway transaction did.
struct TransactionOutcome
{
    enum class Kind {
        Recorded,        // newly recorded (payments, flags, or a declined attempt in the history)
        AlreadyRecorded, // recorded before, by this program or another: nothing changed
        Pending,         // not final yet: nothing recorded, asked again next time
    };
    Kind kind = Kind::Pending;
    QString transactionId;
    QString status; // "APPROVED", "DECLINED" ...
    qint64 clientId = 0;
    QString clientName;
    QStringList references; // the debts paid
    Money applied;          // recorded as payments
    Money flagged;          // left for the clerk
    QString flagReason;
    QList<qint64> paymentIds;
};

// A transaction a clerk should look at: part or all of it could not be applied.
struct FlaggedTransaction
{
    qint64 id = 0;
    QString gateway;
    QString transactionId;
    qint64 clientId = 0;
    QString clientName;
    QString methodType;
    Money amount;
    Money applied;
    Money flagged;
    QString reason;
    QDateTime recordedAt;
};
