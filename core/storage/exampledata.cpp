#include "exampledata.h"

#include "clientrepository.h"
#include "clock.h"
#include "debtrepository.h"
#include "paymentrepository.h"

#include <QList>

namespace {

struct Person
{
    const char *name;
    const char *address;
    const char *email;
};

const Person kPeople[] = {
    {"María Fernanda Gómez Rojas", "Cra. 45 # 26-85, Bogotá", "mafe.gomez@gmail.com"},
    {"Juan Carlos Muñoz Ávila", "Calle 10 # 43-12, Medellín", ""},
    {"Luz Dary Castaño Ríos", "Av. 6N # 23-45, Cali", "luzdary.castano@hotmail.com"},
    {"Andrés Felipe Ramírez Ospina", "Calle 72 # 54-30, Barranquilla", ""},
    {"Diana Marcela Peña Suárez", "Cra. 27 # 36-14, Bucaramanga", "dianapena@yahoo.com"},
    {"José Gregorio Hernández Díaz", "Calle 19 # 5-51, Pereira", ""},
    {"Paola Andrea Cárdenas Mejía", "Cra. 23 # 62-39, Manizales", "paola.cardenas@gmail.com"},
    {"Carlos Alberto Quintero Salazar", "Calle 31 # 2-40, Ibagué", ""},
    {"Sandra Milena Álvarez Torres", "Cra. 7 # 12-25, Tunja", "sandra.alvarez@outlook.com"},
    {"Jhon Jairo Restrepo Zapata", "Calle 50 # 46-36, Medellín", ""},
    {"Ángela María Londoño Henao", "Cra. 15 # 93-60, Bogotá", "angela.londono@gmail.com"},
    {"Óscar Iván Moreno Vargas", "Calle 8 # 3-20, Neiva", ""},
    {"Yolanda Patiño de Ruiz", "Cra. 4 # 18-50, Santa Marta", ""},
    {"Héctor Fabio Guzmán Lozano", "Av. Roosevelt # 34-12, Cali", "hfguzman@gmail.com"},
    {"Natalia Sofía Beltrán Acosta", "Calle 26 # 69-76, Bogotá", "nata.beltran@gmail.com"},
    {"Wilson Eduardo Pérez Cañón", "Cra. 19 # 9-35, Villavicencio", ""},
    {"Gloria Inés Bermúdez Parra", "Calle 14 # 10-22, Armenia", "gloria.bermudez@hotmail.com"},
    {"Édgar Mauricio Chaparro León", "Cra. 9 # 20-15, Sogamoso", ""},
    {"Liliana Patricia Ocampo Giraldo", "Calle 21 # 23-45, Manizales", "liliocampo@gmail.com"},
    {"Fabián Andrés Rincón Téllez", "Cra. 33 # 48-10, Bucaramanga", ""},
    {"Marta Lucía Echeverri Uribe", "Calle 5 # 38-25, Cali", ""},
    {"Ricardo José Villamizar Pabón", "Av. 0 # 11-30, Cúcuta", "rvillamizar@gmail.com"},
    {"Claudia Ximena Arango Betancur", "Cra. 70 # 44-21, Medellín", ""},
    {"Germán Darío Ibáñez Forero", "Calle 134 # 9-51, Bogotá", "german.ibanez@gmail.com"},
};

struct Company
{
    const char *name;
    const char *nitBase;
    const char *address;
    const char *email;
};

const Company kCompanies[] = {
    {"Distribuidora El Triunfo S.A.S.", "900123456", "Zona Industrial Cra. 50 # 9-10, Itagüí",
     "cartera@eltriunfo.com.co"},
    {"Ferretería La Económica Ltda.", "800234517", "Calle 13 # 21-40, Bogotá",
     "contabilidad@laeconomica.co"},
    {"Droguería San Rafael S.A.S.", "901345628", "Cra. 8 # 15-33, Pasto", ""},
    {"Panadería y Pastelería Doña Blanca", "901456739", "Calle 45 # 20-18, Barranquilla",
     "donablanca.pan@gmail.com"},
    {"Colegio Nuevo Horizonte", "860567841", "Av. Boyacá # 72-15, Bogotá",
     "tesoreria@nuevohorizonte.edu.co"},
    {"Clínica Odontológica Sonrisas S.A.S.", "900678952", "Cra. 43A # 1-50, Medellín",
     "facturacion@sonrisas.com.co"},
    {"Transportes Rápido Caribe S.A.", "890789063", "Vía 40 # 71-124, Barranquilla", ""},
    {"Supermercado Mercamás", "901890174", "Calle 30 # 17-20, Montería",
     "pagos@mercamas.co"},
    {"Restaurante Sabor Llanero", "900901285", "Cra. 30 # 38-02, Villavicencio", ""},
    {"Construcciones Andinas S.A.S.", "901012396", "Calle 100 # 19-61, Bogotá",
     "tesoreria@candinas.com"},
};

struct ConsentExample
{
    Consent::State state;
    const char *source;
    const char *evidence;
};

const ConsentExample kConsents[] = {
    {Consent::State::Granted, "formulario firmado",
     "Formulario de autorización de datos firmado, archivo físico carpeta A"},
    {Consent::State::Granted, "mensaje de WhatsApp",
     "El cliente respondió \"Sí, acepto\" al mensaje de autorización"},
    {Consent::State::Granted, "llamada grabada", "Grabación de la llamada guardada en el servidor"},
    {Consent::State::NeverAsked, "", ""},
    {Consent::State::Granted, "formulario web", "Aceptó la política de datos en el formulario web"},
    {Consent::State::Revoked, "correo electrónico",
     "Pidió por correo no recibir más mensajes por WhatsApp"},
    {Consent::State::Granted, "formulario firmado", "Autorización anexa al contrato de crédito"},
};

const char *const kMobilePrefixes[] = {"300", "301", "302", "304", "305", "310", "311", "312",
                                       "313", "314", "315", "316", "317", "318", "319", "320",
                                       "321", "350", "351"};

// Days from the due date to today: positive are overdue. Spread over every default mora
// level (al día, 1–30, 31–60, 61–90, más de 90) and some due soon.
const int kDueOffsets[] = {-25, 12, 45, 70, 130, -5, 3, 28, 38, 61, 95, 200, 0, 17, 55, 84, -40};

const char *const kDescriptions[] = {
    "Mercancía a crédito", "Pedido de temporada", "Suministro mensual", "Mantenimiento",
    "Pensión escolar",     "Servicios prestados", "Materiales de obra",  "Tratamiento",
};

// A deterministic sequence, so the example data is the same on every machine.
class Sequence
{
public:
    explicit Sequence(quint32 seed) : m_state(seed) {}
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }
    int below(int n) { return int(next() % quint32(n)); }

private:
    quint32 m_state;
};

QString mobileNumber(Sequence &seq)
{
    const int prefixes = int(sizeof(kMobilePrefixes) / sizeof(kMobilePrefixes[0]));
    return QString::fromLatin1(kMobilePrefixes[seq.below(prefixes)])
           + QStringLiteral("%1").arg(1000000 + seq.below(9000000), 7, 10, QLatin1Char('0'));
}

} // namespace

Result<ExampleData::Summary> ExampleData::load(const Database &db, const Clock &clock)
{
    ClientRepository clients(db, clock);
    DebtRepository debts(db, clock);
    PaymentRepository payments(db, clock);

    const auto existing = clients.count(ClientQuery());
    if (!existing)
        return existing.failure();
    if (existing.value() > 0)
        return Failure{tr("Example data can only be loaded into an empty database; this one "
                          "already has %n client(s). Open a new file with --database to try "
                          "the example.",
                          nullptr, existing.value()),
                       ErrorCode::Conflict};

    const QDate today = clock.today();
    Sequence seq(20260110u);
    Summary summary;
    QList<Debt> created;

    {
        // Clients and debts in one transaction: all of them or none.
        WriteTransaction tx(db);
        if (!tx.started())
            return db.failure(tx.error(), tr("loading the example data"));

        QList<Client> newClients;
        int consentIndex = 0;
        const auto addClient = [&](Client c) -> Result<void> {
            const ConsentExample &consent =
                kConsents[consentIndex++ % int(sizeof(kConsents) / sizeof(kConsents[0]))];
            c.consent.state = consent.state;
            if (consent.state != Consent::State::NeverAsked) {
                c.consent.at = QDateTime(today.addDays(-30 - seq.below(300)),
                                         QTime(9 + seq.below(8), seq.below(60)), clock.timeZone())
                                   .toUTC();
                c.consent.source = QString::fromUtf8(consent.source);
                c.consent.evidence = QString::fromUtf8(consent.evidence);
            }
            for (int attempt = 0; attempt < 5; ++attempt) {
                const auto phone = PhoneNumber::parse(mobileNumber(seq));
                if (phone) {
                    c.whatsapp = phone.value();
                    break;
                }
            }
            const auto id = clients.create(c);
            if (!id)
                return id.failure();
            newClients.append(c);
            return {};
        };

        int cedula = 0;
        for (const Person &p : kPeople) {
            Client c;
            c.name = QString::fromUtf8(p.name);
            // Cédulas of 8 to 10 digits, like those issued over the decades.
            const qint64 number = cedula % 3 == 0
                                      ? qint64(1'000'000'000) + seq.below(120'000'000)
                                      : qint64(10'000'000) * (1 + cedula % 9) + seq.below(9'999'999);
            ++cedula;
            c.document = IdentityDocument::parse(IdentityDocument::Type::CC, QString::number(number))
                             .value();
            c.address = QString::fromUtf8(p.address);
            c.email = QString::fromUtf8(p.email);
            if (auto added = addClient(c); !added)
                return added.failure();
        }
        for (const Company &co : kCompanies) {
            Client c;
            c.name = QString::fromUtf8(co.name);
            const QString base = QString::fromLatin1(co.nitBase);
            const auto nit = IdentityDocument::parse(
                IdentityDocument::Type::NIT,
                base + QLatin1Char('-') + QString::number(IdentityDocument::nitCheckDigit(base)));
            if (!nit)
                return nit.failure();
            c.document = nit.value();
            c.address = QString::fromUtf8(co.address);
            c.email = QString::fromUtf8(co.email);
            c.notes = tr("Pays by bank transfer; send the invoice to the email on file.");
            if (auto added = addClient(c); !added)
                return added.failure();
        }
        {
            Client c;
            c.name = QStringLiteral("Giovanni Rossi Bianchi");
            c.document = IdentityDocument::parse(IdentityDocument::Type::CE, QStringLiteral("E4829173"))
                             .value();
            c.address = QStringLiteral("Calle 93B # 13-44, Bogotá");
            if (auto added = addClient(c); !added)
                return added.failure();
        }
        // One client who has stopped buying, to show inactive clients in the list.
        newClients.last().active = false;
        if (auto saved = clients.update(newClients.last()); !saved)
            return saved.failure();
        summary.clients = int(newClients.size());

        const int offsets = int(sizeof(kDueOffsets) / sizeof(kDueOffsets[0]));
        const int descriptions = int(sizeof(kDescriptions) / sizeof(kDescriptions[0]));
        int invoice = 10231;
        int offsetIndex = 0;
        for (int i = 0; i < newClients.size(); ++i) {
            const Client &c = newClients.at(i);
            const bool company = c.document.type() == IdentityDocument::Type::NIT;
            const int count = 1 + (i % 3) + (company ? 1 : 0);
            for (int k = 0; k < count; ++k) {
                Debt d;
                d.clientId = c.id;
                d.reference = QStringLiteral("FE-%1").arg(invoice++);
                d.description = QString::fromUtf8(kDescriptions[seq.below(descriptions)]);
                d.dueDate = today.addDays(-kDueOffsets[offsetIndex++ % offsets]);
                d.issueDate = qMin(d.dueDate.addDays(-(company ? 60 : 30)), today);
                // Round amounts, larger for companies: $85.000 to about $12.000.000.
                const qint64 thousands = company ? 900 + seq.below(11000) : 85 + seq.below(2400);
                d.amount = Money::fromPesos(thousands * 1000);
                const auto id = debts.create(d);
                if (!id)
                    return id.failure();
                created.append(d);
            }
        }
        summary.debts = int(created.size());
        if (!tx.commit())
            return db.failure(tx.error(), tr("loading the example data"));
    }

    // Payments: about a third of the debts partly paid, some paid in full; each is recorded as
    // a clerk would, so balances and states follow the real rules.
    const QList<Payment::Method> methods{Payment::Method::Transfer, Payment::Method::Cash,
                                         Payment::Method::Nequi, Payment::Method::PSE,
                                         Payment::Method::Daviplata};
    for (int i = 0; i < created.size(); ++i) {
        const Debt &d = created.at(i);
        const int kind = i % 6; // 0, 3: partial; 4: full; others: nothing yet
        if (kind != 0 && kind != 3 && kind != 4)
            continue;
        Payment p;
        p.debtId = d.id;
        const QDate latest = qMin(today, d.dueDate.addDays(10));
        const qint64 span = qMax<qint64>(0, d.issueDate.daysTo(latest));
        p.date = d.issueDate.addDays(span > 0 ? seq.below(int(span) + 1) : 0);
        if (p.date > today)
            p.date = today;
        p.method = methods.at(seq.below(int(methods.size())));
        if (kind == 4) {
            p.amount = d.amount;
        } else {
            // A round part of the amount: 20% to 70%.
            const qint64 pesos = d.amount.pesos() * (20 + seq.below(51)) / 100;
            p.amount = Money::fromPesos(qMax<qint64>(1000, pesos / 1000 * 1000));
        }
        if (p.method != Payment::Method::Cash)
            p.reference = QString::number(100000 + seq.below(900000));
        const auto id = payments.record(p);
        if (!id)
            return id.failure();
        ++summary.payments;
    }
    return summary;
}
