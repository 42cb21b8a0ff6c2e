<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/clientrepository.cpp" line="+274"/>
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
        <location filename="../core/storage/debtrepository.cpp" line="+332"/>
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
    <name>MessagesView</name>
    <message numerus="yes">
        <location filename="../ui/messagesview.cpp" line="+177"/>
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
        <location filename="../core/reminders/reminderdispatcher.cpp" line="+98"/>
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
</TS>
