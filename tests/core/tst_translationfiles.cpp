#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// The CI check for the Spanish translation: every user-visible string in the sources has a
// finished Spanish translation that keeps the source's placeholders. Fails with the list of
// what to translate; scripts/update-translations.sh brings new strings into the .ts.
namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString lupdate()
{
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                               QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
                               QStringLiteral("/usr/lib/qt6/bin")}) {
        const QString candidate = QDir(dir).filePath(QStringLiteral("lupdate"));
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

// Problems in a .ts: unfinished or empty translations and placeholders lost in translation.
QStringList problems(const QList<Message> &messages)
{
    QStringList found;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(70));
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            empty = empty || t.isEmpty();
        if (m.type == QLatin1String("unfinished") || empty) {
            found.append(QStringLiteral("untranslated %1").arg(where));
            continue;
        }
        for (const QString &t : m.translations) {
            QStringList expected = placeholders(m.source);
            QStringList actual = placeholders(t);
            // A singular plural form may spell the number out ("un cliente").
            if (m.numerus && m.translations.size() > 1 && &t == &m.translations.first()) {
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n"));
            }
            if (expected != actual)
                found.append(QStringLiteral("placeholders %1 -> \"%2\" (%3 vs %4)")
                                 .arg(where, t.left(70), expected.join(QLatin1Char(',')),
                                      actual.join(QLatin1Char(','))));
        }
    }
    return found;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void spanishIsComplete();
    void spanishCoversTheSources();
    void englishPluralsAreComplete();
};

void TestTranslationFiles::spanishIsComplete()
{
    QString error;
    const auto messages
        = readTs(QStringLiteral(CARTERA_SOURCE_DIR "/translations/cartera_es.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in cartera_es.ts:\n").arg(found.size())
                        + found.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::spanishCoversTheSources()
{
    // lupdate over today's sources into a copy: strings added since the .ts was last
    // refreshed come out unfinished.
    const QString tool = lupdate();
    if (tool.isEmpty())
        QFAIL("lupdate not found: install qt6-l10n-tools (scripts/install-deps.sh)");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("cartera_es.ts"));
    QVERIFY(QFile::copy(QStringLiteral(CARTERA_SOURCE_DIR "/translations/cartera_es.ts"), copy));
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(CARTERA_SOURCE_DIR));
    process.start(tool,
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-target-language"), QStringLiteral("es"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(240000));
    QCOMPARE(process.exitCode(), 0);
    QString error;
    const QStringList found = problems(readTs(copy, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) of the sources lack a Spanish translation; "
                                       "run scripts/update-translations.sh and translate:\n")
                            .arg(found.size())
                        + found.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::englishPluralsAreComplete()
{
    QString error;
    const auto messages
        = readTs(QStringLiteral(CARTERA_SOURCE_DIR "/translations/cartera_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Message> plurals;
    for (const Message &m : messages) {
        if (m.numerus)
            plurals.append(m);
    }
    QVERIFY(!plurals.isEmpty());
    const QStringList found = problems(plurals);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
