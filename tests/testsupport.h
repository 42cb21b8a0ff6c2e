#pragma once

// Small helpers shared by the tests: a fresh database in a temporary folder, and valid
// clients and debts to fill it with.

#include "client.h"
#include "clientrepository.h"
#include "database.h"
#include "debt.h"
#include "debtrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace TestSupport {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline Database openDatabase(const QString &path, const QString &connection = QStringLiteral("test"))
{
    Database::Options options;
    options.connectionName = connection;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("cannot open test database %s: %s", qPrintable(path), qPrintable(db.error()));
    return db.value();
}

inline Client makeClient(const QString &name, const QString &cedula,
                         const QString &phone = QStringLiteral("300 123 4567"))
{
    Client c;
    c.name = name;
    c.document = IdentityDocument::parse(IdentityDocument::Type::CC, cedula).value();
    c.whatsapp = PhoneNumber::parse(phone).value();
    return c;
}

inline Debt makeDebt(qint64 clientId, const QString &reference, const QDate &due, qint64 pesos)
{
    Debt d;
    d.clientId = clientId;
    d.reference = reference;
    d.issueDate = due.addDays(-30);
    d.dueDate = due;
    d.amount = Money::fromPesos(pesos);
    return d;
}

} // namespace TestSupport
