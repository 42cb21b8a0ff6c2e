#include "testsupport.h"

#include "clock.h"

using namespace TestSupport;

class tst_ClientRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndGet();
    void refusesInvalidClient();
    void refusesDuplicateDocument();
    void updateDetectsConflict();
    void search_data();
    void search();
    void pagesAndSorts();
    void deleteRefusedWithDebts();

private:
    QTemporaryDir *m_dir = nullptr;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC)};
};

void tst_ClientRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = openDatabase(m_dir->filePath(QStringLiteral("c.sqlite")));
}

void tst_ClientRepository::cleanup()
{
    m_db.close();
    delete m_dir;
}

void tst_ClientRepository::createAndGet()
{
    ClientRepository repo(m_db, m_clock);
    Client c = makeClient(QStringLiteral("  Juan Pérez "), QStringLiteral("1.020.304.050"),
                          QStringLiteral("(+57) 300-123-4567"));
    c.email = QStringLiteral("juan@example.com");
    c.consent.state = Consent::State::Granted;
    c.consent.at = QDateTime(QDate(2026, 1, 2), QTime(14, 30), Qt::UTC);
    c.consent.source = QStringLiteral("formulario firmado");
    c.consent.evidence = QStringLiteral("Carpeta 3, folio 12");
    const auto id = repo.create(c);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(id.value() > 0);

    const auto loaded = repo.get(id.value());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->name, QStringLiteral("Juan Pérez"));
    QCOMPARE(loaded->document.number(), QStringLiteral("1020304050"));
    QCOMPARE(loaded->whatsapp.e164(), QStringLiteral("+573001234567"));
    QCOMPARE(loaded->email, QStringLiteral("juan@example.com"));
    QVERIFY(loaded->consent.isGranted());
    QCOMPARE(loaded->consent.at, c.consent.at);
    QCOMPARE(loaded->consent.source, QStringLiteral("formulario firmado"));
    QCOMPARE(loaded->consent.evidence, QStringLiteral("Carpeta 3, folio 12"));
    QCOMPARE(loaded->createdAt, m_clock.now());
    QCOMPARE(loaded->version, 1);
    QCOMPARE(repo.get(9999).code(), ErrorCode::NotFound);
}

void tst_ClientRepository::refusesInvalidClient()
{
    ClientRepository repo(m_db, m_clock);
    Client c = makeClient(QStringLiteral("Ana"), QStringLiteral("123456"));
    c.email = QStringLiteral("ana(at)correo");
    const auto id = repo.create(c);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(QStringLiteral("is not an email address")), qPrintable(id.error()));

    c.email.clear();
    c.consent.state = Consent::State::Granted; // granted, but when and how?
    const auto again = repo.create(c);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("date the consent")), qPrintable(again.error()));
    QCOMPARE(repo.count({}).value(), 0);
}

void tst_ClientRepository::refusesDuplicateDocument()
{
    ClientRepository repo(m_db, m_clock);
    Client first = makeClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"));
    QVERIFY(repo.create(first).ok());
    Client second = makeClient(QStringLiteral("Juan P."), QStringLiteral("1.020.304.050"),
                               QStringLiteral("310 555 1234"));
    const auto id = repo.create(second);
    QVERIFY(!id.ok());
    QCOMPARE(id.code(), ErrorCode::Duplicate);
    QVERIFY2(id.error().contains(QStringLiteral("CC 1020304050")), qPrintable(id.error()));
    QVERIFY(id.error().contains(QStringLiteral("Juan Pérez")));
    // The same number as another document type is a different person.
    Client foreigner = second;
    foreigner.document = IdentityDocument::parse(IdentityDocument::Type::CE, QStringLiteral("1020304050")).value();
    QVERIFY(repo.create(foreigner).ok());
    QCOMPARE(repo.count({}).value(), 2);
}

void tst_ClientRepository::updateDetectsConflict()
{
    ClientRepository repo(m_db, m_clock);
    Client c = makeClient(QStringLiteral("Luisa Gómez"), QStringLiteral("52111222"));
    QVERIFY(repo.create(c).ok());

    Client mine = repo.get(c.id).value();
    Client theirs = repo.get(c.id).value();
    theirs.address = QStringLiteral("Calle 10 # 5-20, Cali");
    QVERIFY(repo.update(theirs).ok());
    QCOMPARE(theirs.version, 2);

    mine.notes = QStringLiteral("Paga los viernes");
    const auto saved = repo.update(mine);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.code(), ErrorCode::Conflict);
    QVERIFY2(saved.error().contains(QStringLiteral("Someone else changed")), qPrintable(saved.error()));
    const Client stored = repo.get(c.id).value();
    QCOMPARE(stored.address, QStringLiteral("Calle 10 # 5-20, Cali"));
    QVERIFY(stored.notes.isEmpty());
}

void tst_ClientRepository::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("accent-insensitive") << "munoz" << QStringList{"Andrés Muñoz"};
    QTest::newRow("accented query") << "MUÑOZ" << QStringList{"Andrés Muñoz"};
    QTest::newRow("first name without accent") << "andres" << QStringList{"Andrés Muñoz"};
    QTest::newRow("prefix") << "gar" << QStringList{"María García", "Pedro Garzón"};
    QTest::newRow("substring") << "arz" << QStringList{"Pedro Garzón"};
    QTest::newRow("document") << "79456" << QStringList{"Pedro Garzón"};
    QTest::newRow("phone digits") << "3105551234" << QStringList{"María García"};
    QTest::newRow("nothing") << "zzz" << QStringList{};
    QTest::newRow("LIKE wildcard is literal") << "%" << QStringList{};
    QTest::newRow("empty lists all")
        << "" << QStringList{"Andrés Muñoz", "María García", "Pedro Garzón"};
}

void tst_ClientRepository::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    ClientRepository repo(m_db, m_clock);
    Client a = makeClient(QStringLiteral("Andrés Muñoz"), QStringLiteral("1010101010"));
    Client b = makeClient(QStringLiteral("María García"), QStringLiteral("52000111"),
                          QStringLiteral("310 555 1234"));
    Client c = makeClient(QStringLiteral("Pedro Garzón"), QStringLiteral("79456123"),
                          QStringLiteral("315 987 6543"));
    for (Client *client : {&a, &b, &c})
        QVERIFY(repo.create(*client).ok());

    ClientQuery query;
    query.search = search;
    QStringList found;
    for (const Client &client : repo.list(query).value())
        found << client.name;
    QCOMPARE(found, names);
    QCOMPARE(repo.count(query).value(), int(names.size()));
}

void tst_ClientRepository::pagesAndSorts()
{
    ClientRepository repo(m_db, m_clock);
    {
        WriteTransaction tx(m_db);
        for (int i = 0; i < 25; ++i) {
            Client c = makeClient(QStringLiteral("Cliente %1").arg(i, 2, 10, QLatin1Char('0')),
                                  QString::number(1000000 + i));
            QVERIFY(repo.create(c).ok());
        }
        QVERIFY(tx.commit());
    }
    ClientQuery query;
    query.limit = 10;
    query.offset = 20;
    const auto page = repo.list(query).value();
    QCOMPARE(page.size(), 5);
    QCOMPARE(page.first().name, QStringLiteral("Cliente 20"));

    query.offset = 0;
    query.order = Qt::DescendingOrder;
    QCOMPARE(repo.list(query)->first().name, QStringLiteral("Cliente 24"));
    query.sort = ClientQuery::Sort::Document;
    query.order = Qt::AscendingOrder;
    QCOMPARE(repo.list(query)->first().document.number(), QStringLiteral("1000000"));
}

void tst_ClientRepository::deleteRefusedWithDebts()
{
    ClientRepository clients(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Client c = makeClient(QStringLiteral("Carlos Rojas"), QStringLiteral("80123456"));
    QVERIFY(clients.create(c).ok());
    Debt d1 = makeDebt(c.id, QStringLiteral("FV-1"), QDate(2026, 1, 10), 250000);
    Debt d2 = makeDebt(c.id, QStringLiteral("FV-2"), QDate(2026, 2, 10), 100000);
    QVERIFY(debts.create(d1).ok());
    QVERIFY(debts.create(d2).ok());

    const auto removed = clients.remove(c.id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.code(), ErrorCode::Conflict);
    QVERIFY2(removed.error().contains(QStringLiteral("Carlos Rojas")), qPrintable(removed.error()));
    QVERIFY2(removed.error().contains(QStringLiteral("2 debt")), qPrintable(removed.error()));
    QVERIFY(clients.get(c.id).ok());

    Client lonely = makeClient(QStringLiteral("Sin Deudas"), QStringLiteral("80999999"));
    QVERIFY(clients.create(lonely).ok());
    QVERIFY(clients.remove(lonely.id).ok());
    QCOMPARE(clients.get(lonely.id).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_ClientRepository)
#include "tst_clientrepository.moc"
