#include "credentialstore.h"
#include "providertestsupport.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

Result<void> writeAndWait(CredentialStore &store, const QString &key, const QString &secret)
{
    std::optional<Result<void>> outcome;
    store.write(key, secret, [&](const Result<void> &r) { outcome = r; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
    return outcome ? *outcome
                   : Result<void>(Failure{QStringLiteral("timed out"), ErrorCode::Storage});
}

Result<QString> readAndWait(CredentialStore &store, const QString &key)
{
    std::optional<Result<QString>> outcome;
    store.read(key, [&](const Result<QString> &r) { outcome = r; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
    return outcome ? *outcome
                   : Result<QString>(Failure{QStringLiteral("timed out"), ErrorCode::Storage});
}

Result<void> removeAndWait(CredentialStore &store, const QString &key)
{
    std::optional<Result<void>> outcome;
    store.remove(key, [&](const Result<void> &r) { outcome = r; });
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
    return outcome ? *outcome
                   : Result<void>(Failure{QStringLiteral("timed out"), ErrorCode::Storage});
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    const QString m_secret = QStringLiteral("d360-SECRET-should-never-leak-42");

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // As on CI: no D-Bus session, no display, so no keychain service to reach; and the
        // app's folders inside a temporary home.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath("data")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
        QCoreApplication::setApplicationName(QStringLiteral("CarteraCredentialTest"));
    }

    void fallsBackToAPrivateFileAndSaysSo()
    {
        ProviderTestSupport::LogCapture logs;
        CredentialStore store;
        store.setService(QStringLiteral("CarteraTest-%1").arg(QCoreApplication::applicationPid()));
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);

        const QString expectedPath
            = m_home.filePath("data") + "/Cartera/CarteraCredentialTest/credentials.json";
        QCOMPARE(store.fallbackPath(), expectedPath);

        const Result<void> written
            = writeAndWait(store, CredentialStore::dialog360ApiKey(), m_secret);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        if (store.backend() == CredentialStore::Backend::Keychain)
            QSKIP("A system keychain answered even without a D-Bus session; nothing to fall back "
                  "from.");

        QCOMPARE(store.backend(), CredentialStore::Backend::File);
        QCOMPARE(unavailable.count(), 1);
        const QString message = unavailable.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("No system keychain")), qPrintable(message));
        QVERIFY(message.contains(expectedPath));
        QVERIFY(!message.contains(m_secret));

        QVERIFY(QFile::exists(expectedPath));
        QCOMPARE(QString::number(modeOf(expectedPath), 8), QStringLiteral("600"));
        QCOMPARE(QString::number(modeOf(QFileInfo(expectedPath).absolutePath()), 8),
                 QStringLiteral("700"));

        const Result<QString> readBack = readAndWait(store, CredentialStore::dialog360ApiKey());
        QVERIFY2(readBack.ok(), qPrintable(readBack.error()));
        QCOMPARE(readBack.value(), m_secret);

        // A second key does not overwrite the first; the notice is given only once.
        QVERIFY(writeAndWait(store, CredentialStore::twilioAuthToken(), QStringLiteral("tw-tok-77"))
                    .ok());
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(modeOf(expectedPath), 0600);

        // Another run of the program finds both.
        CredentialStore restarted;
        restarted.setService(
            QStringLiteral("CarteraTest-%1").arg(QCoreApplication::applicationPid()));
        const Result<QString> again = readAndWait(restarted, CredentialStore::dialog360ApiKey());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value(), m_secret);
        QCOMPARE(readAndWait(restarted, CredentialStore::twilioAuthToken()).value(),
                 QStringLiteral("tw-tok-77"));

        // Unknown keys say so.
        const Result<QString> missing = readAndWait(restarted, CredentialStore::metaAccessToken());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.code(), ErrorCode::NotFound);

        // Removing one key leaves the other.
        QVERIFY(removeAndWait(restarted, CredentialStore::twilioAuthToken()).ok());
        QCOMPARE(readAndWait(restarted, CredentialStore::twilioAuthToken()).code(),
                 ErrorCode::NotFound);
        QCOMPARE(readAndWait(restarted, CredentialStore::dialog360ApiKey()).value(), m_secret);
        QCOMPARE(modeOf(expectedPath), 0600);

        // The secret is nowhere else: not in settings files, not in any other file, not logged.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == expectedPath)
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_secret.toUtf8()), qPrintable(path));
        }
        QVERIFY(!logs.contains(m_secret));
        for (const QVariant &arg : unavailable.at(0))
            QVERIFY(!arg.toString().contains(m_secret));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
