#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class QThread;

// The portfolio's database: opens (and creates) it, refuses files it must not touch, applies
// the numbered migrations, and hands each thread its own named connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    Database() = default;

    // Opens a SQLite file, creating it when missing, or a PostgreSQL database given as
    // postgresql://user@host:port/name (the password comes from options.password or
    // PGPASSFILE, never the address).
    // Refuses, without changing a byte, a file that is not a Cartera database, a damaged one,
    // one written by a newer Cartera, or one it cannot write. An older SQLite database is
    // copied aside, then migrated.
    //
    // The full integrity check reads every page of the file (most of a second at a million
    // debts). With IntegrityCheck::BeforeMigrating it runs at open only when the file is about
    // to be migrated; the caller must then run checkIntegrity() itself before it writes —
    // the desktop does so on a worker thread while its first window paints.
    enum class IntegrityCheck { AtOpen, BeforeMigrating };
    struct Options
    {
        QString connectionName = QStringLiteral("cartera");
        int busyTimeoutMs = 5000; // how long to wait for another writer's lock
        IntegrityCheck integrityCheck = IntegrityCheck::AtOpen;
        // PostgreSQL only: the password read from the keychain, handed to the driver and
        // nowhere else (never the address, never a message). Empty: libpq reads PGPASSFILE.
        QString password;
        // PostgreSQL: a connection idle this long is checked (one round trip) before it is
        // used again, so that the first action after a server restart already gets a new one.
        int checkAfterIdleMs = 2000;
    };
    // Whether a location is a PostgreSQL server's address rather than a file.
    static bool isServerAddress(const QString &location);
    static Result<Database> open(const QString &location, const Options &options);
    static Result<Database> open(const QString &location) { return open(location, Options()); }

    // <AppDataLocation>/cartera.sqlite
    static QString defaultLocation();
    static int latestSchemaVersion();
    // PostgreSQL: every committed write transaction notifies this channel, so that the other
    // desktops sharing the database can show the change (QSqlDriver::subscribeToNotification).
    static constexpr const char *changesChannel() { return "cartera_changes"; }

    bool isValid() const { return !m_baseName.isEmpty(); }
    QString location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }
    // Where the copy made before the last migration went; empty when none was needed.
    QString backupBeforeMigration() const { return m_backupPath; }

    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;
    QString connectionName() const;

    int schemaVersion() const;

    // SQLite's quick_check on the calling thread's connection: fails with the same "damaged"
    // message as open() when the file is damaged. Always passes on PostgreSQL, whose server
    // keeps its own files sound.
    Result<void> checkIntegrity() const;
    // SQLite's quick_check on any connection: what it found wrong (empty when the file is
    // sound), or a failure carrying SQLite's text when it could not even run.
    static Result<QStringList> integrityProblems(QSqlDatabase &db);

    // Closes this thread's connection (and, from the opening thread, the main one).
    void close() const;

    // Opens this thread's connection again after the server dropped it (PostgreSQL restart,
    // terminated session), listening again to the notification channels the lost session
    // listened to. connection() does it itself when no transaction is open on this thread
    // and the driver saw the loss (or the check after an idle pause did). False when the
    // server cannot be reached.
    bool reopen() const;
    // Whether the server closed this thread's connection, as far as the driver has seen
    // (it reads the socket when a notification may arrive). Sends nothing to the server, so
    // it cannot block on a silent network cut.
    bool connectionLost() const;
    // How many times this thread's connection was opened again: what was notified while it
    // was lost never arrived, so a listener that sees this change reads everything again.
    int reopenCount() const;

    // A user-facing failure for a database error; `action` says what was being done.
    Failure failure(const QSqlError &error, const QString &action) const;

private:
    static Result<Database> openSqlite(const QString &location, const Options &options);
    static Result<Database> openPostgres(const QString &location, const Options &options);
    static bool configure(QSqlDatabase &db, SqlDialect::Kind kind, int busyTimeoutMs, QString *error);
    Result<int> readSchemaVersion(QSqlDatabase &db) const;
    static Result<void> quickCheck(QSqlDatabase &db, const QString &shown);
    Result<void> migrate(QSqlDatabase &db, int fromVersion) const;

    QString m_location;
    QString m_shown; // the location as the user reads it (native separators, no password)
    QString m_baseName;
    SqlDialect m_dialect;
    QString m_backupPath;
    QThread *m_ownerThread = nullptr;
    int m_busyTimeoutMs = 5000;
    int m_checkAfterIdleMs = 2000;
};

// A write transaction that rolls back unless committed. Opened while another is open on the
// same connection, it becomes a savepoint inside it, so repositories that guard their own
// writes can also run inside a larger one (an import, an anonymisation). When the server
// dropped the connection before an outermost transaction began (nothing written yet), it
// reopens the connection and begins once more.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool started() const { return m_started; }
    const QSqlError &error() const { return m_error; }
    bool commit();

private:
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_savepoint; // set when nested
    bool m_started = false;
    bool m_done = false;
    QSqlError m_error;
};

// A read-only transaction, so that several statements read one snapshot of the data (a report
// built from separate statements adds up). Inside a transaction already open on this thread's
// connection it does nothing: that one's view holds.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // False (with error()) when the transaction could not begin.
    bool ok() const { return !m_error.isValid(); }
    const QSqlError &error() const { return m_error; }

private:
    QString m_connectionName;
    bool m_began = false;
    QSqlError m_error;
};
