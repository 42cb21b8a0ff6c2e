#include "singleinstance.h"

#include <QApplication>
#include <QFile>
#include <QHostInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

// A second start on the same database brings the first forward; other databases are
// independent; a crashed primary's lock is taken over.
class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void secondStartActivatesFirst();
    void samePathSpelledDifferently();
    void otherDatabaseIsIndependent();
    void lockReleasedOnExit();
    void nobodyToActivate();
    void crashedPrimaryIsTakenOver();
    void secondProcessActivatesFirst();
    void secondProcessBecomesPrimaryWhenAlone();
};

void TestSingleInstance::secondStartActivatesFirst()
{
    SingleInstance first(db("a.sqlite"));
    QVERIFY(first.tryBecomePrimary());
    QSignalSpy spy(&first, &SingleInstance::activationRequested);

    // The second start blocks while it waits for the answer, as main() does, so it runs on
    // its own thread while this one serves the request.
    std::atomic<int> secondPrimary{-1};
    std::atomic<int> answered{-1};
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(db("a.sqlite"));
        secondPrimary = other.tryBecomePrimary() ? 1 : 0;
        answered = other.activatePrimary(
                       {QStringLiteral("--database"), QStringLiteral("ñandú.sqlite")}, 5000)
                       ? 1
                       : 0;
    }));
    second->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QVERIFY(second->wait(10000));
    QCOMPARE(secondPrimary.load(), 0);
    QCOMPARE(answered.load(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("--database"), QStringLiteral("ñandú.sqlite")}));
}

void TestSingleInstance::samePathSpelledDifferently()
{
    QFile(db("b.sqlite")).open(QIODevice::WriteOnly);
    SingleInstance first(db("b.sqlite"));
    QVERIFY(first.tryBecomePrimary());
    SingleInstance second(m_dir.path() + QStringLiteral("/./sub/../b.sqlite"));
    QCOMPARE(second.key(), first.key());
    QVERIFY(!second.tryBecomePrimary());
}

void TestSingleInstance::otherDatabaseIsIndependent()
{
    SingleInstance first(db("c.sqlite"));
    SingleInstance other(db("d.sqlite"));
    QVERIFY(first.key() != other.key());
    QVERIFY(first.tryBecomePrimary());
    QVERIFY(other.tryBecomePrimary());
}

void TestSingleInstance::lockReleasedOnExit()
{
    {
        SingleInstance first(db("e.sqlite"));
        QVERIFY(first.tryBecomePrimary());
        QVERIFY(QFile::exists(first.lockFilePath()));
    }
    SingleInstance next(db("e.sqlite"));
    QVERIFY(next.tryBecomePrimary());
}

void TestSingleInstance::nobodyToActivate()
{
    SingleInstance lonely(db("f.sqlite"));
    QVERIFY(!lonely.activatePrimary({}, 500));
}

void TestSingleInstance::crashedPrimaryIsTakenOver()
{
    SingleInstance probe(db("g.sqlite"));
    // What a crashed primary leaves: a lock naming a process that no longer exists, and a
    // socket nobody listens on.
    {
        QFile lock(probe.lockFilePath());
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write("2147483600\ncartera\n" + QHostInfo::localHostName().toUtf8() + "\n");
    }
    SingleInstance restarted(db("g.sqlite"));
    QVERIFY(restarted.tryBecomePrimary());
    QSignalSpy spy(&restarted, &SingleInstance::activationRequested);
    std::unique_ptr<QThread> second(QThread::create([&] {
        SingleInstance other(db("g.sqlite"));
        other.activatePrimary({}, 5000);
    }));
    second->start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QVERIFY(second->wait(10000));
}

namespace {

// This test program started again as "the second start": see main().
const char childVariable[] = "CARTERA_SINGLEINSTANCE_CHILD";

int runChild(const QString &database)
{
    SingleInstance instance(database);
    if (instance.tryBecomePrimary())
        return 10; // nobody was running: this start would open the window
    return instance.activatePrimary({QStringLiteral("--from-child")}, 5000) ? 0 : 20;
}

QProcess *startChild(const QString &database, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable), database);
    process->setProcessEnvironment(env);
    process->start(QCoreApplication::applicationFilePath(), {});
    return process;
}

} // namespace

void TestSingleInstance::secondProcessActivatesFirst()
{
    SingleInstance first(db("h.sqlite"));
    QVERIFY(first.tryBecomePrimary());
    QSignalSpy spy(&first, &SingleInstance::activationRequested);
    QProcess *child = startChild(db("h.sqlite"), this);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("--from-child")});
    QTRY_COMPARE_WITH_TIMEOUT(child->state(), QProcess::NotRunning, 15000);
    QCOMPARE(child->exitStatus(), QProcess::NormalExit);
    QCOMPARE(child->exitCode(), 0);
}

void TestSingleInstance::secondProcessBecomesPrimaryWhenAlone()
{
    QProcess *child = startChild(db("i.sqlite"), this);
    QTRY_COMPARE_WITH_TIMEOUT(child->state(), QProcess::NotRunning, 15000);
    QCOMPARE(child->exitCode(), 10);
    // The child exited, so its lock is free again.
    SingleInstance next(db("i.sqlite"));
    QVERIFY(next.tryBecomePrimary());
}

int main(int argc, char *argv[])
{
    const QByteArray child = qgetenv(childVariable);
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(child));
    }
    QApplication app(argc, argv);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_singleinstance.moc"
