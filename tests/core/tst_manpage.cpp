#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// Every option `cartera --help` lists is described in the installed man page.
class TestManPage : public QObject
{
    Q_OBJECT
private slots:
    void everyOptionIsDocumented();
};

void TestManPage::everyOptionIsDocumented()
{
    QProcess process;
    process.start(QStringLiteral(CARTERA_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());

    QFile file(QStringLiteral(CARTERA_SOURCE_DIR "/packaging/cartera.1"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString man = QString::fromUtf8(file.readAll());
    man.remove(QLatin1Char('\\')); // roff writes "\-\-database"

    static const QRegularExpression option(QStringLiteral("(?:^|[\\s,])(--[a-z][a-z-]+)"));
    QSet<QString> options;
    for (auto it = option.globalMatch(help); it.hasNext();)
        options.insert(it.next().captured(1));
    QVERIFY2(options.contains(QStringLiteral("--database")), qPrintable(help));
    QStringList missing;
    for (const QString &name : options) {
        if (!man.contains(name))
            missing.append(name);
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("packaging/cartera.1 does not describe: ")
                                           + missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
