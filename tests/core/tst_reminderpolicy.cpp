#include "reminderpolicy.h"

#include <QTest>

class tst_ReminderPolicy : public QObject
{
    Q_OBJECT
private slots:
    void latestStep_data();
    void latestStep();
    void nextStepDate_data();
    void nextStepDate();
    void disabledNeverDue();
    void validate_data();
    void validate();
    void parseSteps();
};

void tst_ReminderPolicy::latestStep_data()
{
    QTest::addColumn<int>("daysFromDue");
    QTest::addColumn<int>("expected"); // -999: none
    QTest::newRow("5 days before") << -5 << -999;
    QTest::newRow("3 days before") << -3 << -3;
    QTest::newRow("2 days before") << -2 << -3;
    QTest::newRow("due date") << 0 << 0;
    QTest::newRow("1 after") << 1 << 1;
    QTest::newRow("7 after") << 7 << 1;
    QTest::newRow("8 after") << 8 << 8;
    QTest::newRow("20 after: catch-up sends 15 only") << 20 << 15;
    QTest::newRow("30 after") << 30 << 30;
    QTest::newRow("59 after") << 59 << 30;
    QTest::newRow("60 after") << 60 << 60;
    QTest::newRow("95 after") << 95 << 90;
}

void tst_ReminderPolicy::latestStep()
{
    QFETCH(int, daysFromDue);
    QFETCH(int, expected);
    const QDate due(2026, 1, 10);
    const auto step = ReminderPolicy::defaults().latestStep(due, due.addDays(daysFromDue));
    QCOMPARE(step.has_value() ? *step : -999, expected);
}

void tst_ReminderPolicy::nextStepDate_data()
{
    QTest::addColumn<int>("daysFromDue");
    QTest::addColumn<int>("repeat");
    QTest::addColumn<int>("expected"); // days from due; -999: none
    QTest::newRow("long before") << -40 << 30 << -3;
    QTest::newRow("on -3") << -3 << 30 << 0;
    QTest::newRow("on 1") << 1 << 30 << 8;
    QTest::newRow("on 30") << 30 << 30 << 60;
    QTest::newRow("on 61") << 61 << 30 << 90;
    QTest::newRow("no repeat after last") << 30 << 0 << -999;
    QTest::newRow("every 7") << 31 << 7 << 37;
}

void tst_ReminderPolicy::nextStepDate()
{
    QFETCH(int, daysFromDue);
    QFETCH(int, repeat);
    QFETCH(int, expected);
    ReminderPolicy policy;
    policy.repeatEveryDays = repeat;
    const QDate due(2026, 1, 10);
    const QDate next = policy.nextStepDate(due, due.addDays(daysFromDue));
    QCOMPARE(next.isValid() ? int(due.daysTo(next)) : -999, expected);
}

void tst_ReminderPolicy::disabledNeverDue()
{
    ReminderPolicy policy;
    policy.enabled = false;
    const QDate due(2026, 1, 10);
    QVERIFY(!policy.latestStep(due, due.addDays(40)).has_value());
    QVERIFY(!policy.nextStepDate(due, due).isValid());
}

void tst_ReminderPolicy::validate_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("repeat");
    QTest::addColumn<int>("cap");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << "-3,0,1,8,15,30" << 30 << 3 << true;
    QTest::newRow("one step") << "5" << 0 << 1 << true;
    QTest::newRow("empty") << "" << 30 << 3 << false;
    QTest::newRow("negative repeat") << "0" << -1 << 3 << false;
    QTest::newRow("cap 0") << "0" << 30 << 0 << false;
    QTest::newRow("cap 8") << "0" << 30 << 8 << false;
    QTest::newRow("too early") << "-90,0" << 30 << 3 << false;
}

void tst_ReminderPolicy::validate()
{
    QFETCH(QString, steps);
    QFETCH(int, repeat);
    QFETCH(int, cap);
    QFETCH(bool, valid);
    ReminderPolicy policy;
    const auto parsed = ReminderPolicy::parseSteps(steps);
    QVERIFY(parsed.ok());
    policy.steps = parsed.value();
    policy.repeatEveryDays = repeat;
    policy.weeklyCap = cap;
    const auto result = policy.validate();
    QCOMPARE(result.ok(), valid);
    if (!valid)
        QVERIFY(!result.error().isEmpty());
}

void tst_ReminderPolicy::parseSteps()
{
    const auto parsed = ReminderPolicy::parseSteps(QStringLiteral(" 8, -3,0 ,1,8"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), (QList<int>{-3, 0, 1, 8}));
    const auto bad = ReminderPolicy::parseSteps(QStringLiteral("1, dos"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("dos")));
}

QTEST_GUILESS_MAIN(tst_ReminderPolicy)
#include "tst_reminderpolicy.moc"
