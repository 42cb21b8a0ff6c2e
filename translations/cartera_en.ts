<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/clientrepository.cpp" line="+259"/>
        <source>%1 cannot be deleted: they have %n debt(s) on record. Their history must be kept; mark the client inactive instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtRepository</name>
    <message numerus="yes">
        <location filename="../core/storage/debtrepository.cpp" line="+301"/>
        <source>Debt %1 cannot be deleted: it has %n payment(s) on record. Write it off instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+20"/>
        <source>Receivable: %1 · Overdue: %2 (%n debt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
