#include "core/reminderfixture.h"

#include "messagesmodel.h"
#include "messagesview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class tst_MessagesView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void modelPagesThroughHistory();
    void rowShowsTheExactText();
    void filterByState();
    void historyOfOneClient();
    void filterByClientName();
    void actions_data();
    void actions();
    void bannerWithoutProvider();

private:
    // `count` messages for `client`, one a day from 1 January 2026; returns their ids.
    QList<qint64> insertMessages(qint64 client, int count, const QString &prefix);
    void setState(qint64 id, const QString &state);
    QPushButton *button(MessagesView &view, const QString &text);

    std::unique_ptr<ReminderFixture> f;
    qint64 m_juan = 0;
    qint64 m_ana = 0;
};

void tst_MessagesView::init()
{
    f = std::make_unique<ReminderFixture>();
    QVERIFY(f->open());
    m_juan = f->client(QStringLiteral("Juan Pérez"), QStringLiteral("300 123 4567"));
    m_ana = f->client(QStringLiteral("Ana Gómez"), QStringLiteral("310 765 4321"));
    f->at(QDate(2026, 1, 20), QTime(10, 0));
}

void tst_MessagesView::cleanup()
{
    f->db->close();
    f.reset();
}

QList<qint64> tst_MessagesView::insertMessages(qint64 client, int count, const QString &prefix)
{
    OutboxRepository outbox(*f->db, f->clock);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        OutboxMessage m;
        m.clientId = client;
        m.sendDate = QDate(2026, 1, 1).addDays(i);
        m.notBefore = QDateTime(m.sendDate, QTime(7, 0), Clock::colombia()).toUTC();
        m.to = PhoneNumber::parse(QStringLiteral("300 123 4567")).value();
        m.providerTemplate = QStringLiteral("recordatorio_pago");
        m.language = QStringLiteral("es");
        m.text = QStringLiteral("%1 %2: Hola *Juan*, pago pendiente por *$250.000 COP*.")
                     .arg(prefix)
                     .arg(i);
        const auto id = outbox.insert(m);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        ids.append(id ? id.value() : 0);
    }
    return ids;
}

void tst_MessagesView::setState(qint64 id, const QString &state)
{
    QSqlQuery q(f->db->connection());
    q.prepare(QStringLiteral("UPDATE outbox_messages SET state = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(id);
    QVERIFY(q.exec());
}

QPushButton *tst_MessagesView::button(MessagesView &view, const QString &text)
{
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

void tst_MessagesView::modelPagesThroughHistory()
{
    insertMessages(m_juan, 250, QStringLiteral("M"));
    MessagesModel model(*f->db, f->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), 250);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    // Newest first: the last day's message heads the list.
    QCOMPARE(model.messageAt(0).sendDate, QDate(2026, 1, 1).addDays(249));
}

void tst_MessagesView::rowShowsTheExactText()
{
    insertMessages(m_juan, 1, QStringLiteral("Único"));
    MessagesView view(*f->db, f->clock);
    QCOMPARE(view.model()->rowCount(), 1);
    const QModelIndex text = view.model()->index(0, MessagesModel::Text);
    QCOMPARE(text.data().toString(),
             QStringLiteral("Único 0: Hola *Juan*, pago pendiente por *$250.000 COP*."));
    QCOMPARE(view.model()->index(0, MessagesModel::Client).data().toString(),
             QStringLiteral("Juan Pérez"));
    QCOMPARE(view.model()->index(0, MessagesModel::State).data().toString(),
             OutboxMessage::stateName(OutboxMessage::State::Scheduled));
    QCOMPARE(view.model()->index(0, MessagesModel::SendDate).data().toString(),
             QStringLiteral("01/01/2026 07:00"));
}

void tst_MessagesView::filterByState()
{
    const QList<qint64> ids = insertMessages(m_juan, 5, QStringLiteral("M"));
    setState(ids.at(1), QStringLiteral("failed"));
    setState(ids.at(3), QStringLiteral("failed"));
    MessagesView view(*f->db, f->clock);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 5);
    auto *state = view.findChild<QComboBox *>();
    QVERIFY(state);
    state->setCurrentIndex(state->findData(int(OutboxMessage::State::Failed)));
    QCOMPARE(view.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(view.model()->messageAt(row).state, OutboxMessage::State::Failed);
}

void tst_MessagesView::historyOfOneClient()
{
    insertMessages(m_juan, 3, QStringLiteral("J"));
    insertMessages(m_ana, 2, QStringLiteral("A"));
    MessagesView view(*f->db, f->clock);
    QCOMPARE(view.model()->rowCount(), 5);
    view.showClient(m_ana, QStringLiteral("Ana Gómez"));
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->messageAt(0).clientName, QStringLiteral("Ana Gómez"));
    view.showClient(0);
    QCOMPARE(view.model()->rowCount(), 5);
}

void tst_MessagesView::filterByClientName()
{
    insertMessages(m_juan, 3, QStringLiteral("J"));
    insertMessages(m_ana, 2, QStringLiteral("A"));
    MessagesView view(*f->db, f->clock);
    auto *client = view.findChild<QLineEdit *>();
    QVERIFY(client);
    client->setText(QStringLiteral("gomez")); // accents and case ignored
    QTRY_COMPARE(view.model()->rowCount(), 2);
}

void tst_MessagesView::actions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("expected");
    QTest::newRow("retry failed") << "failed"
                                  << "&Retry" << int(OutboxMessage::State::Scheduled);
    QTest::newRow("cancel scheduled") << "scheduled"
                                      << "C&ancel" << int(OutboxMessage::State::Cancelled);
    QTest::newRow("uncertain was sent") << "uncertain"
                                        << "Mark &sent" << int(OutboxMessage::State::Sent);
    QTest::newRow("uncertain not sent") << "uncertain"
                                        << "Mark &not sent" << int(OutboxMessage::State::Failed);
}

void tst_MessagesView::actions()
{
    QFETCH(QString, from);
    QFETCH(QString, button);
    QFETCH(int, expected);
    // Today's message, so that a retry has room today.
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 id = insertMessages(m_juan, 20, QStringLiteral("M")).at(18);
    setState(id, from);
    if (from == QLatin1String("failed")) {
        // Free today's slot: a retried message goes out today.
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox_messages SET day_key = NULL, state = "
                                      "'cancelled' WHERE send_date = '2026-01-20'")));
    }
    MessagesView view(*f->db, f->clock);
    QSignalSpy changed(&view, &MessagesView::messagesChanged);
    int row = -1;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        if (view.model()->messageAt(r).id == id)
            row = r;
    }
    QVERIFY(row >= 0);
    QPushButton *action = this->button(view, button);
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // nothing selected yet
    view.table()->selectRow(row);
    QVERIFY(action->isEnabled());
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(int(f->message(id).state), expected);
    // The list shows the new state without reopening the view.
    bool shown = false;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        if (view.model()->messageAt(r).id == id)
            shown = int(view.model()->messageAt(r).state) == expected;
    }
    QVERIFY(shown);
}

void tst_MessagesView::bannerWithoutProvider()
{
    insertMessages(m_juan, 2, QStringLiteral("M"));
    MessagesView view(*f->db, f->clock);
    view.show();
    QLabel *banner = nullptr;
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->wordWrap())
            banner = label;
    }
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    view.setProviderConfigured(false);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("2")));
    view.setProviderConfigured(true);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(tst_MessagesView)
#include "tst_messagesview.moc"
