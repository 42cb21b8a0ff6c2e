#pragma once

// Shared by the tests that start the real `cartera --run-reminders` against the loopback
// provider: the child's environment (private home, provider address, injected clock), the
// API key in the credential store where the child finds it, and the seed of clients whose
// debts fall due on the injected day.
#include "clock.h"
#include "contactwindow.h"
#include "credentialstore.h"
#include "fakeproviderserver.h"
#include "reminderfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

class HeadlessRun
{
public:
    // Tuesday 10 February 2026, 10:00 in Bogotá: inside the Ley 2300 contact window, not a
    // holiday. The children's clock starts there (CARTERA_NOW), so the tests run at any hour.
    static QDateTime legalMoment()
    {
        return QDateTime(QDate(2026, 2, 10), QTime(10, 0), Clock::colombia()).toUTC();
    }

    // Points this process at a private home and stores the fake's API key in the credential
    // store's private file there, where the children read it.
    // Checks first that the program is built and that legalMoment() is inside the contact
    // window, so that the children may send whatever the hour the test runs at.
    bool prepare(QString *error)
    {
        if (!QFileInfo(QStringLiteral(CARTERA_EXECUTABLE)).isExecutable()) {
            *error = QStringLiteral("not an executable: ") + QStringLiteral(CARTERA_EXECUTABLE);
            return false;
        }
        if (!ContactWindow::isOpen(legalMoment(), Clock::colombia())) {
            *error = QStringLiteral("legalMoment() is outside the contact window");
            return false;
        }
        if (!m_home.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        TestSupport::usePrivateHome(m_home);
        qunsetenv("DISPLAY");
        FakeProviderServer keyHolder(FakeProviderServer::Flavor::Dialog360);
        CredentialStore store;
        const Result<void> stored
            = store.writeBlocking(CredentialStore::dialog360ApiKey(), keyHolder.apiKey);
        if (!stored)
            *error = stored.error();
        return stored.ok();
    }

    // `tempDir` (optional) gives the child its own temporary folder: on PostgreSQL the
    // one-sender-per-machine lock lives there, so children with different ones behave like
    // Cartera on different desktops.
    QProcessEnvironment environment(const FakeProviderServer &fake,
                                    const QString &tempDir = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("CARTERA_WHATSAPP_PROVIDER"), QStringLiteral("360dialog"));
        env.insert(QStringLiteral("CARTERA_WHATSAPP_BASE_URL"), fake.baseUrl().toString());
        env.insert(QStringLiteral("CARTERA_WHATSAPP_TIMEOUT_MS"), QStringLiteral("60000"));
        // One timeline for every child: each starts where the test's own time has got to, so
        // that a run started later never finds the messages an earlier run queued still "in
        // the future" (on a busy machine the first run may take seconds to queue them).
        env.insert(QStringLiteral("CARTERA_NOW"),
                   legalMoment().addMSecs(m_since.elapsed()).toString(Qt::ISODateWithMs));
        if (!tempDir.isEmpty())
            env.insert(QStringLiteral("TMPDIR"), tempDir);
        return env;
    }

    // Starts the headless run; the caller's event loop keeps turning (the fake lives here).
    std::unique_ptr<QProcess> start(const FakeProviderServer &fake, const QString &database,
                                    const QString &tempDir = QString()) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(fake, tempDir));
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(CARTERA_EXECUTABLE),
                       {QStringLiteral("--run-reminders"), QStringLiteral("--database"), database});
        return process;
    }

    static bool waitFinished(QProcess &process, int timeoutMs)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&process, &QProcess::finished);
        return finished.wait(timeoutMs) || process.state() == QProcess::NotRunning;
    }

    // Every number the server received a message for, with how many times.
    static QHash<QString, int> receivedPerNumber(const FakeProviderServer &fake)
    {
        QHash<QString, int> counts;
        for (const auto &request : fake.sends())
            counts[request.recipient] += 1;
        return counts;
    }

    // Clients with a debt due on the legal moment's day: the day's scan queues one reminder
    // for each. The fixture's database must be open.
    static bool seed(ReminderFixture &f, int clients)
    {
        f.clock.setNow(legalMoment());
        for (int i = 0; i < clients; ++i) {
            const qint64 client = f.client(QStringLiteral("Cliente %1").arg(i),
                                           QStringLiteral("300 555 %1").arg(i, 4, 10, QChar('0')));
            if (client == 0
                || f.debt(client, QStringLiteral("F-%1").arg(i), f.clock.today(), 250000) == 0)
                return false;
        }
        return true;
    }

private:
    QTemporaryDir m_home;
    QElapsedTimer m_since = started();

    static QElapsedTimer started()
    {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }
};
