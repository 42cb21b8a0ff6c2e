#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;

// One Cartera per database: the first start holds a lock and listens on a local socket; a
// second start on the same database asks the first to come forward and exits instead of
// opening the database twice. The lock (QLockFile) is taken over once the process that
// held it is gone (a crash); the socket (QLocalServer) carries the request.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the lock and starts listening; false when another process or object already
    // holds it for this database.
    bool tryBecomePrimary();
    bool isPrimary() const { return m_primary; }

    // From a second start: asks the primary to show its window, passing our arguments.
    // Blocks up to timeoutMs; true when the primary answered.
    bool activatePrimary(const QStringList &arguments = {}, int timeoutMs = 3000);

    // The name shared by the lock and the socket: derived from the database's full path.
    QString key() const { return m_key; }
    QString lockFilePath() const;

signals:
    // In the primary: a second start asked it to come forward.
    void activationRequested(const QStringList &arguments);

private:
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
};
