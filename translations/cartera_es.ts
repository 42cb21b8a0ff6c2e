<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/storage/auditlog.cpp" line="+150"/>
        <source>writing the audit log</source>
        <translation>se escribía el registro de auditoría</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the audit log</source>
        <translation>se leía el registro de auditoría</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>counting the audit log</source>
        <translation>se contaba el registro de auditoría</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The audit log could not be written: %1</source>
        <translation>No se pudo escribir el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/auditlogmodel.cpp" line="+24"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent granted</source>
        <translation>Consentimiento otorgado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent revoked</source>
        <translation>Consentimiento revocado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent cleared</source>
        <translation>Consentimiento borrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversed</source>
        <translation>Reversado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Castigada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reinstated</source>
        <translation>Reactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected at the client&apos;s request</source>
        <translation>Corregido a solicitud del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymised</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="+27"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search user, name, invoice…</source>
        <translation>Buscar usuario, nombre, factura…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Between</source>
        <translation>&amp;Entre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../ui/autostart.cpp" line="+47"/>
        <source>Windows did not let Cartera change its start with the session. Nothing else was affected; try again or set it in Task Manager › Startup.</source>
        <translation>Windows no permitió que Cartera cambiara su inicio con la sesión. Nada más se modificó; intente de nuevo o configúrelo en Administrador de tareas › Inicio.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cartera cannot remove %1. Delete it by hand to stop starting with the session.</source>
        <translation>Cartera no puede eliminar %1. Bórrelo a mano para que deje de iniciar con la sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cartera cannot create the folder %1.</source>
        <translation>Cartera no puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Cartera cannot write %1: %2.</source>
        <translation>Cartera no puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/storage/backupservice.cpp" line="+113"/>
        <source>The database is on a PostgreSQL server: Cartera cannot copy it into a backup file. Back it up on the server (for example with pg_dump).</source>
        <translation>La base de datos está en un servidor PostgreSQL: Cartera no puede copiarla en un archivo de respaldo. Haga la copia de seguridad en el servidor (por ejemplo, con pg_dump).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cartera cannot create the backup folder %1. Choose another folder in Settings › Backups.</source>
        <translation>Cartera no puede crear la carpeta de copias de seguridad %1. Elija otra carpeta en Configuración › Copias de seguridad.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cartera cannot read the database to back it up: %1</source>
        <translation>Cartera no puede leer la base de datos para hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup to %1 failed: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>La copia de seguridad en %1 falló: %2. Verifique que se pueda escribir en la carpeta y que el disco no esté lleno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup could not be saved as %1. Check the folder&apos;s permissions.</source>
        <translation>La copia de seguridad no se pudo guardar como %1. Revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Old backups could not be deleted from %1 (%2). Check the folder&apos;s permissions.</source>
        <translation>No se pudieron borrar copias antiguas de %1 (%2). Revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>No se puede leer la copia de seguridad %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Cartera backup (it is not a SQLite file). Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de Cartera (no es un archivo SQLite). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup %1 cannot be opened: %2. Nothing was changed.</source>
        <translation>No se puede abrir la copia de seguridad %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 is damaged (%2). Nothing was changed; choose another backup.</source>
        <translation>La copia de seguridad %1 está dañada (%2). No se cambió nada; elija otra copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 is damaged (integrity check: %2). Nothing was changed; choose another backup.</source>
        <translation>La copia de seguridad %1 está dañada (verificación de integridad: %2). No se cambió nada; elija otra copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Cartera backup: it has no Cartera information. Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de Cartera: no tiene la información de Cartera. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a Cartera backup: it has no schema version. Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de Cartera: no tiene versión de esquema. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 was made by a newer version of Cartera (database version %2; this program reads up to version %3). Install the newer Cartera to restore it. Nothing was changed.</source>
        <translation>La copia de seguridad %1 la hizo una versión más reciente de Cartera (base de datos versión %2; este programa lee hasta la versión %3). Instale la versión más reciente de Cartera para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cartera cannot open %1 to replace it: %2. Nothing was changed.</source>
        <translation>Cartera no puede abrir %1 para reemplazarlo: %2. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 is still in use (another Cartera window or the reminder run). Close it and try again. Nothing was changed.</source>
        <translation>La base de datos %1 todavía está en uso (otra ventana de Cartera o el envío de recordatorios). Ciérrela e intente de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cartera cannot move %1 aside before restoring. Check the folder&apos;s permissions. Nothing was changed.</source>
        <translation>Cartera no puede apartar %1 antes de restaurar. Revise los permisos de la carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup could not be copied to %1. The database was left as it was; check the free disk space and the folder&apos;s permissions.</source>
        <translation>La copia de seguridad no se pudo copiar en %1. La base de datos quedó como estaba; revise el espacio libre en disco y los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database is on a PostgreSQL server: a backup file cannot replace it. Restore it on the server (for example with pg_restore), or copy the file into a new, empty server database with cartera --migrate-to. Nothing was changed.</source>
        <translation>La base de datos está en un servidor PostgreSQL: un archivo de respaldo no puede reemplazarla. Restáurela en el servidor (por ejemplo, con pg_restore) o copie el archivo en una base de datos nueva y vacía del servidor con cartera --migrate-to. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cartera cannot write %1 to restore the copy at the next start: %2.</source>
        <translation>Cartera no puede escribir %1 para restaurar la copia en el próximo inicio: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cartera cannot read %1: %2.</source>
        <translation>Cartera no puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>ClerkActions</name>
    <message>
        <location filename="../ui/clerkactions.cpp" line="+22"/>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Client %1 saved.</source>
        <translation>Cliente %1 guardado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation>¿Eliminar a %1 (%2)? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client %1 deleted.</source>
        <translation>Cliente %1 eliminado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Debt %1 for %2 saved.</source>
        <translation>Deuda %1 de %2 guardada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Debt %1 saved.</source>
        <translation>Deuda %1 guardada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The debt no longer exists.</source>
        <translation>La deuda ya no existe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment of %1 recorded.</source>
        <translation>Pago de %1 registrado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The payment no longer exists.</source>
        <translation>El pago ya no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment reversed.</source>
        <translation>Pago anulado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Example data loaded: %1 clients, %2 debts, %3 payments.</source>
        <translation>Datos de ejemplo cargados: %1 clientes, %2 deudas, %3 pagos.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../core/domain/client.cpp" line="+27"/>
        <source>Enter the client&apos;s name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: use at most 200 characters.</source>
        <translation>El nombre es demasiado largo: use máximo 200 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client&apos;s document number.</source>
        <translation>Escriba el número de documento del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the client&apos;s WhatsApp number.</source>
        <translation>Escriba el número de WhatsApp del cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address. Leave it empty or write it like nombre@empresa.com.</source>
        <translation>&quot;%1&quot; no es un correo electrónico. Déjelo vacío o escríbalo como nombre@empresa.com.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the date the consent was given or revoked.</source>
        <translation>Escriba la fecha en que se dio o se revocó la autorización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say how the client gave consent, for example &quot;formulario firmado&quot;.</source>
        <translation>Indique cómo dio el cliente la autorización, por ejemplo &quot;formulario firmado&quot;.</translation>
    </message>
</context>
<context>
    <name>ClientDataExport</name>
    <message>
        <location filename="../ui/clientdataexport.cpp" line="+57"/>
        <source>Personal data held about %1</source>
        <translation>Datos personales que se tienen de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer to a query under Ley 1581 de 2012. Exported on %1 by %2.</source>
        <translation>Respuesta a una consulta según la Ley 1581 de 2012. Exportado el %1 por %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent history</source>
        <translation>Historial de consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debts</source>
        <translation>Deudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record of changes</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>ClientDetailPanel</name>
    <message>
        <location filename="../ui/clientdetailpanel.cpp" line="+23"/>
        <source>Choose a client in the list to see their debts and payments.</source>
        <translation>Elija un cliente de la lista para ver sus deudas y pagos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>WhatsApp consent</source>
        <translation>Consentimiento de WhatsApp</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Open debts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deudas abiertas&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Payment history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial de pagos&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy payment link</source>
        <translation>&amp;Copiar enlace de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a link to pay the whole balance online (PSE, Nequi, Daviplata, card), to paste in a chat or an e-mail.</source>
        <translation>Copia un enlace para pagar todo el saldo en línea (PSE, Nequi, Daviplata, tarjeta), para pegarlo en un chat o un correo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Getting the payment link…</source>
        <translation>Obteniendo el enlace de pago…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied: link to pay %1, valid until %2.</source>
        <translation>Copiado: enlace para pagar %1, válido hasta el %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · WhatsApp %2</source>
        <translation>%1 · WhatsApp %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Granted on %1 by %2.
Evidence: %3</source>
        <translation>Otorgado el %1 mediante %2.
Evidencia: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>none recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Revoked on %1 (%2). No WhatsApp reminders are sent.
Evidence: %3</source>
        <translation>Revocado el %1 (%2). No se envían recordatorios por WhatsApp.
Evidencia: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not asked yet. No WhatsApp reminders are sent until the client gives consent; record it with Edit client.</source>
        <translation>Aún no se ha solicitado. No se envían recordatorios por WhatsApp hasta que el cliente dé su consentimiento; regístrelo con Editar cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance owed: %1</source>
        <translation>Saldo pendiente: %1</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../ui/clientdialog.cpp" line="+24"/>
        <location line="+118"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Full name or company name</source>
        <translation>Nombre completo o razón social</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1.020.304.050 or 900.123.456-8</source>
        <translation>1.020.304.050 o 900.123.456-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>300 123 4567</source>
        <translation>300 123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active client</source>
        <translation>Cliente activo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;WhatsApp:</source>
        <translation>&amp;WhatsApp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp consent (Habeas Data)</source>
        <translation>Consentimiento de WhatsApp (Habeas Data)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked yet</source>
        <translation>Aún no se ha solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where the proof is: the signed form&apos;s folder, the client&apos;s message ...</source>
        <translation>Dónde está la prueba: la carpeta del formulario firmado, el mensaje del cliente...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>Có&amp;mo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence:</source>
        <translation>E&amp;videncia:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit client — %1</source>
        <translation>Editar cliente — %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mobile number with WhatsApp, 10 digits starting with 3.</source>
        <translation>Celular con WhatsApp, 10 dígitos que empiezan por 3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the client (Enter)</source>
        <translation>Guardar el cliente (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the client&apos;s name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the client %1</source>
        <translation>el cliente %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These are the other person&apos;s data, already saved. Close, or change them and save.</source>
        <translation>Estos son los datos de la otra persona, ya guardados. Cierre, o cámbielos y guarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: another person changed this client meanwhile.</source>
        <translation>No se guardó: otra persona cambió este cliente mientras tanto.</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../ui/clientpicker.cpp" line="+16"/>
        <source>Type a name, document or phone</source>
        <translation>Escriba un nombre, documento o teléfono</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose the client: type part of the name, document or phone and pick one from the list.</source>
        <translation>Elija el cliente: escriba parte del nombre, documento o teléfono y escoja uno de la lista.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No client matches &quot;%1&quot;. Check the spelling or add the client first.</source>
        <translation>Ningún cliente coincide con &quot;%1&quot;. Revise cómo lo escribió o agregue primero el cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several clients match &quot;%1&quot;: pick one from the list.</source>
        <translation>Varios clientes coinciden con &quot;%1&quot;: escoja uno de la lista.</translation>
    </message>
</context>
<context>
    <name>ClientPrivacy</name>
    <message>
        <location filename="../core/storage/clientprivacy.cpp" line="+150"/>
        <source>gathering the client&apos;s data</source>
        <translation>se reunían los datos del cliente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client no longer exists.</source>
        <translation>El cliente ya no existe.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Say who asked for the correction and how, for example &quot;el titular, por correo del 12/01/2026&quot;.</source>
        <translation>Indique quién pidió la corrección y cómo, por ejemplo &quot;el titular, por correo del 12/01/2026&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>correcting the client&apos;s data</source>
        <translation>se corregían los datos del cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anonymising the client</source>
        <translation>se anonimizaba el cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who asked for the deletion and how, for example &quot;el titular, por escrito del 12/01/2026&quot;.</source>
        <translation>Indique quién pidió la supresión y cómo, por ejemplo &quot;el titular, por escrito del 12/01/2026&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This client was already anonymised.</source>
        <translation>Este cliente ya fue anonimizado.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 still owes %2 on %n open debt(s). The data cannot be deleted while debts are open: record the payments or write the debts off first.</source>
        <translation>
            <numerusform>%1 todavía debe %2 en %n deuda abierta. Los datos no se pueden suprimir mientras haya deudas abiertas: registre los pagos o castigue las deudas primero.</numerusform>
            <numerusform>%1 todavía debe %2 en %n deudas abiertas. Los datos no se pueden suprimir mientras haya deudas abiertas: registre los pagos o castigue las deudas primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>deletion request</source>
        <translation>solicitud de supresión</translation>
    </message>
</context>
<context>
    <name>ClientPrivacyDialog</name>
    <message>
        <location filename="../ui/clientprivacydialog.cpp" line="+26"/>
        <source>Personal data (Habeas Data)</source>
        <translation>Datos personales (Habeas Data)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Consent history</source>
        <translation>Historial de &amp;consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record of changes</source>
        <translation>&amp;Registro de cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimizar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>WhatsApp consent granted</source>
        <translation>Consentimiento de WhatsApp otorgado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp consent revoked</source>
        <translation>Consentimiento de WhatsApp revocado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp consent never asked</source>
        <translation>Consentimiento de WhatsApp nunca solicitado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export the client&apos;s data</source>
        <translation>Exportar los datos del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Anonymise the client</source>
        <translation>Anonimizar el cliente</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Who asked for the deletion, how and when (for example &quot;el titular, por escrito del 12/01/2026&quot;):</source>
        <translation>Quién pidió la supresión, cómo y cuándo (por ejemplo &quot;el titular, por escrito del 12/01/2026&quot;):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name, document, phone, email, address, notes and message texts will be removed for good. Debts and payments stay as anonymous figures. Continue?</source>
        <translation>El nombre, el documento, el teléfono, el correo, la dirección, las notas y los textos de los mensajes se eliminarán definitivamente. Las deudas y los pagos quedan como cifras anónimas. ¿Continuar?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client was anonymised.</source>
        <translation>El cliente fue anonimizado.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <location filename="../core/storage/clientrepository.cpp" line="+93"/>
        <source>There is already a client with %1: %2. Open that client instead of creating another.</source>
        <translation>Ya existe un cliente con %1: %2. Abra ese cliente en lugar de crear otro.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+43"/>
        <source>There is already a client with %1.</source>
        <translation>Ya existe un cliente con %1.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+15"/>
        <location line="+7"/>
        <location line="+18"/>
        <location line="+18"/>
        <location line="+23"/>
        <source>saving the client</source>
        <translation>se guardaba el cliente</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This client was deleted by someone else. Nothing was saved.</source>
        <translation>Otra persona eliminó este cliente. Nada se guardó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this client (%1) while you were editing it. Nothing was saved; reopen the client to see the changes.</source>
        <translation>Otra persona cambió este cliente (%1) mientras usted lo editaba. Nada se guardó; vuelva a abrir el cliente para ver los cambios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client marked inactive</source>
        <translation>Cliente marcado como inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp consent revoked</source>
        <translation>Consentimiento de WhatsApp revocado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the client</source>
        <translation>se leía el cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client no longer exists.</source>
        <translation>El cliente ya no existe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>looking up the document</source>
        <translation>se buscaba el documento</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>listing clients</source>
        <translation>se listaban los clientes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>counting clients</source>
        <translation>se contaban los clientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>deleting the client</source>
        <translation>se eliminaba el cliente</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%1 cannot be deleted: they have %n debt(s) on record. Their history must be kept; mark the client inactive instead.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: tiene %n deuda registrada. Su historial se debe conservar; marque el cliente como inactivo.</numerusform>
            <numerusform>%1 no se puede eliminar: tiene %n deudas registradas. Su historial se debe conservar; marque el cliente como inactivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../ui/clienttablemodel.cpp" line="+20"/>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Sin solicitar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/clientspage.cpp" line="+25"/>
        <source>Search by name, document or phone (Ctrl+F)</source>
        <translation>Buscar por nombre, documento o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New client</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a client (Ctrl+N)</source>
        <translation>Agregar un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the client (Delete in the list); refused while they have debts</source>
        <translation>Eliminar el cliente (tecla Supr en la lista); no se permite mientras tenga deudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;debt</source>
        <translation>Nueva &amp;deuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment from this client (Ctrl+P)</source>
        <translation>Registrar un pago de este cliente (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete client</source>
        <translation>Eliminar cliente</translation>
    </message>
</context>
<context>
    <name>ColombianHolidays</name>
    <message>
        <location filename="../core/reminders/colombianholidays.cpp" line="+44"/>
        <source>Año Nuevo</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Día de los Reyes Magos</source>
        <translation>Día de los Reyes Magos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Día de San José</source>
        <translation>Día de San José</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Día del Trabajo</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Pedro y San Pablo</source>
        <translation>San Pedro y San Pablo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Día de la Independencia</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batalla de Boyacá</source>
        <translation>Batalla de Boyacá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La Asunción de la Virgen</source>
        <translation>La Asunción de la Virgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Día de la Raza</source>
        <translation>Día de la Raza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Todos los Santos</source>
        <translation>Todos los Santos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independencia de Cartagena</source>
        <translation>Independencia de Cartagena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inmaculada Concepción</source>
        <translation>Inmaculada Concepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navidad</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jueves Santo</source>
        <translation>Jueves Santo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viernes Santo</source>
        <translation>Viernes Santo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ascensión del Señor</source>
        <translation>Ascensión del Señor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus Christi</source>
        <translation>Corpus Christi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sagrado Corazón de Jesús</source>
        <translation>Sagrado Corazón de Jesús</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../core/import/columnmapping.cpp" line="+316"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already paid</source>
        <translation>Ya pagado (abono)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Castigada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment note</source>
        <translation>Nota del pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reversal reason</source>
        <translation>Motivo de la reversión</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+16"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not asked yet</source>
        <translation>Aún no se ha pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone else saved this meanwhile</source>
        <translation>Otra persona guardó esto mientras tanto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another person saved %1 while you were editing it. Nothing of yours has been saved yet. Compare, then choose which version to keep.</source>
        <translation>Otra persona guardó %1 mientras usted lo editaba. Todavía no se ha guardado nada de lo suyo. Compare y luego elija qué versión conservar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you typed</source>
        <translation>Lo que usted escribió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the other person saved</source>
        <translation>Lo que guardó la otra persona</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The fields you can edit here are the same in both versions.</source>
        <translation>Los campos que puede editar aquí son iguales en las dos versiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the other person&apos;s</source>
        <translation>Usar lo de la otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the other person saved; what you typed is dropped.</source>
        <translation>Mostrar lo que guardó la otra persona; lo que usted escribió se descarta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine on top</source>
        <translation>Guardar lo mío encima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save what you typed over the other person&apos;s version.</source>
        <translation>Guardar lo que usted escribió sobre la versión de la otra persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the form with what you typed; nothing is saved.</source>
        <translation>Volver al formulario con lo que usted escribió; no se guarda nada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active client</source>
        <translation>Cliente activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent: how</source>
        <translation>Consentimiento: cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent: evidence</source>
        <translation>Consentimiento: evidencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid (payments are kept either way)</source>
        <translation>Pagado (los pagos se conservan en cualquier caso)</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <location filename="../core/storage/consenthistory.cpp" line="+34"/>
        <source>recording the consent</source>
        <translation>se registraba el consentimiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the consent history</source>
        <translation>se leía el historial de consentimiento</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/providers/credentialstore.cpp" line="+49"/>
        <source>No system keychain is available (%1). The API keys are kept in %2, which only your user account can read.</source>
        <translation>No hay un llavero del sistema disponible (%1). Las claves de API se guardan en %2, que solo su cuenta de usuario puede leer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The system keychain refused to store the key: %1</source>
        <translation>El llavero del sistema se negó a guardar la clave: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The system keychain refused to give the key: %1</source>
        <translation>El llavero del sistema se negó a entregar la clave: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system keychain refused to delete the key: %1</source>
        <translation>El llavero del sistema se negó a borrar la clave: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The system keychain did not answer; try again.</source>
        <translation>El llavero del sistema no respondió; intente de nuevo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>No key is stored yet. Enter it in the settings.</source>
        <translation>Todavía no hay una clave guardada. Escríbala en la configuración.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not make %1 private to your user account.</source>
        <translation>No se pudo dejar %1 privado para su cuenta de usuario.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/import/csvreader.cpp" line="+159"/>
        <source>The file is empty: it has no header line and no rows.</source>
        <translation>El archivo está vacío: no tiene línea de encabezado ni filas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="+77"/>
        <source>Millions of pesos</source>
        <translation>Millones de pesos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total receivable</source>
        <translation>Total por cobrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue share</source>
        <translation>Porcentaje vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected this month</source>
        <translation>Recaudado este mes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Figures as of %1. Click a bar to open the matching list.</source>
        <translation>Cifras al %1. Haga clic en una barra para abrir la lista correspondiente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balance by mora level</source>
        <translation>Saldo por nivel de mora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Days overdue</source>
        <translation>Días de mora</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Overdue balance at each month&apos;s end</source>
        <translation>Saldo vencido al cierre de cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections per month</source>
        <translation>Recaudo por mes</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reminders sent and money paid within %n day(s) after them</source>
        <translation>
            <numerusform>Recordatorios enviados y dinero pagado hasta %n día después</numerusform>
            <numerusform>Recordatorios enviados y dinero pagado hasta %n días después</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered (millions)</source>
        <translation>Recuperado (millones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders sent</source>
        <translation>Recordatorios enviados</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n reminder(s) sent, %2 recovered</source>
        <translation>
            <numerusform>%1: %n recordatorio enviado, %2 recuperados</numerusform>
            <numerusform>%1: %n recordatorios enviados, %2 recuperados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+170"/>
        <source>%1 is a folder, not a database file. Choose a file with --database.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Elija un archivo con --database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cartera cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Cartera no puede leer %1: %2. Revise los permisos del archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Cartera database (it is not a SQLite file). Nothing was changed. Choose the right file with --database.</source>
        <translation>%1 no es una base de datos de Cartera (no es un archivo SQLite). No se cambió nada. Elija el archivo correcto con --database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cartera cannot create the folder %1 for its database. Check the permissions, or choose another file with --database.</source>
        <translation>Cartera no puede crear la carpeta %1 para su base de datos. Revise los permisos o elija otro archivo con --database.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cartera cannot write to %1 (%2 is read-only). Check that the file and its folder are not read-only.</source>
        <translation>Cartera no puede escribir en %1 (%2 es de solo lectura). Verifique que el archivo y su carpeta no sean de solo lectura.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cartera cannot open %1: %2</source>
        <translation>Cartera no puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1 is damaged and cannot be read (%2). Nothing was changed. Restore your latest backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). No se cambió nada. Restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged (integrity check: %2). Nothing was changed. Restore your latest backup.</source>
        <translation>%1 está dañado (verificación de integridad: %2). No se cambió nada. Restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL address. Write it like postgresql://user@host:5432/cartera.</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL válida. Escríbala así: postgresql://usuario@servidor:5432/cartera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not write the password in the database address: it would be visible to other programs. Keep it in the keychain or in a PGPASSFILE.</source>
        <translation>No escriba la contraseña en la dirección de la base de datos: otros programas podrían verla. Guárdela en el llavero o en un PGPASSFILE.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cartera cannot connect to the PostgreSQL server at %1: %2. Check the address, that the server is running, and the password file.</source>
        <translation>Cartera no se puede conectar al servidor PostgreSQL en %1: %2. Revise la dirección, que el servidor esté en marcha y el archivo de contraseñas.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a database of another program, not of Cartera. Nothing was changed. Choose the right file with --database.</source>
        <translation>%1 es una base de datos de otro programa, no de Cartera. No se cambió nada. Elija el archivo correcto con --database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Cartera database: it has no schema version. Nothing was changed.</source>
        <translation>%1 no es una base de datos de Cartera: no tiene versión de esquema. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was written by a newer version of Cartera (database version %2; this program reads up to version %3). Nothing was changed. Install the newer Cartera to open it.</source>
        <translation>%1 fue escrito por una versión más reciente de Cartera (base de datos versión %2; este programa lee hasta la versión %3). No se cambió nada. Instale la versión más reciente de Cartera para abrirlo.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>%1 is locked by another program (perhaps another Cartera). Close it and try again.</source>
        <translation>%1 está bloqueado por otro programa (quizás otro Cartera). Ciérrelo e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cartera cannot write to %1 (%2). Check that the file and its folder are not read-only.</source>
        <translation>Cartera no puede escribir en %1 (%2). Verifique que el archivo y su carpeta no sean de solo lectura.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+84"/>
        <source>Cartera cannot prepare %1: %2</source>
        <translation>Cartera no puede preparar %1: %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Cartera must copy %1 before updating it, and the copy failed: %2. Nothing was changed.</source>
        <translation>Cartera debe copiar %1 antes de actualizarlo, y la copia falló: %2. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+9"/>
        <location line="+29"/>
        <location line="+4"/>
        <source>updating the database</source>
        <translation>se actualizaba la base de datos</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Updating the database to version %1 failed: %2. The database was left as it was.</source>
        <translation>La actualización de la base de datos a la versión %1 falló: %2. La base de datos quedó como estaba.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The connection to the database server was lost while %1, at the very moment of confirming; it may or may not have been kept. Look before entering it again.</source>
        <translation>Se perdió la conexión con el servidor de la base de datos mientras %1, en el momento de confirmar; puede que haya quedado guardado o no. Revise antes de ingresarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the database server was lost; nothing was saved. Try again.</source>
        <translation>Se perdió la conexión con el servidor de la base de datos; no se guardó nada. Intente de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is busy with another program or Cartera window while %1. Nothing was saved; try again in a moment.</source>
        <translation>La base de datos estaba ocupada por otro programa u otra ventana de Cartera mientras %1. Nada se guardó; intente de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database failed while %1: %2. Nothing was saved.</source>
        <translation>La base de datos falló mientras %1: %2. Nada se guardó.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <location filename="../core/storage/databasecopier.cpp" line="+73"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>listing the tables to copy</source>
        <translation>listaba las tablas que se van a copiar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the server&apos;s tables</source>
        <translation>leía las tablas del servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table %1 is not the same in the file and on the server, although both are at database version %2. Nothing was copied. Update both to the same Cartera version and try again.</source>
        <translation>La tabla %1 no es igual en el archivo y en el servidor, aunque ambos están en la versión %2 de la base de datos. No se copió nada. Actualice ambos a la misma versión de Cartera e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>checking that the server&apos;s database is empty</source>
        <translation>comprobaba que la base de datos del servidor estuviera vacía</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL database %1 already holds data (in %2). Cartera copies a portfolio only into an empty database, so that nothing there is mixed up or overwritten. Create a new database (for example with createdb) and try again. Nothing was changed.</source>
        <translation>La base de datos PostgreSQL %1 ya tiene datos (en %2). Cartera copia una cartera solo a una base de datos vacía, para no mezclar ni sobrescribir nada. Cree una base de datos nueva (por ejemplo con createdb) e intente de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+45"/>
        <location line="+23"/>
        <location line="+129"/>
        <source>reading the table %1</source>
        <translation>leía la tabla %1</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+45"/>
        <location line="+26"/>
        <source>copying the table %1</source>
        <translation>copiaba la tabla %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>The server refused a row of the table %1 (ids %2 to %3): %4. Nothing was kept on the server; the file is unchanged.</source>
        <translation>El servidor rechazó una fila de la tabla %1 (ids %2 a %3): %4. No quedó nada en el servidor; el archivo no cambió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a row of the table %1: %2. Nothing was kept on the server; the file is unchanged.</source>
        <translation>El servidor rechazó una fila de la tabla %1: %2. No quedó nada en el servidor; el archivo no cambió.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>The copy was stopped before the end. Nothing was kept on the server; the file is unchanged.</source>
        <translation>La copia se detuvo antes de terminar. No quedó nada en el servidor; el archivo no cambió.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+22"/>
        <location line="+8"/>
        <source>moving the server&apos;s id counters</source>
        <translation>ajustaba los contadores de id del servidor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>checking the table %1</source>
        <translation>verificaba la tabla %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cartera copies a SQLite database file to a PostgreSQL server, not the other way round.</source>
        <translation>Cartera copia un archivo de base de datos SQLite a un servidor PostgreSQL, no al revés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is at database version %1 and the server at version %2. Nothing was copied. Open both with the same Cartera and try again.</source>
        <translation>El archivo está en la versión %1 de la base de datos y el servidor en la versión %2. No se copió nada. Abra ambos con el mismo Cartera e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the file</source>
        <translation>leía el archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>starting the copy</source>
        <translation>empezaba la copia</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 rows in the file, %3 on the server</source>
        <translation>%1: %2 filas en el archivo, %3 en el servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the ids differ</source>
        <translation>%1: los id son distintos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.%2: %3 in the file, %4 on the server</source>
        <translation>%1.%2: %3 en el archivo, %4 en el servidor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy on the server does not match the file (%1), so it was undone: nothing was kept on the server and the file is unchanged.</source>
        <translation>La copia en el servidor no coincide con el archivo (%1), así que se deshizo: no quedó nada en el servidor y el archivo no cambió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving the copy</source>
        <translation>guardaba la copia</translation>
    </message>
</context>
<context>
    <name>Debt</name>
    <message>
        <location filename="../core/domain/debt.cpp" line="+27"/>
        <source>Choose the client who owes this debt.</source>
        <translation>Elija el cliente que debe esta deuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the invoice number.</source>
        <translation>Escriba el número de factura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invoice number is too long: use at most 60 characters.</source>
        <translation>El número de factura es demasiado largo: use máximo 60 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the issue date.</source>
        <translation>Escriba la fecha de emisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the due date.</source>
        <translation>Escriba la fecha de vencimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date %1 is before the issue date %2.</source>
        <translation>La fecha de vencimiento %1 es anterior a la fecha de emisión %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount must be greater than zero.</source>
        <translation>El valor debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is too large.</source>
        <translation>El valor es demasiado grande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The installment number cannot be negative.</source>
        <translation>El número de cuota no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Abonada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Castigada</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <location filename="../ui/debtdialog.cpp" line="+23"/>
        <source>New debt</source>
        <translation>Nueva deuda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice number, e.g. FE-1024</source>
        <translation>Número de factura, p. ej. FE-1024</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>250.000</source>
        <translation>250.000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an installment</source>
        <translation>no es una cuota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoice number:</source>
        <translation>Número de &amp;factura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue date:</source>
        <translation>Fecha de &amp;emisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>V&amp;alor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstallment:</source>
        <translation>C&amp;uota:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit debt — %1</source>
        <translation>Editar deuda — %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Already overdue: %1 days late, mora level %2.</source>
        <translation>Ya está vencida: %1 días de mora, nivel %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due today.</source>
        <translation>Vence hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due tomorrow.</source>
        <translation>Vence mañana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days.</source>
        <translation>Vence en %1 días.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the debt (Enter)</source>
        <translation>Guardar la deuda (Enter)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the client who owes this debt.</source>
        <translation>Elija el cliente que debe esta deuda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the invoice number.</source>
        <translation>Escriba el número de factura.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the debt %1</source>
        <translation>la deuda %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These are the other person&apos;s data, already saved. Close, or change them and save.</source>
        <translation>Estos son los datos de la otra persona, ya guardados. Cierre, o cámbielos y guarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: another person changed this debt meanwhile.</source>
        <translation>No se guardó: otra persona cambió esta deuda mientras tanto.</translation>
    </message>
</context>
<context>
    <name>DebtRepository</name>
    <message>
        <location filename="../core/storage/debtrepository.cpp" line="+130"/>
        <source>checking the invoice number</source>
        <translation>se verificaba el número de factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice number %1 is already used by a debt of %2. Each invoice number can be used once; check the number.</source>
        <translation>El número de factura %1 ya lo usa una deuda de %2. Cada número de factura se puede usar una sola vez; revise el número.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+68"/>
        <source>Invoice number %1 is already used.</source>
        <translation>El número de factura %1 ya está en uso.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The client of this debt no longer exists.</source>
        <translation>El cliente de esta deuda ya no existe.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+19"/>
        <source>saving the debt</source>
        <translation>se guardaba la deuda</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+28"/>
        <source>Someone else changed debt %1 while you were editing it. Nothing was saved; reopen it to see the changes.</source>
        <translation>Otra persona cambió la deuda %1 mientras usted la editaba. Nada se guardó; vuelva a abrirla para ver los cambios.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The amount cannot be less than what was already paid (%1).</source>
        <translation>El valor no puede ser menor que lo ya pagado (%1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Debt %1 was changed</source>
        <translation>La deuda %1 fue modificada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading the debt</source>
        <translation>se leía la deuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>The debt no longer exists.</source>
        <translation>La deuda ya no existe.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>listing debts</source>
        <translation>se listaban las deudas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>counting debts</source>
        <translation>se contaban las deudas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+2"/>
        <source>deleting the debt</source>
        <translation>se eliminaba la deuda</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Debt %1 cannot be deleted: it has %n payment(s) on record. Write it off instead.</source>
        <translation>
            <numerusform>La deuda %1 no se puede eliminar: tiene %n pago registrado. Castíguela en su lugar.</numerusform>
            <numerusform>La deuda %1 no se puede eliminar: tiene %n pagos registrados. Castíguela en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Debt %1 was deleted</source>
        <translation>La deuda %1 fue eliminada</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>writing off the debt</source>
        <translation>se castigaba la deuda</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Written off</source>
        <translation>Castigada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>adding up the portfolio</source>
        <translation>se sumaba la cartera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>adding up the client&apos;s balance</source>
        <translation>se sumaba el saldo del cliente</translation>
    </message>
</context>
<context>
    <name>DebtTableModel</name>
    <message>
        <location filename="../ui/debttablemodel.cpp" line="+51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Días de mora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mora level</source>
        <translation>Nivel de mora</translation>
    </message>
</context>
<context>
    <name>DebtsPage</name>
    <message>
        <location filename="../ui/debtspage.cpp" line="+28"/>
        <source>Search by invoice, client, document or phone (Ctrl+F)</source>
        <translation>Buscar por factura, cliente, documento o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New debt</source>
        <translation>&amp;Nueva deuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a debt (Ctrl+N)</source>
        <translation>Agregar una deuda (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment to this debt (Ctrl+P)</source>
        <translation>Registrar un pago a esta deuda (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open (current and overdue)</source>
        <translation>Abiertas (al día y vencidas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ue between</source>
        <translation>&amp;Vencen entre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mora:</source>
        <translation>Mo&amp;ra:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mora levels:</source>
        <translation>Niveles de mora:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour of debts in this mora level</source>
        <translation>Color de las deudas en este nivel de mora</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>This build cannot store API keys yet.</source>
        <translation type="vanished">Esta versión todavía no puede guardar claves de API.</translation>
    </message>
    <message>
        <location filename="../ui/desktop.cpp" line="+106"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics panel</source>
        <translation>Panel de métricas</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Online payments are not ready: %1</source>
        <translation>Los pagos en línea no están listos: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+46"/>
        <location line="+9"/>
        <source>Online payments</source>
        <translation>Pagos en línea</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No payment gateway is configured: choose one in Settings &gt; Online payments.</source>
        <translation>No hay pasarela de pagos configurada: elija una en Configuración &gt; Pagos en línea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for online payments…</source>
        <translation>Buscando pagos en línea…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 paid %2 online (%3).</source>
        <translation>%1 pagó %2 en línea (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check %1: %2</source>
        <translation>Revise %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No new online payments.</source>
        <translation>No hay pagos en línea nuevos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still to check:</source>
        <translation>Pendiente de revisar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown client</source>
        <translation>cliente desconocido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mark as checked</source>
        <translation>&amp;Marcar como revisado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>WhatsApp is not ready: %1 Messages wait in the outbox.</source>
        <translation>WhatsApp no está listo: %1 Los mensajes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cartera closes now, so that nothing more is written to the damaged file. Your backups are in %1.</source>
        <translation>Cartera se cierra ahora para no escribir nada más en el archivo dañado. Sus copias de seguridad están en %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport portfolio to CSV…</source>
        <translation>E&amp;xportar cartera a CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;online payments</source>
        <translation>Buscar pagos en &amp;línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>Copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is on a PostgreSQL server: back it up on the server.</source>
        <translation>La base de datos está en un servidor PostgreSQL: haga la copia de seguridad en el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Personal data</source>
        <translation>&amp;Datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s personal &amp;data (Habeas Data)…</source>
        <translation>&amp;Datos personales del cliente (Habeas Data)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Privacy notice…</source>
        <translation>&amp;Aviso de privacidad…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartera will now close and open again with the copy. The current database is kept beside it.</source>
        <translation>Cartera se cerrará y volverá a abrir con la copia. La base de datos actual se conserva a su lado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WhatsApp Desktop mode needs no connection test.</source>
        <translation>El modo WhatsApp Desktop no necesita prueba de conexión.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not approved (%1)</source>
        <translation>no aprobada (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing in this account</source>
        <translation>no existe en esta cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template %1 (%2): %3</source>
        <translation>Plantilla %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Export portfolio</source>
        <translation>Exportar cartera</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n fila exportada a %1</numerusform>
            <numerusform>%n filas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a client in Clientes or a debt in Cartera first.</source>
        <translation>Primero elija un cliente en Clientes o una deuda en Cartera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup saved in %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
</context>
<context>
    <name>Dialog360Provider</name>
    <message>
        <location filename="../core/providers/dialog360provider.cpp" line="+37"/>
        <source>Enter the 360dialog API key in the settings.</source>
        <translation>Escriba la clave de API de 360dialog en la configuración.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reminder has no number, template or language.</source>
        <translation>Al recordatorio le falta el número, la plantilla o el idioma.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Connected to 360dialog; every template is approved.</source>
        <translation>Conectado a 360dialog; todas las plantillas están aprobadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to 360dialog, but some templates cannot be used yet.</source>
        <translation>Conectado a 360dialog, pero algunas plantillas todavía no se pueden usar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>360dialog rejected the API key. Check it and try again.</source>
        <translation>360dialog rechazó la clave de API. Revísela e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>360dialog answered with an unexpected reply (HTTP %1).</source>
        <translation>360dialog dio una respuesta inesperada (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ExampleData</name>
    <message numerus="yes">
        <location filename="../core/storage/exampledata.cpp" line="+142"/>
        <source>Example data can only be loaded into an empty database; this one already has %n client(s). Open a new file with --database to try the example.</source>
        <translation>
            <numerusform>Los datos de ejemplo solo se pueden cargar en una base de datos vacía; esta ya tiene %n cliente. Abra un archivo nuevo con --database para probar el ejemplo.</numerusform>
            <numerusform>Los datos de ejemplo solo se pueden cargar en una base de datos vacía; esta ya tiene %n clientes. Abra un archivo nuevo con --database para probar el ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+102"/>
        <source>loading the example data</source>
        <translation>se cargaban los datos de ejemplo</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Pays by bank transfer; send the invoice to the email on file.</source>
        <translation>Paga por transferencia bancaria; enviar la factura al correo registrado.</translation>
    </message>
</context>
<context>
    <name>GatewayConfig</name>
    <message>
        <location filename="../core/payments/gatewayconfig.cpp" line="+25"/>
        <source>Unknown payment gateway &quot;%1&quot;. Use wompi.</source>
        <translation>Pasarela de pagos desconocida &quot;%1&quot;. Use wompi.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No payment gateway is configured.</source>
        <translation>No hay pasarela de pagos configurada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment gateway&apos;s private key is not available: %1</source>
        <translation>La llave privada de la pasarela de pagos no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>GatewayTransaction</name>
    <message>
        <location filename="../core/payments/paymentgateway.cpp" line="+36"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voided</source>
        <translation>anulada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <location filename="../core/providers/httpprovider.cpp" line="+57"/>
        <source>The provider address &quot;%1&quot; is not a valid web address. Write it like https://waba-v2.360dialog.io.</source>
        <translation>La dirección del proveedor &quot;%1&quot; no es una dirección web válida. Escríbala así: https://waba-v2.360dialog.io.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider address must not contain a user name or password; enter the credentials in their own fields.</source>
        <translation>La dirección del proveedor no debe llevar usuario ni contraseña; escriba las credenciales en sus propios campos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider address &quot;%1&quot; must start with https:// so that the key and the clients&apos; data travel encrypted.</source>
        <translation>La dirección del proveedor &quot;%1&quot; debe empezar por https:// para que la clave y los datos de los clientes viajen cifrados.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>the provider refused the connection</source>
        <translation>el proveedor rechazó la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s address was not found; check the Internet connection</source>
        <translation>no se encontró la dirección del proveedor; revise la conexión a Internet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider closed the connection</source>
        <translation>el proveedor cerró la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Internet connection was lost</source>
        <translation>se perdió la conexión a Internet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error %1</source>
        <translation>error de red %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider&apos;s secure connection could not be verified. Check the computer&apos;s date and time and the provider address; sending is paused and the messages stay queued.</source>
        <translation>No se pudo verificar la conexión segura con el proveedor. Revise la fecha y hora del computador y la dirección del proveedor; el envío queda en pausa y los mensajes siguen en cola.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not reach the provider (%1). The message was not sent and will be tried again.</source>
        <translation>No se pudo contactar al proveedor (%1). El mensaje no se envió y se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message was handed to the provider but no answer came back (%1). It may have been delivered: check the provider&apos;s console before sending it again.</source>
        <translation>El mensaje se entregó al proveedor pero no llegó respuesta (%1). Puede que se haya entregado: revise la consola del proveedor antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider&apos;s secure connection could not be verified. Check the computer&apos;s date and time and the provider address.</source>
        <translation>No se pudo verificar la conexión segura con el proveedor. Revise la fecha y hora del computador y la dirección del proveedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the provider (%1).</source>
        <translation>No se pudo contactar al proveedor (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The provider accepted the message but its answer could not be read. It was probably delivered: check the provider&apos;s console before sending it again.</source>
        <translation>El proveedor aceptó el mensaje pero su respuesta no se pudo leer. Probablemente se entregó: revise la consola del proveedor antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider rejected the credentials (HTTP %1). Check the API key or token in the settings; sending is paused.</source>
        <translation>El proveedor rechazó las credenciales (HTTP %1). Revise la clave de API o el token en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider asked to slow down; the message will be tried again.</source>
        <translation>El proveedor pidió ir más despacio; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider had an internal problem (HTTP %1); the message will be tried again.</source>
        <translation>El proveedor tuvo un problema interno (HTTP %1); el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider address redirects elsewhere (HTTP %1). Check the provider address in the settings; sending is paused.</source>
        <translation>La dirección del proveedor redirige a otra parte (HTTP %1). Revise la dirección del proveedor en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider rejected the message (HTTP %1).</source>
        <translation>El proveedor rechazó el mensaje (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider rejected the message (HTTP %1): %2</source>
        <translation>El proveedor rechazó el mensaje (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <location filename="../core/domain/identitydocument.cpp" line="+22"/>
        <source>Enter the document number.</source>
        <translation>Escriba el número de documento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cédula de ciudadanía has only digits, up to 10 (&quot;%1&quot;).</source>
        <translation>Una cédula de ciudadanía tiene solo dígitos, máximo 10 (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the NIT with its check digit after a dash, for example 900.123.456-8 (&quot;%1&quot;).</source>
        <translation>Escriba el NIT con su dígito de verificación después de un guion, por ejemplo 900.123.456-8 (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check digit of NIT %1 should be %2, not %3. Check the number against the RUT.</source>
        <translation>El dígito de verificación del NIT %1 debería ser %2, no %3. Compare el número con el RUT.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a valid document number: use 3 to 20 letters or digits.</source>
        <translation>&quot;%1&quot; no es un número de documento válido: use de 3 a 20 letras o dígitos.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cédula de ciudadanía</source>
        <translation>Cédula de ciudadanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cédula de extranjería</source>
        <translation>Cédula de extranjería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="+38"/>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save the spreadsheet from Excel as &quot;CSV (delimitado por comas)&quot; or &quot;CSV UTF-8&quot;. The first line must have the column names.</source>
        <translation>Guarde la hoja de cálculo desde Excel como &quot;CSV (delimitado por comas)&quot; o &quot;CSV UTF-8&quot;. La primera línea debe tener los nombres de las columnas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients and their debts</source>
        <translation>Clientes y sus deudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments of debts already in Cartera</source>
        <translation>Pagos de deudas que ya están en Cartera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the columns</source>
        <translation>Revise las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartera guessed which column holds what. Correct any that are wrong; the choice is remembered for the next file.</source>
        <translation>Cartera adivinó qué contiene cada columna. Corrija las que estén mal; la elección se recuerda para el próximo archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cartera needs</source>
        <translation>Cartera necesita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column of the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the report</source>
        <translation>Revise el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been saved yet. Rows listed below will be left out; correct them in the spreadsheet and import them later, or import the rest now.</source>
        <translation>Todavía no se ha guardado nada. Las filas de la lista se dejarán por fuera; corríjalas en la hoja de cálculo e impórtelas después, o importe el resto ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save refused rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save refused rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-refused</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que va a importar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has column names but no rows to import.</source>
        <translation>El archivo tiene nombres de columnas pero ninguna fila para importar.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read; text in %1, columns separated by &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n fila leída; texto en %1, columnas separadas por &quot;%2&quot;.</numerusform>
            <numerusform>%n filas leídas; texto en %1, columnas separadas por &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The column &quot;%1&quot; is chosen for both %2 and %3. Choose each column once.</source>
        <translation>La columna &quot;%1&quot; está elegida para %2 y para %3. Elija cada columna una sola vez.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n row(s) read: %1 can be imported, %2 will be left out.</source>
        <translation>
            <numerusform>%n fila leída: %1 se puede importar, %2 se dejará por fuera.</numerusform>
            <numerusform>%n filas leídas: %1 se pueden importar, %2 se dejarán por fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New clients: %1. Rows for clients already known (same document): %2.</source>
        <translation>Clientes nuevos: %1. Filas de clientes ya conocidos (mismo documento): %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New debts: %1. Payments: %2.</source>
        <translation>Deudas nuevas: %1. Pagos: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) repeat an invoice number already used.</source>
        <translation>
            <numerusform>%n fila repite un número de factura ya usado.</numerusform>
            <numerusform>%n filas repiten un número de factura ya usado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the file first.</source>
        <translation>Revise el archivo primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to import: every row was refused.</source>
        <translation>No hay nada para importar: todas las filas fueron rechazadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <location filename="../core/storage/importwriter.cpp" line="+36"/>
        <source>reading the clients</source>
        <translation>se leían los clientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the debts</source>
        <translation>se leían las deudas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>importing</source>
        <translation>se importaba</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The import was cancelled. Nothing was saved.</source>
        <translation>La importación se canceló. Nada se guardó.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Someone saved a client with %1 while the file was being checked. Nothing was imported; check the file again.</source>
        <translation>Alguien guardó un cliente con %1 mientras se revisaba el archivo. No se importó nada; revise el archivo de nuevo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Invoice number %1 was saved by someone else while the file was being checked. Nothing was imported; check the file again.</source>
        <translation>Alguien guardó el número de factura %1 mientras se revisaba el archivo. No se importó nada; revise el archivo de nuevo.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The payments for one invoice add up to more than it owes (%1). Nothing was imported.</source>
        <translation>Los pagos de una factura suman más de lo que debe (%1). No se importó nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+55"/>
        <location line="+9"/>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clientes</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pagos</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mensajes</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reportes</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients, their data, consent and balance (Ctrl+1)</source>
        <translation>Clientes, sus datos, consentimiento y saldo (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debts: current and overdue, by mora level (Ctrl+2)</source>
        <translation>Deudas al día y vencidas, por nivel de mora (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received (Ctrl+3)</source>
        <translation>Pagos recibidos (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp reminders (Ctrl+4)</source>
        <translation>Recordatorios por WhatsApp (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portfolio reports (Ctrl+5)</source>
        <translation>Reportes de cartera (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>WhatsApp reminders will appear here.</source>
        <translation>Aquí aparecerán los recordatorios por WhatsApp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio reports will appear here.</source>
        <translation>Aquí aparecerán los reportes de cartera.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client, debt or payment, depending on the section</source>
        <translation>Nuevo cliente, deuda o pago, según la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;example data</source>
        <translation>Cargar datos de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Adding up the portfolio…</source>
        <translation>Sumando la cartera…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Total receivable: %1</source>
        <translation>Total por cobrar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue debts: %1</source>
        <translation>Deudas vencidas: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="vanished">Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Receivable: %1 · Overdue: %2 (%n debt(s))</source>
        <translation type="vanished">
            <numerusform>Por cobrar: %1 · Vencida: %2 (%n deuda)</numerusform>
            <numerusform>Por cobrar: %1 · Vencida: %2 (%n deudas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <location filename="../core/reminders/messagetemplate.cpp" line="+61"/>
        <source>Give the template a name, for example &quot;Recordatorio de pago vencido&quot;.</source>
        <translation>Dé un nombre a la plantilla, por ejemplo &quot;Recordatorio de pago vencido&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the message text of template &quot;%1&quot;.</source>
        <translation>Escriba el texto del mensaje de la plantilla &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text uses {%1}, which Cartera does not know. Use only %2.</source>
        <translation>El texto usa {%1}, que Cartera no conoce. Use solo %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider parameter &quot;%1&quot; is not a placeholder Cartera knows. Use only %2, without braces.</source>
        <translation>El parámetro del proveedor &quot;%1&quot; no es un campo que Cartera conozca. Use solo %2, sin llaves.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mora level of a template cannot be negative.</source>
        <translation>El nivel de mora de una plantilla no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the template&apos;s language code, for example &quot;es&quot;.</source>
        <translation>Indique el código de idioma de la plantilla, por ejemplo &quot;es&quot;.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Recordatorio antes del vencimiento</source>
        <translation>Recordatorio antes del vencimiento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recordatorio de pago vencido</source>
        <translation>Recordatorio de pago vencido</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRepository</name>
    <message>
        <location filename="../core/storage/messagetemplaterepository.cpp" line="+36"/>
        <location line="+19"/>
        <source>reading the message templates</source>
        <translation>se leían las plantillas de mensajes</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>reading the message template</source>
        <translation>se leía la plantilla de mensaje</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+58"/>
        <source>The message template no longer exists.</source>
        <translation>La plantilla de mensaje ya no existe.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Another template already has the name &quot;%1&quot; or mora level %2. Each level has one template; edit that one instead.</source>
        <translation>Otra plantilla ya tiene el nombre &quot;%1&quot; o el nivel de mora %2. Cada nivel tiene una sola plantilla; edite esa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the message template</source>
        <translation>se guardaba la plantilla de mensaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deleting the message template</source>
        <translation>se eliminaba la plantilla de mensaje</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../ui/messagesmodel.cpp" line="+128"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../ui/messagesview.cpp" line="+33"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a message to see the exact text that was sent.</source>
        <translation>Seleccione un mensaje para ver el texto exacto que se envió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a failed message again for today&apos;s contact hours.</source>
        <translation>Vuelve a poner en cola un mensaje fallido para el horario de contacto de hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this scheduled message.</source>
        <translation>No enviar este mensaje programado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;sent</source>
        <translation>Marcar &amp;enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client did get this message (checked in WhatsApp).</source>
        <translation>El cliente sí recibió este mensaje (verificado en WhatsApp).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;not sent</source>
        <translation>Marcar &amp;no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client did not get this message; it can then be retried.</source>
        <translation>El cliente no recibió este mensaje; luego se puede reintentar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+76"/>
        <source>&amp;Pause sending</source>
        <translation>&amp;Pausar envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume sending</source>
        <translation>&amp;Reanudar envío</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending is paused: messages stay queued until you resume.</source>
        <translation>El envío está en pausa: los mensajes siguen en cola hasta que lo reanude.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking for reminders to send…</source>
        <translation>Buscando recordatorios para enviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending: %1 sent, %2 failed so far.</source>
        <translation>Enviando: %1 enviados y %2 fallidos hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>No WhatsApp provider is configured: %n message(s) wait in the outbox. Configure a provider in Settings, or use WhatsApp Desktop mode.</source>
        <translation>
            <numerusform>No hay un proveedor de WhatsApp configurado: %n mensaje espera en la bandeja de salida. Configure un proveedor en Configuración, o use el modo WhatsApp Desktop.</numerusform>
            <numerusform>No hay un proveedor de WhatsApp configurado: %n mensajes esperan en la bandeja de salida. Configure un proveedor en Configuración, o use el modo WhatsApp Desktop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>To: %1 · Template: %2 (%3) · State: %4</source>
        <translation>Para: %1 · Plantilla: %2 (%3) · Estado: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoices: %1</source>
        <translation>Facturas: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled by the clerk</source>
        <translation>Cancelado por el usuario</translation>
    </message>
</context>
<context>
    <name>MetaCloudProvider</name>
    <message>
        <location filename="../core/providers/metacloudprovider.cpp" line="+36"/>
        <source>Enter the WhatsApp phone number ID (digits only, from Meta&apos;s WhatsApp Manager) in the settings.</source>
        <translation>Escriba en la configuración el identificador del número de WhatsApp (solo dígitos, del WhatsApp Manager de Meta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the WhatsApp Cloud API access token in the settings.</source>
        <translation>Escriba en la configuración el token de acceso de la WhatsApp Cloud API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Graph API version must look like v21.0.</source>
        <translation>La versión de la Graph API debe tener la forma v21.0.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The reminder has no number, template or language.</source>
        <translation>Al recordatorio le falta el número, la plantilla o el idioma.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connected to the WhatsApp Cloud API. Enter the WhatsApp Business Account ID to check the templates too.</source>
        <translation>Conectado a la WhatsApp Cloud API. Escriba el identificador de la cuenta de WhatsApp Business para revisar también las plantillas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Connected to the WhatsApp Cloud API; every template is approved.</source>
        <translation>Conectado a la WhatsApp Cloud API; todas las plantillas están aprobadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the WhatsApp Cloud API, but some templates cannot be used yet.</source>
        <translation>Conectado a la WhatsApp Cloud API, pero algunas plantillas todavía no se pueden usar.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+9"/>
        <source>The amount is too large. Amounts go up to $1.000.000.000.000.</source>
        <translation>El valor es demasiado grande. Los valores llegan hasta $1.000.000.000.000.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter an amount, for example 250.000.</source>
        <translation>Escriba un valor, por ejemplo 250.000.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a valid amount: write thousands with a dot (250.000) and use the comma only for centavos (250.000,50).</source>
        <translation>&quot;%1&quot; no es un valor válido: escriba los miles con punto (250.000) y use la coma solo para los centavos (250.000,50).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid amount. Write it like 250000, 250.000 or $250.000; centavos after a comma: 250.000,50.</source>
        <translation>&quot;%1&quot; no es un valor válido. Escríbalo como 250000, 250.000 o $250.000; los centavos después de una coma: 250.000,50.</translation>
    </message>
</context>
<context>
    <name>MoraLevels</name>
    <message>
        <location filename="../core/domain/moralevel.cpp" line="+13"/>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each mora level must end after the previous one: %1 days comes after %2.</source>
        <translation>Cada nivel de mora debe terminar después del anterior: %1 días va después de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than %1 days</source>
        <translation>Más de %1 días</translation>
    </message>
</context>
<context>
    <name>OutboxMessage</name>
    <message>
        <location filename="../core/reminders/outboxmessage.cpp" line="+53"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <location filename="../core/storage/outboxrepository.cpp" line="+159"/>
        <location line="+23"/>
        <location line="+20"/>
        <location line="+22"/>
        <location line="+4"/>
        <source>queueing the reminder</source>
        <translation>se ponía en cola el recordatorio</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 already has a reminder on %2.</source>
        <translation>%1 ya tiene un recordatorio el %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The reminder for %1 was already queued.</source>
        <translation>El recordatorio de %1 ya estaba en cola.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>taking messages to send</source>
        <translation>se tomaban mensajes para enviar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The message is now &quot;%1&quot;; it cannot be changed that way. Reload the list.</source>
        <translation>El mensaje ahora está &quot;%1&quot;; no se puede cambiar así. Vuelva a cargar la lista.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>recording the sent message</source>
        <translation>se registraba el mensaje enviado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recording the failed attempt</source>
        <translation>se registraba el intento fallido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recording the failed message</source>
        <translation>se registraba el mensaje fallido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recording the unanswered message</source>
        <translation>se registraba el mensaje sin respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>returning the message to the queue</source>
        <translation>se devolvía el mensaje a la cola</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+15"/>
        <source>cancelling the message</source>
        <translation>se cancelaba el mensaje</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only a message that has not gone out can be cancelled; this one is now &quot;%1&quot;.</source>
        <translation>Solo se puede cancelar un mensaje que no ha salido; este ahora está &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>retrying the message</source>
        <translation>se reintentaba el mensaje</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 already has a message today; retry this one tomorrow.</source>
        <translation>%1 ya tiene un mensaje hoy; reintente este mañana.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Marked as sent by the clerk</source>
        <translation>Marcado como enviado por el usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>marking the message sent</source>
        <translation>se marcaba el mensaje como enviado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked as not sent by the clerk</source>
        <translation>Marcado como no enviado por el usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>marking the message not sent</source>
        <translation>se marcaba el mensaje como no enviado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cartera stopped while sending this message: check in WhatsApp whether the client got it, then mark it sent or not sent.</source>
        <translation>Cartera se detuvo mientras enviaba este mensaje: revise en WhatsApp si el cliente lo recibió y márquelo como enviado o no enviado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>checking interrupted messages</source>
        <translation>se revisaban los mensajes interrumpidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+15"/>
        <source>checking old messages</source>
        <translation>se revisaban los mensajes atrasados</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Not sent on its day (Cartera was closed); replaced by a new check with today&apos;s amounts.</source>
        <translation>No se envió en su día (Cartera estaba cerrado); lo reemplaza una nueva revisión con los saldos de hoy.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>reading the message</source>
        <translation>se leía el mensaje</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The message no longer exists.</source>
        <translation>El mensaje ya no existe.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>listing messages</source>
        <translation>se listaban los mensajes</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>counting messages</source>
        <translation>se contaban los mensajes</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../core/domain/payment.cpp" line="+6"/>
        <source>Choose the debt this payment is for.</source>
        <translation>Elija la deuda a la que corresponde este pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the payment date.</source>
        <translation>Escriba la fecha del pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative. To undo a payment, reverse it.</source>
        <translation>El valor no puede ser negativo. Para deshacer un pago, anúlelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>El valor debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This debt is already paid; there is nothing left to pay.</source>
        <translation>Esta deuda ya está pagada; no queda nada por pagar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment of %1 is more than the balance of %2. Enter at most %2.</source>
        <translation>El pago de %1 es mayor que el saldo de %2. Escriba máximo %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/paymentdialog.cpp" line="+21"/>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>250.000</source>
        <translation>250.000</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>transfer or receipt number (optional)</source>
        <translation>número de transferencia o de recibo (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Debt:</source>
        <translation>&amp;Deuda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance before:</source>
        <translation>Saldo antes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount paid:</source>
        <translation>&amp;Valor pagado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance after:</source>
        <translation>Saldo después:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Medio de pago:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 · due %2 · owes %3</source>
        <translation>%1 · vence %2 · debe %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This client has no open debts</source>
        <translation>Este cliente no tiene deudas abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the client first</source>
        <translation>Elija primero el cliente</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Record the payment (Enter)</source>
        <translation>Registrar el pago (Enter)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the client who paid.</source>
        <translation>Elija el cliente que pagó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client owes nothing: there is no open debt to pay.</source>
        <translation>Este cliente no debe nada: no tiene ninguna deuda abierta por pagar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the debt this payment is for.</source>
        <translation>Elija la deuda a la que corresponde este pago.</translation>
    </message>
</context>
<context>
    <name>PaymentLinkIssuer</name>
    <message>
        <location filename="../core/payments/paymentlinkissuer.cpp" line="+48"/>
        <source>No payment gateway is configured: choose one in Settings &gt; Online payments.</source>
        <translation>No hay pasarela de pagos configurada: elija una en Configuración &gt; Pagos en línea.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Payment of %1</source>
        <translation>Pago de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance of %1 for %2</source>
        <translation>Saldo de %1 de %2</translation>
    </message>
</context>
<context>
    <name>PaymentLinkPoller</name>
    <message>
        <location filename="../core/payments/paymentlinkpoller.cpp" line="+35"/>
        <source>No payment gateway is configured.</source>
        <translation>No hay pasarela de pagos configurada.</translation>
    </message>
</context>
<context>
    <name>PaymentLinkRepository</name>
    <message>
        <location filename="../core/storage/paymentlinkrepository.cpp" line="+72"/>
        <source>reading the balance for the payment link</source>
        <translation>al leer el saldo para el enlace de pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A payment link can only cover debts of one client.</source>
        <translation>Un enlace de pago solo puede cubrir deudas de un mismo cliente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing is owed on these debts, so there is no payment link to offer.</source>
        <translation>Estas deudas no tienen saldo pendiente, así que no hay enlace de pago que ofrecer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the debts the payment link is for.</source>
        <translation>Elija las deudas para las que es el enlace de pago.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reading the payment links</source>
        <translation>al leer los enlaces de pago</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The payment link no longer exists.</source>
        <translation>El enlace de pago ya no existe.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>saving the payment link</source>
        <translation>al guardar el enlace de pago</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Another Cartera made a payment link for these debts at the same moment; try again.</source>
        <translation>Otro Cartera creó un enlace de pago para estas deudas en el mismo momento; intente de nuevo.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>reading the online payments</source>
        <translation>al leer los pagos en línea</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>recording online payment %1</source>
        <translation>al registrar el pago en línea %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The payment came through a link Cartera did not make (%1): record it by hand if it is for a debt.</source>
        <translation>El pago llegó por un enlace que Cartera no creó (%1): regístrelo a mano si corresponde a una deuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no link</source>
        <translation>sin enlace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment is in %1, not in pesos: record it by hand.</source>
        <translation>El pago está en %1, no en pesos: regístrelo a mano.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paid online through %1 (%2), link %3</source>
        <translation>Pagado en línea por %1 (%2), enlace %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paid online in part on %1</source>
        <translation>Abono en línea el %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 more than the debts owed was paid online (transaction %2): give it back or apply it by hand.</source>
        <translation>Se pagaron en línea %1 más de lo que se debía (transacción %2): devuélvalo o aplíquelo a mano.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>reading the online payments to check</source>
        <translation>al leer los pagos en línea por revisar</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>marking the online payment as checked</source>
        <translation>al marcar el pago en línea como revisado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving the reminder with its payment link</source>
        <translation>al guardar el recordatorio con su enlace de pago</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the debts of the reminder</source>
        <translation>al leer las deudas del recordatorio</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="+94"/>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+16"/>
        <source>recording the payment</source>
        <translation>se registraba el pago</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The debt of this payment no longer exists.</source>
        <translation>La deuda de este pago ya no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debt %1 was written off; reactivate it before recording payments.</source>
        <translation>La deuda %1 fue castigada; reactívela antes de registrar pagos.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Paid in full on %1</source>
        <translation>Pagada por completo el %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say why the payment is reversed, for example &quot;cheque devuelto&quot;.</source>
        <translation>Indique por qué se anula el pago, por ejemplo &quot;cheque devuelto&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+8"/>
        <source>reversing the payment</source>
        <translation>se anulaba el pago</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>This payment was already reversed on %1.</source>
        <translation>Este pago ya se anuló el %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>reading the payment</source>
        <translation>se leía el pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment no longer exists.</source>
        <translation>El pago ya no existe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>listing payments</source>
        <translation>se listaban los pagos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>counting payments</source>
        <translation>se contaban los pagos</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <location filename="../ui/paymenttablemodel.cpp" line="+33"/>
        <source>Reversed</source>
        <translation>Reversado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reversed: %1</source>
        <translation>Reversado: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../ui/paymentspage.cpp" line="+20"/>
        <source>Search by invoice, payment reference or client (Ctrl+F)</source>
        <translation>Buscar por factura, referencia del pago o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment</source>
        <translation>Registrar &amp;pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment (Ctrl+N or Ctrl+P)</source>
        <translation>Registrar un pago (Ctrl+N o Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reverse payment</source>
        <translation>A&amp;nular pago</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/domain/phonenumber.cpp" line="+24"/>
        <source>Enter the WhatsApp number: 10 digits starting with 3, for example 300 123 4567.</source>
        <translation>Escriba el número de WhatsApp: 10 dígitos que empiezan por 3, por ejemplo 300 123 4567.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has characters that are not part of a phone number. Type only the digits, for example 300 123 4567.</source>
        <translation>&quot;%1&quot; tiene caracteres que no son de un número de teléfono. Escriba solo los dígitos, por ejemplo 300 123 4567.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a phone number. Type the 10-digit mobile number, for example 300 123 4567.</source>
        <translation>&quot;%1&quot; no es un número de teléfono. Escriba el número celular de 10 dígitos, por ejemplo 300 123 4567.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; has %2 digits; a Colombian mobile number has 10 digits starting with 3, for example 300 123 4567.</source>
        <translation>&quot;%1&quot; tiene %2 dígitos; un celular colombiano tiene 10 dígitos que empiezan por 3, por ejemplo 300 123 4567.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid Colombian mobile number. It must have 10 digits starting with 3, for example 300 123 4567.</source>
        <translation>&quot;%1&quot; no es un celular colombiano válido. Debe tener 10 dígitos que empiezan por 3, por ejemplo 300 123 4567.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid phone number. Write foreign numbers with their country code, for example +1 305 555 0123.</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido. Escriba los números extranjeros con su indicativo de país, por ejemplo +1 305 555 0123.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is a landline, which cannot receive WhatsApp. Enter the client&apos;s mobile number (10 digits starting with 3).</source>
        <translation>&quot;%1&quot; es un teléfono fijo, que no puede recibir WhatsApp. Escriba el celular del cliente (10 dígitos que empiezan por 3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a mobile number and cannot receive WhatsApp. Enter the client&apos;s mobile number (10 digits starting with 3).</source>
        <translation>&quot;%1&quot; no es un celular y no puede recibir WhatsApp. Escriba el celular del cliente (10 dígitos que empiezan por 3).</translation>
    </message>
</context>
<context>
    <name>PortfolioCsvExport</name>
    <message>
        <location filename="../core/import/portfoliocsvexport.cpp" line="+79"/>
        <location line="+26"/>
        <location line="+11"/>
        <location line="+23"/>
        <location line="+16"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>PortfolioImport</name>
    <message>
        <location filename="../core/import/portfolioimport.cpp" line="+162"/>
        <source>Choose the file&apos;s column for: %1.</source>
        <translation>Elija la columna del archivo para: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; is not a document type: write CC, NIT, CE or PP.</source>
        <translation>&quot;%1&quot; no es un tipo de documento: escriba CC, NIT, CE o PP.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the client&apos;s name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+69"/>
        <location line="+71"/>
        <source>&quot;%1&quot; is not a date: write it as dd/mm/aaaa, for example 31/01/2026.</source>
        <translation>&quot;%1&quot; no es una fecha: escríbala como dd/mm/aaaa, por ejemplo 31/01/2026.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>&quot;%1&quot; is not an installment number: write a whole number such as 2.</source>
        <translation>&quot;%1&quot; no es un número de cuota: escriba un número entero, como 2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not yes or no: write Sí or No.</source>
        <translation>&quot;%1&quot; no es sí o no: escriba Sí o No.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoice number %1 is already in the database. Each invoice number can be used once.</source>
        <translation>El número de factura %1 ya está en la base de datos. Cada número de factura se puede usar una sola vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice number %1 is already on line %2 of this file. Each invoice number can be used once.</source>
        <translation>El número de factura %1 ya está en la línea %2 de este archivo. Cada número de factura se puede usar una sola vez.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Paid before the import</source>
        <translation>Pagado antes de la importación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the invoice number the payment is for.</source>
        <translation>Escriba el número de la factura a la que corresponde el pago.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No debt has invoice number %1. Import the debts first, or check the number.</source>
        <translation>Ninguna deuda tiene el número de factura %1. Importe primero las deudas, o revise el número.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the payment date.</source>
        <translation>Escriba la fecha del pago.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a payment method: write efectivo, transferencia, tarjeta, pse, nequi, daviplata or otro.</source>
        <translation>&quot;%1&quot; no es un medio de pago: escriba efectivo, transferencia, tarjeta, pse, nequi, daviplata u otro.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the file first.</source>
        <translation>Revise el archivo primero.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <location filename="../ui/privacynoticedialog.cpp" line="+19"/>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text clients read and sign before you send them WhatsApp messages (Ley 1581 de 2012). Each saved version is kept: a consent records the text in force when it was given.</source>
        <translation>El texto que los clientes leen y firman antes de que usted les envíe mensajes de WhatsApp (Ley 1581 de 2012). Cada versión guardada se conserva: un consentimiento registra el texto vigente cuando se otorgó.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Default text</source>
        <translation>Texto &amp;predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Replace the text with the default notice? Your changes that were not saved are lost.</source>
        <translation>¿Reemplazar el texto por el aviso predeterminado? Se pierden los cambios que no se hayan guardado.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotices</name>
    <message>
        <location filename="../core/storage/privacynotices.cpp" line="+16"/>
        <source>reading the privacy notice</source>
        <translation>se leía el aviso de privacidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The privacy notice cannot be empty. Start again from the default text if needed.</source>
        <translation>El aviso de privacidad no puede quedar vacío. Si hace falta, empiece de nuevo desde el texto predeterminado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>saving the privacy notice</source>
        <translation>se guardaba el aviso de privacidad</translation>
    </message>
</context>
<context>
    <name>ProviderConfig</name>
    <message>
        <location filename="../core/providers/providerfactory.cpp" line="+21"/>
        <source>Unknown WhatsApp provider &quot;%1&quot;. Use 360dialog, meta or twilio.</source>
        <translation>Proveedor de WhatsApp desconocido &quot;%1&quot;. Use 360dialog, meta o twilio.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>WhatsApp Desktop mode sends without an API provider.</source>
        <translation>El modo WhatsApp Desktop envía sin un proveedor de API.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The %1 credentials are not available: %2</source>
        <translation>Las credenciales de %1 no están disponibles: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Twilio Account SID is not available: %1</source>
        <translation>El Account SID de Twilio no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>ProviderErrors</name>
    <message>
        <location filename="../core/providers/dialog360provider.cpp" line="-110"/>
        <source>360dialog rejected the API key. Enter a valid key in the settings; sending is paused.</source>
        <translation>360dialog rechazó la clave de API. Escriba una clave válida en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 360dialog API key may not send from this number. Check the key in the settings; sending is paused.</source>
        <translation>La clave de API de 360dialog no puede enviar desde este número. Revise la clave en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360dialog does not know this address. Check the provider address in the settings; sending is paused.</source>
        <translation>360dialog no reconoce esta dirección. Revise la dirección del proveedor en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360dialog asked to slow down; the message will be tried again.</source>
        <translation>360dialog pidió ir más despacio; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360dialog had an internal problem; the message will be tried again.</source>
        <translation>360dialog tuvo un problema interno; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>360dialog is temporarily unavailable; the message will be tried again.</source>
        <translation>360dialog no está disponible por el momento; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/providers/graphapi.cpp" line="+90"/>
        <source>The access token was rejected. Enter a valid token in the settings; sending is paused.</source>
        <translation>El token de acceso fue rechazado. Escriba un token válido en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access token has expired or is not valid. Enter a new token in the settings; sending is paused.</source>
        <translation>El token de acceso venció o no es válido. Escriba un token nuevo en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not allowed to send WhatsApp messages through the API; sending is paused.</source>
        <translation>La cuenta no tiene permiso para enviar mensajes de WhatsApp por la API; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The token lacks permission to send from this number; sending is paused.</source>
        <translation>El token no tiene permiso para enviar desde este número; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta has temporarily blocked the account for policy violations; sending is paused.</source>
        <translation>Meta bloqueó la cuenta temporalmente por incumplir sus políticas; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp Business account is locked; sending is paused.</source>
        <translation>La cuenta de WhatsApp Business está bloqueada; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with the WhatsApp account&apos;s payment method; sending is paused.</source>
        <translation>Hay un problema con el medio de pago de la cuenta de WhatsApp; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The business phone number is not registered with WhatsApp; sending is paused.</source>
        <translation>El número de la empresa no está registrado en WhatsApp; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp limited the number because of quality or spam reports; sending is paused.</source>
        <translation>WhatsApp limitó el número por calidad o por reportes de spam; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WhatsApp service had an unknown problem; the message will be tried again.</source>
        <translation>El servicio de WhatsApp tuvo un problema desconocido; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp service is temporarily unavailable; the message will be tried again.</source>
        <translation>El servicio de WhatsApp no está disponible por el momento; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests to the WhatsApp service; the message will be tried again.</source>
        <translation>Demasiadas solicitudes al servicio de WhatsApp; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account reached its request limit; the message will be tried again.</source>
        <translation>La cuenta llegó a su límite de solicitudes; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number reached its sending rate; the message will be tried again.</source>
        <translation>El número llegó a su ritmo máximo de envío; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many messages to this client in a short time; the message will be tried again.</source>
        <translation>Demasiados mensajes a este cliente en poco tiempo; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp service had an internal problem; the message will be tried again.</source>
        <translation>El servicio de WhatsApp tuvo un problema interno; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp service is overloaded; the message will be tried again.</source>
        <translation>El servicio de WhatsApp está sobrecargado; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp account is in maintenance; the message will be tried again.</source>
        <translation>La cuenta de WhatsApp está en mantenimiento; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp server is temporarily unavailable; the message will be tried again.</source>
        <translation>El servidor de WhatsApp no está disponible por el momento; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/providers/twilioprovider.cpp" line="+42"/>
        <source>The number is not on WhatsApp or cannot receive the message.</source>
        <translation>El número no tiene WhatsApp o no puede recibir el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/providers/twilioprovider.cpp" line="+1"/>
        <source>More than 24 hours passed since the client last wrote; only an approved template can be sent.</source>
        <translation>Pasaron más de 24 horas desde el último mensaje del cliente; solo se puede enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp chose not to deliver the message to protect the client&apos;s experience; try another day.</source>
        <translation>WhatsApp decidió no entregar el mensaje para proteger la experiencia del cliente; intente otro día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client stopped accepting messages from the business.</source>
        <translation>El cliente dejó de aceptar mensajes de la empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s number is the business&apos;s own number.</source>
        <translation>El número del cliente es el mismo número de la empresa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider rejected a value in the message; check the template and its parameters.</source>
        <translation>El proveedor rechazó un valor del mensaje; revise la plantilla y sus parámetros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template parameter is missing.</source>
        <translation>Falta un parámetro de la plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template parameter has a value WhatsApp does not accept.</source>
        <translation>Un parámetro de la plantilla tiene un valor que WhatsApp no acepta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of parameters does not match the template.</source>
        <translation>El número de parámetros no coincide con la plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template is not approved or does not exist in this language.</source>
        <translation>La plantilla no está aprobada o no existe en este idioma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message text is too long for the template.</source>
        <translation>El texto del mensaje es demasiado largo para la plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message breaks WhatsApp&apos;s formatting rules for templates.</source>
        <translation>El mensaje no cumple las reglas de formato de WhatsApp para plantillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template parameter has the wrong format.</source>
        <translation>Un parámetro de la plantilla tiene el formato equivocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template is paused because of low quality.</source>
        <translation>La plantilla está en pausa por baja calidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template is disabled because of low quality.</source>
        <translation>La plantilla está desactivada por baja calidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp did not deliver the message because the client is part of an experiment.</source>
        <translation>WhatsApp no entregó el mensaje porque el cliente hace parte de un experimento.</translation>
    </message>
    <message>
        <location filename="../core/providers/twilioprovider.cpp" line="-14"/>
        <source>Twilio rejected the Account SID or Auth Token. Check them in the settings; sending is paused.</source>
        <translation>Twilio rechazó el Account SID o el Auth Token. Revíselos en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Twilio account is not active; sending is paused.</source>
        <translation>La cuenta de Twilio no está activa; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio does not know this account. Check the Account SID in the settings; sending is paused.</source>
        <translation>Twilio no reconoce esta cuenta. Revise el Account SID en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender number does not belong to the Twilio account. Check it in the settings; sending is paused.</source>
        <translation>El número remitente no pertenece a la cuenta de Twilio. Revíselo en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio has no WhatsApp sender for the configured number. Check it in the settings; sending is paused.</source>
        <translation>Twilio no tiene un remitente de WhatsApp para el número configurado. Revíselo en la configuración; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Twilio account is suspended; sending is paused.</source>
        <translation>La cuenta de Twilio está suspendida; el envío queda en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio asked to slow down; the message will be tried again.</source>
        <translation>Twilio pidió ir más despacio; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WhatsApp sending rate was exceeded; the message will be tried again.</source>
        <translation>Se superó el ritmo de envío de WhatsApp; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio had an internal problem; the message will be tried again.</source>
        <translation>Twilio tuvo un problema interno; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio is temporarily unavailable; the message will be tried again.</source>
        <translation>Twilio no está disponible por el momento; el mensaje se intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s number is not a valid phone number.</source>
        <translation>El número del cliente no es un número de teléfono válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s number is not a mobile number.</source>
        <translation>El número del cliente no es un celular.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number is not on WhatsApp.</source>
        <translation>El número no tiene WhatsApp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client asked not to receive messages from this number.</source>
        <translation>El cliente pidió no recibir mensajes de este número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template (Content SID) is not valid.</source>
        <translation>La plantilla (Content SID) no es válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template parameters (ContentVariables) are not valid.</source>
        <translation>Los parámetros de la plantilla (ContentVariables) no son válidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s phone is unreachable.</source>
        <translation>El teléfono del cliente no está disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s number is unknown or no longer exists.</source>
        <translation>El número del cliente es desconocido o ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s number is a landline or cannot receive messages.</source>
        <translation>El número del cliente es fijo o no puede recibir mensajes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was filtered by the carrier or WhatsApp.</source>
        <translation>El operador o WhatsApp filtró el mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be delivered for an unknown reason.</source>
        <translation>El mensaje no se pudo entregar por una razón desconocida.</translation>
    </message>
</context>
<context>
    <name>ReminderDispatcher</name>
    <message>
        <location filename="../core/reminders/reminderdispatcher.cpp" line="+55"/>
        <source>Sending was paused by the clerk.</source>
        <translation>El envío fue pausado por el usuario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The legal contact window closed before it was sent.</source>
        <translation>El horario legal de contacto terminó antes de enviarlo.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The message offers a payment link ({link_pago}) but no payment gateway is available. Configure one in Settings &gt; Online payments or remove {link_pago} from the template.</source>
        <translation>El mensaje ofrece un enlace de pago ({link_pago}) pero no hay pasarela de pagos disponible. Configure una en Configuración &gt; Pagos en línea o quite {link_pago} de la plantilla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not get the payment link: %1</source>
        <translation>No se pudo obtener el enlace de pago: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The provider gave no reason.</source>
        <translation>El proveedor no dio el motivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Se abandonó tras %n intento: %1</numerusform>
            <numerusform>Se abandonó tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No answer from the provider within %1 seconds.</source>
        <translation>El proveedor no respondió en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>ReminderPauseRepository</name>
    <message>
        <location filename="../core/storage/reminderpauserepository.cpp" line="+30"/>
        <source>Say why reminders are paused, for example &quot;promesa de pago&quot;.</source>
        <translation>Indique por qué se pausan los recordatorios, por ejemplo &quot;promesa de pago&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pause must last until today or a later date.</source>
        <translation>La pausa debe durar hasta hoy o una fecha posterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>pausing reminders</source>
        <translation>se pausaban los recordatorios</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The client or debt to pause no longer exists.</source>
        <translation>El cliente o la deuda que se quiere pausar ya no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused until %1: %2</source>
        <translation>En pausa hasta el %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>ending the pause</source>
        <translation>se terminaba la pausa</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This pause was already ended or no longer exists.</source>
        <translation>Esta pausa ya terminó o ya no existe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading the pauses</source>
        <translation>se leían las pausas</translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <location filename="../core/reminders/reminderpolicy.cpp" line="+10"/>
        <source>Add at least one reminder day, or turn reminders off.</source>
        <translation>Agregue al menos un día de recordatorio, o desactive los recordatorios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reminder day must be between 60 days before and 3650 days after the due date; %1 is not.</source>
        <translation>Un día de recordatorio debe estar entre 60 días antes y 3650 días después del vencimiento; %1 no lo está.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder days must be in increasing order without repeats (for example -3, 0, 1, 8, 15, 30).</source>
        <translation>Los días de recordatorio deben ir en orden creciente y sin repetirse (por ejemplo -3, 0, 1, 8, 15, 30).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat every 1 to 365 days, or 0 for no repetition.</source>
        <translation>Repita cada 1 a 365 días, o 0 para no repetir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weekly limit must be between 1 and 7 messages per client (the law allows at most one a day).</source>
        <translation>El límite semanal debe estar entre 1 y 7 mensajes por cliente (la ley permite como máximo uno al día).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&quot;%1&quot; is not a number of days. Write the days separated by commas, for example -3, 0, 1, 8, 15, 30.</source>
        <translation>&quot;%1&quot; no es un número de días. Escriba los días separados por comas, por ejemplo -3, 0, 1, 8, 15, 30.</translation>
    </message>
</context>
<context>
    <name>ReminderPolicyRepository</name>
    <message>
        <location filename="../core/storage/reminderpolicyrepository.cpp" line="+25"/>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+4"/>
        <source>saving the reminder rules</source>
        <translation>se guardaban las reglas de recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderRun</name>
    <message>
        <location filename="../core/reminders/reminderrun.cpp" line="+181"/>
        <source>Reminder run failed: %1</source>
        <translation>La revisión de recordatorios falló: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Cartera is sending reminders from this database right now; nothing was done. Try again later.</source>
        <translation>Otro Cartera está enviando recordatorios desde esta base de datos en este momento; no se hizo nada. Intente más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3  [%4]  %5</source>
        <translation>%1  %2  %3  [%4]  %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no template</source>
        <translation>sin plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic reminders are turned off.</source>
        <translation>Los recordatorios automáticos están desactivados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was queued or sent.</source>
        <translation>Simulación: no se puso nada en cola ni se envió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already queued: %1</source>
        <translation>Ya en cola: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would queue: %1</source>
        <translation>Se pondría en cola: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) would be queued, %1 already wait in the outbox.</source>
        <translation>
            <numerusform>Se pondría en cola %n mensaje; %1 ya esperan en la bandeja de salida.</numerusform>
            <numerusform>Se pondrían en cola %n mensajes; %1 ya esperan en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n message(s) were being sent when Cartera stopped; they are marked uncertain: check them in Mensajes.</source>
        <translation>
            <numerusform>%n mensaje se estaba enviando cuando Cartera se detuvo; quedó marcado como incierto: revíselo en Mensajes.</numerusform>
            <numerusform>%n mensajes se estaban enviando cuando Cartera se detuvo; quedaron marcados como inciertos: revíselos en Mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n message(s) missed their day and were replaced.</source>
        <translation>
            <numerusform>%n mensaje no salió en su día y fue reemplazado.</numerusform>
            <numerusform>%n mensajes no salieron en su día y fueron reemplazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checked %n debt(s); queued %1 message(s) for %2.</source>
        <translation>
            <numerusform>Se revisó %n deuda; %1 mensaje(s) en cola para el %2.</numerusform>
            <numerusform>Se revisaron %n deudas; %1 mensaje(s) en cola para el %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n debt(s) skipped: the client has not consented to WhatsApp messages.</source>
        <translation>
            <numerusform>%n deuda omitida: el cliente no ha autorizado mensajes de WhatsApp.</numerusform>
            <numerusform>%n deudas omitidas: el cliente no ha autorizado mensajes de WhatsApp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No WhatsApp provider is configured: %n message(s) wait in the outbox. Configure a provider, or send them with WhatsApp Desktop from the Mensajes view.</source>
        <translation>
            <numerusform>No hay un proveedor de WhatsApp configurado: %n mensaje espera en la bandeja de salida. Configure un proveedor, o envíelo con WhatsApp Desktop desde la vista Mensajes.</numerusform>
            <numerusform>No hay un proveedor de WhatsApp configurado: %n mensajes esperan en la bandeja de salida. Configure un proveedor, o envíelos con WhatsApp Desktop desde la vista Mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outside the legal contact hours (Mon-Fri 7:00-19:00, Sat 8:00-15:00, not on Sundays or holidays): messages wait for the next window.</source>
        <translation>Fuera del horario legal de contacto (lun-vie 7:00-19:00, sáb 8:00-15:00, nunca domingos ni festivos): los mensajes esperan al siguiente horario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent %1, to retry %2, failed %3, uncertain %4; %5 wait in the outbox.</source>
        <translation>Enviados %1, por reintentar %2, fallidos %3, inciertos %4; %5 esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The WhatsApp provider refused the account: %1. Sending is paused until it is fixed.</source>
        <translation>El proveedor de WhatsApp rechazó la cuenta: %1. El envío queda en pausa hasta que se corrija.</translation>
    </message>
</context>
<context>
    <name>ReminderScanRepository</name>
    <message>
        <location filename="../core/storage/reminderscanrepository.cpp" line="+25"/>
        <source>finding the debts due for a reminder</source>
        <translation>se buscaban las deudas que necesitan recordatorio</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reading the clients to remind</source>
        <translation>se leían los clientes a recordar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>reading the debts to remind</source>
        <translation>se leían las deudas a recordar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>counting the clients&apos; messages</source>
        <translation>se contaban los mensajes de los clientes</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>planning the next reminders</source>
        <translation>se planeaban los próximos recordatorios</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../core/reminders/reminderscheduler.cpp" line="+74"/>
        <location line="+138"/>
        <source>checking reminders</source>
        <translation>se revisaban los recordatorios</translation>
    </message>
</context>
<context>
    <name>ReminderTracking</name>
    <message>
        <location filename="../core/storage/remindertracking.cpp" line="+12"/>
        <source>reading the reminder rules</source>
        <translation>se leían las reglas de recordatorio</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>planning the debt&apos;s reminders</source>
        <translation>se planeaban los recordatorios de la deuda</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>cancelling the message</source>
        <translation>se cancelaba el mensaje</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cancelling the debt&apos;s messages</source>
        <translation>se cancelaban los mensajes de la deuda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cancelling the client&apos;s messages</source>
        <translation>se cancelaban los mensajes del cliente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>checking the message before sending it</source>
        <translation>se revisaba el mensaje antes de enviarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message no longer exists.</source>
        <translation>El mensaje ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp consent revoked</source>
        <translation>Consentimiento de WhatsApp revocado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client marked inactive</source>
        <translation>Cliente marcado como inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its debts were paid, written off or deleted before it went out</source>
        <translation>Sus deudas se pagaron, se castigaron o se eliminaron antes de que saliera</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../core/reports/reportbuilder.cpp" line="+38"/>
        <source>Portfolio: current and overdue</source>
        <translation>Cartera al día y vencida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aging by mora level</source>
        <translation>Edades de cartera por nivel de mora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections</source>
        <translation>Recaudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder messages</source>
        <translation>Mensajes de recordatorio</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+44"/>
        <source>As of %1</source>
        <translation>Corte al %1</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <location line="+5"/>
        <source>%1 · %n debt(s)</source>
        <translation>
            <numerusform>%1 · %n deuda</numerusform>
            <numerusform>%1 · %n deudas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+15"/>
        <source>Current balance</source>
        <translation>Saldo al día</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <location line="+3"/>
        <source>%1 · %n client(s)</source>
        <translation>
            <numerusform>%1 · %n cliente</numerusform>
            <numerusform>%1 · %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Overdue balance</source>
        <translation>Saldo vencido</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+38"/>
        <source>Total receivable</source>
        <translation>Total por cobrar</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Overdue share</source>
        <translation>Porcentaje vencido</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <location line="+44"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+42"/>
        <location line="+45"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Current debts</source>
        <translation>Deudas al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue debts</source>
        <translation>Deudas vencidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max. days overdue</source>
        <translation>Máx. días de mora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <location line="+27"/>
        <location line="+91"/>
        <location line="+10"/>
        <location line="+25"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="-182"/>
        <location line="+38"/>
        <source>Total (%n client(s))</source>
        <translation>
            <numerusform>Total (%n cliente)</numerusform>
            <numerusform>Total (%n clientes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Balances as they stood at the end of %1: payments dated later are not included. Written-off debts are not part of the portfolio.</source>
        <translation>Saldos al cierre del %1: no incluye pagos con fecha posterior. Las deudas castigadas no hacen parte de la cartera.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 · %n open debt(s)</source>
        <translation>
            <numerusform>%1 · %n deuda abierta</numerusform>
            <numerusform>%1 · %n deudas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients with a balance</source>
        <translation>Clientes con saldo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance by client</source>
        <translation>Saldo por cliente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary by mora level</source>
        <translation>Resumen por nivel de mora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mora level</source>
        <translation>Nivel de mora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+93"/>
        <source>Share</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Days overdue counted to %1. Balances as they stood at the end of that day: payments dated later are not included.</source>
        <translation>Días de mora contados al %1. Saldos al cierre de ese día: no incluye pagos con fecha posterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <location line="+43"/>
        <source>Period %1 – %2</source>
        <translation>Periodo %1 – %2</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance on %1</source>
        <translation>Saldo al %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which overdue</source>
        <translation>De este, vencido</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <location line="+22"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+13"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Opening balance</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversal</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please pay the overdue balance of %1 as soon as possible. If you already paid, kindly send us the receipt.</source>
        <translation>Le agradecemos pagar el saldo vencido de %1 a la mayor brevedad. Si ya pagó, por favor envíenos el comprobante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you for keeping your account up to date.</source>
        <translation>Gracias por mantener su cuenta al día.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collected</source>
        <translation>Recaudado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 · %n payment(s)</source>
        <translation>
            <numerusform>%1 · %n pago</numerusform>
            <numerusform>%1 · %n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reversed later (not counted)</source>
        <translation>Anulados después (no suman)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Paid within %n day(s) after a reminder</source>
        <translation>
            <numerusform>Pagado hasta %n día después de un recordatorio</numerusform>
            <numerusform>Pagado hasta %n días después de un recordatorio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By payment method</source>
        <translation>Por medio de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Medio de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payments by their payment date; reversed payments are left out.</source>
        <translation>Pagos por su fecha de pago; los pagos anulados no se incluyen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Price per message</source>
        <translation>Precio por mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only sent messages are billed; the price per message is an estimate.</source>
        <translation>Solo se cobran los mensajes enviados; el precio por mensaje es un estimado.</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <location filename="../core/reports/reportcsvwriter.cpp" line="+38"/>
        <source>NIT %1</source>
        <translation>NIT %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not create %1: %2. Choose another folder.</source>
        <translation>No se pudo crear %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2. Check the disk has room and try again.</source>
        <translation>No se pudo escribir %1: %2. Revise que el disco tenga espacio e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <location filename="../ui/reportexportjob.cpp" line="+86"/>
        <source>Cancelled: nothing was saved or printed.</source>
        <translation>Cancelado: no se guardó ni se imprimió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be printed completely. Check the printer or the disk and try again.</source>
        <translation>El informe no se pudo imprimir completo. Revise la impresora o el disco e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be saved. Check the disk has room and try again.</source>
        <translation>El informe no se pudo guardar. Revise que el disco tenga espacio e intente de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s) written.</source>
        <translation>
            <numerusform>%n página escrita.</numerusform>
            <numerusform>%n páginas escritas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportQueries</name>
    <message>
        <location filename="../core/storage/reportqueries.cpp" line="+168"/>
        <source>preparing the portfolio report</source>
        <translation>se preparaba el informe de cartera</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>preparing the aging report</source>
        <translation>se preparaba el informe de edades de cartera</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The statement period starts on %1, after it ends on %2: swap the dates.</source>
        <translation>El periodo del estado de cuenta empieza el %1, después de terminar el %2: intercambie las fechas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <location line="+24"/>
        <source>preparing the client statement</source>
        <translation>se preparaba el estado de cuenta</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Choose a client for the statement.</source>
        <translation>Elija un cliente para el estado de cuenta.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Payment, %1</source>
        <translation>Pago, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment, %1 %2</source>
        <translation>Pago, %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment reversed: %1</source>
        <translation>Pago anulado: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>preparing the collections report</source>
        <translation>se preparaba el informe de recaudo</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+46"/>
        <source>The message log is misconfigured: table and column names may only hold letters, digits and &apos;_&apos;.</source>
        <translation>El registro de mensajes está mal configurado: los nombres de tabla y columnas solo pueden tener letras, dígitos y &apos;_&apos;.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>reading the reminders sent</source>
        <translation>se leían los recordatorios enviados</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No message log is available yet: reminders must be set up before the messages report can be shown.</source>
        <translation>Todavía no hay registro de mensajes: configure los recordatorios antes de ver el informe de mensajes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>preparing the messages report</source>
        <translation>se preparaba el informe de mensajes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>adding up the overdue balance by month</source>
        <translation>se sumaba el saldo vencido por mes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>adding up the collections by month</source>
        <translation>se sumaba el recaudo por mes</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../ui/reportrenderer.cpp" line="+54"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not start printing. Check the printer or the file location and try again.</source>
        <translation>No se pudo empezar a imprimir. Revise la impresora o la ubicación del archivo e intente de nuevo.</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>NIT %1</source>
        <translation>NIT %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be printed completely. Check the printer or the disk and try again.</source>
        <translation>El informe no se pudo imprimir completo. Revise la impresora o el disco e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <location filename="../core/reports/reportrequest.cpp" line="+29"/>
        <source>Choose the client whose statement you want.</source>
        <translation>Elija el cliente cuyo estado de cuenta desea.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown report.</source>
        <translation>Informe desconocido.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/reportsview.cpp" line="+86"/>
        <source>All clients (type to search)</source>
        <translation>Todos los clientes (escriba para buscar)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. 500.000</source>
        <translation>p. ej. 500.000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show report</source>
        <translation>&amp;Ver informe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>&amp;Cut date:</source>
        <translation>Fecha de &amp;corte:</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mora level:</source>
        <translation>Nivel de &amp;mora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;balance:</source>
        <translation>&amp;Saldo mínimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save C&amp;SV…</source>
        <translation>Guardar C&amp;SV…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show the report (F5 or Ctrl+Enter)</source>
        <translation>Ver el informe (F5 o Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Pick the client from the list that appears as you type, or clear the field for all clients.</source>
        <translation>Elija el cliente de la lista que aparece mientras escribe, o borre el campo para ver todos los clientes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n fila.</numerusform>
            <numerusform>%n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview shows the first %1 of %2 pages; print or save the PDF for all of them.</source>
        <translation>La vista previa muestra las primeras %1 de %2 páginas; imprima o guarde el PDF para verlas todas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing %1…</source>
        <translation>Imprimiendo %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../ui/reversaldialog.cpp" line="+15"/>
        <source>Reverse payment</source>
        <translation>Anular pago</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. cheque devuelto, pago registrado dos veces</source>
        <translation>p. ej. cheque devuelto, pago registrado dos veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reverse payment</source>
        <translation>&amp;Anular pago</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The payment of %1 made on %2 (%3) will be undone: the debt owes that amount again. The payment stays on record, marked as reversed.</source>
        <translation>Se anulará el pago de %1 hecho el %2 (%3): la deuda vuelve a deber ese valor. El pago queda registrado, marcado como anulado.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/settings/settings.cpp" line="+69"/>
        <source>%1 must fit on one line.</source>
        <translation>%1 debe caber en una sola línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 es demasiado largo: máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cartera cannot save its settings to %1. Check that the file and its folder are not read-only.</source>
        <translation>Cartera no puede guardar su configuración en %1. Verifique que el archivo y su carpeta no sean de solo lectura.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The business name</source>
        <translation>El nombre de la empresa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the business phone with 7 to 15 digits, for example 601 234 5678 or 300 123 4567 (&quot;%1&quot;).</source>
        <translation>Escriba el teléfono de la empresa con 7 a 15 dígitos, por ejemplo 601 234 5678 o 300 123 4567 (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The logo %1 does not exist or cannot be read. Choose another file.</source>
        <translation>El logo %1 no existe o no se puede leer. Elija otro archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo must be a PNG, JPEG, SVG or BMP picture (%1).</source>
        <translation>El logo debe ser una imagen PNG, JPEG, SVG o BMP (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a web address. Write it like https://waba-v2.360dialog.io, or leave it empty for the provider&apos;s.</source>
        <translation>&quot;%1&quot; no es una dirección web. Escríbala como https://waba-v2.360dialog.io, o déjela vacía para usar la del proveedor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s address must not carry a user, password or key: enter those in the credential fields, which are kept in the system keychain.</source>
        <translation>La dirección del proveedor no debe llevar usuario, contraseña ni clave: escríbalos en los campos de credenciales, que se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider&apos;s address must start with https:// so that messages and keys travel encrypted (&quot;%1&quot;).</source>
        <translation>La dirección del proveedor debe empezar por https:// para que los mensajes y las claves viajen cifrados (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The phone number ID of WhatsApp Cloud API has only digits (it is shown in Meta&apos;s WhatsApp Manager), not &quot;%1&quot;.</source>
        <translation>El identificador del número de WhatsApp Cloud API tiene solo dígitos (aparece en el Administrador de WhatsApp de Meta), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a template name: use the approved template&apos;s exact name in lower case with underscores (recordatorio_pago), or Twilio&apos;s Content SID (HX...).</source>
        <translation>&quot;%1&quot; no es un nombre de plantilla: use el nombre exacto de la plantilla aprobada, en minúsculas y con guiones bajos (recordatorio_pago), o el Content SID de Twilio (HX...).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a template language code: write it as the provider shows it, for example es or es_CO.</source>
        <translation>&quot;%1&quot; no es un código de idioma de plantilla: escríbalo como lo muestra el proveedor, por ejemplo es o es_CO.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The price per message must be between $0 and %1 (%2).</source>
        <translation>El precio por mensaje debe estar entre $0 y %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ley 2300 de 2023 allows collection reminders only Monday to Friday from %1 to %2 and Saturday from %3 to %4; the window may be narrowed but not widened.</source>
        <translation>La Ley 2300 de 2023 permite recordatorios de cobro solo de lunes a viernes de %1 a %2 y los sábados de %3 a %4; el horario se puede reducir, pero no ampliar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the hours of the sending window as HH:mm.</source>
        <translation>Escriba las horas del horario de envío como HH:mm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monday to Friday from %1 to %2 is outside the legal hours. %3</source>
        <translation>De lunes a viernes de %1 a %2 está por fuera del horario legal. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday to Friday, the window must end after it starts (%1 to %2).</source>
        <translation>De lunes a viernes, el horario debe terminar después de empezar (%1 a %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saturday from %1 to %2 is outside the legal hours. %3</source>
        <translation>El sábado de %1 a %2 está por fuera del horario legal. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Saturday, the window must end after it starts (%1 to %2).</source>
        <translation>El sábado, el horario debe terminar después de empezar (%1 a %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each client may receive from 1 to %1 reminders a week (the law allows one contact a day, never on Sunday), not %2.</source>
        <translation>Cada cliente puede recibir de 1 a %1 recordatorios por semana (la ley permite un contacto al día, nunca en domingo), no %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use at most 10 mora levels.</source>
        <translation>Use máximo 10 niveles de mora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mora level ends between 1 and 3650 days overdue, not %1.</source>
        <translation>Un nivel de mora termina entre 1 y 3650 días de vencido, no en %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a full folder path for the backups, for example %1.</source>
        <translation>Elija la ruta completa de una carpeta para las copias de seguridad, por ejemplo %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not write the password in the database address. Cartera keeps it in the system keychain.</source>
        <translation>No escriba la contraseña en la dirección de la base de datos. Cartera la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a full path for the database file, for example %1.</source>
        <translation>Elija una ruta completa para el archivo de la base de datos, por ejemplo %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the PostgreSQL server&apos;s name or IP address, for example servidor.local or 192.168.1.10.</source>
        <translation>Escriba el nombre o la dirección IP del servidor PostgreSQL, por ejemplo servidor.local o 192.168.1.10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port must be a number from 1 to 65535 (PostgreSQL uses 5432).</source>
        <translation>El puerto debe ser un número de 1 a 65535 (PostgreSQL usa 5432).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the name of the database on the server, for example cartera (letters, digits, _ and -).</source>
        <translation>Escriba el nombre de la base de datos en el servidor, por ejemplo cartera (letras, dígitos, _ y -).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the PostgreSQL user name, for example cartera (letters, digits, _ and -).</source>
        <translation>Escriba el nombre de usuario de PostgreSQL, por ejemplo cartera (letras, dígitos, _ y -).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep from 1 to 60 daily backups, not %1.</source>
        <translation>Conserve de 1 a 60 copias diarias, no %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep from 0 to 52 weekly backups, not %1.</source>
        <translation>Conserve de 0 a 52 copias semanales, no %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>WhatsApp Cloud API (Meta)</source>
        <translation>WhatsApp Cloud API (Meta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp Desktop (sent by hand)</source>
        <translation>WhatsApp Desktop (envío manual)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Enter the daily check time as HH:mm.</source>
        <translation>Escriba la hora de la revisión diaria como HH:mm.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>A payment link stays payable between 1 and 60 days.</source>
        <translation>Un enlace de pago se puede pagar entre 1 y 60 días.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+52"/>
        <source>Kept in the system keychain; type to replace</source>
        <translation>Guardada en el llavero del sistema; escriba para reemplazarla</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Business</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sending</source>
        <translation>E&amp;nvío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mora levels</source>
        <translation>Niveles de &amp;mora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online &amp;payments</source>
        <translation>&amp;Pagos en línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+146"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Business logo</source>
        <translation>Logo de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IT:</source>
        <translation>N&amp;IT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports show these details, and reminders use the name in the {empresa} placeholder.</source>
        <translation>Los informes muestran estos datos, y los recordatorios usan el nombre en el campo {empresa}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number &amp;ID:</source>
        <translation>&amp;Identificador del número:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ender number:</source>
        <translation>Número &amp;remitente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder template:</source>
        <translation>Plantilla de re&amp;cordatorio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue template:</source>
        <translation>Plantilla de &amp;vencimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template &amp;language:</source>
        <translation>I&amp;dioma de la plantilla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per &amp;message:</source>
        <translation>Precio por &amp;mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>360dialog API &amp;key:</source>
        <translation>&amp;Clave API de 360dialog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;SID:</source>
        <translation>&amp;SID de la cuenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uth token:</source>
        <translation>Token de a&amp;utenticación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;test the connection</source>
        <translation>Guardar y &amp;probar la conexión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the provider…</source>
        <translation>Consultando al proveedor…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send on &amp;Saturdays</source>
        <translation>Enviar los &amp;sábados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Daily check at:</source>
        <translation>Revisión &amp;diaria a las:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday to &amp;Friday:</source>
        <translation>De lunes a &amp;viernes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sat&amp;urday:</source>
        <translation>Sá&amp;bado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders per client a &amp;week:</source>
        <translation>Recordatorios por cliente a la &amp;semana:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ley 2300 de 2023 allows collection messages Monday to Friday from %1 to %2 and Saturday from %3 to %4, never on Sundays or public holidays. You may narrow these hours, not widen them.</source>
        <translation>La Ley 2300 de 2023 permite mensajes de cobro de lunes a viernes de %1 a %2 y los sábados de %3 a %4, nunca en domingos ni festivos. Usted puede reducir este horario, no ampliarlo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Levels end at (&amp;days overdue):</source>
        <translation>Los niveles terminan en (&amp;días de mora):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up automatically every day</source>
        <translation>Hacer una copia &amp;automática cada día</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;daily copies:</source>
        <translation>Conservar copias &amp;diarias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;weekly copies:</source>
        <translation>Conservar copias &amp;semanales:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up &amp;now</source>
        <translation>Copia de seguridad a&amp;hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Cartera when I &amp;log in, so that the daily check runs</source>
        <translation>Iniciar Cartera al &amp;entrar a la sesión, para que se haga la revisión diaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start &amp;minimised to the notification area</source>
        <translation>Iniciar &amp;minimizado en el área de notificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Cartera starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que inicie Cartera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A &amp;file on this computer (one clerk)</source>
        <translation>Un &amp;archivo en este equipo (un solo auxiliar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A &amp;PostgreSQL server (several clerks share the portfolio)</source>
        <translation>Un servidor Post&amp;greSQL (varios auxiliares comparten la cartera)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept in the system keychain; empty keeps the stored one or uses PGPASSFILE</source>
        <translation>Se guarda en el llavero del sistema; vacía conserva la guardada o usa PGPASSFILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>Base de dat&amp;os:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test the connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change takes effect the next time Cartera starts. To move this computer&apos;s portfolio to an empty server database, run cartera --migrate-to with the server&apos;s address.</source>
        <translation>El cambio se aplica la próxima vez que Cartera inicie. Para pasar la cartera de este equipo a una base de datos vacía del servidor, ejecute cartera --migrate-to con la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1: a Cartera database, version %2. Press OK to use it from the next start.</source>
        <translation>Conectado a %1: una base de datos de Cartera, versión %2. Pulse Aceptar para usarla desde el próximo inicio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sandbox: test payments only, no real money</source>
        <translation>&amp;Sandbox: solo pagos de prueba, sin dinero real</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wompi&apos;s own address</source>
        <translation>La dirección de Wompi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a gateway, the overdue reminder ends with a link to pay the exact balance by PSE, Nequi, Daviplata or card ({link_pago}), and payments made through it are recorded by themselves. With an API provider, have the template recordatorio_pago_enlace approved first.</source>
        <translation>Con una pasarela, el recordatorio de mora termina con un enlace para pagar el saldo exacto por PSE, Nequi, Daviplata o tarjeta ({link_pago}), y los pagos hechos por él se registran solos. Con un proveedor de API, primero haga aprobar la plantilla recordatorio_pago_enlace.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Pasarela:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ublic key:</source>
        <translation>Llave p&amp;ública:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;vate key:</source>
        <translation>Llave pri&amp;vada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links &amp;valid for:</source>
        <translation>Enlaces &amp;válidos por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway a&amp;ddress:</source>
        <translation>&amp;Dirección de la pasarela:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Write the last day of each level, separated by commas: 30, 60, 90.</source>
        <translation>Escriba el último día de cada nivel, separados por comas: 30, 60, 90.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automática)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (manual)</source>
        <translation>%1 (manual)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backup saved: %1</source>
        <translation>Copia de seguridad guardada: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cartera backups (*.sqlite *.bak);;All files (*)</source>
        <translation>Copias de seguridad de Cartera (*.sqlite *.bak);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the current data with the backup %1? The current database is kept aside next to it, so this can be undone by hand.</source>
        <translation>¿Reemplazar los datos actuales con la copia de seguridad %1? La base de datos actual se conserva aparte, junto a ella, así que esto se puede deshacer a mano.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The backup is sound: %n client(s), </source>
        <translation>
            <numerusform>La copia de seguridad está en buen estado: %n cliente, </numerusform>
            <numerusform>La copia de seguridad está en buen estado: %n clientes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n debt(s).</source>
        <translation>
            <numerusform>%n deuda.</numerusform>
            <numerusform>%n deudas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was saved.</source>
        <translation>Nada se guardó.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the last day of each mora level as whole numbers separated by commas, for example 30, 60, 90.</source>
        <translation>Escriba el último día de cada nivel de mora como números enteros separados por comas, por ejemplo 30, 60, 90.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The private key starts with prv_ (the one starting with pub_ is the public key).</source>
        <translation>La llave privada empieza por prv_ (la que empieza por pub_ es la llave pública).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cartera cannot reach the system keychain, so it cannot keep the credentials.</source>
        <translation>Cartera no puede acceder al llavero del sistema, así que no puede guardar las credenciales.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cartera cannot reach the system keychain, so it cannot keep the password. Leave it empty and use a PGPASSFILE instead.</source>
        <translation>Cartera no puede acceder al llavero del sistema, así que no puede guardar la contraseña. Déjela vacía y use un PGPASSFILE.</translation>
    </message>
</context>
<context>
    <name>SyntheticPortfolio</name>
    <message>
        <location filename="../core/storage/syntheticportfolio.cpp" line="+59"/>
        <location line="+12"/>
        <location line="+66"/>
        <location line="+20"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+16"/>
        <source>generating the portfolio</source>
        <translation>se generaba la cartera</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Generation cancelled; nothing was written.</source>
        <translation>Generación cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/traynotifier.cpp" line="+17"/>
        <source>Cartera: payment reminders</source>
        <translation>Cartera: recordatorios de pago</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WhatsApp sending paused</source>
        <translation>Envío de WhatsApp en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused the account: %1. Check the provider settings.</source>
        <translation>El proveedor rechazó la cuenta: %1. Revise la configuración del proveedor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders could not run</source>
        <translation>No se pudieron revisar los recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some reminders need attention</source>
        <translation>Algunos recordatorios requieren atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent, %2 failed, %3 uncertain. Open Mensajes to review them.</source>
        <translation>%1 enviados, %2 fallidos, %3 inciertos. Abra Mensajes para revisarlos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders sent</source>
        <translation>Recordatorios enviados</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n WhatsApp reminder(s) sent.</source>
        <translation>
            <numerusform>%n recordatorio de WhatsApp enviado.</numerusform>
            <numerusform>%n recordatorios de WhatsApp enviados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwilioProvider</name>
    <message>
        <location filename="../core/providers/twilioprovider.cpp" line="+13"/>
        <source>Enter the Twilio Account SID: &quot;AC&quot; followed by 32 letters and digits, from the Twilio console.</source>
        <translation>Escriba el Account SID de Twilio: &quot;AC&quot; seguido de 32 letras y dígitos, de la consola de Twilio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the Twilio Auth Token in the settings.</source>
        <translation>Escriba el Auth Token de Twilio en la configuración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the business&apos;s WhatsApp number in international format, for example +573001234567.</source>
        <translation>Escriba el número de WhatsApp de la empresa en formato internacional, por ejemplo +573001234567.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The reminder has no number or template (Content SID).</source>
        <translation>Al recordatorio le falta el número o la plantilla (Content SID).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The Twilio account is %1, not active.</source>
        <translation>La cuenta de Twilio está %1, no activa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected to Twilio.</source>
        <translation>Conectado a Twilio.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connected to Twilio; every template is approved.</source>
        <translation>Conectado a Twilio; todas las plantillas están aprobadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to Twilio, but some templates cannot be used yet.</source>
        <translation>Conectado a Twilio, pero algunas plantillas todavía no se pueden usar.</translation>
    </message>
</context>
<context>
    <name>TwilioStatusPoller</name>
    <message>
        <location filename="../core/providers/twiliostatuspoller.cpp" line="+85"/>
        <source>Twilio could not deliver the message (error %1).</source>
        <translation>Twilio no pudo entregar el mensaje (error %1).</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../ui/welcomepanel.cpp" line="+16"/>
        <source>Welcome to Cartera</source>
        <translation>Bienvenido a Cartera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cartera keeps your clients, what they owe and what they pay, shows what is overdue (cartera vencida) by mora level, and reminds each client on WhatsApp.

This database is empty. Start by adding your first client, or load example data — a few dozen Colombian clients with debts in every mora level — to try the program first.</source>
        <translation>Cartera guarda sus clientes, lo que deben y lo que pagan, muestra la cartera vencida por nivel de mora y le recuerda a cada cliente por WhatsApp.

Esta base de datos está vacía. Empiece por agregar su primer cliente, o cargue los datos de ejemplo —unas decenas de clientes colombianos con deudas en todos los niveles de mora— para probar primero el programa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add the first client</source>
        <translation>Agregar el &amp;primer cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Load example data</source>
        <translation>&amp;Cargar datos de ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example data is for trying Cartera: use a separate database file (--database) for it, not your real one.</source>
        <translation>Los datos de ejemplo son para probar Cartera: úselos en un archivo de base de datos aparte (--database), no en el real.</translation>
    </message>
</context>
<context>
    <name>WhatsAppDesktopPrompt</name>
    <message>
        <location filename="../ui/whatsappdesktopprompt.cpp" line="+23"/>
        <source>Send with WhatsApp Desktop</source>
        <translation>Enviar con WhatsApp Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp opened with this message. Press send there, then tell Cartera whether it went out.</source>
        <translation>WhatsApp se abrió con este mensaje. Presione enviar allí y luego indique a Cartera si salió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cartera could not open WhatsApp. Open this link yourself, press send, then answer:
%1</source>
        <translation>Cartera no pudo abrir WhatsApp. Abra usted este enlace, presione enviar y luego responda:
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was &amp;sent</source>
        <translation>Se &amp;envió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not sent</source>
        <translation>&amp;No se envió</translation>
    </message>
</context>
<context>
    <name>WhatsAppDesktopProvider</name>
    <message>
        <location filename="../core/reminders/whatsappdesktopprovider.cpp" line="+40"/>
        <source>The clerk did not send it from WhatsApp Desktop.</source>
        <translation>El usuario no lo envió desde WhatsApp Desktop.</translation>
    </message>
</context>
<context>
    <name>WompiGateway</name>
    <message>
        <location filename="../core/payments/wompigateway.cpp" line="+62"/>
        <source>Enter the Wompi private key (it starts with prv_) in Settings &gt; Online payments.</source>
        <translation>Escriba la llave privada de Wompi (empieza por prv_) en Configuración &gt; Pagos en línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Wompi private key must start with prv_test_ (sandbox) or prv_prod_ (production). Copy it again from Wompi&apos;s dashboard.</source>
        <translation>La llave privada de Wompi debe empezar por prv_test_ (sandbox) o prv_prod_ (producción). Cópiela de nuevo del panel de Wompi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sandbox needs a test key (prv_test_...); the key entered is a production key.</source>
        <translation>El sandbox necesita una llave de prueba (prv_test_...); la llave escrita es de producción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production needs a production key (prv_prod_...); the key entered is a sandbox key.</source>
        <translation>Producción necesita una llave de producción (prv_prod_...); la llave escrita es de sandbox.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Wompi sent a transaction Cartera cannot read (id &quot;%1&quot;, status &quot;%2&quot;).</source>
        <translation>Wompi envió una transacción que Cartera no puede leer (id &quot;%1&quot;, estado &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Wompi&apos;s secure connection could not be verified while %1. Check the computer&apos;s date and time.</source>
        <translation>No se pudo verificar la conexión segura con Wompi %1. Revise la fecha y la hora del computador.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wompi did not answer within %n second(s) while %1; Cartera will try again later.</source>
        <translation>
            <numerusform>Wompi no respondió en %n segundo %1; Cartera lo intentará de nuevo más tarde.</numerusform>
            <numerusform>Wompi no respondió en %n segundos %1; Cartera lo intentará de nuevo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wompi could not be reached while %1: check the Internet connection.</source>
        <translation>No se pudo contactar a Wompi %1: revise la conexión a Internet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wompi could not be reached while %1 (network error %2); Cartera will try again later.</source>
        <translation>No se pudo contactar a Wompi %1 (error de red %2); Cartera lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wompi rejected the private key (HTTP %1) while %2. Check the key in Settings &gt; Online payments and that sandbox or production matches it.</source>
        <translation>Wompi rechazó la llave privada (HTTP %1) %2. Revise la llave en Configuración &gt; Pagos en línea y que sandbox o producción corresponda a ella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wompi does not know what Cartera asked for while %1 (HTTP 404). Check the gateway address.</source>
        <translation>Wompi no reconoce lo que Cartera pidió %1 (HTTP 404). Revise la dirección de la pasarela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wompi asked to slow down while %1; Cartera will try again later.</source>
        <translation>Wompi pidió ir más despacio %1; Cartera lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wompi had an internal problem (HTTP %1) while %2; Cartera will try again later.</source>
        <translation>Wompi tuvo un problema interno (HTTP %1) %2; Cartera lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Wompi address redirects elsewhere (HTTP %1). Check the gateway address in the settings.</source>
        <translation>La dirección de Wompi redirige a otra parte (HTTP %1). Revise la dirección de la pasarela en la configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wompi refused the request while %1 (HTTP %2).</source>
        <translation>Wompi rechazó la solicitud %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wompi refused the request while %1: %2</source>
        <translation>Wompi rechazó la solicitud %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wompi answered HTTP %1 while %2, which Cartera did not expect.</source>
        <translation>Wompi respondió HTTP %1 %2, algo que Cartera no esperaba.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A payment link needs an amount above zero.</source>
        <translation>Un enlace de pago necesita un valor mayor que cero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creating the payment link</source>
        <translation>al crear el enlace de pago</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wompi created the link but its answer could not be read; try again.</source>
        <translation>Wompi creó el enlace pero su respuesta no se pudo leer; intente de nuevo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reading the payments of link %1</source>
        <translation>al leer los pagos del enlace %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reading transaction %1</source>
        <translation>al leer la transacción %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CARTERA_WHATSAPP_PROVIDER=%1 is not available in this build; messages stay in the outbox.</source>
        <translation type="vanished">CARTERA_WHATSAPP_PROVIDER=%1 no está disponible en esta versión; los mensajes quedan en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+76"/>
        <source>%1 Messages stay in the outbox.</source>
        <translation>%1 Los mensajes siguen en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warning: CARTERA_NOW=&quot;%1&quot; is not an ISO date and time (like 2026-02-10T15:00:00Z); the real clock is used.</source>
        <translation>Advertencia: CARTERA_NOW=&quot;%1&quot; no es una fecha y hora ISO (como 2026-02-10T15:00:00Z); se usa el reloj real.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: CARTERA_NOW is set; this run believes it is %1 (UTC). Only for tests.</source>
        <translation>Advertencia: CARTERA_NOW está definida; esta ejecución cree que es %1 (UTC). Solo para pruebas.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No payment gateway is configured: choose one in Settings &gt; Online payments, or set CARTERA_PAYMENT_GATEWAY.</source>
        <translation>No hay pasarela de pagos configurada: elija una en Configuración &gt; Pagos en línea, o defina CARTERA_PAYMENT_GATEWAY.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 paid %2 online (%3).</source>
        <translation>%1 pagó %2 en línea (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check %1: %2</source>
        <translation>Revise %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n payment link(s) checked, %1 new transaction(s).</source>
        <translation>
            <numerusform>%n enlace de pago revisado, %1 transacción(es) nueva(s).</numerusform>
            <numerusform>%n enlaces de pago revisados, %1 transacción(es) nueva(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--migrate-to needs a PostgreSQL address such as postgresql://clerk@server:5432/cartera.</source>
        <translation>--migrate-to necesita una dirección PostgreSQL como postgresql://auxiliar@servidor:5432/cartera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--migrate-to copies a Cartera database file; choose the file with --database.</source>
        <translation>--migrate-to copia un archivo de base de datos de Cartera; elija el archivo con --database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist, so there is nothing to copy. Choose the file with --database.</source>
        <translation>%1 no existe, así que no hay nada que copiar. Elija el archivo con --database.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>  %1: %n row(s) copied</source>
        <translation>
            <numerusform>  %1: %n fila copiada</numerusform>
            <numerusform>  %1: %n filas copiadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % (%2 of %3 rows)</source>
        <translation>%1 % (%2 de %3 filas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying %1 to %2 ...</source>
        <translation>Copiando %1 a %2 ...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied %1 rows to %2 in %3 s and checked them: every table has the same rows and ids as the file. Debts %4, paid %5; payments %6.</source>
        <translation>Se copiaron %1 filas a %2 en %3 s y se verificaron: cada tabla tiene las mismas filas e id que el archivo. Deudas %4, pagado %5; pagos %6.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open it with --database %1, or choose it in Settings &gt; Database. The file was not changed.</source>
        <translation>Ábrala con --database %1, o elíjala en Configuración &gt; Base de datos. El archivo no cambió.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Accounts receivable and WhatsApp payment reminders.</source>
        <translation>Cuentas por cobrar y recordatorios de pago por WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the database at &lt;path&gt; (a file, or a postgresql://user@host:port/name address) instead of the one chosen in the settings or the default (%1).</source>
        <translation>Abre la base de datos en &lt;path&gt; (un archivo, o una dirección postgresql://usuario@servidor:puerto/nombre) en lugar de la elegida en la configuración o la predeterminada (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ask the payment gateway for the payments made through the payment links, record them, then exit. Exit status: 0 ok, 1 some links could not be read, 2 database error, 4 no payment gateway.</source>
        <translation>Pide a la pasarela de pagos los pagos hechos por los enlaces de pago, los registra y termina. Código de salida: 0 bien, 1 algunos enlaces no se pudieron leer, 2 error de base de datos, 4 sin pasarela de pagos.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exit as soon as the main window has been painted once, printing that moment in milliseconds since 1970 (measures start-up time); nothing else starts.</source>
        <translation>Salir en cuanto la ventana principal se haya dibujado una vez, escribiendo ese momento en milisegundos desde 1970 (mide el tiempo de arranque); no se inicia nada más.</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; instead of the default (%1).</source>
        <translation type="vanished">Abrir la base de datos en &lt;ruta&gt; en lugar de la predeterminada (%1).</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check every debt, queue the reminders that are due and send them, then exit (for cron or the Windows Task Scheduler). Exit status: 0 ok, 1 some messages failed, 2 database error, 3 another Cartera is sending, 4 the provider refused the account.</source>
        <translation>Revisa todas las deudas, pone en cola los recordatorios que tocan, los envía y termina (para cron o el Programador de tareas de Windows). Código de salida: 0 bien, 1 algunos mensajes fallaron, 2 error de la base de datos, 3 otro Cartera está enviando, 4 el proveedor rechazó la cuenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --run-reminders: print what would be queued and sent, and change nothing.</source>
        <translation>Con --run-reminders: muestra lo que se pondría en cola y se enviaría, sin cambiar nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open (and, if needed, update) the database, print its state and exit. Exit code 0 when it is usable.</source>
        <translation>Abrir (y, si hace falta, actualizar) la base de datos, mostrar su estado y salir. Código de salida 0 cuando se puede usar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the database (the default file or --database) into the empty PostgreSQL database at &lt;address&gt;, in one transaction, and check the copy; the password comes from the keychain or PGPASSFILE. Exit status: 0 copied, 1 wrong use, 2 a database cannot be opened, 3 the target already holds data, 4 the copy failed or differs and was undone.</source>
        <translation>Copia la base de datos (el archivo predeterminado o --database) a la base de datos PostgreSQL vacía en &lt;address&gt;, en una sola transacción, y verifica la copia; la contraseña sale del llavero o de PGPASSFILE. Estado de salida: 0 copiada, 1 uso incorrecto, 2 no se puede abrir una base de datos, 3 el destino ya tiene datos, 4 la copia falló o no coincide y se deshizo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in the notification area without showing the window (used when Cartera starts with the session).</source>
        <translation>Iniciar en el área de notificación sin mostrar la ventana (se usa cuando Cartera inicia con la sesión).</translation>
    </message>
    <message>
        <source>Exit as soon as the main window has been painted once (measures start-up time).</source>
        <translation type="vanished">Salir en cuanto la ventana principal se haya dibujado una vez (mide el tiempo de arranque).</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+14"/>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: Cartera database, version %2.</source>
        <translation>%1: base de datos de Cartera, versión %2.</translation>
    </message>
</context>
</TS>
