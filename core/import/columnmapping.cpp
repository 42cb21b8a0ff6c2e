#include "columnmapping.h"

#include "textfold.h"

#include <QSet>

namespace {

struct FieldInfo
{
    ImportField field;
    const char *code;
    const char *exportHeader;
    QList<const char *> synonyms; // folded headers, most specific first
    bool portfolio;
    bool payments;
};

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table = {
        {ImportField::Name,
         "name",
         "Nombre",
         {"nombre", "cliente", "nombre cliente", "nombre del cliente", "razon social",
          "nombre completo", "nombres", "deudor", "titular"},
         true,
         false},
        {ImportField::DocumentType,
         "document_type",
         "Tipo de documento",
         {"tipo de documento", "tipo documento", "tipo doc", "tipo de identificacion",
          "tipo identificacion", "tipo id", "tipo"},
         true,
         false},
        {ImportField::Document,
         "document",
         "Documento",
         {"documento", "cedula", "nit", "cedula nit", "nit cedula", "cedula o nit", "nit o cedula",
          "cc", "cc nit", "numero de documento", "no documento", "nro documento", "identificacion",
          "numero de identificacion", "id cliente", "cedula de ciudadania"},
         true,
         false},
        {ImportField::WhatsApp,
         "whatsapp",
         "Celular",
         {"celular", "whatsapp", "telefono", "movil", "cel", "tel", "telefono celular",
          "numero de celular", "numero whatsapp", "contacto"},
         true,
         false},
        {ImportField::Email,
         "email",
         "Correo",
         {"correo", "email", "e mail", "correo electronico", "mail"},
         true,
         false},
        {ImportField::Address,
         "address",
         "Dirección",
         {"direccion", "domicilio", "direccion de residencia"},
         true,
         false},
        {ImportField::Notes,
         "notes",
         "Notas",
         {"notas", "nota", "observaciones", "observacion", "comentarios"},
         true,
         false},
        {ImportField::Reference,
         "reference",
         "Factura",
         {"factura", "no factura", "numero de factura", "nro factura", "n factura", "num factura",
          "factura no", "referencia", "documento de venta", "invoice"},
         true,
         true},
        {ImportField::Description,
         "description",
         "Descripción",
         {"descripcion", "concepto", "detalle"},
         true,
         false},
        {ImportField::Installment,
         "installment",
         "Cuota",
         {"cuota", "no cuota", "numero de cuota"},
         true,
         false},
        {ImportField::IssueDate,
         "issue_date",
         "Fecha",
         {"fecha", "emision", "fecha de emision", "fecha emision", "fecha factura",
          "fecha de factura", "fecha de expedicion"},
         true,
         false},
        {ImportField::DueDate,
         "due_date",
         "Vencimiento",
         {"vencimiento", "fecha de vencimiento", "fecha vencimiento", "vence", "fecha limite",
          "fecha limite de pago"},
         true,
         false},
        {ImportField::Amount,
         "amount",
         "Valor",
         {"valor", "monto", "valor factura", "valor total", "total", "saldo", "importe",
          "valor del pago", "valor pagado", "pago", "abono"},
         true,
         true},
        {ImportField::Paid,
         "paid",
         "Abono",
         {"abono", "abonos", "pagado", "valor pagado", "pago", "pagos"},
         true,
         false},
        {ImportField::PaymentDate,
         "payment_date",
         "Fecha de pago",
         {"fecha de pago", "fecha pago", "fecha abono", "fecha del abono", "fecha"},
         true,
         true},
        {ImportField::WrittenOff,
         "written_off",
         "Castigada",
         {"castigada", "castigo", "castigado"},
         true,
         false},
        {ImportField::Method,
         "method",
         "Medio de pago",
         {"medio de pago", "medio", "metodo", "metodo de pago", "forma de pago"},
         false,
         true},
        {ImportField::PaymentReference,
         "payment_reference",
         "Referencia",
         {"referencia", "referencia de pago", "comprobante", "no comprobante"},
         false,
         true},
        {ImportField::PaymentNote,
         "payment_note",
         "Nota",
         {"nota", "notas", "observaciones", "observacion"},
         false,
         true},
        {ImportField::ReversalReason,
         "reversal_reason",
         "Motivo de reversión",
         {"motivo de reversion", "reversion", "reversado", "motivo de anulacion", "anulacion"},
         false,
         true},
    };
    return table;
}

const FieldInfo *info(ImportField field)
{
    for (const FieldInfo &f : fieldTable()) {
        if (f.field == field)
            return &f;
    }
    return nullptr;
}

bool belongs(const FieldInfo &f, ImportTarget target)
{
    return target == ImportTarget::Portfolio ? f.portfolio : f.payments;
}

} // namespace

QString ColumnMapping::foldHeader(const QString &header)
{
    QString folded = TextFold::fold(header);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        out.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    return out.simplified();
}

QList<ImportField> ColumnMapping::fields(ImportTarget target)
{
    QList<ImportField> list;
    for (const FieldInfo &f : fieldTable()) {
        if (belongs(f, target))
            list.append(f.field);
    }
    return list;
}

ColumnMapping ColumnMapping::guess(const QStringList &header, ImportTarget target)
{
    ColumnMapping mapping;
    mapping.target = target;
    QStringList folded;
    for (const QString &h : header)
        folded.append(foldHeader(h));
    QSet<int> taken;
    // Exact matches first, in the order of each field's synonyms, then headers that start
    // with a synonym ("Valor factura $" -> valor), longest synonym first.
    for (int pass = 0; pass < 2; ++pass) {
        for (const FieldInfo &f : fieldTable()) {
            if (!belongs(f, target) || mapping.columns.contains(f.field))
                continue;
            int best = -1;
            int bestLength = 0;
            for (const char *synonym : f.synonyms) {
                const QString s = QString::fromLatin1(synonym);
                // In a portfolio, "pago" or "abono" is what was already paid, not the amount.
                if (f.field == ImportField::Amount && target == ImportTarget::Portfolio
                    && (s == QLatin1String("pago") || s == QLatin1String("abono")
                        || s.startsWith(QLatin1String("valor pagado"))
                        || s == QLatin1String("valor del pago")))
                    continue;
                for (int col = 0; col < folded.size(); ++col) {
                    if (taken.contains(col))
                        continue;
                    const QString &h = folded.at(col);
                    const bool hit = pass == 0 ? h == s
                                               : (h.startsWith(s + QLatin1Char(' '))
                                                  && int(s.size()) > bestLength);
                    if (hit && (pass == 0 ? best < 0 : true)) {
                        best = col;
                        bestLength = int(s.size());
                    }
                }
                if (pass == 0 && best >= 0)
                    break;
            }
            if (best >= 0) {
                mapping.columns.insert(f.field, best);
                taken.insert(best);
            }
        }
    }
    return mapping;
}

QVariantMap ColumnMapping::toVariantMap(const QStringList &header) const
{
    QVariantMap map;
    map.insert(QStringLiteral("target"), target == ImportTarget::Portfolio
                                             ? QStringLiteral("portfolio")
                                             : QStringLiteral("payments"));
    QVariantMap columnsMap;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const int col = it.value();
        columnsMap.insert(fieldCode(it.key()),
                          col >= 0 && col < header.size() ? header.at(col) : QString());
    }
    map.insert(QStringLiteral("columns"), columnsMap);
    return map;
}

ColumnMapping ColumnMapping::fromVariantMap(const QVariantMap &map, const QStringList &header)
{
    const ImportTarget target
        = map.value(QStringLiteral("target")).toString() == QLatin1String("payments")
              ? ImportTarget::Payments
              : ImportTarget::Portfolio;
    ColumnMapping guessed = guess(header, target);
    ColumnMapping mapping;
    mapping.target = target;
    QStringList folded;
    for (const QString &h : header)
        folded.append(foldHeader(h));
    QSet<int> taken;
    const QVariantMap saved = map.value(QStringLiteral("columns")).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        ImportField field;
        if (!fieldFromCode(it.key(), &field))
            continue;
        const int col = int(folded.indexOf(foldHeader(it.value().toString())));
        if (col >= 0 && !taken.contains(col)) {
            mapping.columns.insert(field, col);
            taken.insert(col);
        }
    }
    for (auto it = guessed.columns.cbegin(); it != guessed.columns.cend(); ++it) {
        if (!mapping.columns.contains(it.key()) && !taken.contains(it.value())
            && !saved.contains(fieldCode(it.key()))) {
            mapping.columns.insert(it.key(), it.value());
            taken.insert(it.value());
        }
    }
    return mapping;
}

QString ColumnMapping::fieldCode(ImportField field)
{
    const FieldInfo *f = info(field);
    return f ? QString::fromLatin1(f->code) : QString();
}

bool ColumnMapping::fieldFromCode(const QString &code, ImportField *field)
{
    for (const FieldInfo &f : fieldTable()) {
        if (code == QLatin1String(f.code)) {
            *field = f.field;
            return true;
        }
    }
    return false;
}

QString ColumnMapping::exportHeader(ImportField field)
{
    const FieldInfo *f = info(field);
    return f ? QString::fromUtf8(f->exportHeader) : QString();
}

QString ColumnMapping::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return tr("Name");
    case ImportField::DocumentType:
        return tr("Document type");
    case ImportField::Document:
        return tr("Document number");
    case ImportField::WhatsApp:
        return tr("WhatsApp");
    case ImportField::Email:
        return tr("Email");
    case ImportField::Address:
        return tr("Address");
    case ImportField::Notes:
        return tr("Notes");
    case ImportField::Reference:
        return tr("Invoice number");
    case ImportField::Description:
        return tr("Description");
    case ImportField::Installment:
        return tr("Installment");
    case ImportField::IssueDate:
        return tr("Issue date");
    case ImportField::DueDate:
        return tr("Due date");
    case ImportField::Amount:
        return tr("Amount");
    case ImportField::Paid:
        return tr("Already paid");
    case ImportField::PaymentDate:
        return tr("Payment date");
    case ImportField::WrittenOff:
        return tr("Written off");
    case ImportField::Method:
        return tr("Payment method");
    case ImportField::PaymentReference:
        return tr("Payment reference");
    case ImportField::PaymentNote:
        return tr("Payment note");
    case ImportField::ReversalReason:
        return tr("Reversal reason");
    }
    return {};
}
