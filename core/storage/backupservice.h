#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Clock;

// Copies of the database: the automatic daily one with rotation, "back up now", and
// restoring a verified copy.
//
// Copies are made with SQLite's VACUUM INTO, which reads one consistent snapshot, so the
// program may keep writing while a copy is made. Automatic copies are named
// cartera-auto-yyyy-MM-dd-HHmmss.sqlite and rotated (the newest copy of each of the last
// `daily` days, and of each of the `weekly` weeks before those, are kept); manual copies
// (cartera-manual-...) are never deleted by rotation.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    struct Policy
    {
        QString folder;
        int daily = 7;
        int weekly = 4;
    };

    struct Backup
    {
        QString path;
        QDateTime taken; // local time of the business, from the file name
        bool automatic = true;
    };

    struct Verified
    {
        int schemaVersion = 0;
        qint64 clients = 0;
        qint64 debts = 0;
    };

    BackupService(const Database &db, const Clock &clock, const Policy &policy);

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    // Whether this database can be copied into a backup file: a SQLite file can; a
    // PostgreSQL server's database is backed up on the server (backupNow() says so, and
    // runDailyIfDue() does nothing).
    bool canCopy() const;
    // "Back up now": a manual copy, returns its path.
    Result<QString> backupNow();
    // Makes today's automatic copy unless there is one already, then rotates. Returns the
    // new copy's path, or an empty string when today's copy already existed. Call it at
    // start and from a timer (hourly is plenty).
    Result<QString> runDailyIfDue();
    // Deletes the automatic copies the policy no longer keeps; returns their paths.
    Result<QStringList> rotate();

    // All copies in the folder, newest first.
    QList<Backup> backups() const;

    // Checks a copy without changing it: SQLite's quick_check, Cartera's meta table, and a
    // schema version this program can read.
    static Result<Verified> verify(const QString &backupPath);

    // Replaces the database file with a verified copy, keeping the current file aside as
    // <database>.before-restore-yyyyMMdd-HHmmss (returned).
    //
    // No connection may hold the database while this runs: the application closes every
    // connection (Database::close on each thread, the reminder worker stopped) before
    // calling it, and opens the database again afterwards with Database::open, which
    // migrates an older copy.
    static Result<QString> restore(const QString &databasePath, const QString &backupPath,
                                   const Clock &clock);

    // A restore asked for while the program runs happens at its next start, before any
    // connection exists: requestRestore() verifies the copy and leaves a note beside the
    // database; applyPendingRestore() (called before Database::open) carries it out and
    // returns the path of the replaced file, or an empty string when nothing was pending.
    static Result<void> requestRestore(const QString &databasePath, const QString &backupPath);
    static Result<QString> applyPendingRestore(const QString &databasePath, const Clock &clock);

private:
    Result<QString> makeCopy(const QString &kind);

    Database m_db;
    const Clock &m_clock;
    Policy m_policy;
};
