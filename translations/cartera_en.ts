<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLogView</name>
    <message numerus="yes">
        <location filename="../ui/auditlogview.cpp" line="+111"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPrivacy</name>
    <message numerus="yes">
        <location filename="../core/storage/clientprivacy.cpp" line="+292"/>
        <source>%1 still owes %2 on %n open debt(s). The data cannot be deleted while debts are open: record the payments or write the debts off first.</source>
        <translation>
            <numerusform>%1 still owes %2 on %n open debt. The data cannot be deleted while debts are open: record the payments or write the debts off first.</numerusform>
            <numerusform>%1 still owes %2 on %n open debts. The data cannot be deleted while debts are open: record the payments or write the debts off first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/clientrepository.cpp" line="+276"/>
        <source>%1 cannot be deleted: they have %n debt(s) on record. Their history must be kept; mark the client inactive instead.</source>
        <translation>
            <numerusform>%1 cannot be deleted: they have %n debt on record. Their history must be kept; mark the client inactive instead.</numerusform>
            <numerusform>%1 cannot be deleted: they have %n debts on record. Their history must be kept; mark the client inactive instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/debtrepository.cpp" line="+326"/>
        <source>Debt %1 cannot be deleted: it has %n payment(s) on record. Write it off instead.</source>
        <translation>
            <numerusform>Debt %1 cannot be deleted: it has %n payment on record. Write it off instead.</numerusform>
            <numerusform>Debt %1 cannot be deleted: it has %n payments on record. Write it off instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../ui/importwizard.cpp" line="+260"/>
        <source>%n row(s) read; text in %1, columns separated by &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n row read; text in %1, columns separated by &quot;%2&quot;.</numerusform>
            <numerusform>%n rows read; text in %1, columns separated by &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n row(s) read: %1 can be imported, %2 will be left out.</source>
        <translation>
            <numerusform>%n row read: %1 can be imported, %2 will be left out.</numerusform>
            <numerusform>%n rows read: %1 can be imported, %2 will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) repeat an invoice number already used.</source>
        <translation>
            <numerusform>%n row repeats an invoice number already used.</numerusform>
            <numerusform>%n rows repeat an invoice number already used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+20"/>
        <source>Receivable: %1 · Overdue: %2 (%n debt(s))</source>
        <translation>
            <numerusform>Receivable: %1 · Overdue: %2 (%n debt)</numerusform>
            <numerusform>Receivable: %1 · Overdue: %2 (%n debts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../ui/settingsdialog.cpp" line="+482"/>
        <source>The backup is sound: %n client(s), </source>
        <translation>
            <numerusform>The backup is sound: %n client, </numerusform>
            <numerusform>The backup is sound: %n clients, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n debt(s).</source>
        <translation>
            <numerusform>%n debt.</numerusform>
            <numerusform>%n debts.</numerusform>
        </translation>
    </message>
</context>
</TS>
