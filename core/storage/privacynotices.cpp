#include "privacynotices.h"

#include "auditlog.h"
#include "clock.h"
#include "sqlvalues.h"

#include <QJsonObject>
#include <QSqlQuery>

PrivacyNotices::PrivacyNotices(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QString> PrivacyNotices::current() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT body FROM privacy_notices ORDER BY id DESC LIMIT 1")))
        return m_db.failure(q.lastError(), tr("reading the privacy notice"));
    if (q.next())
        return q.value(0).toString();
    return defaultText();
}

Result<void> PrivacyNotices::save(const QString &body) const
{
    if (body.trimmed().isEmpty())
        return Failure{tr("The privacy notice cannot be empty. Start again from the default "
                          "text if needed."),
                       ErrorCode::Invalid};
    const auto before = current();
    if (!before)
        return before.failure();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("saving the privacy notice"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO privacy_notices (body, created_at, created_by) "
                             "VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(body);
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(SqlValues::text(AuditLog::currentUser()));
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("saving the privacy notice"));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // an unfinished INSERT ... RETURNING would block the COMMIT
    const auto logged
        = AuditLog(m_db, m_clock)
              .record(QStringLiteral("privacy_notice"), id, QStringLiteral("update"),
                      {{QStringLiteral("body"), before.value()}}, {{QStringLiteral("body"), body}});
    if (!logged)
        return logged.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("saving the privacy notice"));
    return {};
}

QString PrivacyNotices::defaultText(const QString &businessName, const QString &businessId,
                                    const QString &contact)
{
    const QString name
        = businessName.isEmpty() ? QStringLiteral("[NOMBRE DE LA EMPRESA]") : businessName;
    const QString nit = businessId.isEmpty() ? QStringLiteral("[NIT]") : businessId;
    const QString where
        = contact.isEmpty() ? QStringLiteral("[dirección, teléfono y correo]") : contact;
    // The notice is a legal text in Spanish for Colombian clients; it is not translated.
    return QStringLiteral(
               "AVISO DE PRIVACIDAD Y AUTORIZACIÓN PARA EL TRATAMIENTO DE DATOS PERSONALES\n\n"
               "%1, identificada con NIT %2, con domicilio y datos de contacto en %3, es "
               "responsable del tratamiento de sus datos personales conforme a la Ley 1581 de "
               "2012 y el Decreto 1377 de 2013.\n\n"
               "Finalidad: sus datos (nombre, documento de identidad, número de celular y "
               "WhatsApp, correo electrónico, dirección, facturas, pagos y saldos) se usan para "
               "administrar su cuenta, registrar sus pagos y enviarle recordatorios de pago y "
               "avisos sobre sus obligaciones por WhatsApp y otros canales que usted autorice, "
               "dentro de los horarios que permite la Ley 2300 de 2023.\n\n"
               "Derechos del titular: usted puede conocer, actualizar y rectificar sus datos; "
               "solicitar prueba de esta autorización; ser informado sobre el uso de sus datos; "
               "presentar quejas ante la Superintendencia de Industria y Comercio; revocar la "
               "autorización y solicitar la supresión de sus datos cuando no exista un deber "
               "legal o contractual de conservarlos; y acceder gratuitamente a sus datos.\n\n"
               "Las consultas se atienden en un máximo de diez (10) días hábiles y los reclamos "
               "en un máximo de quince (15) días hábiles, a través de los datos de contacto "
               "indicados arriba.\n\n"
               "Autorizo de manera previa, expresa e informada a %1 para tratar mis datos "
               "personales con las finalidades aquí descritas, incluido el envío de mensajes "
               "por WhatsApp.\n\n"
               "Nombre: ______________________________   Documento: ____________________\n\n"
               "Celular: _____________________________   Fecha: ________________________\n\n"
               "Firma: _______________________________\n")
        .arg(name, nit, where);
}
