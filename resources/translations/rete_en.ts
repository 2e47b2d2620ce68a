<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/app.py" line="213"/>
        <source>Locked at {0} after %n minute(s) of inactivity.</source>
        <translation>
            <numerusform>Locked at {0} after %n minute of inactivity.</numerusform>
            <numerusform>Locked at {0} after %n minutes of inactivity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="111"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/cases_page.py" line="86"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataProtectionPage</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="202"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="104"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/network_page.py" line="336"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/attachments.py" line="123"/>
        <source>Only %n page(s) of {0} shown; save a copy to read them all.</source>
        <translation>
            <numerusform>Only %n page of {0} shown; save a copy to read them all.</numerusform>
            <numerusform>Only %n pages of {0} shown; save a copy to read them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="158"/>
        <source>answers to %n question(s)</source>
        <translation>
            <numerusform>answers to %n question</numerusform>
            <numerusform>answers to %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="168"/>
        <source>%n minor(s) with her</source>
        <translation>
            <numerusform>%n minor with her</numerusform>
            <numerusform>%n minors with her</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/pages.py" line="350"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/pages.py" line="531"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
