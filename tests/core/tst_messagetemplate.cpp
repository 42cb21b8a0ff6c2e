#include "messagetemplate.h"

#include <QTest>

class tst_MessageTemplate : public QObject
{
    Q_OBJECT
private slots:
    void defaultOverdueRendersTheRequestedText();
    void render_data();
    void render();
    void validate_data();
    void validate();
    void parametersInProviderOrder();
    void groupedContext();
    void paymentLinkOfferedLast();
};

namespace {
MessageContext juan()
{
    MessageContext c;
    c.clientName = QStringLiteral("Juan");
    c.amount = Money::fromPesos(300000);
    c.balance = Money::fromPesos(250000);
    c.dueDate = QDate(2026, 1, 10);
    c.daysOverdue = 8;
    c.references = {QStringLiteral("F-1001")};
    c.businessName = QStringLiteral("Distribuidora La 14");
    return c;
}
} // namespace

void tst_MessageTemplate::defaultOverdueRendersTheRequestedText()
{
    const MessageTemplate t = MessageTemplate::defaultOverdue();
    QVERIFY(t.validate().ok());
    QCOMPARE(t.render(juan()),
             QStringLiteral("Hola *Juan*, te recordamos que tienes un pago pendiente por *$250.000 "
                            "COP* con vencimiento el *10/01/2026*. Por favor comunícate para "
                            "evitar recargos. Gracias."));
    QVERIFY(MessageTemplate::defaultPreventive().validate().ok());
}

void tst_MessageTemplate::render_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nombre") << "{nombre}"
                            << "Juan";
    QTest::newRow("monto") << "{monto}"
                           << "$300.000 COP";
    QTest::newRow("saldo") << "{saldo}"
                           << "$250.000 COP";
    QTest::newRow("vencimiento") << "{vencimiento}"
                                 << "10/01/2026";
    QTest::newRow("dias_mora") << "{dias_mora} días"
                               << "8 días";
    QTest::newRow("referencia") << "Factura {referencia}"
                                << "Factura F-1001";
    QTest::newRow("empresa") << "— {empresa}"
                             << "— Distribuidora La 14";
    QTest::newRow("repeated") << "{nombre}/{nombre}"
                              << "Juan/Juan";
    QTest::newRow("no placeholders") << "Gracias."
                                     << "Gracias.";
    QTest::newRow("brace text kept") << "a { b } c"
                                     << "a { b } c";
}

void tst_MessageTemplate::render()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    MessageTemplate t = MessageTemplate::defaultOverdue();
    t.body = body;
    QCOMPARE(t.render(juan()), expected);
}

void tst_MessageTemplate::validate_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("refusedName"); // empty: accepted
    QTest::newRow("all known")
        << "{nombre} {monto} {saldo} {vencimiento} {dias_mora} {referencia} {empresa}"
        << QStringList{"nombre", "saldo"} << QString();
    QTest::newRow("unknown in body") << "Hola {cliente}" << QStringList{} << "cliente";
    QTest::newRow("misspelt") << "Hola {Nombre}" << QStringList{} << "Nombre";
    QTest::newRow("empty braces") << "Hola {}" << QStringList{} << "{}";
    QTest::newRow("unknown parameter")
        << "Hola {nombre}" << QStringList{"nombre", "total"} << "total";
    QTest::newRow("empty body") << "  " << QStringList{} << "text";
}

void tst_MessageTemplate::validate()
{
    QFETCH(QString, body);
    QFETCH(QStringList, parameters);
    QFETCH(QString, refusedName);
    MessageTemplate t = MessageTemplate::defaultOverdue();
    t.body = body;
    t.parameters = parameters;
    const auto result = t.validate();
    QCOMPARE(result.ok(), refusedName.isEmpty());
    if (!refusedName.isEmpty())
        QVERIFY2(result.error().contains(refusedName), qPrintable(result.error()));
}

void tst_MessageTemplate::parametersInProviderOrder()
{
    const MessageTemplate t = MessageTemplate::defaultOverdue();
    QCOMPARE(t.providerTemplate, QStringLiteral("recordatorio_pago"));
    QCOMPARE(t.language, QStringLiteral("es"));
    QCOMPARE(t.renderParameters(juan()),
             (QStringList{QStringLiteral("Juan"), QStringLiteral("$250.000 COP"),
                          QStringLiteral("10/01/2026")}));
}

void tst_MessageTemplate::groupedContext()
{
    MessageContext c = juan();
    c.references = {QStringLiteral("F-1"), QStringLiteral("F-2")};
    MessageTemplate t;
    t.name = QStringLiteral("x");
    t.body = QStringLiteral("{referencia}: {saldo}");
    QCOMPARE(t.render(c), QStringLiteral("F-1, F-2: $250.000 COP"));
}

void tst_MessageTemplate::paymentLinkOfferedLast()
{
    const MessageTemplate t = MessageTemplate::defaultOverdue(true);
    QVERIFY(t.validate().ok());
    QCOMPARE(t.parameters.last(), QStringLiteral("link_pago"));
    // Until the message leaves, the placeholder waits in the text and the parameters.
    QString text = t.render(juan());
    QStringList parameters = t.renderParameters(juan());
    QVERIFY(text.endsWith(QStringLiteral("Gracias. Puedes pagar en línea con PSE, Nequi, "
                                         "Daviplata o tarjeta aquí: {link_pago}")));
    QVERIFY(MessageTemplate::needsPaymentLink(text, parameters));
    QVERIFY(!MessageTemplate::needsPaymentLink(MessageTemplate::defaultOverdue().render(juan()),
                                               MessageTemplate::defaultOverdue().renderParameters(juan())));
    const QString url = QStringLiteral("https://checkout.wompi.co/l/test_abc123");
    MessageTemplate::fillPaymentLink(&text, &parameters, url);
    QVERIFY(text.endsWith(QStringLiteral("aquí: ") + url));
    QCOMPARE(parameters, (QStringList{QStringLiteral("Juan"), QStringLiteral("$250.000 COP"),
                                      QStringLiteral("10/01/2026"), url}));
    QVERIFY(!MessageTemplate::needsPaymentLink(text, parameters));
    MessageContext withLink = juan();
    withLink.paymentLink = url;
    QVERIFY(t.render(withLink).endsWith(url));
}

QTEST_GUILESS_MAIN(tst_MessageTemplate)
#include "tst_messagetemplate.moc"
