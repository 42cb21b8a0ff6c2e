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
        <location filename="../core/storage/clientrepository.cpp" line="+280"/>
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
        <location filename="../core/storage/debtrepository.cpp" line="+343"/>
        <source>Debt %1 cannot be deleted: it has %n payment(s) on record. Write it off instead.</source>
        <translation>
            <numerusform>Debt %1 cannot be deleted: it has %n payment on record. Write it off instead.</numerusform>
            <numerusform>Debt %1 cannot be deleted: it has %n payments on record. Write it off instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message numerus="yes">
        <location filename="../ui/desktop.cpp" line="+502"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExampleData</name>
    <message numerus="yes">
        <location filename="../core/storage/exampledata.cpp" line="+142"/>
        <source>Example data can only be loaded into an empty database; this one already has %n client(s). Open a new file with --database to try the example.</source>
        <translation>
            <numerusform>Example data can only be loaded into an empty database; this one already has %n client. Open a new file with --database to try the example.</numerusform>
            <numerusform>Example data can only be loaded into an empty database; this one already has %n clients. Open a new file with --database to try the example.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message numerus="yes">
        <location filename="../core/providers/httpprovider.cpp" line="+206"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
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
        <source>Receivable: %1 · Overdue: %2 (%n debt(s))</source>
        <translation type="vanished">
            <numerusform>Receivable: %1 · Overdue: %2 (%n debt)</numerusform>
            <numerusform>Receivable: %1 · Overdue: %2 (%n debts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message numerus="yes">
        <location filename="../ui/messagesview.cpp" line="+228"/>
        <source>No WhatsApp provider is configured: %n message(s) wait in the outbox. Configure a provider in Settings, or use WhatsApp Desktop mode.</source>
        <translation>
            <numerusform>No WhatsApp provider is configured: %n message waits in the outbox. Configure a provider in Settings, or use WhatsApp Desktop mode.</numerusform>
            <numerusform>No WhatsApp provider is configured: %n messages wait in the outbox. Configure a provider in Settings, or use WhatsApp Desktop mode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDispatcher</name>
    <message numerus="yes">
        <location filename="../core/reminders/reminderdispatcher.cpp" line="+237"/>
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderRun</name>
    <message numerus="yes">
        <location filename="../core/reminders/reminderrun.cpp" line="+203"/>
        <source>%n message(s) would be queued, %1 already wait in the outbox.</source>
        <translation>
            <numerusform>%n message would be queued, %1 already wait in the outbox.</numerusform>
            <numerusform>%n messages would be queued, %1 already wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n message(s) were being sent when Cartera stopped; they are marked uncertain: check them in Mensajes.</source>
        <translation>
            <numerusform>%n message was being sent when Cartera stopped; it is marked uncertain: check it in Mensajes.</numerusform>
            <numerusform>%n messages were being sent when Cartera stopped; they are marked uncertain: check them in Mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n message(s) missed their day and were replaced.</source>
        <translation>
            <numerusform>%n message missed its day and was replaced.</numerusform>
            <numerusform>%n messages missed their day and were replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checked %n debt(s); queued %1 message(s) for %2.</source>
        <translation>
            <numerusform>Checked %n debt; queued %1 message(s) for %2.</numerusform>
            <numerusform>Checked %n debts; queued %1 message(s) for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n debt(s) skipped: the client has not consented to WhatsApp messages.</source>
        <translation>
            <numerusform>%n debt skipped: the client has not consented to WhatsApp messages.</numerusform>
            <numerusform>%n debts skipped: the clients have not consented to WhatsApp messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No WhatsApp provider is configured: %n message(s) wait in the outbox. Configure a provider, or send them with WhatsApp Desktop from the Mensajes view.</source>
        <translation>
            <numerusform>No WhatsApp provider is configured: %n message waits in the outbox. Configure a provider, or send it with WhatsApp Desktop from the Mensajes view.</numerusform>
            <numerusform>No WhatsApp provider is configured: %n messages wait in the outbox. Configure a provider, or send them with WhatsApp Desktop from the Mensajes view.</numerusform>
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
        <location filename="../ui/reportsview.cpp" line="+374"/>
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
        <location filename="../ui/settingsdialog.cpp" line="+690"/>
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
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="+50"/>
        <source>%n WhatsApp reminder(s) sent.</source>
        <translation>
            <numerusform>%n WhatsApp reminder sent.</numerusform>
            <numerusform>%n WhatsApp reminders sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WompiGateway</name>
    <message numerus="yes">
        <location filename="../core/payments/wompigateway.cpp" line="+194"/>
        <source>Wompi did not answer within %n second(s) while %1; Cartera will try again later.</source>
        <translation>
            <numerusform>Wompi did not answer within %n second while %1; Cartera will try again later.</numerusform>
            <numerusform>Wompi did not answer within %n seconds while %1; Cartera will try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="+167"/>
        <source>%n payment link(s) checked, %1 new transaction(s).</source>
        <translation>
            <numerusform>%n payment link checked, %1 new transaction(s).</numerusform>
            <numerusform>%n payment links checked, %1 new transaction(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>  %1: %n row(s) copied</source>
        <translation>
            <numerusform>  %1: %n row copied</numerusform>
            <numerusform>  %1: %n rows copied</numerusform>
        </translation>
    </message>
</context>
</TS>
