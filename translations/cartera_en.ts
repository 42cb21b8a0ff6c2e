<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/clientrepository.cpp" line="+259"/>
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
        <location filename="../core/storage/debtrepository.cpp" line="+301"/>
        <source>Debt %1 cannot be deleted: it has %n payment(s) on record. Write it off instead.</source>
        <translation>
            <numerusform>Debt %1 cannot be deleted: it has %n payment on record. Write it off instead.</numerusform>
            <numerusform>Debt %1 cannot be deleted: it has %n payments on record. Write it off instead.</numerusform>
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
