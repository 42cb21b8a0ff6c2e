#include "core/reminderfixture.h"

#include "reminderworker.h"
#include "traynotifier.h"
#include "whatsappdesktopprompt.h"
#include "whatsappdesktopprovider.h"
#include "whatsappprovider.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

// Answers every message as sent, later, like a network provider.
class AcceptingProvider : public WhatsAppProvider
{
    Q_OBJECT
public:
    using WhatsAppProvider::WhatsAppProvider;
    QString name() const override { return QStringLiteral("accepting"); }
    void send(const OutgoingMessage &message) override
    {
        ++calls;
        SendResult r;
        r.outcome = refuse ? SendResult::Outcome::Fatal : SendResult::Outcome::Sent;
        r.reason = refuse ? QStringLiteral("invalid API key") : QString();
        r.providerMessageId = QStringLiteral("wamid.%1").arg(message.outboxId);
        const qint64 id = message.outboxId;
        QMetaObject::invokeMethod(
            this, [this, id, r] { emit finished(id, r); }, Qt::QueuedConnection);
    }
    int calls = 0;
    bool refuse = false;
};

class tst_ReminderWorker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startUpRunSendsAndNotifies();
    void withoutProviderMessagesWait();
    void refusedAccountPausesSending();
    void desktopModeOpensLinkAndAsks();
    void clerkPauseStopsAfterTheMessageInFlight();

private:
    std::unique_ptr<ReminderFixture> f;
};

void tst_ReminderWorker::init()
{
    f = std::make_unique<ReminderFixture>();
    QVERIFY(f->open());
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    f->at(QDate(2026, 1, 13), QTime(9, 0));
}

void tst_ReminderWorker::cleanup()
{
    f->db->close();
    f.reset();
}

void tst_ReminderWorker::startUpRunSendsAndNotifies()
{
    AcceptingProvider provider;
    ReminderWorker worker(*f->db, f->clock);
    worker.setProvider(&provider);
    TrayNotifier tray(&worker);
    QSignalSpy finished(&worker, &ReminderWorker::runFinished);
    QSignalSpy sent(&worker, &ReminderWorker::messageSent);
    worker.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(worker.lastReport().dispatch.sent, 1);
    QCOMPARE(tray.lastTitle(), QStringLiteral("Reminders sent"));
    QVERIFY(tray.lastMessage().contains(QStringLiteral("1")));
    // The next tick finds nothing more to send.
    worker.runNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(provider.calls, 1);
    worker.stop();
}

void tst_ReminderWorker::withoutProviderMessagesWait()
{
    ReminderWorker worker(*f->db, f->clock);
    QSignalSpy finished(&worker, &ReminderWorker::runFinished);
    worker.runNow();
    QVERIFY(finished.wait(10000));
    QVERIFY(worker.lastReport().noProvider);
    QCOMPARE(worker.lastReport().pending, 1);
}

void tst_ReminderWorker::refusedAccountPausesSending()
{
    AcceptingProvider provider;
    provider.refuse = true;
    ReminderWorker worker(*f->db, f->clock);
    worker.setProvider(&provider);
    TrayNotifier tray(&worker);
    QSignalSpy finished(&worker, &ReminderWorker::runFinished);
    QSignalSpy paused(&worker, &ReminderWorker::sendingPaused);
    worker.runNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(paused.count(), 1);
    QVERIFY(worker.isPaused());
    QCOMPARE(tray.lastTitle(), QStringLiteral("WhatsApp sending paused"));
    // Further ticks do not hammer the provider with a refused key.
    worker.runNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(provider.calls, 1);
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);
}

void tst_ReminderWorker::clerkPauseStopsAfterTheMessageInFlight()
{
    // Two more clients with overdue debts: three messages to send in this run.
    for (const auto &[name, phone, ref] :
         {std::tuple{"Ana", "310 555 1234", "F-2001"}, std::tuple{"Luis", "315 987 6543", "F-3001"}}) {
        const qint64 id = f->client(QString::fromLatin1(name), QString::fromLatin1(phone));
        f->debt(id, QString::fromLatin1(ref), QDate(2026, 1, 10), 100000);
    }
    AcceptingProvider provider;
    ReminderWorker worker(*f->db, f->clock);
    worker.setProvider(&provider);
    QSignalSpy finished(&worker, &ReminderWorker::runFinished);
    QSignalSpy sent(&worker, &ReminderWorker::messageSent);
    // The clerk presses pause while the first message is out.
    connect(&worker, &ReminderWorker::messageSent, &worker,
            [&worker] { worker.setSendingPausedByClerk(true); }, Qt::SingleShotConnection);
    worker.runNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(provider.calls, 1);
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 2);
    QVERIFY(f->messages({OutboxMessage::State::Sending}).isEmpty());

    // Paused, a run queues but sends nothing.
    worker.runNow();
    QVERIFY(finished.wait(10000));
    QCOMPARE(provider.calls, 1);

    // Resumed, the other two go out, once each.
    worker.setSendingPausedByClerk(false);
    QVERIFY(finished.wait(10000));
    QCOMPARE(provider.calls, 3);
    QCOMPARE(f->messages({OutboxMessage::State::Sent}).size(), 3);
}

void tst_ReminderWorker::desktopModeOpensLinkAndAsks()
{
    QWidget window;
    WhatsAppDesktopProvider provider;
    WhatsAppDesktopPrompt prompt(&provider, &window);
    QList<QUrl> opened;
    prompt.setOpenUrl([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    ReminderWorker worker(*f->db, f->clock);
    worker.setProvider(&provider);
    QSignalSpy finished(&worker, &ReminderWorker::runFinished);
    QSignalSpy sent(&worker, &ReminderWorker::messageSent);
    worker.runNow();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QVERIFY(opened.constFirst().toString().startsWith(
        QStringLiteral("https://wa.me/573001234567?text=Hola")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>()) != nullptr, 5000);
    QPushButton *yes = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == QStringLiteral("It was &sent"))
            yes = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(yes);
    yes->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(f->messages({OutboxMessage::State::Sent}).size(), 1);
}

QTEST_MAIN(tst_ReminderWorker)
#include "tst_reminderworker.moc"
