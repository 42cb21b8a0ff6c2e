#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {

const QByteArray activateCommand = QByteArrayLiteral("activate");
const QByteArray answer = QByteArrayLiteral("ok\n");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent) : QObject(parent)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonical(databasePath).toUtf8(), QCryptographicHash::Sha256);
    // Short enough for a Unix socket path; includes the user so that two users on one
    // machine never meet.
    const QString user
        = QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? qgetenv("USERNAME") : qgetenv("USER"));
    const QByteArray userHash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256);
    m_key = QStringLiteral("cartera-%1-%2")
                .arg(QString::fromLatin1(userHash.toHex().left(8)),
                     QString::fromLatin1(hash.toHex().left(16)));
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    if (m_lock)
        m_lock->unlock();
}

QString SingleInstance::lockFilePath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(m_key + QStringLiteral(".lock"));
}

bool SingleInstance::tryBecomePrimary()
{
    if (m_primary)
        return true;
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    m_lock->setStaleLockTime(0); // held for the program's life: stale only once its process is gone
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    // We hold the lock, so a socket left by a crashed primary is ours to remove.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key)) {
        qWarning("Cartera cannot listen on %s: %s", qPrintable(m_key),
                 qPrintable(m_server->errorString()));
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine().trimmed();
                const QList<QByteArray> parts = line.split('\t');
                if (parts.value(0) != activateCommand)
                    return;
                QStringList arguments;
                for (int i = 1; i < parts.size(); ++i)
                    arguments.append(QString::fromUtf8(QByteArray::fromBase64(parts.at(i))));
                socket->write(answer);
                socket->flush();
                emit activationRequested(arguments);
            });
        }
    });
    m_primary = true;
    return true;
}

bool SingleInstance::activatePrimary(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray request = activateCommand;
    for (const QString &argument : arguments)
        request += '\t' + argument.toUtf8().toBase64();
    request += '\n';
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == answer;
}
