#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace {

struct Migration
{
    int version = 0;
    QString path;
};

QList<Migration> embeddedMigrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0)
            list.append({version, dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

// Splits a migration into statements: each ends with ';' at the end of a line; a
// CREATE TRIGGER runs until its "END;".
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : sql.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// Open write transactions per connection of this thread (connections are per thread).
thread_local QHash<QString, int> t_transactionDepth;

// When each of this thread's connections was last handed out (monotonicMs()).
thread_local QHash<QString, qint64> t_lastUsed;
// Per connection: how many times it was opened again after a loss, and the notification
// channels it listened to when a reopen failed (to listen again once one succeeds).
thread_local QHash<QString, int> t_reopened;
thread_local QHash<QString, QStringList> t_channels;

qint64 monotonicMs()
{
    static QElapsedTimer timer;
    static const bool started = (timer.start(), true);
    Q_UNUSED(started);
    return timer.elapsed();
}

// The named connection without reopening it: QSqlDatabase::database() would silently open a
// new session for a dropped one, and a transaction would go on in autocommit half-way.
QSqlDatabase existingConnection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// A COMMIT whose answer the dropped connection never brought back.
constexpr char kCommitUnknown[] = "cartera-commit-unknown";

// What a statement on a connection the server dropped reports (QSqlQuery says nothing then).
QSqlError lostConnectionError()
{
    return QSqlError(QStringLiteral("no connection to the server"), QString(),
                     QSqlError::ConnectionError);
}

QString threadSuffix()
{
    return QStringLiteral("@%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
}

} // namespace

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cartera.sqlite"));
}

int Database::latestSchemaVersion()
{
    const auto migrations = embeddedMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

bool Database::configure(QSqlDatabase &db, SqlDialect::Kind kind, int busyTimeoutMs,
                         QString *error)
{
    QSqlQuery q(db);
    if (kind == SqlDialect::Kind::PostgreSQL) {
        // A row lock held longer than this by another clerk fails instead of hanging.
        if (!q.exec(QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                                  QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  // 64 MB of page cache: a large portfolio's indexes stay in memory.
                                  // (No memory map: it made SQLite's reads cheaper, but the
                                  // system maps pages around each one read, and a status-bar
                                  // total at a million debts grew the program to 250 MB.)
                                  QStringLiteral("PRAGMA cache_size = -65536")}) {
        if (!q.exec(pragma)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

Result<Database> Database::open(const QString &location, const Options &options)
{
    if (isServerAddress(location))
        return openPostgres(location, options);
    return openSqlite(location, options);
}

Result<Database> Database::openSqlite(const QString &location, const Options &options)
{
    const QString &connectionName = options.connectionName;
    const QString path = QFileInfo(location).absoluteFilePath();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);

    if (info.exists() && info.isDir())
        return Failure{tr("%1 is a folder, not a database file. Choose a file with --database.")
                           .arg(shown),
                       ErrorCode::Storage};

    const bool existed = info.exists() && info.size() > 0;
    if (existed) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Failure{tr("Cartera cannot read %1: %2. Check the file's permissions.")
                               .arg(shown, file.errorString()),
                           ErrorCode::Storage};
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Failure{tr("%1 is not a Cartera database (it is not a SQLite file). Nothing "
                              "was changed. Choose the right file with --database.")
                               .arg(shown),
                           ErrorCode::Storage};
        // Checked before SQLite touches the file: a read-only WAL database cannot even be read.
        const QFileInfo folder(info.absolutePath());
        if (!info.isWritable() || !folder.isWritable())
            return Failure{tr("Cartera cannot write to %1 (%2 is read-only). Check that the file "
                              "and its folder are not read-only.")
                               .arg(shown, QDir::toNativeSeparators(info.isWritable()
                                                                        ? folder.filePath()
                                                                        : path)),
                           ErrorCode::Storage};
    } else if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Failure{tr("Cartera cannot create the folder %1 for its database. Check the "
                              "permissions, or choose another file with --database.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())),
                           ErrorCode::Storage};
    }

    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);

    Database result;
    result.m_location = path;
    result.m_shown = shown;
    result.m_baseName = connectionName;
    result.m_dialect = SqlDialect(SqlDialect::Kind::SQLite);
    result.m_ownerThread = QThread::currentThread();
    result.m_busyTimeoutMs = options.busyTimeoutMs;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    auto fail = [&](const Failure &failure) -> Result<Database> {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure;
    };
    if (!db.open())
        return fail({tr("Cartera cannot open %1: %2").arg(shown, db.lastError().text()),
                     ErrorCode::Storage});

    // Only reads until the file is known to be ours, sound and not too new.
    const bool checkNow = options.integrityCheck == IntegrityCheck::AtOpen;
    if (existed && checkNow) {
        if (auto sound = quickCheck(db, shown); !sound)
            return fail(sound.failure());
    }
    const auto version = result.readSchemaVersion(db);
    if (!version)
        return fail(version.failure());
    if (existed && !checkNow && version.value() > 0 && version.value() < latestSchemaVersion()) {
        // A damaged file must not be copied and migrated as if it were sound.
        if (auto sound = quickCheck(db, shown); !sound)
            return fail(sound.failure());
    }

    // Take the write lock once now: a read-only file or folder, or another program holding
    // the lock, is reported before anything is changed.
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            const QSqlError error = q.lastError();
            if (result.m_dialect.isBusy(error))
                return fail({tr("%1 is locked by another program (perhaps another Cartera). "
                                "Close it and try again.")
                                 .arg(shown),
                             ErrorCode::Busy});
            return fail({tr("Cartera cannot write to %1 (%2). Check that the file and its folder "
                            "are not read-only.")
                             .arg(shown, error.databaseText()),
                         ErrorCode::Storage});
        }
        q.exec(QStringLiteral("ROLLBACK"));
    }

    {
        QString pragmaError;
        QSqlQuery wal(db);
        const bool walSet = wal.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        wal.finish(); // an unfinished statement would block the migrations' COMMIT
        if (!walSet || !configure(db, SqlDialect::Kind::SQLite, options.busyTimeoutMs, &pragmaError))
            return fail({tr("Cartera cannot prepare %1: %2")
                             .arg(shown, pragmaError.isEmpty() ? wal.lastError().text() : pragmaError),
                         ErrorCode::Storage});
    }

    if (version.value() > 0 && version.value() < latestSchemaVersion()) {
        const QString backup = QStringLiteral("%1.before-v%2-%3.bak")
                                   .arg(path)
                                   .arg(latestSchemaVersion())
                                   .arg(QDateTime::currentDateTimeUtc().toString(
                                       QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backup);
        if (!q.exec())
            return fail({tr("Cartera must copy %1 before updating it, and the copy failed: %2. "
                            "Nothing was changed.")
                             .arg(shown, q.lastError().text()),
                         ErrorCode::Storage});
        result.m_backupPath = backup;
    }

    if (auto migrated = result.migrate(db, version.value()); !migrated)
        return fail(migrated.failure());
    return result;
}

Result<Database> Database::openPostgres(const QString &location, const Options &options)
{
    const QString &connectionName = options.connectionName;
    const QUrl url(location);
    if (!url.isValid() || url.host().isEmpty())
        return Failure{tr("\"%1\" is not a valid PostgreSQL address. Write it like "
                          "postgresql://user@host:5432/cartera.")
                           .arg(url.toString(QUrl::RemovePassword)),
                       ErrorCode::Invalid};
    if (!url.password().isEmpty())
        return Failure{tr("Do not write the password in the database address: it would be "
                          "visible to other programs. Keep it in the keychain or in a PGPASSFILE."),
                       ErrorCode::Invalid};
    const QString shown = url.toString(QUrl::RemovePassword);
    QString name = url.path();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("cartera");

    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);

    Database result;
    result.m_location = shown;
    result.m_shown = shown;
    result.m_baseName = connectionName;
    result.m_dialect = SqlDialect(SqlDialect::Kind::PostgreSQL);
    result.m_ownerThread = QThread::currentThread();
    result.m_busyTimeoutMs = options.busyTimeoutMs;
    result.m_checkAfterIdleMs = options.checkAfterIdleMs;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(name);
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    // A password from the keychain goes to the driver only; without one, libpq reads
    // PGPASSFILE or ~/.pgpass.
    if (!options.password.isEmpty())
        db.setPassword(options.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=cartera"));
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    auto fail = [&](const Failure &failure) -> Result<Database> {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure;
    };
    if (!db.open())
        return fail({tr("Cartera cannot connect to the PostgreSQL server at %1: %2. Check the "
                        "address, that the server is running, and the password file.")
                         .arg(shown, db.lastError().databaseText().trimmed()),
                     ErrorCode::Storage});
    QString configureError;
    if (!configure(db, SqlDialect::Kind::PostgreSQL, options.busyTimeoutMs, &configureError))
        return fail({tr("Cartera cannot prepare %1: %2").arg(shown, configureError), ErrorCode::Storage});

    const auto version = result.readSchemaVersion(db);
    if (!version)
        return fail(version.failure());
    if (auto migrated = result.migrate(db, version.value()); !migrated)
        return fail(migrated.failure());
    return result;
}

Result<QStringList> Database::integrityProblems(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return Failure{q.lastError().databaseText(), ErrorCode::Storage};
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (problems == QStringList{QStringLiteral("ok")})
        problems.clear();
    return problems;
}

Result<void> Database::quickCheck(QSqlDatabase &db, const QString &shown)
{
    const auto problems = integrityProblems(db);
    if (!problems)
        return Failure{tr("%1 is damaged and cannot be read (%2). Nothing was changed. Restore "
                          "your latest backup.")
                           .arg(shown, problems.error()),
                       ErrorCode::Storage};
    if (!problems->isEmpty())
        return Failure{tr("%1 is damaged (integrity check: %2). Nothing was changed. Restore "
                          "your latest backup.")
                           .arg(shown, problems->mid(0, 3).join(QStringLiteral("; "))),
                       ErrorCode::Storage};
    return {};
}

Result<void> Database::checkIntegrity() const
{
    if (!m_dialect.isSQLite())
        return {};
    QSqlDatabase db = connection();
    return quickCheck(db, m_shown);
}

Result<int> Database::readSchemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const QString listTables = m_dialect.isSQLite()
        ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
        : QStringLiteral("SELECT table_name FROM information_schema.tables "
                         "WHERE table_schema = current_schema()");
    if (!q.exec(listTables))
        return Failure{tr("%1 cannot be read: %2").arg(m_shown, q.lastError().text()),
                       ErrorCode::Storage};
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QStringLiteral("cartera_meta")))
        return Failure{tr("%1 is a database of another program, not of Cartera. Nothing was "
                          "changed. Choose the right file with --database.")
                           .arg(m_shown),
                       ErrorCode::Storage};
    if (!q.exec(QStringLiteral("SELECT value FROM cartera_meta WHERE key = 'schema_version'"))
        || !q.next())
        return Failure{tr("%1 is not a Cartera database: it has no schema version. Nothing was "
                          "changed.")
                           .arg(m_shown),
                       ErrorCode::Storage};
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestSchemaVersion())
        return Failure{tr("%1 was written by a newer version of Cartera (database version %2; "
                          "this program reads up to version %3). Nothing was changed. Install "
                          "the newer Cartera to open it.")
                           .arg(m_shown)
                           .arg(version)
                           .arg(latestSchemaVersion()),
                       ErrorCode::Storage};
    return version;
}

Result<void> Database::migrate(QSqlDatabase &db, int fromVersion) const
{
    int version = fromVersion;
    for (const Migration &migration : embeddedMigrations()) {
        if (migration.version <= version)
            continue;
        QFile file(migration.path);
        file.open(QIODevice::ReadOnly);
        const QString sql = m_dialect.translateMigration(QString::fromUtf8(file.readAll()));
        QSqlQuery q(db);
        if (!q.exec(m_dialect.beginWriteStatement()))
            return failure(q.lastError(), tr("updating the database"));
        auto rollback = [&](const Failure &f) -> Result<void> {
            q.exec(QStringLiteral("ROLLBACK"));
            return f;
        };
        if (!m_dialect.isSQLite()) {
            // Two programs starting at once on one server: the second waits, then sees the
            // schema already migrated.
            if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)")))
                return rollback(failure(q.lastError(), tr("updating the database")));
            q.finish();
            const auto current = readSchemaVersion(db);
            if (!current)
                return rollback(current.failure());
            if (current.value() >= migration.version) {
                q.exec(QStringLiteral("COMMIT"));
                version = current.value();
                continue;
            }
        }
        for (const QString &statement : splitStatements(sql)) {
            if (!q.exec(statement)) {
                const QSqlError error = q.lastError();
                return rollback({tr("Updating the database to version %1 failed: %2. The database "
                                    "was left as it was.")
                                     .arg(migration.version)
                                     .arg(error.text()),
                                 ErrorCode::Storage});
            }
        }
        q.prepare(QStringLiteral("INSERT INTO cartera_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("application"), QStringLiteral("cartera")},
              std::pair{QStringLiteral("schema_version"), QString::number(migration.version)}}) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return rollback(failure(q.lastError(), tr("updating the database")));
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError error = q.lastError();
            return rollback(failure(error, tr("updating the database")));
        }
        version = migration.version;
    }
    return {};
}

QString Database::connectionName() const
{
    if (QThread::currentThread() == m_ownerThread)
        return m_baseName;
    return m_baseName + threadSuffix();
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        // The PostgreSQL driver reports a connection the server dropped as closed. Outside a
        // transaction a new session is opened; inside one the loss must surface to its end
        // (nothing of it was kept), never go on half-way in a fresh session.
        if (t_transactionDepth.value(name) == 0 && !m_dialect.isSQLite()) {
            QSqlDatabase db = existingConnection(name);
            const qint64 now = monotonicMs();
            const qint64 idle = now - t_lastUsed.value(name, now);
            t_lastUsed.insert(name, now);
            bool lost = !db.isOpen();
            if (!lost && idle >= m_checkAfterIdleMs) {
                // A restart while the clerk was away shows only when the socket is used.
                QSqlQuery ping(db);
                lost = !ping.exec(QStringLiteral("SELECT 1"))
                       && m_dialect.isConnectionLost(ping.lastError());
            }
            if (lost)
                reopen();
        }
        return existingConnection(name);
    }
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_baseName, name);
    if (db.open()) {
        QString error;
        if (!m_dialect.isSQLite())
            db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        configure(db, m_dialect.kind(), m_busyTimeoutMs, &error);
    }
    return db;
}

bool Database::reopen() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return connection().isOpen();
    QSqlDatabase db = existingConnection(name);
    // What the lost session listened to (LISTEN belongs to a session): listened to again in
    // the new one, so that a desktop keeps seeing the other clerks' changes.
    QStringList channels = db.driver() ? db.driver()->subscribedToNotifications() : QStringList();
    if (channels.isEmpty())
        channels = t_channels.value(name);
    db.close();
    // The server's session, with any transaction in it, is gone.
    t_transactionDepth.remove(name);
    QString error;
    if (!db.open() || !configure(db, m_dialect.kind(), m_busyTimeoutMs, &error)) {
        db.close();
        if (!channels.isEmpty())
            t_channels.insert(name, channels);
        return false;
    }
    t_channels.remove(name);
    for (const QString &channel : std::as_const(channels))
        db.driver()->subscribeToNotification(channel);
    ++t_reopened[name];
    return true;
}

bool Database::connectionLost() const
{
    const QString name = connectionName();
    return !m_dialect.isSQLite() && QSqlDatabase::contains(name)
           && !existingConnection(name).isOpen();
}

int Database::reopenCount() const
{
    return t_reopened.value(connectionName());
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT value FROM cartera_meta WHERE key = 'schema_version'"))
        && q.next())
        return q.value(0).toInt();
    return 0;
}

void Database::close() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Failure Database::failure(const QSqlError &error, const QString &action) const
{
    if (error.nativeErrorCode() == QLatin1String(kCommitUnknown))
        return {tr("The connection to the database server was lost while %1, at the very "
                   "moment of confirming; it may or may not have been kept. Look before entering "
                   "it again.")
                    .arg(action),
                ErrorCode::Storage};
    if (m_dialect.isConnectionLost(error)
        || (!m_dialect.isSQLite() && !existingConnection(connectionName()).isOpen())) {
        // The server rolled back whatever the dropped session had begun; the next operation
        // on this thread opens a new connection.
        return {tr("The connection to the database server was lost; nothing was saved. Try "
                   "again."),
                ErrorCode::Storage};
    }
    if (m_dialect.isBusy(error))
        return {tr("The database is busy with another program or Cartera window while %1. "
                   "Nothing was saved; try again in a moment.")
                    .arg(action),
                ErrorCode::Busy};
    return {tr("The database failed while %1: %2. Nothing was saved.")
                .arg(action, error.databaseText().isEmpty() ? error.text() : error.databaseText()),
            ErrorCode::Storage};
}

WriteTransaction::WriteTransaction(const Database &db)
    : m_connectionName(db.connectionName()), m_dialect(db.dialect())
{
    QSqlDatabase connection = db.connection();
    const int depth = t_transactionDepth.value(m_connectionName);
    if (depth > 0)
        m_savepoint = QStringLiteral("cartera_sp%1").arg(depth);
    const QString begin = m_savepoint.isEmpty() ? db.dialect().beginWriteStatement()
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    QSqlQuery q(connection);
    m_started = q.exec(begin);
    const bool lost = !m_started
                      && (m_dialect.isConnectionLost(q.lastError()) || !connection.isOpen());
    if (lost && m_savepoint.isEmpty()) {
        // Dropped before anything was written: a new session, and one more try.
        if (db.reopen()) {
            QSqlQuery again(db.connection());
            m_started = again.exec(begin);
            if (!m_started)
                m_error = again.lastError();
        } else {
            m_error = q.lastError();
        }
    } else if (!m_started) {
        m_error = q.lastError();
    }
    if (m_started)
        ++t_transactionDepth[m_connectionName];
    else if (!connection.isOpen())
        m_error = lostConnectionError();
}

WriteTransaction::~WriteTransaction()
{
    if (m_started && !m_done) {
        const QSqlDatabase connection = existingConnection(m_connectionName);
        QSqlQuery q(connection);
        if (!connection.isOpen()) {
            // Dropped by the server, which rolled the transaction back itself.
        } else if (m_savepoint.isEmpty()) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
            q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        }
        --t_transactionDepth[m_connectionName];
    }
}

bool WriteTransaction::commit()
{
    const QSqlDatabase connection = existingConnection(m_connectionName);
    QSqlQuery q(connection);
    if (m_started && !m_done)
        --t_transactionDepth[m_connectionName];
    if (!connection.isOpen()) {
        // The server dropped the session: it rolled the whole transaction back.
        m_error = lostConnectionError();
        m_done = true;
        return false;
    }
    if (!m_savepoint.isEmpty()) {
        m_done = q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        if (!m_done) {
            m_error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
            q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
            m_done = true;
            return false;
        }
        return true;
    }
    // On a server, the other desktops hear of the change when it commits (LISTEN in
    // MainWindow) and refresh their lists.
    if (!m_dialect.isSQLite())
        q.exec(QStringLiteral("NOTIFY ") + QLatin1String(Database::changesChannel()));
    m_done = q.exec(QStringLiteral("COMMIT"));
    if (!m_done) {
        m_error = q.lastError();
        if (m_dialect.isConnectionLost(m_error) || !connection.isOpen()) {
            // The COMMIT went out and the answer did not come back: it may have been kept.
            m_error = QSqlError(m_error.driverText(), m_error.databaseText(),
                                QSqlError::ConnectionError, QString::fromLatin1(kCommitUnknown));
            m_done = true;
            return false;
        }
        q.exec(QStringLiteral("ROLLBACK"));
        m_done = true;
        return false;
    }
    return true;
}

ReadSnapshot::ReadSnapshot(const Database &db) : m_connectionName(db.connectionName())
{
    QSqlDatabase connection = db.connection();
    if (t_transactionDepth.value(m_connectionName) > 0)
        return;
    QSqlQuery q(connection);
    m_began = q.exec(db.dialect().beginReadStatement());
    if (!m_began) {
        m_error = connection.isOpen() ? q.lastError() : lostConnectionError();
        return;
    }
    // Counted as an open transaction, so that connection() does not replace the connection
    // under it. Nothing may write inside it (PostgreSQL refuses: it is read-only).
    ++t_transactionDepth[m_connectionName];
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_began)
        return;
    --t_transactionDepth[m_connectionName];
    const QSqlDatabase connection = existingConnection(m_connectionName);
    if (connection.isOpen())
        QSqlQuery(connection).exec(QStringLiteral("COMMIT"));
}
