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
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QtTest>

namespace TestSupport {

// The repository tests run twice: on SQLite files, and (CTest's pg/ tests) on a fresh
// database of the throwaway PostgreSQL cluster that scripts/test.sh starts.
inline bool onPostgres()
{
    return qEnvironmentVariable("CARTERA_TEST_BACKEND") == QLatin1String("postgresql");
}

// Points this process (and the children it starts) at a private data folder under `home`,
// with no D-Bus session: the credential store then keeps its secrets in its private file
// there, as it does on a machine without a keychain.
inline void usePrivateHome(const QTemporaryDir &home)
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
    QCoreApplication::setApplicationName(QStringLiteral("Cartera"));
}

// Creates an empty PostgreSQL database and returns its address.
inline QString freshPostgresDatabase()
{
    const QString admin = qEnvironmentVariable("CARTERA_TEST_POSTGRES");
    if (admin.isEmpty())
        qFatal("CARTERA_TEST_POSTGRES is not set: run the suite with scripts/test.sh, which "
               "starts the PostgreSQL cluster");
    const QString name = QStringLiteral("t_")
                         + QUuid::createUuid().toString(QUuid::Id128).left(20).toLower();
    {
        QUrl url(admin);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgadmin"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgadmin"));
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A fresh database: the SQLite file at path, or a new PostgreSQL database on the pg/ run.
inline Database openDatabase(const QString &path, const QString &connection = QStringLiteral("test"))
{
    Database::Options options;
    options.connectionName = connection;
    auto db = Database::open(onPostgres() ? freshPostgresDatabase() : path, options);
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
