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
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="+333"/>
        <source>Reminders sent and money paid within %n day(s) after them</source>
        <translation>
            <numerusform>Reminders sent and money paid within %n day after them</numerusform>
            <numerusform>Reminders sent and money paid within %n days after them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1: %n reminder(s) sent, %2 recovered</source>
        <translation>
            <numerusform>%1: %n reminder sent, %2 recovered</numerusform>
            <numerusform>%1: %n reminders sent, %2 recovered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/debtrepository.cpp" line="+313"/>
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
    <name>ReportBuilder</name>
    <message numerus="yes">
        <location filename="../core/reports/reportbuilder.cpp" line="+67"/>
        <location line="+5"/>
        <source>%1 · %n debt(s)</source>
        <translation>
            <numerusform>%1 · %n debt</numerusform>
            <numerusform>%1 · %n debts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <location line="+3"/>
        <source>%1 · %n client(s)</source>
        <translation>
            <numerusform>%1 · %n client</numerusform>
            <numerusform>%1 · %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <location line="+38"/>
        <source>Total (%n client(s))</source>
        <translation>
            <numerusform>Total (%n client)</numerusform>
            <numerusform>Total (%n clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%1 · %n open debt(s)</source>
        <translation>
            <numerusform>%1 · %n open debt</numerusform>
            <numerusform>%1 · %n open debts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 · %n payment(s)</source>
        <translation>
            <numerusform>%1 · %n payment</numerusform>
            <numerusform>%1 · %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Paid within %n day(s) after a reminder</source>
        <translation>
            <numerusform>Paid within %n day after a reminder</numerusform>
            <numerusform>Paid within %n days after a reminder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message numerus="yes">
        <location filename="../ui/reportexportjob.cpp" line="+100"/>
        <source>%n page(s) written.</source>
        <translation>
            <numerusform>%n page written.</numerusform>
            <numerusform>%n pages written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <location filename="../ui/reportsview.cpp" line="+367"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
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
