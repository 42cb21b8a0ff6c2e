<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <location filename="../core/storage/backupservice.cpp" line="+106"/>
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
        <location line="+5"/>
        <source>The backup %1 is damaged (%2). Nothing was changed; choose another backup.</source>
        <translation>La copia de seguridad %1 está dañada (%2). No se cambió nada; elija otra copia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup %1 is damaged (integrity check: %2). Nothing was changed; choose another backup.</source>
        <translation>La copia de seguridad %1 está dañada (verificación de integridad: %2). No se cambió nada; elija otra copia.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>ClientRepository</name>
    <message>
        <location filename="../core/storage/clientrepository.cpp" line="+72"/>
        <source>There is already a client with %1: %2. Open that client instead of creating another.</source>
        <translation>Ya existe un cliente con %1: %2. Abra ese cliente en lugar de crear otro.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+45"/>
        <source>There is already a client with %1.</source>
        <translation>Ya existe un cliente con %1.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+45"/>
        <source>saving the client</source>
        <translation>se guardaba el cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client was deleted by someone else. Nothing was saved.</source>
        <translation>Otra persona eliminó este cliente. Nada se guardó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this client (%1) while you were editing it. Nothing was saved; reopen the client to see the changes.</source>
        <translation>Otra persona cambió este cliente (%1) mientras usted lo editaba. Nada se guardó; vuelva a abrir el cliente para ver los cambios.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+11"/>
        <location line="+2"/>
        <source>deleting the client</source>
        <translation>se eliminaba el cliente</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%1 cannot be deleted: they have %n debt(s) on record. Their history must be kept; mark the client inactive instead.</source>
        <translation>
            <numerusform>%1 no se puede eliminar: tiene %n deuda registrada. Su historial se debe conservar; marque el cliente como inactivo.</numerusform>
            <numerusform>%1 no se puede eliminar: tiene %n deudas registradas. Su historial se debe conservar; marque el cliente como inactivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+104"/>
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
        <location line="+6"/>
        <source>Cartera cannot create the folder %1 for its database. Check the permissions, or choose another file with --database.</source>
        <translation>Cartera no puede crear la carpeta %1 para su base de datos. Revise los permisos o elija otro archivo con --database.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cartera cannot write to %1 (%2 is read-only). Check that the file and its folder are not read-only.</source>
        <translation>Cartera no puede escribir en %1 (%2 es de solo lectura). Verifique que el archivo y su carpeta no sean de solo lectura.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cartera cannot open %1: %2</source>
        <translation>Cartera no puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged and cannot be read (%2). Nothing was changed. Restore your latest backup.</source>
        <translation>%1 está dañado y no se puede leer (%2). No se cambió nada. Restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged (integrity check: %2). Nothing was changed. Restore your latest backup.</source>
        <translation>%1 está dañado (verificación de integridad: %2). No se cambió nada. Restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
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
        <source>Cartera cannot prepare %1: %2</source>
        <translation>Cartera no puede preparar %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cartera must copy %1 before updating it, and the copy failed: %2. Nothing was changed.</source>
        <translation>Cartera debe copiar %1 antes de actualizarlo, y la copia falló: %2. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <location line="+6"/>
        <source>updating the database</source>
        <translation>se actualizaba la base de datos</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Updating the database to version %1 failed: %2. The database was left as it was.</source>
        <translation>La actualización de la base de datos a la versión %1 falló: %2. La base de datos quedó como estaba.</translation>
    </message>
    <message>
        <location line="+74"/>
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
    <name>DebtRepository</name>
    <message>
        <location filename="../core/storage/debtrepository.cpp" line="+106"/>
        <source>checking the invoice number</source>
        <translation>se verificaba el número de factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice number %1 is already used by a debt of %2. Each invoice number can be used once; check the number.</source>
        <translation>El número de factura %1 ya lo usa una deuda de %2. Cada número de factura se puede usar una sola vez; revise el número.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+58"/>
        <source>Invoice number %1 is already used.</source>
        <translation>El número de factura %1 ya está en uso.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The client of this debt no longer exists.</source>
        <translation>El cliente de esta deuda ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+3"/>
        <source>saving the debt</source>
        <translation>se guardaba la deuda</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Someone else changed debt %1 while you were editing it. Nothing was saved; reopen it to see the changes.</source>
        <translation>Otra persona cambió la deuda %1 mientras usted la editaba. Nada se guardó; vuelva a abrirla para ver los cambios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount cannot be less than what was already paid (%1).</source>
        <translation>El valor no puede ser menor que lo ya pagado (%1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reading the debt</source>
        <translation>se leía la deuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>The debt no longer exists.</source>
        <translation>La deuda ya no existe.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>listing debts</source>
        <translation>se listaban las deudas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>counting debts</source>
        <translation>se contaban las deudas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>deleting the debt</source>
        <translation>se eliminaba la deuda</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Debt %1 cannot be deleted: it has %n payment(s) on record. Write it off instead.</source>
        <translation>
            <numerusform>La deuda %1 no se puede eliminar: tiene %n pago registrado. Castíguela en su lugar.</numerusform>
            <numerusform>La deuda %1 no se puede eliminar: tiene %n pagos registrados. Castíguela en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>writing off the debt</source>
        <translation>se castigaba la deuda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>adding up the portfolio</source>
        <translation>se sumaba la cartera</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>adding up the client&apos;s balance</source>
        <translation>se sumaba el saldo del cliente</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+13"/>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Receivable: %1 · Overdue: %2 (%n debt(s))</source>
        <translation>
            <numerusform>Por cobrar: %1 · Vencida: %2 (%n deuda)</numerusform>
            <numerusform>Por cobrar: %1 · Vencida: %2 (%n deudas)</numerusform>
        </translation>
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
    <name>PaymentRepository</name>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="+83"/>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>recording the payment</source>
        <translation>se registraba el pago</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The debt of this payment no longer exists.</source>
        <translation>La deuda de este pago ya no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debt %1 was written off; reactivate it before recording payments.</source>
        <translation>La deuda %1 fue castigada; reactívela antes de registrar pagos.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Say why the payment is reversed, for example &quot;cheque devuelto&quot;.</source>
        <translation>Indique por qué se anula el pago, por ejemplo &quot;cheque devuelto&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>reversing the payment</source>
        <translation>se anulaba el pago</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This payment was already reversed on %1.</source>
        <translation>Este pago ya se anuló el %1.</translation>
    </message>
    <message>
        <location line="+34"/>
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
    <name>Settings</name>
    <message>
        <location filename="../core/settings/settings.cpp" line="+66"/>
        <source>%1 must fit on one line.</source>
        <translation>%1 debe caber en una sola línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 es demasiado largo: máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cartera cannot save its settings to %1. Check that the file and its folder are not read-only.</source>
        <translation>Cartera no puede guardar su configuración en %1. Verifique que el archivo y su carpeta no sean de solo lectura.</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+9"/>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+46"/>
        <source>Kept in the system keychain; type to replace</source>
        <translation>Guardada en el llavero del sistema; escriba para reemplazarla</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+129"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="-126"/>
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
        <location line="+13"/>
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
        <location line="+80"/>
        <source>Write the last day of each level, separated by commas: 30, 60, 90.</source>
        <translation>Escriba el último día de cada nivel, separados por comas: 30, 60, 90.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <source>Cartera cannot reach the system keychain, so it cannot keep the credentials.</source>
        <translation>Cartera no puede acceder al llavero del sistema, así que no puede guardar las credenciales.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+45"/>
        <source>Accounts receivable and WhatsApp payment reminders.</source>
        <translation>Cuentas por cobrar y recordatorios de pago por WhatsApp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the database at &lt;path&gt; instead of the default (%1).</source>
        <translation>Abrir la base de datos en &lt;ruta&gt; en lugar de la predeterminada (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open (and, if needed, update) the database, print its state and exit. Exit code 0 when it is usable.</source>
        <translation>Abrir (y, si hace falta, actualizar) la base de datos, mostrar su estado y salir. Código de salida 0 cuando se puede usar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cartera</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Cartera database, version %2.</source>
        <translation>%1: base de datos de Cartera, versión %2.</translation>
    </message>
</context>
</TS>
