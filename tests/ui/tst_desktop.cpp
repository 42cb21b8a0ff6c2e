// The desktop opens a big database before its full integrity check ends: the check runs on a
// worker thread, and reminders and backups start only after it passes. A damaged file is
// caught there: the window is disabled at once, the clerk reads why, the program closes, and
// the file is left exactly as it was.
#include "clientrepository.h"
#include "desktop.h"
#include "mainwindow.h"
#include "reminderworker.h"
#include "settings.h"
#include "testsupport.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QMessageBox>
#include <QAbstractButton>
#include <QSignalSpy>

using namespace TestSupport;

class tst_Desktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A database with enough clients that scribbling over the middle of the file hits table
    // pages, not the schema that opening reads.
    QString populated(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Database db = openDatabase(path, QStringLiteral("populate"));
        FixedClock clock(UiTest::fixedNow());
        ClientRepository repo(db, clock);
        WriteTransaction tx(db);
        for (int i = 0; i < 400; ++i) {
            Client c = makeClient(QStringLiteral("Cliente número %1 con un nombre largo").arg(i),
                                  QString::number(20000000 + i));
            if (!repo.create(c))
                return {};
        }
        if (!tx.commit())
            return {};
        db.close();
        return path;
    }

    static QMessageBox *damagedBox()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w);
                box && box->objectName() == QLatin1String("databaseDamaged") && box->isVisible())
                return box;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void soundFileStartsRemindersAfterTheCheck()
    {
        const QString path = populated(QStringLiteral("sound.sqlite"));
        QVERIFY(!path.isEmpty());
        Database::Options options;
        options.integrityCheck = Database::IntegrityCheck::BeforeMigrating;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Settings settings(m_dir.filePath(QStringLiteral("sound.ini")));
        FixedClock clock(UiTest::fixedNow());
        {
            Desktop desktop(db.value(), clock, settings);
            QVERIFY(!desktop.worker()->isStarted());
            desktop.show(false);
            QVERIFY(desktop.window()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(desktop.databaseVerified(), 20000);
            QVERIFY(desktop.worker()->isStarted());
            QVERIFY(desktop.window()->isEnabled());
            QVERIFY(!damagedBox());
        }
        db->close();
    }

    void paintOnlyStartsNothing()
    {
        const QString path = populated(QStringLiteral("paint.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Settings settings(m_dir.filePath(QStringLiteral("paint.ini")));
        FixedClock clock(UiTest::fixedNow());
        {
            Desktop desktop(db.value(), clock, settings);
            desktop.show(false, Desktop::Start::PaintOnly);
            QVERIFY(desktop.window()->isVisible());
            for (int i = 0; i < 10; ++i) // the event loop turns; nothing may start on its own
                QCoreApplication::processEvents();
            QVERIFY(!desktop.worker()->isStarted());
            QVERIFY(!desktop.databaseVerified());
        }
        db->close();
    }

    void damagedFileIsCaughtInTheBackground()
    {
        const QString path = populated(QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        {
            // Scribble over the middle of the file, as a failing disk would.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8 * 4096);
            f.seek(size / 2 - 2048);
            f.write(QByteArray(4096, '\xA5'));
        }
        const QByteArray before = fileHash(path);

        // Opening reads only what it must: the damage in the table pages goes unnoticed here.
        Database::Options options;
        options.integrityCheck = Database::IntegrityCheck::BeforeMigrating;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Settings settings(m_dir.filePath(QStringLiteral("damaged.ini")));
        FixedClock clock(UiTest::fixedNow());
        {
            Desktop desktop(db.value(), clock, settings);
            QSignalSpy damaged(&desktop, &Desktop::databaseDamaged);
            desktop.show(false);
            QTRY_VERIFY_WITH_TIMEOUT(damagedBox() != nullptr, 20000);
            QMessageBox *box = damagedBox();
            QVERIFY2(box->text().contains(QStringLiteral("damaged")), qPrintable(box->text()));
            QVERIFY(box->text().contains(QStringLiteral("closes now")));
            QVERIFY(!desktop.window()->isEnabled());
            QVERIFY(!desktop.worker()->isStarted());
            QVERIFY(!desktop.databaseVerified());
            QVERIFY(damaged.isEmpty()); // not before the clerk has read it

            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
            QTRY_COMPARE(damaged.size(), 1);
            QVERIFY(!desktop.window()->isVisible());
        }
        db->close();
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_MAIN(tst_Desktop)
#include "tst_desktop.moc"
