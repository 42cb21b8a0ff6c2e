#include "backupservice.h"

#include "clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace {

const QString stampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

const QRegularExpression &backupName()
{
    static const QRegularExpression re(
        QStringLiteral("^cartera-(auto|manual)-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"));
    return re;
}

// A connection of its own for one job, removed when the job ends, so that a backup or a
// check never shares a transaction with the program's connections.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("cartera-backup-%1")
                     .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupService::BackupService(const Database &db, const Clock &clock, const Policy &policy)
    : m_db(db), m_clock(clock), m_policy(policy)
{
}

bool BackupService::canCopy() const
{
    return m_db.dialect().isSQLite();
}

Result<QString> BackupService::backupNow()
{
    return makeCopy(QStringLiteral("manual"));
}

Result<QString> BackupService::runDailyIfDue()
{
    // A server's database is backed up on the server, not by each desktop.
    if (!canCopy())
        return QString();
    const QDate today = m_clock.today();
    for (const Backup &backup : backups()) {
        if (backup.automatic && backup.taken.date() == today)
            return QString();
    }
    auto copy = makeCopy(QStringLiteral("auto"));
    if (!copy)
        return copy;
    auto rotated = rotate();
    if (!rotated)
        return rotated.failure();
    return copy;
}

Result<QString> BackupService::makeCopy(const QString &kind)
{
    if (!canCopy())
        return Failure{tr("The database is on a PostgreSQL server: Cartera cannot copy it into "
                          "a backup file. Back it up on the server (for example with pg_dump)."),
                       ErrorCode::Invalid};
    const QString folder = m_policy.folder;
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return Failure{tr("Cartera cannot create the backup folder %1. Choose another folder in "
                          "Settings › Backups.")
                           .arg(shown(folder)),
                       ErrorCode::Storage};
    const QDir dir(folder);
    QDateTime stamp = m_clock.localNow();
    QString target;
    // Two copies within one second get names a second apart rather than overwriting.
    do {
        target = dir.filePath(
            QStringLiteral("cartera-%1-%2.sqlite").arg(kind, stamp.toString(stampFormat)));
        stamp = stamp.addSecs(1);
    } while (QFileInfo::exists(target));

    // Written under a temporary name, so that a half-written copy never looks like a backup.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        ScopedConnection connection(m_db.location(), false);
        if (!connection.isOpen())
            return Failure{
                tr("Cartera cannot read the database to back it up: %1").arg(connection.error()),
                ErrorCode::Storage};
        QSqlQuery q(connection.db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            q.finish();
            QFile::remove(partial);
            return Failure{tr("The backup to %1 failed: %2. Check that the folder is writable "
                              "and the disk is not full.")
                               .arg(shown(folder), error),
                           ErrorCode::Storage};
        }
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Failure{tr("The backup could not be saved as %1. Check the folder's permissions.")
                           .arg(shown(target)),
                       ErrorCode::Storage};
    }
    return target;
}

QList<BackupService::Backup> BackupService::backups() const
{
    QList<Backup> list;
    const QDir dir(m_policy.folder);
    for (const QString &name : dir.entryList({QStringLiteral("cartera-*.sqlite")}, QDir::Files)) {
        const auto match = backupName().match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime local = QDateTime::fromString(match.captured(2), stampFormat);
        if (!local.isValid())
            continue;
        Backup backup;
        backup.path = dir.filePath(name);
        backup.taken = QDateTime(local.date(), local.time(), m_clock.timeZone());
        backup.automatic = match.captured(1) == QLatin1String("auto");
        list.append(backup);
    }
    std::sort(list.begin(), list.end(), [](const Backup &a, const Backup &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return list;
}

Result<QStringList> BackupService::rotate()
{
    QList<Backup> automatic;
    for (const Backup &backup : backups()) {
        if (backup.automatic)
            automatic.append(backup);
    }

    // The newest copy of each of the last `daily` days; then the newest copy of each of the
    // `weekly` weeks before, where a week whose newest copy is already kept does not count.
    QSet<QString> keep;
    QDate lastDay;
    int days = 0;
    for (const Backup &backup : automatic) {
        if (days >= m_policy.daily)
            break;
        if (backup.taken.date() != lastDay) {
            lastDay = backup.taken.date();
            keep.insert(backup.path);
            ++days;
        }
    }
    int lastWeek = -1;
    int weeks = 0;
    for (const Backup &backup : automatic) {
        if (weeks >= m_policy.weekly)
            break;
        int year = 0;
        const int week = backup.taken.date().weekNumber(&year) + year * 100;
        if (week != lastWeek) {
            lastWeek = week;
            if (!keep.contains(backup.path)) {
                keep.insert(backup.path);
                ++weeks;
            }
        }
    }

    QStringList removed;
    QStringList failed;
    for (const Backup &backup : automatic) {
        if (keep.contains(backup.path))
            continue;
        if (QFile::remove(backup.path))
            removed.append(backup.path);
        else
            failed.append(QFileInfo(backup.path).fileName());
    }
    if (!failed.isEmpty())
        return Failure{tr("Old backups could not be deleted from %1 (%2). Check the folder's "
                          "permissions.")
                           .arg(shown(m_policy.folder), failed.join(QStringLiteral(", "))),
                       ErrorCode::Storage};
    return removed;
}

Result<BackupService::Verified> BackupService::verify(const QString &backupPath)
{
    const QString name = shown(backupPath);
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("The backup %1 cannot be read: %2.").arg(name, file.errorString()),
                       ErrorCode::NotFound};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Failure{tr("%1 is not a Cartera backup (it is not a SQLite file). Nothing was "
                          "changed.")
                           .arg(name),
                       ErrorCode::Invalid};
    file.close();

    ScopedConnection connection(backupPath, true);
    if (!connection.isOpen())
        return Failure{tr("The backup %1 cannot be opened: %2. Nothing was changed.")
                           .arg(name, connection.error()),
                       ErrorCode::Storage};
    QSqlDatabase db = connection.db();
    const auto problems = Database::integrityProblems(db);
    if (!problems)
        return Failure{tr("The backup %1 is damaged (%2). Nothing was changed; choose another "
                          "backup.")
                           .arg(name, problems.error()),
                       ErrorCode::Invalid};
    if (!problems->isEmpty())
        return Failure{tr("The backup %1 is damaged (integrity check: %2). Nothing was changed; "
                          "choose another backup.")
                           .arg(name, problems->mid(0, 3).join(QStringLiteral("; "))),
                       ErrorCode::Invalid};

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM cartera_meta")))
        return Failure{tr("%1 is not a Cartera backup: it has no Cartera information. Nothing "
                          "was changed.")
                           .arg(name),
                       ErrorCode::Invalid};
    QString application;
    int version = 0;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1String("schema_version"))
            version = q.value(1).toInt();
    }
    if (application != QLatin1String("cartera") || version <= 0)
        return Failure{tr("%1 is not a Cartera backup: it has no schema version. Nothing was "
                          "changed.")
                           .arg(name),
                       ErrorCode::Invalid};
    if (version > Database::latestSchemaVersion())
        return Failure{tr("The backup %1 was made by a newer version of Cartera (database "
                          "version %2; this program reads up to version %3). Install the newer "
                          "Cartera to restore it. Nothing was changed.")
                           .arg(name)
                           .arg(version)
                           .arg(Database::latestSchemaVersion()),
                       ErrorCode::Invalid};

    Verified verified;
    verified.schemaVersion = version;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) && q.next())
        verified.clients = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM debts")) && q.next())
        verified.debts = q.value(0).toLongLong();
    return verified;
}

Result<QString> BackupService::restore(const QString &databasePath, const QString &backupPath,
                                       const Clock &clock)
{
    auto verified = verify(backupPath);
    if (!verified)
        return verified.failure();

    const QString current = QFileInfo(databasePath).absoluteFilePath();
    QString aside;
    if (QFileInfo::exists(current)) {
        // Fold the write-ahead log into the file, so that the file put aside is complete, and
        // make sure nobody else is using it.
        {
            ScopedConnection connection(current, false);
            if (!connection.isOpen())
                return Failure{tr("Cartera cannot open %1 to replace it: %2. Nothing was "
                                  "changed.")
                                   .arg(shown(current), connection.error()),
                               ErrorCode::Storage};
            QSqlQuery q(connection.db());
            const bool checkpointed = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
                                      && q.next() && q.value(0).toInt() == 0;
            q.finish();
            const bool unlocked = checkpointed && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (unlocked)
                q.exec(QStringLiteral("ROLLBACK"));
            if (!unlocked)
                return Failure{tr("The database %1 is still in use (another Cartera window or "
                                  "the reminder run). Close it and try again. Nothing was "
                                  "changed.")
                                   .arg(shown(current)),
                               ErrorCode::Busy};
        }
        aside = QStringLiteral("%1.before-restore-%2")
                    .arg(current, clock.localNow().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (QFileInfo::exists(aside) || !QFile::rename(current, aside))
            return Failure{tr("Cartera cannot move %1 aside before restoring. Check the folder's "
                              "permissions. Nothing was changed.")
                               .arg(shown(current)),
                           ErrorCode::Storage};
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(current + suffix))
                QFile::rename(current + suffix, aside + suffix);
        }
    }

    const QString restoring = current + QStringLiteral(".restoring");
    QFile::remove(restoring);
    if (!QFile::copy(backupPath, restoring) || !QFile::rename(restoring, current)) {
        QFile::remove(restoring);
        if (!aside.isEmpty())
            QFile::rename(aside, current);
        return Failure{tr("The backup could not be copied to %1. The database was left as it "
                          "was; check the free disk space and the folder's permissions.")
                           .arg(shown(current)),
                       ErrorCode::Storage};
    }
    // The restored file gets the permissions the replaced one had (a copy keeps the backup's).
    QFile(current).setPermissions(aside.isEmpty() ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  : QFile::permissions(aside));
    return aside;
}

namespace {
QString restoreNotePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".restore-request");
}
} // namespace

Result<void> BackupService::requestRestore(const QString &databasePath, const QString &backupPath)
{
    if (Database::isServerAddress(databasePath))
        return Failure{tr("The database is on a PostgreSQL server: a backup file cannot replace "
                          "it. Restore it on the server (for example with pg_restore), or copy "
                          "the file into a new, empty server database with cartera "
                          "--migrate-to. Nothing was changed."),
                       ErrorCode::Invalid};
    if (auto verified = verify(backupPath); !verified)
        return verified.failure();
    QFile note(restoreNotePath(databasePath));
    if (!note.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || note.write(QFileInfo(backupPath).absoluteFilePath().toUtf8()) < 0)
        return Failure{tr("Cartera cannot write %1 to restore the copy at the next start: %2.")
                           .arg(QDir::toNativeSeparators(note.fileName()), note.errorString()),
                       ErrorCode::Storage};
    return {};
}

Result<QString> BackupService::applyPendingRestore(const QString &databasePath, const Clock &clock)
{
    QFile note(restoreNotePath(databasePath));
    if (!note.exists())
        return QString();
    if (!note.open(QIODevice::ReadOnly))
        return Failure{tr("Cartera cannot read %1: %2.")
                           .arg(QDir::toNativeSeparators(note.fileName()), note.errorString()),
                       ErrorCode::Storage};
    const QString backupPath = QString::fromUtf8(note.readAll()).trimmed();
    note.close();
    // The note is used once, whatever happens: a failed restore must not block every start.
    note.remove();
    return restore(databasePath, backupPath, clock);
}
