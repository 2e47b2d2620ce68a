<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccessExportBox</name>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="45"/>
        <source>Everything held about a person (art. 15)</source>
        <translation>Tutto ciò che si conserva su una persona (art. 15)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="49"/>
        <source>Case of the person</source>
        <translation>Caso della persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="50"/>
        <source>Case reference, e.g. 2026/0042</source>
        <translation>Numero del caso, es. 2026/0042</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="53"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="57"/>
        <source>Restrict as for an alleged offender (art. 2-undecies), e.g. he asks on behalf of a child</source>
        <translation>Limita come per un presunto autore (art. 2-undecies), ad es. se chiede per un figlio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="61"/>
        <source>Sections to disclose</source>
        <translation>Sezioni da comunicare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="71"/>
        <source>Reason for disclosing more</source>
        <translation>Motivo per comunicare di più</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="72"/>
        <source>Why (kept in the audit log: no names)</source>
        <translation>Perché (resta nel registro di audit: nessun nome)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="74"/>
        <source>E&amp;xport PDF and JSON…</source>
        <translation>E&amp;sporta PDF e JSON…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="77"/>
        <source>Ca&amp;se</source>
        <translation>Ca&amp;so</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="78"/>
        <source>P&amp;erson</source>
        <translation>P&amp;ersona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="81"/>
        <source>Also &amp;disclose</source>
        <translation>&amp;Comunica anche</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="82"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="154"/>
        <source>Save the person&apos;s data</source>
        <translation>Salva i dati della persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="156"/>
        <source>person-{0}.pdf</source>
        <comment>file name</comment>
        <translation>persona-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="171"/>
        <location filename="../../src/rete_desktop/ui/access_export.py" line="177"/>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
</context>
<context>
    <name>AddOperatorDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="149"/>
        <source>Add an operator</source>
        <translation>Aggiungi un operatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="151"/>
        <source>Operator&apos;s passphrase</source>
        <translation>Passphrase dell&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="152"/>
        <source>Repeat the operator&apos;s passphrase</source>
        <translation>Ripeti la passphrase dell&apos;operatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="153"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="154"/>
        <source>R&amp;ole</source>
        <translation>R&amp;uolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="155"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="159"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="119"/>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="121"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="123"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="125"/>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="128"/>
        <source>How the child is involved</source>
        <translation>Come è coinvolto il minore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="130"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="132"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="134"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="135"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="136"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="137"/>
        <source>&amp;Year of birth</source>
        <translation>&amp;Anno di nascita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="138"/>
        <source>Child &amp;involved as</source>
        <translation>Minore coinvolto co&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="139"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="140"/>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="141"/>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="102"/>
        <source>Case code</source>
        <translation>Codice caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="102"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="102"/>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="102"/>
        <source>Children</source>
        <translation>Minori</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="103"/>
        <source>Request to the network</source>
        <translation>Richiesta alla rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="105"/>
        <source>Cases waiting for an agenda</source>
        <translation>Casi in attesa di un ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="108"/>
        <source>Date of the meeting</source>
        <translation>Data della riunione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="111"/>
        <source>Offices convened</source>
        <translation>Uffici convocati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="113"/>
        <source>Also save the PDF</source>
        <translation>Salva anche il PDF</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="115"/>
        <source>&amp;Send the agenda…</source>
        <translation>&amp;Invia l&apos;ordine del giorno…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="121"/>
        <source>Why the two cases are the same family</source>
        <translation>Perché i due casi sono la stessa famiglia</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="123"/>
        <source>Select two cases of different offices; why they are the same family (no names)</source>
        <translation>Seleziona due casi di uffici diversi; perché sono la stessa famiglia (senza nomi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="124"/>
        <source>Same &amp;family</source>
        <translation>Stessa &amp;famiglia</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="126"/>
        <source>&amp;Not the same family</source>
        <translation>&amp;Non è la stessa famiglia</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="132"/>
        <source>Cases received, not yet on an agenda (tick those to discuss)</source>
        <translation>Casi ricevuti, non ancora in un ordine del giorno (spunta quelli da discutere)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="137"/>
        <source>New agenda</source>
        <translation>Nuovo ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="139"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="140"/>
        <source>&amp;Offices</source>
        <translation>&amp;Uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="168"/>
        <source>Same woman as {0}: the two offices referred her to each other, so their items carry the same shared code, or the chair linked them.</source>
        <translation>Stessa donna di {0}: i due uffici se la sono segnalata a vicenda, quindi le schede hanno lo stesso codice condiviso, oppure la presidenza le ha collegate.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="216"/>
        <source>Linked: the two cases are shown as one.</source>
        <translation>Collegati: i due casi sono mostrati come uno solo.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="224"/>
        <source>The link between the two cases is removed.</source>
        <translation>Il collegamento tra i due casi è stato tolto.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="231"/>
        <source>Tick at least one office to convene.</source>
        <translation>Spunta almeno un ufficio da convocare.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="234"/>
        <source>Send the agenda of the meeting of {0} with {1} case(s) to {2} office(s)? The cases not ticked wait for the next agenda.</source>
        <translation>Inviare l&apos;ordine del giorno della riunione del {0} (casi: {1}) agli uffici convocati ({2})? I casi non spuntati restano in attesa del prossimo ordine del giorno.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="244"/>
        <source>Agenda saved in {0}: give the file to the offices convened.</source>
        <translation>Ordine del giorno salvato in {0}: consegna il file agli uffici convocati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="246"/>
        <source>agenda-{0}.pdf</source>
        <comment>file name</comment>
        <translation>ordine-del-giorno-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="250"/>
        <source>Send the agenda</source>
        <translation>Invia l&apos;ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="251"/>
        <source>Save the agenda for the offices</source>
        <translation>Salva l&apos;ordine del giorno per gli uffici</translation>
    </message>
</context>
<context>
    <name>AmendNoteDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="163"/>
        <source>Amend a note</source>
        <translation>Rettifica una nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="168"/>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="170"/>
        <source>Amendment text</source>
        <translation>Testo della rettifica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="172"/>
        <source>&amp;Correction</source>
        <translation>&amp;Rettifica</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/rete_desktop/ui/app.py" line="116"/>
        <source>Creating the demo office…</source>
        <translation>Creazione dell&apos;ufficio dimostrativo…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/app.py" line="148"/>
        <source>Vault: {0}</source>
        <translation>Cassaforte: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/app.py" line="213"/>
        <source>Locked at {0} after %n minute(s) of inactivity.</source>
        <translation>
            <numerusform>Bloccata alle {0} dopo %n minuto di inattività.</numerusform>
            <numerusform>Bloccata alle {0} dopo %n minuti di inattività.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyProtocolDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="225"/>
        <source>Apply a protocol</source>
        <translation>Applica un protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="229"/>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="233"/>
        <source>Deadlines counted from</source>
        <translation>Scadenze calcolate dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="234"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="235"/>
        <source>&amp;Deadlines from</source>
        <translation>&amp;Scadenze dal</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="156"/>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="179"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="161"/>
        <source>Add &amp;file…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="163"/>
        <source>Ctrl+Shift+F, or drop files on this section</source>
        <translation>Ctrl+Maiusc+F, oppure trascina i file su questa sezione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="165"/>
        <source>Pre&amp;view</source>
        <translation>Antepr&amp;ima</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="167"/>
        <source>Save a cop&amp;y…</source>
        <translation>Salva c&amp;opia…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="168"/>
        <source>Writes an unencrypted copy to a file you choose</source>
        <translation>Scrive una copia non cifrata nel file che scegli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="177"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="177"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="177"/>
        <source>Added</source>
        <translation>Aggiunto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="178"/>
        <source>Added by</source>
        <translation>Aggiunto da</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="191"/>
        <source>No attachments. Drop files here or use Add file…</source>
        <translation>Nessun allegato. Trascina qui i file o usa Aggiungi file…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="253"/>
        <source>Attach a file to the case</source>
        <translation>Allega un file al caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="254"/>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="310"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="265"/>
        <source>{0} was not attached: {1}</source>
        <translation>{0} non è stato allegato: {1}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="270"/>
        <source>Attached {0}: it is kept encrypted in the vault. The original file is still where it was.</source>
        <translation>Allegato {0}: è conservato cifrato nella cassaforte. Il file originale è ancora dov&apos;era.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="305"/>
        <source>Save an unencrypted copy</source>
        <translation>Salva una copia non cifrata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="306"/>
        <source>The copy of {0} will NOT be encrypted: anyone who can open that folder can read it. Save it only where it is needed and delete it afterwards. Continue?</source>
        <translation>La copia di {0} NON sarà cifrata: chiunque possa aprire quella cartella potrà leggerla. Salvala solo dove serve e cancellala dopo. Continuare?</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="309"/>
        <source>Save a copy of the attachment</source>
        <translation>Salva una copia dell&apos;allegato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="321"/>
        <source>Unencrypted copy saved as {0}.</source>
        <translation>Copia non cifrata salvata come {0}.</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="45"/>
        <source>Operator of this session: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Operatore di questa sessione: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="48"/>
        <source>Filter by case</source>
        <translation>Filtra per caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="49"/>
        <source>Case reference, e.g. 2026/0042 (empty: all)</source>
        <translation>Numero del caso, es. 2026/0042 (vuoto: tutti)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="52"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="54"/>
        <source>&amp;Filter</source>
        <translation>F&amp;iltra</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="56"/>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verifica il registro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="57"/>
        <source>Recomputes the chain of every entry: any entry changed or removed is found</source>
        <translation>Ricalcola la catena di tutte le voci: trova ogni voce modificata o rimossa</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="62"/>
        <source>Result of the verification</source>
        <translation>Esito della verifica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="71"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="71"/>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="72"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="72"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="73"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="74"/>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="111"/>
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n voce, dalla più recente.</numerusform>
            <numerusform>%n voci, dalla più recente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="112"/>
        <source>The newest {0} entries.</source>
        <translation>Le {0} voci più recenti.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="143"/>
        <source>Audit and data protection</source>
        <translation>Registro di audit e privacy</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="144"/>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/audit_page.py" line="145"/>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="144"/>
        <source>Case status</source>
        <translation>Stato del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="149"/>
        <source>Risk level</source>
        <translation>Livello di rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="155"/>
        <source>Consent…</source>
        <translation>Consenso…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="156"/>
        <source>Change consent to share</source>
        <translation>Modifica il consenso alla condivisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="161"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="163"/>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="171"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="171"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="171"/>
        <source>Born</source>
        <translation>Nato/a</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="172"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="172"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="172"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="191"/>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="174"/>
        <source>Copy phone number</source>
        <translation>Copia il numero di telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="176"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="187"/>
        <source>Copy address</source>
        <translation>Copia indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="180"/>
        <source>Add &amp;person…</source>
        <translation>Aggiungi &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="184"/>
        <source>Copy phone</source>
        <translation>Copia telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="185"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="188"/>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation>Gli appunti vengono svuotati dopo 30 secondi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="198"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="395"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="198"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="198"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="198"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="199"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="215"/>
        <source>Protocol tasks</source>
        <translation>Attività del protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="205"/>
        <source>Apply &amp;protocol…</source>
        <translation>Applica &amp;protocollo…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="209"/>
        <source>Give her a &amp;document…</source>
        <translation>Consegna un &amp;documento…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="210"/>
        <source>Leaflet, wallet card or rights sheet (art. 90-bis) in her language; the hand-over is recorded</source>
        <translation>Volantino, tessera tascabile o foglio dei diritti (art. 90-bis) nella sua lingua; la consegna viene registrata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="227"/>
        <source>Amend…</source>
        <translation>Rettifica…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="228"/>
        <source>Amend the chosen note</source>
        <translation>Rettifica la nota scelta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="229"/>
        <source>Choose a note in the list (Enter amends it too)</source>
        <translation>Scegli una nota nell&apos;elenco (anche Invio la rettifica)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="251"/>
        <source>Case record</source>
        <translation>Scheda del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="234"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="272"/>
        <source>Note category</source>
        <translation>Tipo di nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="276"/>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="278"/>
        <source>Write a new note… (the draft is kept in the vault while you type)</source>
        <translation>Scrivi una nuova nota… (la bozza resta nella cassaforte mentre scrivi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="284"/>
        <source>&amp;Save note</source>
        <translation>&amp;Salva nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="293"/>
        <source>Choose a case from the list, or press Ctrl+N for a new one.</source>
        <translation>Scegli un caso dall&apos;elenco, oppure premi Ctrl+N per aprirne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="326"/>
        <source>Draft restored from the vault</source>
        <translation>Bozza ripresa dalla cassaforte</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="350"/>
        <source>Consent to share with: {0}</source>
        <translation>Consenso alla condivisione con: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="352"/>
        <source> (notes included)</source>
        <translation> (note comprese)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="354"/>
        <source>No consent recorded: the sharing decisions below say where the case may go and on which legal basis.</source>
        <translation>Nessun consenso registrato: le decisioni di condivisione qui sotto dicono dove il caso può andare e su quale base giuridica.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="357"/>
        <source>No consent to share recorded: nothing can be referred.</source>
        <translation>Nessun consenso alla condivisione registrato: non si può inviare nulla.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="372"/>
        <source>CHILD — {0}</source>
        <translation>MINORE — {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="398"/>
        <source>{0} — OVERDUE</source>
        <translation>{0} — SCADUTA</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="231"/>
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="451"/>
        <source>Typing…</source>
        <translation>Scrittura in corso…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="458"/>
        <source>Draft saved in the vault</source>
        <translation>Bozza salvata nella cassaforte</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="479"/>
        <source>Note saved</source>
        <translation>Nota salvata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="525"/>
        <source>Close the case</source>
        <translation>Chiudi il caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="526"/>
        <source>Close case {0}? It stays in the vault and can be reopened.</source>
        <translation>Chiudere il caso {0}? Resta nella cassaforte e si può riaprire.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="545"/>
        <source>Task marked done: {0} (untick to undo)</source>
        <translation>Attività segnata come fatta: {0} (togli la spunta per annullare)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="546"/>
        <source>Task reopened: {0}</source>
        <translation>Attività riaperta: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="551"/>
        <source>Choose a person first.</source>
        <translation>Scegli prima una persona.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="558"/>
        <source>Copied; the clipboard will be cleared in 30 seconds.</source>
        <translation>Copiato; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="86"/>
        <source>Case to refer</source>
        <translation>Caso da segnalare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="87"/>
        <source>Only what the woman consented to can leave this office.</source>
        <translation>Può uscire da questo ufficio solo ciò a cui la donna ha acconsentito.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="89"/>
        <source>Find a case</source>
        <translation>Trova un caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="90"/>
        <source>Reference, name or words of the case</source>
        <translation>Numero, nome o parole del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="93"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="144"/>
        <source>Consent to share with: {0}</source>
        <translation>Consenso alla condivisione con: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="146"/>
        <source>Sharing decision: {0} — {1}</source>
        <translation>Decisione di condivisione: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="153"/>
        <source>No consent to share recorded: nothing can be referred. Record the woman&apos;s consent in the case first (Consent…).</source>
        <translation>Nessun consenso alla condivisione registrato: non si può segnalare nulla. Registra prima il consenso della donna nel caso (Consenso…).</translation>
    </message>
</context>
<context>
    <name>CaseRecordSection</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="60"/>
        <source>Assess &amp;risk…</source>
        <translation>Valuta il &amp;rischio…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="61"/>
        <source>New risk assessment</source>
        <translation>Nuova valutazione del rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="64"/>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="80"/>
        <source>Source of access</source>
        <translation>Canale di accesso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="65"/>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="79"/>
        <source>Risk assessments</source>
        <translation>Valutazioni del rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="82"/>
        <source>Relations</source>
        <translation>Relazioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="82"/>
        <source>Add relation…</source>
        <translation>Aggiungi relazione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="83"/>
        <source>Forms of violence</source>
        <translation>Forme di violenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="83"/>
        <source>Add forms…</source>
        <translation>Aggiungi forme…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="84"/>
        <source>Measures and legal steps</source>
        <translation>Misure e passi legali</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="84"/>
        <source>Add measure…</source>
        <translation>Aggiungi misura…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="86"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="86"/>
        <source>Add service…</source>
        <translation>Aggiungi servizio…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="87"/>
        <source>Sharing and legal basis</source>
        <translation>Condivisione e base giuridica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="87"/>
        <source>Record decision…</source>
        <translation>Registra decisione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="129"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt; (score {2}, computed {3}) — {4}</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt; (punteggio {2}, calcolato {3}) — {4}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="133"/>
        <source>Judgement: {0}</source>
        <translation>Giudizio: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="138"/>
        <source>No assessment yet.</source>
        <translation>Nessuna valutazione finora.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="145"/>
        <source>{0} is {1} of {2}</source>
        <translation>{0} è {1} di {2}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="148"/>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="152"/>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="156"/>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="160"/>
        <source>none recorded</source>
        <translation>nessuna registrata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="159"/>
        <source>(+{0} children)</source>
        <translation>(+{0} figli)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="162"/>
        <source>no decision recorded (the consent above applies)</source>
        <translation>nessuna decisione registrata (vale il consenso sopra)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="166"/>
        <source>laboratorio</source>
        <translation>laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="185"/>
        <source>Risk {0}: the high-risk protocol was applied ({1} tasks).</source>
        <translation>Rischio {0}: applicato il protocollo di rischio elevato ({1} attività).</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="188"/>
        <source>Risk {0}, but the high-risk protocol is not installed.</source>
        <translation>Rischio {0}, ma il protocollo di rischio elevato non è presente.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_section.py" line="191"/>
        <source>Risk assessment saved: {0}.</source>
        <translation>Valutazione del rischio salvata: {0}.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="168"/>
        <source>Reference</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="168"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="168"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="168"/>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="169"/>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/cases_page.py" line="35"/>
        <source>Case list</source>
        <translation>Elenco dei casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/cases_page.py" line="49"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/cases_page.py" line="86"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChairPanel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="61"/>
        <source>Drag here the packets received for the laboratorio (cases for the agenda, actions done)</source>
        <translation>Trascina qui i pacchetti ricevuti per il laboratorio (casi per l&apos;ordine del giorno, azioni svolte)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="68"/>
        <source>&amp;Import a packet…</source>
        <translation>&amp;Importa un pacchetto…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="73"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="80"/>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="81"/>
        <source>No meeting yet: send an agenda first</source>
        <translation>Ancora nessuna riunione: prima invia un ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="87"/>
        <source>Cases received and agenda</source>
        <translation>Casi ricevuti e ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="88"/>
        <source>During the meeting</source>
        <translation>Durante la riunione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="89"/>
        <source>Minutes and actions</source>
        <translation>Verbale e azioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="93"/>
        <source>M&amp;eeting:</source>
        <translation>Riuni&amp;one:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="119"/>
        <source>minutes sent</source>
        <translation>verbale inviato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="120"/>
        <source>agenda sent</source>
        <translation>ordine del giorno inviato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="154"/>
        <source>Not done: {0}</source>
        <translation>Non eseguito: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="166"/>
        <source>PDF saved: {0}</source>
        <translation>PDF salvato: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="167"/>
        <source>Save the PDF</source>
        <translation>Salva il PDF</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="176"/>
        <source>Import a laboratorio packet</source>
        <translation>Importa un pacchetto del laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="191"/>
        <source>{0} REFUSED: {1}</source>
        <translation>{0} RIFIUTATO: {1}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="198"/>
        <source>Received from {0}: case {1}. It is among the cases waiting for the agenda.</source>
        <translation>Ricevuto da {0} il caso {1}: è tra i casi in attesa dell&apos;ordine del giorno.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="201"/>
        <source>{0} reports the action “{1}” done.</source>
        <translation>{0} comunica di aver svolto l&apos;azione «{1}».</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="203"/>
        <source>Received from {0}: the agenda of the meeting of {1}.</source>
        <translation>Ricevuto da {0} l&apos;ordine del giorno della riunione del {1}.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair.py" line="205"/>
        <source>Received from {0}: the minutes of the meeting of {1}; actions for this office: {2}.</source>
        <translation>Ricevuto da {0} il verbale della riunione del {1}; azioni per questo ufficio: {2}.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="128"/>
        <source>Change the passphrase</source>
        <translation>Cambia la passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="129"/>
        <source>The new passphrase opens the vault from now on; the old one stops working. The recovery key stays valid.</source>
        <translation>Da ora la cassaforte si apre con la nuova passphrase; quella vecchia non funziona più. La chiave di recupero resta valida.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="133"/>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="134"/>
        <source>Repeat the new passphrase</source>
        <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="135"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="137"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="184"/>
        <source>Consent to share</source>
        <translation>Consenso alla condivisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="195"/>
        <source>May be shared with</source>
        <translation>Si può condividere con</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="196"/>
        <source>Notes may be included</source>
        <translation>Si possono includere le note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="198"/>
        <source>Children&apos;s data may be included</source>
        <translation>Si possono includere i dati dei minori</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="206"/>
        <source>To review: legal basis typed as free text in an earlier version (“{0}”). Record the true basis with “Record decision…”; saving the consent removes this text.</source>
        <translation>Da rivedere: base giuridica scritta a mano in una versione precedente («{0}»). Registra la base vera con «Registra decisione…»; salvando il consenso questo testo viene tolto.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="72"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="72"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="82"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="72"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="84"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="73"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="86"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="74"/>
        <source>Offices and contacts</source>
        <translation>Uffici e contatti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="78"/>
        <source>Contact name</source>
        <translation>Nome del contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="80"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="88"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="93"/>
        <source>O&amp;ffice</source>
        <translation>U&amp;fficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="94"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="95"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="96"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="97"/>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="98"/>
        <source>Save contact</source>
        <translation>Salva contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="100"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="112"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="190"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="102"/>
        <source>Copy phone</source>
        <translation>Copia telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="103"/>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation>Gli appunti vengono svuotati dopo 30 secondi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="139"/>
        <source>(no office)</source>
        <translation>(nessun ufficio)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="151"/>
        <source>Other contacts</source>
        <translation>Altri contatti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="178"/>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="202"/>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="214"/>
        <source>Contact saved.</source>
        <translation>Contatto salvato.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="223"/>
        <source>Copied; the clipboard will be cleared in 30 seconds.</source>
        <translation>Copiato; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="233"/>
        <source>What to send</source>
        <translation>Cosa inviare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="235"/>
        <source>Persons, risk, consent and protocol tasks always go; notes and attachments only if the woman agreed and you tick them.</source>
        <translation>Persone, rischio, consenso e attività dei protocolli vanno sempre; note e allegati solo se la donna ha acconsentito e li spunti.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="238"/>
        <source>Reason for the referral</source>
        <translation>Motivo della segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="241"/>
        <source>What happened, in short</source>
        <translation>Cosa è successo, in breve</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="243"/>
        <source>A few lines for the receiving operator (printed on the summary)</source>
        <translation>Poche righe per l&apos;operatore che riceve (stampate sulla sintesi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="246"/>
        <source>Contact she agreed to</source>
        <translation>Contatto concordato con lei</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="248"/>
        <source>e.g. mobile 9-12 only, leave no messages</source>
        <translation>es. cellulare solo 9-12, non lasciare messaggi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="250"/>
        <source>Requested action</source>
        <translation>Azione richiesta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="251"/>
        <source>e.g. take charge, interview within 3 days</source>
        <translation>es. presa in carico, colloquio entro 3 giorni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="256"/>
        <source>Include the notes ticked below</source>
        <translation>Includi le note spuntate qui sotto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="258"/>
        <source>Notes to include</source>
        <translation>Note da includere</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="260"/>
        <source>Include the attachments ticked below</source>
        <translation>Includi gli allegati spuntati qui sotto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="262"/>
        <source>Attachments to include</source>
        <translation>Allegati da includere</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="268"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="269"/>
        <source>What &amp;happened</source>
        <translation>Cosa è &amp;successo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="270"/>
        <source>&amp;Contact she agreed to</source>
        <translation>&amp;Contatto concordato con lei</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="271"/>
        <source>Requested &amp;action</source>
        <translation>&amp;Azione richiesta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="289"/>
        <source>Default: {0}</source>
        <translation>Predefinito: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="292"/>
        <source>corrected</source>
        <translation>rettificata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="320"/>
        <source>The woman did not consent to sharing notes: no note or attachment will go.</source>
        <translation>La donna non ha acconsentito a condividere le note: non verrà inviata nessuna nota né alcun allegato.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="323"/>
        <source>Children&apos;s data stays in this office (consent).</source>
        <translation>I dati dei minori restano in questo ufficio (consenso).</translation>
    </message>
</context>
<context>
    <name>CreateNetworkDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="71"/>
        <source>Create the network</source>
        <translation>Crea la rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="73"/>
        <source>e.g. Rete antiviolenza del Casalasco</source>
        <translation>es. Rete antiviolenza del Casalasco</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="74"/>
        <source>Network &amp;name:</source>
        <translation>&amp;Nome della rete:</translation>
    </message>
</context>
<context>
    <name>DataProtectionPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="78"/>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="84"/>
        <source>Cases due for retention review</source>
        <translation>Casi da rivedere (conservazione)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="82"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="82"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="83"/>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="83"/>
        <source>Review due</source>
        <translation>Da rivedere il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="117"/>
        <source>Double-click a case to open it; decide whether to keep or erase it.</source>
        <translation>Doppio clic su un caso per aprirlo; decidi se conservarlo o cancellarlo.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="126"/>
        <source>Record of processing activities (art. 30)</source>
        <translation>Registro delle attività di trattamento (art. 30)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="127"/>
        <source>&amp;Print the register…</source>
        <translation>&amp;Stampa il registro…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="129"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="131"/>
        <source>Save the register</source>
        <translation>Salva il registro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="133"/>
        <source>processing-register.pdf</source>
        <comment>file name</comment>
        <translation>registro-trattamenti.pdf</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="135"/>
        <source>Co&amp;ntroller and DPO…</source>
        <translation>Tit&amp;olare e RPD…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="137"/>
        <source>Contact details of the controller and the data protection officer, printed in the register</source>
        <translation>Recapiti del titolare e del responsabile della protezione dei dati, stampati nel registro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="169"/>
        <source>Case reference, e.g. 2026/0042</source>
        <translation>Numero del caso, es. 2026/0042</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="199"/>
        <source>Case {0}: {1}, {2}. Everything will be removed from the vault and cannot be restored (earlier backups still hold it). To confirm, type the reference {0} below.</source>
        <translation>Caso {0}: {1}, {2}. Tutto verrà rimosso dalla cassaforte e non si potrà recuperare (le copie di sicurezza precedenti lo contengono ancora). Per confermare scrivi qui sotto il numero {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="202"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="203"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="218"/>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="234"/>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="166"/>
        <source>Erase a case for good (art. 17)</source>
        <translation>Cancella definitivamente un caso (art. 17)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="168"/>
        <source>Case to erase</source>
        <translation>Caso da cancellare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="174"/>
        <source>Type the case reference to confirm</source>
        <translation>Scrivi il numero del caso per confermare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="176"/>
        <source>Erase for good</source>
        <translation>Cancella definitivamente</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="182"/>
        <source>Case to &amp;erase</source>
        <translation>Caso da &amp;cancellare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="184"/>
        <source>&amp;Type its reference</source>
        <translation>&amp;Scrivi il suo numero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dataprotection_page.py" line="193"/>
        <source>No such case.</source>
        <translation>Caso inesistente.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/rete_desktop/ui/documents.py" line="70"/>
        <source>Leaflet</source>
        <translation>Volantino</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/documents.py" line="71"/>
        <source>Wallet cards (8 per sheet)</source>
        <translation>Tessere tascabili (8 per foglio)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/documents.py" line="72"/>
        <source>Rights sheet (art. 90-bis c.p.p.)</source>
        <translation>Foglio dei diritti (art. 90-bis c.p.p.)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="350"/>
        <source>Referral sent</source>
        <translation>Segnalazione inviata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="354"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="367"/>
        <source>&lt;p style=&apos;font-size:13pt; color:#1b5e20&apos;&gt;&lt;b&gt;Referral registered as protocol no. {0}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Encrypted file saved as:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Deliver this file to the recipients (e-mail, shared folder, USB stick): only they can open it. The register of sent referrals shows when their receipt comes back.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt; color:#1b5e20&apos;&gt;&lt;b&gt;Segnalazione registrata con protocollo n. {0}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;File cifrato salvato come:&lt;br&gt;&lt;tt&gt;{1}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Consegna questo file ai destinatari (e-mail, cartella condivisa, chiavetta USB): solo loro possono aprirlo. Il registro delle segnalazioni inviate mostra quando torna la ricevuta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="383"/>
        <source>&lt;p style=&apos;font-size:13pt; color:#1b5e20&apos;&gt;&lt;b&gt;Referral registered as protocol no. {0}.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;The register of sent referrals shows when it is delivered and when the receipt comes back.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt; color:#1b5e20&apos;&gt;&lt;b&gt;Segnalazione registrata con protocollo n. {0}.&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;Il registro delle segnalazioni inviate mostra quando è consegnata e quando torna la ricevuta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="386"/>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;A delivery failed: it is tried again at every Receive (or with Retry in the register).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;Un invio non è riuscito: viene ritentato a ogni Ricevi (o con Riprova nel registro).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/error_label.py" line="19"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="404"/>
        <source>Send a referral</source>
        <translation>Invia una segnalazione</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="95"/>
        <source>«{0}» already exists. Replace it?</source>
        <translation>«{0}» esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="120"/>
        <source>Look in:</source>
        <translation>Cerca in:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="121"/>
        <source>File name:</source>
        <translation>Nome del file:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="123"/>
        <source>Files of type:</source>
        <translation>File di tipo:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="241"/>
        <source>Rete Desktop — new office</source>
        <translation>Rete Desktop — nuovo ufficio</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="106"/>
        <source>Shared folder / USB</source>
        <translation>Cartella condivisa / USB</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="109"/>
        <source>where packets for this office arrive</source>
        <translation>dove arrivano i pacchetti per questo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="111"/>
        <source>the folder holding one folder per office</source>
        <translation>la cartella che contiene una cartella per ogni ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="113"/>
        <source>&amp;Incoming folder</source>
        <translation>Cartella in &amp;arrivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="114"/>
        <source>&amp;Offices&apos; folders</source>
        <translation>Cartelle degli &amp;uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="115"/>
        <source>This office&apos;s folder &amp;name</source>
        <translation>&amp;Nome della cartella di questo ufficio</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="64"/>
        <source>Search the glossary</source>
        <translation>Cerca nel glossario</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="65"/>
        <source>Search a term or a word of its definition (accents don&apos;t matter)</source>
        <translation>Cerca un termine o una parola della definizione (gli accenti non contano)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="70"/>
        <source>Glossary terms</source>
        <translation>Termini del glossario</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="73"/>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="75"/>
        <source>&amp;New term…</source>
        <translation>&amp;Nuovo termine…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="77"/>
        <source>&amp;Edit term…</source>
        <translation>&amp;Modifica termine…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="104"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n termine</numerusform>
            <numerusform>%n termini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="109"/>
        <source>This glossary comes from the network&apos;s coordinator, who edits it for everyone.</source>
        <translation>Questo glossario arriva dal coordinatore della rete, che lo modifica per tutti.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="140"/>
        <source>Italian term:</source>
        <translation>Termine italiano:</translation>
    </message>
</context>
<context>
    <name>GlossaryTermDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="49"/>
        <source>New glossary term</source>
        <translation>Nuovo termine del glossario</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="49"/>
        <source>Edit a glossary term</source>
        <translation>Modifica un termine del glossario</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="52"/>
        <source>The network&apos;s common language: a short definition every office agrees on. Published with the next directory.</source>
        <translation>Il linguaggio comune della rete: una breve definizione condivisa da tutti gli uffici. Viene pubblicato con il prossimo elenco della rete.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="57"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="61"/>
        <source>Term</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="62"/>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="65"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="66"/>
        <source>&amp;Term</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="67"/>
        <source>&amp;Definition</source>
        <translation>&amp;Definizione</translation>
    </message>
</context>
<context>
    <name>HandbookPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="461"/>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="478"/>
        <source>Network handbook</source>
        <translation>Manuale della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="462"/>
        <source>Who to call</source>
        <translation>Chi chiamare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="463"/>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="464"/>
        <source>Offices of the network</source>
        <translation>Uffici della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="465"/>
        <source>Prevention actions</source>
        <translation>Azioni di prevenzione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="467"/>
        <source>Language of the leaflet</source>
        <translation>Lingua del volantino</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="470"/>
        <source>Document to hand out</source>
        <translation>Documento da consegnare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="472"/>
        <source>Save &amp;PDF…</source>
        <translation>Salva &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="474"/>
        <source>P&amp;rint…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="476"/>
        <source>Pre&amp;view</source>
        <translation>Antepr&amp;ima</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="484"/>
        <source>For the woman:</source>
        <translation>Per la donna:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="488"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="520"/>
        <source>leaflet</source>
        <comment>file name</comment>
        <translation>volantino</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="521"/>
        <source>cards</source>
        <comment>file name</comment>
        <translation>tessere</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="522"/>
        <source>rights-90bis</source>
        <comment>file name</comment>
        <translation>diritti-90bis</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="524"/>
        <source>Save the document</source>
        <translation>Salva il documento</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="531"/>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="535"/>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="540"/>
        <source>Leaflet</source>
        <translation>Volantino</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="31"/>
        <source>Give her a document</source>
        <translation>Consegna un documento alla donna</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="34"/>
        <source>Document handed over</source>
        <translation>Documento consegnato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="37"/>
        <source>Her language</source>
        <translation>La sua lingua</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="43"/>
        <source>Day it was handed over</source>
        <translation>Giorno della consegna</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="44"/>
        <source>Also mark the Codice Rosso step «informazioni-90bis» done</source>
        <translation>Segna come fatto anche il passo del Codice Rosso «informazioni-90bis»</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="47"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="48"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="49"/>
        <source>Handed over &amp;on</source>
        <translation>Consegnato &amp;il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="52"/>
        <source>&amp;Record as given</source>
        <translation>&amp;Registra la consegna</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="53"/>
        <source>Pre&amp;view</source>
        <translation>Antepr&amp;ima</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handout_dialog.py" line="56"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="214"/>
        <source>Drag a received referral file (.age) here</source>
        <translation>Trascina qui il file di una segnalazione ricevuta (.age)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="215"/>
        <source>&amp;Open a referral file…</source>
        <translation>&amp;Apri il file di una segnalazione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="222"/>
        <source>Send the &amp;receipt…</source>
        <translation>Invia la &amp;ricevuta…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="224"/>
        <source>Write the signed receipt for the sender of the selected referral</source>
        <translation>Scrivi la ricevuta firmata per il mittente della segnalazione selezionata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="227"/>
        <source>Show the &amp;summary…</source>
        <translation>Mostra la &amp;sintesi…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="229"/>
        <source>The signed summary the sender wrote for this referral: read it, print it</source>
        <translation>La sintesi firmata che il mittente ha scritto per questa segnalazione: leggila, stampala</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="233"/>
        <source>&amp;Receive</source>
        <translation>&amp;Ricevi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="235"/>
        <source>Fetch what has arrived by PEC/e-mail or in the shared folder, import it and send again what is waiting</source>
        <translation>Scarica ciò che è arrivato per PEC/posta o nella cartella condivisa, lo importa e rinvia ciò che è in attesa</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="241"/>
        <source>Receiving</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="258"/>
        <source>Receiving {0} of {1}…</source>
        <translation>Ricezione {0} di {1}…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="263"/>
        <source>Receiving…</source>
        <translation>Ricezione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="269"/>
        <source>Not received: {0}</source>
        <translation>Ricezione non riuscita: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="271"/>
        <source>Receive</source>
        <translation>Ricevi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="276"/>
        <source>Received at {0}: {1} imported, {2} receipts, {3} refused, {4} waiting for more parts.</source>
        <translation>Ricevuto alle {0}: {1} importati, {2} ricevute, {3} rifiutati, {4} in attesa di altre parti.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="282"/>
        <source>REFUSED: {0}</source>
        <translation>RIFIUTATO: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="316"/>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="320"/>
        <source>Signed by the sender and kept encrypted with the linked case (Attachments). Print it to file it on paper.</source>
        <translation>Firmata dal mittente e conservata cifrata con il caso collegato (Allegati). Stampala per archiviarla su carta.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="329"/>
        <source>&lt;b&gt;Accepted.&lt;/b&gt; {0}&lt;br&gt;Registered as protocol no. {1}. Open the linked case, then send the receipt to the sender.</source>
        <translation>&lt;b&gt;Accettata.&lt;/b&gt; {0}&lt;br&gt;Registrata con protocollo n. {1}. Apri il caso collegato, poi invia la ricevuta al mittente.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="349"/>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="366"/>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="353"/>
        <source>Signed receipt saved as &lt;tt&gt;{0}&lt;/tt&gt;: send it back to the office that sent the referral.</source>
        <translation>Ricevuta firmata salvata come &lt;tt&gt;{0}&lt;/tt&gt;: inviala all&apos;ufficio che ha mandato la segnalazione.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="356"/>
        <source>Save the receipt</source>
        <translation>Salva la ricevuta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="356"/>
        <source>Rete packets (*.age)</source>
        <translation>Pacchetti Rete (*.age)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="369"/>
        <source>Signed receipt: {0}</source>
        <translation>Ricevuta firmata: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="219"/>
        <source>Open the linked case</source>
        <translation>Apri il caso collegato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="216"/>
        <source>Register of received referrals</source>
        <translation>Registro delle segnalazioni ricevute</translation>
    </message>
</context>
<context>
    <name>KeyEscrowDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="301"/>
        <source>Export the office keys</source>
        <translation>Esporta le chiavi dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="303"/>
        <source>The office&apos;s secret keys are written NOT encrypted: whoever gets these files can read the packets sent to this office and sign in its name. Write them only to a removable drive kept in the office&apos;s safe (escrow), never to a shared folder or e-mail. The export is recorded in the audit log.</source>
        <translation>Le chiavi segrete dell&apos;ufficio vengono scritte NON cifrate: chi ottiene questi file può leggere i pacchetti inviati a questo ufficio e firmare a suo nome. Scrivile solo su un&apos;unità rimovibile custodita nella cassaforte dell&apos;ufficio (deposito), mai in una cartella condivisa o per e-mail. L&apos;esportazione viene registrata nel registro di audit.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="310"/>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="324"/>
        <source>Folder for the keys</source>
        <translation>Cartella per le chiavi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="311"/>
        <source>&amp;Folder</source>
        <translation>Ca&amp;rtella</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="312"/>
        <source>Choose the folder for the keys</source>
        <translation>Scegli la cartella per le chiavi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="313"/>
        <source>Choo&amp;se…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="314"/>
        <source>I &amp;understand: the files are not encrypted</source>
        <translation>Ho &amp;capito: i file non sono cifrati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="337"/>
        <source>{0} already holds office keys from an earlier export. Replace them?</source>
        <translation>{0} contiene già le chiavi dell&apos;ufficio di un&apos;esportazione precedente. Sostituirle?</translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="55"/>
        <source>Case number, e.g. 2026/0042</source>
        <translation>Numero del caso, es. 2026/0042</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="56"/>
        <source>Case to propose</source>
        <translation>Caso da proporre</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="58"/>
        <source>What is asked of the network (no names)</source>
        <translation>Cosa si chiede alla rete (senza nomi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="59"/>
        <source>Request to the network</source>
        <translation>Richiesta alla rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="63"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="85"/>
        <source>Pseudonymised summary</source>
        <translation>Scheda pseudonimizzata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="66"/>
        <source>Chair of the laboratorio</source>
        <translation>Coordinatore del laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="67"/>
        <source>No network directory yet: import the coordinator&apos;s one</source>
        <translation>Nessun elenco della rete: importa quello del coordinatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="69"/>
        <source>&amp;Preview what leaves the office</source>
        <translation>&amp;Anteprima di ciò che esce</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="70"/>
        <source>&amp;Send to the chair…</source>
        <translation>&amp;Invia al coordinatore…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="76"/>
        <source>Propose a case to the laboratorio</source>
        <translation>Proponi un caso al laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="78"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="79"/>
        <source>&amp;Request</source>
        <translation>&amp;Richiesta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="80"/>
        <source>C&amp;hair</source>
        <translation>C&amp;oordinatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="89"/>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="89"/>
        <source>Case code</source>
        <translation>Codice caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="89"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="89"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="102"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="91"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="95"/>
        <source>Actions assigned to this office</source>
        <translation>Azioni assegnate a questo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="93"/>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Segna come fatta…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="102"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="102"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="102"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="104"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="114"/>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="106"/>
        <source>Show the a&amp;genda or minutes</source>
        <translation>Mostra l&apos;ordine del &amp;giorno o il verbale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="108"/>
        <source>Print the agenda or minu&amp;tes…</source>
        <translation>S&amp;tampa l&apos;ordine del giorno o il verbale…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="126"/>
        <source>This office</source>
        <translation>Questo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="127"/>
        <source>Chairing the meeting</source>
        <translation>Presidenza della riunione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="148"/>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="148"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="151"/>
        <source>agenda sent</source>
        <translation>ordine del giorno inviato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="152"/>
        <source>minutes sent</source>
        <translation>verbale inviato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="153"/>
        <source>agenda received</source>
        <translation>ordine del giorno ricevuto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="154"/>
        <source>minutes received</source>
        <translation>verbale ricevuto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="158"/>
        <source>chairs</source>
        <translation>presiede</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="158"/>
        <source>attends</source>
        <translation>partecipa</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="167"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="183"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="188"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="197"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="223"/>
        <source>Laboratorio</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="167"/>
        <source>Choose a meeting in the list.</source>
        <translation>Scegli una riunione nell&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="173"/>
        <source>Minutes of the meeting of {0}</source>
        <translation>Verbale della riunione del {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="174"/>
        <source>Agenda of the meeting of {0}</source>
        <translation>Ordine del giorno della riunione del {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="209"/>
        <source>To review before sending (they can identify the family):</source>
        <translation>Da rivedere prima dell&apos;invio (possono far riconoscere la famiglia):</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="224"/>
        <source>The request names places or people that can identify the family:
{0}

Have you read it again and is each of them needed? Send it as it is?</source>
        <translation>La richiesta nomina luoghi o persone da cui si può riconoscere la famiglia:
{0}

L&apos;avete riletta e ognuno di questi è necessario? Inviarla così com&apos;è?</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="233"/>
        <source>Save the packet for the chair</source>
        <translation>Salva il pacchetto per il coordinatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="257"/>
        <source>Save the update for the chair</source>
        <translation>Salva l&apos;aggiornamento per il coordinatore</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="55"/>
        <source>Unexpected error: {0}</source>
        <translation>Errore imprevisto: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="98"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="94"/>
        <source>School talk</source>
        <translation>Incontro a scuola</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="95"/>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="96"/>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="97"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="104"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="105"/>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="106"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="107"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="108"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="109"/>
        <source>Offices</source>
        <translation>Uffici</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="35"/>
        <source>PEC / e-mail account</source>
        <translation>Casella PEC / posta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="43"/>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="45"/>
        <source>IMAP port</source>
        <translation>Porta IMAP</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="47"/>
        <source>SMTP port</source>
        <translation>Porta SMTP</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="48"/>
        <source>STARTTLS on ports 143 and 587 (otherwise TLS on 993 and 465)</source>
        <translation>STARTTLS sulle porte 143 e 587 (altrimenti TLS su 993 e 465)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="52"/>
        <source>It is a PEC account: keep the provider&apos;s receipts as proof</source>
        <translation>È una casella PEC: conserva le ricevute del gestore come prova</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="60"/>
        <source>only for a private server (PEM file)</source>
        <translation>solo per un server privato (file PEM)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="61"/>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="62"/>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="63"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="64"/>
        <source>&amp;IMAP server</source>
        <translation>Server I&amp;MAP</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="65"/>
        <source>IMAP p&amp;ort</source>
        <translation>P&amp;orta IMAP</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="66"/>
        <source>&amp;SMTP server</source>
        <translation>Server &amp;SMTP</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="67"/>
        <source>SMTP po&amp;rt</source>
        <translation>Po&amp;rta SMTP</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="68"/>
        <source>&amp;Largest message</source>
        <translation>Messaggio &amp;più grande</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/transport_dialog.py" line="69"/>
        <source>&amp;Authority</source>
        <translation>&amp;Autorità</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="86"/>
        <source>Rete Desktop — {0}</source>
        <translation>Rete Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="113"/>
        <source>Referrals received</source>
        <translation>Segnalazioni in arrivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="114"/>
        <source>Referrals sent</source>
        <translation>Segnalazioni in uscita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="110"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="111"/>
        <source>Contacts and offices</source>
        <translation>Contatti e uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="112"/>
        <source>Protocols</source>
        <translation>Protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="115"/>
        <source>Tasks due</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="116"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="117"/>
        <source>Laboratorio</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="118"/>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="119"/>
        <source>Network handbook</source>
        <translation>Manuale della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="120"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="121"/>
        <source>Audit and data protection</source>
        <translation>Registro di audit e privacy</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="124"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="139"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Blocca (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="140"/>
        <source>Lock now</source>
        <translation>Blocca ora</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="163"/>
        <source>Backup</source>
        <translation>Copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="191"/>
        <source>Read-only: {0}. You can read, search, print and back up; nothing can be saved until the disk accepts writes again.</source>
        <translation>Sola lettura: {0}. Si può leggere, cercare, stampare e fare copie di sicurezza; nulla può essere salvato finché il disco non accetta di nuovo scritture.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="204"/>
        <source>&amp;Office</source>
        <translation>&amp;Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="205"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="207"/>
        <source>Send a &amp;referral…</source>
        <translation>Invia una &amp;segnalazione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="209"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="210"/>
        <source>PEC / e-&amp;mail account…</source>
        <translation>Casella PEC / p&amp;osta…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="211"/>
        <source>Shared &amp;folder / USB…</source>
        <translation>Cartella condivisa / &amp;USB…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="212"/>
        <source>My n&amp;ame and role…</source>
        <translation>Il &amp;mio nome e ruolo…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Back up the vault…</source>
        <translation>Copia di sicurezza della c&amp;assaforte…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="215"/>
        <source>Restore a bac&amp;kup…</source>
        <translation>&amp;Ripristina una copia di sicurezza…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="216"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>Cambia la &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="217"/>
        <source>O&amp;perators…</source>
        <translation>Opera&amp;tori…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="218"/>
        <source>Rec&amp;overy key…</source>
        <translation>C&amp;hiave di recupero…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="219"/>
        <source>E&amp;xport the office keys…</source>
        <translation>Esporta le chiavi dell&apos;u&amp;fficio…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="223"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="225"/>
        <source>C&amp;ontacts and offices</source>
        <translation>C&amp;ontatti e uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Protocols</source>
        <translation>&amp;Protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="226"/>
        <source>Referrals &amp;received</source>
        <translation>Segnalazioni in &amp;arrivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="226"/>
        <source>Referrals s&amp;ent</source>
        <translation>Segnalazioni in &amp;uscita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Tasks due</source>
        <translation>&amp;Scadenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Laboratorio</source>
        <translation>&amp;Laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Search</source>
        <comment>Go menu</comment>
        <translation>&amp;Ricerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="228"/>
        <source>St&amp;atistics</source>
        <translation>S&amp;tatistiche</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="228"/>
        <source>Network &amp;handbook</source>
        <translation>&amp;Manuale della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Network</source>
        <translation>R&amp;ete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="229"/>
        <source>A&amp;udit and data protection</source>
        <translation>Re&amp;gistro accessi e privacy</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="317"/>
        <source>Transport saved: packets now travel by themselves.</source>
        <translation>Canale salvato: ora i pacchetti viaggiano da soli.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="338"/>
        <source>Backup saved: {0}</source>
        <translation>Copia di sicurezza salvata: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="346"/>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="347"/>
        <source>The backup was restored and checked in {0}. To work on it, start the app with: rete --vault {0}</source>
        <translation>La copia di sicurezza è stata ripristinata e controllata in {0}. Per lavorarci avvia l&apos;app con: rete --vault {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="356"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase cambiata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="368"/>
        <source>Office keys written to {0}: keep them in the safe.</source>
        <translation>Chiavi dell&apos;ufficio scritte in {0}: custodiscile nella cassaforte.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="384"/>
        <source>Notes, referrals and the audit log now say «{0}».</source>
        <translation>Da ora note, segnalazioni e registro di audit riportano «{0}».</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="137"/>
        <source>Protective measure or legal step</source>
        <translation>Misura di protezione o passo legale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="139"/>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="140"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="142"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="143"/>
        <source>&amp;Measure</source>
        <translation>&amp;Misura</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="144"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="145"/>
        <source>D&amp;etail</source>
        <translation>D&amp;ettaglio</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="18"/>
        <source>Meeting details</source>
        <translation>Dettagli della riunione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="22"/>
        <source>e.g. 15:30</source>
        <translation>es. 15:30</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="25"/>
        <source>name and role of who chairs</source>
        <translation>nome e ruolo di chi presiede</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="27"/>
        <source>name and role of who takes the minutes</source>
        <translation>nome e ruolo di chi verbalizza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="28"/>
        <source>&amp;Time</source>
        <translation>&amp;Ora</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="29"/>
        <source>&amp;Place</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="30"/>
        <source>&amp;Chaired by</source>
        <translation>&amp;Presiede</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="31"/>
        <source>&amp;Minutes taken by</source>
        <translation>&amp;Verbalizzante</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="35"/>
        <source>Representatives of {0}</source>
        <translation>Rappresentanti di {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="39"/>
        <source>Urgencies</source>
        <translation>Urgenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="41"/>
        <source>Case {0}</source>
        <translation>Caso {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="48"/>
        <source>&amp;Urgencies (ticked)</source>
        <translation>&amp;Urgenze (spuntate)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="50"/>
        <source>one prevention action per line (no names)</source>
        <translation>un&apos;azione di prevenzione per riga (niente nomi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_details.py" line="53"/>
        <source>P&amp;revention actions</source>
        <translation>Azioni di p&amp;revenzione</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="263"/>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="268"/>
        <source>Offices present</source>
        <translation>Uffici presenti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="264"/>
        <source>Save &amp;presence</source>
        <translation>Salva le &amp;presenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="266"/>
        <source>Save the agenda a&amp;gain…</source>
        <translation>Salva di nuo&amp;vo l&apos;ordine del giorno…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="273"/>
        <source>Meeting detai&amp;ls…</source>
        <translation>Dettagli de&amp;lla riunione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="275"/>
        <source>Time, place, chair, minute-taker, representatives, urgencies, prevention actions</source>
        <translation>Ora, luogo, presidenza, verbalizzante, rappresentanti, urgenze, azioni di prevenzione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="281"/>
        <source>Case discussed</source>
        <translation>Caso discusso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="283"/>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="360"/>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="284"/>
        <source>What the network decided (no names)</source>
        <translation>Che cosa ha deciso la rete (senza nomi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="286"/>
        <source>Record the &amp;decision</source>
        <translation>Registra la &amp;decisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="289"/>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="363"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="290"/>
        <source>What is to be done (no names)</source>
        <translation>Che cosa va fatto (senza nomi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="292"/>
        <source>Office responsible</source>
        <translation>Ufficio responsabile</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="293"/>
        <source>by</source>
        <translation>entro il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="296"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="298"/>
        <source>Record the &amp;action</source>
        <translation>Registra l&apos;&amp;azione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="311"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="311"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="311"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="311"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="312"/>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="314"/>
        <source>Decisions and actions recorded</source>
        <translation>Decisioni e azioni registrate</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="321"/>
        <source>Decisions and actions</source>
        <translation>Decisioni e azioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="323"/>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="324"/>
        <source>Decisio&amp;n</source>
        <translation>Decisio&amp;ne</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="325"/>
        <source>Ac&amp;tion</source>
        <translation>A&amp;zione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="326"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsabile</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="344"/>
        <source> (chair)</source>
        <translation> (presidenza)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="349"/>
        <source>General (not about one case)</source>
        <translation>Generale (non riguarda un caso)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="357"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="382"/>
        <source>Agenda saved in {0}: give the file to the offices convened.</source>
        <translation>Ordine del giorno salvato in {0}: consegna il file agli uffici convocati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="383"/>
        <source>Save the agenda for the offices</source>
        <translation>Salva l&apos;ordine del giorno per gli uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="394"/>
        <source>Meeting details saved.</source>
        <translation>Dettagli della riunione salvati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="406"/>
        <source>Presence saved: {0} office(s) present.</source>
        <translation>Presenze salvate: uffici presenti {0}.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="418"/>
        <source>Decision recorded.</source>
        <translation>Decisione registrata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="432"/>
        <source>Action recorded for {0}.</source>
        <translation>Azione registrata per {0}.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="455"/>
        <source>Also save the PDF</source>
        <translation>Salva anche il PDF</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="457"/>
        <source>Send the &amp;minutes…</source>
        <translation>Invia il &amp;verbale…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="459"/>
        <source>Pre&amp;view the minutes</source>
        <translation>Antepr&amp;ima del verbale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="468"/>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="468"/>
        <source>Case code</source>
        <translation>Codice caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="468"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="468"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="469"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="471"/>
        <source>Actions of the meeting</source>
        <translation>Azioni della riunione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="475"/>
        <source>Actions agreed and their status (updated when the offices&apos; “done” packets are imported)</source>
        <translation>Azioni concordate e loro stato (si aggiorna quando si importano i pacchetti «svolta» degli uffici)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="485"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="489"/>
        <source>done on {0}</source>
        <translation>svolta il {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="490"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="494"/>
        <source>The minutes go to every office convened: {0}</source>
        <translation>Il verbale va a tutti gli uffici convocati: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="503"/>
        <source>Minutes (draft)</source>
        <translation>Verbale (bozza)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="516"/>
        <source>Send the minutes of the meeting of {0} to {1} office(s)?
Present: {2}.
Decisions: {3}; actions: {4}.</source>
        <translation>Inviare il verbale della riunione del {0} agli uffici convocati ({1})?
Presenti: {2}.
Decisioni: {3}; azioni: {4}.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="521"/>
        <source>The minutes were already sent once.</source>
        <translation>Il verbale è già stato inviato una volta.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="527"/>
        <source>Minutes saved in {0}: give the file to the offices convened.</source>
        <translation>Verbale salvato in {0}: consegna il file agli uffici convocati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="502"/>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="533"/>
        <source>Send the minutes</source>
        <translation>Invia il verbale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="529"/>
        <source>minutes-{0}.pdf</source>
        <comment>file name</comment>
        <translation>verbale-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_chair_tabs.py" line="534"/>
        <source>Save the minutes for the offices</source>
        <translation>Salva il verbale per gli uffici</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="131"/>
        <source>This office</source>
        <translation>Questo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="137"/>
        <source>Safety number</source>
        <translation>Numero di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="138"/>
        <source>Office:</source>
        <translation>Ufficio:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="139"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="140"/>
        <source>Fingerprint:</source>
        <translation>Impronta:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="141"/>
        <source>Safety number:</source>
        <translation>Numero di sicurezza:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="143"/>
        <source>Read the safety number to the coordinator over the phone when you send your member card: it proves the card is yours.</source>
        <translation>Quando inviate la scheda di adesione, leggete il numero di sicurezza al coordinatore per telefono: dimostra che la scheda è vostra.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="147"/>
        <source>&amp;Export member card…</source>
        <translation>&amp;Esporta scheda di adesione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="154"/>
        <source>Network directory</source>
        <translation>Elenco della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="161"/>
        <source>&amp;Create the network…</source>
        <translation>&amp;Crea la rete…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="162"/>
        <source>&amp;Import directory…</source>
        <translation>&amp;Importa elenco…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="163"/>
        <source>Or drop the directory file on this page</source>
        <translation>Oppure trascinate il file dell&apos;elenco su questa pagina</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="164"/>
        <source>&amp;Add member card…</source>
        <translation>&amp;Aggiungi scheda di adesione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="165"/>
        <source>Or drop the card file on this page</source>
        <translation>Oppure trascinate il file della scheda su questa pagina</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="166"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoca…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="167"/>
        <source>&amp;Publish directory…</source>
        <translation>&amp;Pubblica elenco…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="178"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="183"/>
        <source>Member offices</source>
        <translation>Uffici aderenti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="184"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="184"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="184"/>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="185"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="213"/>
        <source>The directory has expired: ask the coordinator for the new one. Until then packets from the network are refused.</source>
        <translation>L&apos;elenco è scaduto: chiedete al coordinatore quello nuovo. Fino ad allora i pacchetti della rete vengono rifiutati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="216"/>
        <source>(this office)</source>
        <translation>(questo ufficio)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="218"/>
        <source>revoked on {0}</source>
        <translation>revocato il {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="219"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="235"/>
        <source>This office is not in a network yet. To join, export the member card, send it to the coordinator and read them the safety number by phone; then import the directory file the coordinator sends back. The coordinating office creates the network instead.</source>
        <translation>Questo ufficio non fa ancora parte di una rete. Per aderire esportate la scheda di adesione, inviatela al coordinatore e leggetegli per telefono il numero di sicurezza; poi importate il file dell&apos;elenco che il coordinatore vi manda. L&apos;ufficio coordinatore invece crea la rete.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="241"/>
        <source>This office coordinates the network «{0}». The directory has not been published yet.</source>
        <translation>Questo ufficio coordina la rete «{0}». L&apos;elenco non è ancora stato pubblicato.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="243"/>
        <source>This office coordinates the network «{0}». Last published: version {1}, valid until {2}.</source>
        <translation>Questo ufficio coordina la rete «{0}». Ultima pubblicazione: versione {1}, valida fino al {2}.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="248"/>
        <source>Network «{0}», directory version {1}, valid until {2}. Coordinator: {3} (fingerprint {4}).</source>
        <translation>Rete «{0}», elenco versione {1}, valido fino al {2}. Coordinatore: {3} (impronta {4}).</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="274"/>
        <source>Export member card</source>
        <translation>Esporta scheda di adesione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="274"/>
        <source>Member cards (*.json)</source>
        <translation>Schede di adesione (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="275"/>
        <source>member-card.json</source>
        <translation>scheda-membro.json</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="284"/>
        <source>Member card saved in {0}. Send it to the coordinator, then read them your safety number by phone.</source>
        <translation>Scheda di adesione salvata in {0}. Inviatela al coordinatore, poi leggetegli per telefono il vostro numero di sicurezza.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="290"/>
        <source>Import directory</source>
        <translation>Importa elenco</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="291"/>
        <source>Network directory (*.json);;All files (*)</source>
        <translation>Elenco della rete (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="313"/>
        <source>Confirm the coordinator</source>
        <translation>Confermate il coordinatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="314"/>
        <source>First import of the network «{0}», coordinated by {1}.

Call the coordinator on a number you already know and compare this safety number, digit by digit:

{2}

Accept only if it matches: from now on this office trusts only directories signed by this coordinator.</source>
        <translation>Prima importazione della rete «{0}», coordinata da {1}.

Chiamate il coordinatore a un numero che già conoscete e confrontate questo numero di sicurezza, cifra per cifra:

{2}

Accettate solo se coincide: da ora in poi questo ufficio si fida solo degli elenchi firmati da questo coordinatore.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="334"/>
        <source>Directory «{0}» version {1} imported: {2}, valid until {3}.</source>
        <translation>Elenco «{0}» versione {1} importato: {2}, valido fino al {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/network_page.py" line="336"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n ufficio</numerusform>
            <numerusform>%n uffici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="344"/>
        <source>WARNING: an office&apos;s keys have changed</source>
        <translation>ATTENZIONE: le chiavi di un ufficio sono cambiate</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="345"/>
        <source>The directory gives NEW KEYS to {0}.

Old fingerprint: {1}
New fingerprint: {2}

This is expected only if that office reinstalled the app or lost its keys. It could also be someone impersonating it. Call {0} on a number you already know and accept only if they confirm the new fingerprint.

Accept the new keys of {0}?</source>
        <translation>L&apos;elenco assegna NUOVE CHIAVI a {0}.

Impronta precedente: {1}
Nuova impronta: {2}

È normale solo se quell&apos;ufficio ha reinstallato il programma o perso le chiavi. Potrebbe anche essere qualcuno che si spaccia per lui. Chiamate {0} a un numero che già conoscete e accettate solo se vi conferma la nuova impronta.

Accettare le nuove chiavi di {0}?</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="360"/>
        <source>Network «{0}» created. Add the member cards, then publish the directory.</source>
        <translation>Rete «{0}» creata. Aggiungete le schede di adesione, poi pubblicate l&apos;elenco.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="364"/>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="387"/>
        <source>Add member card</source>
        <translation>Aggiungi scheda di adesione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="365"/>
        <source>Member cards (*.json);;All files (*)</source>
        <translation>Schede di adesione (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="376"/>
        <source>Office: {0}
Kind: {1}
Fingerprint: {2}

Safety number:
{3}

Call the office on a number you already know and have them read their safety number (on their Network page). Add the card only if every digit matches.</source>
        <translation>Ufficio: {0}
Tipo: {1}
Impronta: {2}

Numero di sicurezza:
{3}

Chiamate l&apos;ufficio a un numero che già conoscete e fatevi leggere il suo numero di sicurezza (nella sua pagina Rete). Aggiungete la scheda solo se ogni cifra coincide.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="384"/>
        <source>WARNING: this card replaces the keys of {0} (old fingerprint {1}).</source>
        <translation>ATTENZIONE: questa scheda sostituisce le chiavi di {0} (impronta precedente {1}).</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="396"/>
        <source>{0} added. Publish the directory to send it to the network.</source>
        <translation>{0} aggiunto. Pubblicate l&apos;elenco per inviarlo alla rete.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="406"/>
        <source>{0} revoked. Publish the directory so the other offices know.</source>
        <translation>{0} revocato. Pubblicate l&apos;elenco perché gli altri uffici lo sappiano.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="413"/>
        <source>Publish directory</source>
        <translation>Pubblica elenco</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="414"/>
        <source>Network directory (*.json)</source>
        <translation>Elenco della rete (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="416"/>
        <source>directory.json</source>
        <translation>elenco-della-rete.json</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="427"/>
        <source>Directory version {0} saved in {1}, valid until {2}. Send it to every member office.</source>
        <translation>Elenco versione {0} salvato in {1}, valido fino al {2}. Inviatelo a tutti gli uffici aderenti.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="98"/>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="100"/>
        <source>Case title</source>
        <translation>Titolo del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="101"/>
        <source>e.g. woman&apos;s name — town</source>
        <translation>es. nome della donna — comune</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="102"/>
        <source>Risk level</source>
        <translation>Livello di rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="107"/>
        <source>Opened on</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="108"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="109"/>
        <source>&amp;Risk</source>
        <translation>&amp;Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="110"/>
        <source>&amp;Opened on</source>
        <translation>&amp;Aperto il</translation>
    </message>
</context>
<context>
    <name>NoteTimeline</name>
    <message>
        <location filename="../../src/rete_desktop/ui/note_timeline.py" line="250"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/note_timeline.py" line="115"/>
        <source>Amendment of {0} ({1}):</source>
        <translation>Rettifica del {0} ({1}):</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="70"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="72"/>
        <source>Last backup: {0}. Make one now: Office → Back up the vault…</source>
        <translation>Ultima copia di sicurezza: {0}. Falla ora: Ufficio → Copia di sicurezza della cassaforte…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="74"/>
        <source>Last backup: {0}</source>
        <translation>Ultima copia di sicurezza: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="84"/>
        <source>Writing the backup…</source>
        <translation>Scrittura della copia di sicurezza…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="86"/>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="98"/>
        <source>Backup</source>
        <translation>Copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="106"/>
        <source>Save the backup</source>
        <translation>Salva la copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="107"/>
        <source>Rete backups (*.retebak)</source>
        <translation>Copie di sicurezza di Rete (*.retebak)</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="233"/>
        <source>Office name</source>
        <translation>Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="235"/>
        <source>Kind of office</source>
        <translation>Tipo di ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="239"/>
        <source>Office address</source>
        <translation>Indirizzo dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="241"/>
        <source>Office phone</source>
        <translation>Telefono dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="243"/>
        <source>Office e-mail</source>
        <translation>E-mail dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="248"/>
        <source>Na&amp;me</source>
        <translation>No&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="249"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="250"/>
        <source>A&amp;ddress</source>
        <translation>In&amp;dirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="251"/>
        <source>P&amp;hone</source>
        <translation>Te&amp;lefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="252"/>
        <source>E-ma&amp;il</source>
        <translation>E-m&amp;ail</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="253"/>
        <source>Add office</source>
        <translation>Aggiungi ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="257"/>
        <source>New office of the network</source>
        <translation>Nuovo ufficio della rete</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="38"/>
        <source>Your office</source>
        <translation>Il tuo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="40"/>
        <source>Rete Desktop keeps this office&apos;s cases in an encrypted vault on this computer.</source>
        <translation>Rete Desktop custodisce i casi dell&apos;ufficio in una cassaforte cifrata su questo computer.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="42"/>
        <source>Office name</source>
        <translation>Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="43"/>
        <source>e.g. Comando Stazione Carabinieri di Casalmaggiore</source>
        <translation>es. Comando Stazione Carabinieri di Casalmaggiore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="45"/>
        <source>Kind of office</source>
        <translation>Tipo di ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="49"/>
        <source>Office &amp;name</source>
        <translation>&amp;Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="50"/>
        <source>&amp;Kind of office</source>
        <translation>&amp;Tipo di ufficio</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="59"/>
        <source>Who you are</source>
        <translation>Chi siete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="61"/>
        <source>Your notes and referrals are signed with your name and role, and the other offices call you back by it. Colleagues with their own passphrase are added later (Office → Operators…).</source>
        <translation>Note e segnalazioni portano il vostro nome e ruolo, e gli altri uffici vi richiamano con questo. I colleghi con una propria passphrase si aggiungono dopo (Ufficio → Operatori…).</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="66"/>
        <source>Your &amp;name</source>
        <translation>Il vostro &amp;nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="67"/>
        <source>Your &amp;role</source>
        <translation>Il vostro &amp;ruolo</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="23"/>
        <source>Name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="24"/>
        <source>e.g. Mario Rossi</source>
        <translation>es. Mario Rossi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="26"/>
        <source>Role or rank</source>
        <translation>Ruolo o grado</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="27"/>
        <source>e.g. App. Sc., Ass. soc., Operatrice</source>
        <translation>es. App. Sc., Ass. soc., Operatrice</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="174"/>
        <source>Operators</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="178"/>
        <source>Each operator opens the vault with their own passphrase, so the audit log names who did what. Only whoever opened the vault with the office passphrase can add or remove operators. This session: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Ogni operatore apre la cassaforte con la propria passphrase, così il registro di audit dice chi ha fatto cosa. Solo chi ha aperto la cassaforte con la passphrase dell&apos;ufficio può aggiungere o togliere operatori. Sessione attuale: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="183"/>
        <source>Operators with their own passphrase</source>
        <translation>Operatori con una passphrase propria</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="184"/>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="186"/>
        <source>&amp;Remove</source>
        <translation>&amp;Togli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="212"/>
        <source>No operator has a passphrase of their own yet.</source>
        <translation>Nessun operatore ha ancora una passphrase propria.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="221"/>
        <source>{0} can now open the vault with their own passphrase.</source>
        <translation>{0} ora può aprire la cassaforte con la propria passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="237"/>
        <source>{0}&apos;s passphrase no longer opens the vault.</source>
        <translation>La passphrase di {0} non apre più la cassaforte.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="241"/>
        <source>Remove {0}? Their passphrase stops opening the vault; what they did stays in the audit log under their name.</source>
        <translation>Togliere {0}? La sua passphrase non aprirà più la cassaforte; ciò che ha fatto resta nel registro di audit a suo nome.</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="381"/>
        <source>Drag here a receipt file (.age) sent back by another office</source>
        <translation>Trascina qui un file di ricevuta (.age) rimandato da un altro ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="382"/>
        <source>&amp;Open a receipt file…</source>
        <translation>&amp;Apri un file di ricevuta…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="383"/>
        <source>Register of sent referrals</source>
        <translation>Registro delle segnalazioni inviate</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="386"/>
        <source>Send a &amp;referral…</source>
        <translation>Invia una &amp;segnalazione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="391"/>
        <source>Re&amp;try sending</source>
        <translation>Ri&amp;prova l&apos;invio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="392"/>
        <source>Send again the deliveries that failed</source>
        <translation>Rinvia gli invii non riusciti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="417"/>
        <source>&lt;b&gt;Receipt accepted.&lt;/b&gt; {0}&lt;br&gt;Referral protocol no. {1} is acknowledged.</source>
        <translation>&lt;b&gt;Ricevuta accettata.&lt;/b&gt; {0}&lt;br&gt;La segnalazione con protocollo n. {1} risulta ricevuta.</translation>
    </message>
</context>
<context>
    <name>OwnNameDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="36"/>
        <source>My name and role</source>
        <translation>Il mio nome e ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="45"/>
        <source>Direct phone</source>
        <translation>Telefono diretto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="46"/>
        <source>printed on referrals for the call-back</source>
        <translation>stampato sulle segnalazioni per essere richiamati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="47"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="48"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/operators.py" line="49"/>
        <source>Direct &amp;phone</source>
        <translation>&amp;Telefono diretto</translation>
    </message>
</context>
<context>
    <name>PacketDropPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="150"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="183"/>
        <source>Rete packets (*.age)</source>
        <translation>Pacchetti Rete (*.age)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="191"/>
        <source>REFUSED: {0}</source>
        <translation>RIFIUTATO: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="201"/>
        <source>Verified sender: {0} ({1})&lt;br&gt;Key fingerprint: &lt;tt&gt;{2}&lt;/tt&gt;</source>
        <translation>Mittente verificato: {0} ({1})&lt;br&gt;Impronta della chiave: &lt;tt&gt;{2}&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="77"/>
        <source>Office passphrase</source>
        <translation>Passphrase dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="79"/>
        <source>Everyone in the office types it to open the vault. Prefer several words: long is better than complicated.</source>
        <translation>Tutti in ufficio la digitano per aprire la cassaforte. Meglio più parole: lunga è meglio che complicata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="83"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="86"/>
        <source>Repeat the passphrase</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="91"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="92"/>
        <source>Strength</source>
        <translation>Robustezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="93"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="96"/>
        <source>Create the vault</source>
        <translation>Crea la cassaforte</translation>
    </message>
</context>
<context>
    <name>PreventionActionDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="93"/>
        <source>New prevention action</source>
        <translation>Nuova azione di prevenzione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="95"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="97"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="103"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="105"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="106"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="108"/>
        <source>Offices running it</source>
        <translation>Uffici che la svolgono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="119"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="120"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="121"/>
        <source>D&amp;ate</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="122"/>
        <source>&amp;Place</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="123"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escrizione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_edit.py" line="124"/>
        <source>&amp;Offices</source>
        <translation>&amp;Uffici</translation>
    </message>
</context>
<context>
    <name>PreventionTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="406"/>
        <source>Show &amp;past actions too</source>
        <translation>Mostra anche le azioni &amp;passate</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="408"/>
        <source>&amp;New action…</source>
        <translation>&amp;Nuova azione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="409"/>
        <source>Planned actions travel to the other offices with the next published directory</source>
        <translation>Le azioni programmate arrivano agli altri uffici con il prossimo elenco pubblicato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="413"/>
        <source>Prevention actions</source>
        <translation>Azioni di prevenzione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="415"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="415"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="415"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="416"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="416"/>
        <source>Offices</source>
        <translation>Uffici</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="76"/>
        <source>Attachment preview</source>
        <translation>Anteprima dell&apos;allegato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="109"/>
        <source>This image cannot be shown: the file is damaged or of a kind the app does not read.</source>
        <translation>Impossibile mostrare l&apos;immagine: il file è danneggiato o di un tipo che l&apos;app non legge.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/attachments.py" line="120"/>
        <source>This PDF cannot be shown: the file is damaged.</source>
        <translation>Impossibile mostrare il PDF: il file è danneggiato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/attachments.py" line="123"/>
        <source>Only %n page(s) of {0} shown; save a copy to read them all.</source>
        <translation>
            <numerusform>Mostrata solo %n pagina su {0}; salva una copia per leggerle tutte.</numerusform>
            <numerusform>Mostrate solo %n pagine su {0}; salva una copia per leggerle tutte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="44"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="46"/>
        <source>This page travels with the case data, encrypted for the chosen offices only.</source>
        <translation>Questa pagina viaggia con i dati del caso, cifrata solo per gli uffici scelti.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="50"/>
        <source>Everything that travels</source>
        <translation>Tutto ciò che viene inviato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="52"/>
        <source>Referral summary preview</source>
        <translation>Anteprima del riepilogo della segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="71"/>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="93"/>
        <source>&amp;Send…</source>
        <translation>&amp;Invia…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="88"/>
        <source>To: &lt;b&gt;{0}&lt;/b&gt;. Below, everything the encrypted file carries, then the summary page. The protocol number is assigned when you send.</source>
        <translation>A: &lt;b&gt;{0}&lt;/b&gt;. Qui sotto tutto ciò che contiene il file cifrato, poi la pagina di riepilogo. Il numero di protocollo viene assegnato all&apos;invio.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="93"/>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="107"/>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="113"/>
        <source>Contact for the recipients</source>
        <translation>Recapito per i destinatari</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="114"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="116"/>
        <source>No note travels.</source>
        <translation>Non viene inviata nessuna nota.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="120"/>
        <source>Correction of {0}, written {1}</source>
        <translation>Rettifica della nota del {0}, scritta il {1}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="126"/>
        <source>Why each office receives it</source>
        <translation>Perché ciascun ufficio lo riceve</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="133"/>
        <source>Case record</source>
        <translation>Scheda del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="135"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="138"/>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="170"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="158"/>
        <source>answers to %n question(s)</source>
        <translation>
            <numerusform>risposte a %n domanda</numerusform>
            <numerusform>risposte a %n domande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="168"/>
        <source>%n minor(s) with her</source>
        <translation>
            <numerusform>%n minore con lei</numerusform>
            <numerusform>%n minori con lei</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="197"/>
        <source>Save the referral</source>
        <translation>Salva la segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_preview.py" line="197"/>
        <source>Referrals (*.age)</source>
        <translation>Segnalazioni (*.age)</translation>
    </message>
</context>
<context>
    <name>PrivacyContactsDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="15"/>
        <source>Controller and DPO</source>
        <translation>Titolare e RPD</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="18"/>
        <source>&amp;Controller</source>
        <translation>&amp;Titolare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="19"/>
        <source>e.g. Comune di Casalmaggiore, in the person of the Mayor</source>
        <translation>es. Comune di Casalmaggiore, in persona del Sindaco</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="20"/>
        <source>Controller&apos;s c&amp;ontacts</source>
        <translation>Re&amp;capiti del titolare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="21"/>
        <source>address, phone, PEC</source>
        <translation>indirizzo, telefono, PEC</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="22"/>
        <source>&amp;Data protection officer</source>
        <translation>&amp;Responsabile della protezione dei dati</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="22"/>
        <source>name, or the firm</source>
        <translation>nome, o la società</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="23"/>
        <source>DPO&apos;s con&amp;tacts</source>
        <translation>Recapiti del R&amp;PD</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/privacy_contacts.py" line="23"/>
        <source>e-mail, phone</source>
        <translation>e-mail, telefono</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="222"/>
        <source>Offices of the network</source>
        <translation>Uffici della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="226"/>
        <source>Office profile</source>
        <translation>Scheda dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="257"/>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="259"/>
        <source>separated by commas</source>
        <translation>separati da virgole</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="264"/>
        <source>24 hours</source>
        <translation>24 ore su 24</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="264"/>
        <source>Shelter places</source>
        <translation>Posti in casa rifugio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="265"/>
        <source>Cultural mediators</source>
        <translation>Mediatrici culturali</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="266"/>
        <source>Social emergency service (PIS)</source>
        <translation>Pronto intervento sociale (PIS)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="267"/>
        <source>Accessible to disabled people</source>
        <translation>Accessibile alle persone con disabilità</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="268"/>
        <source>Works with minors</source>
        <translation>Lavora con i minori</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="279"/>
        <source>&amp;Save my profile</source>
        <translation>&amp;Salva la mia scheda</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="281"/>
        <source>E&amp;xport for the coordinator…</source>
        <translation>E&amp;sporta per il coordinatore…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="282"/>
        <source>The signed profile file the coordinator publishes with the network directory</source>
        <translation>Il file firmato della scheda che il coordinatore pubblica con l&apos;elenco della rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="299"/>
        <source>Edit this office&apos;s profile</source>
        <translation>Modifica la scheda di questo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="311"/>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="316"/>
        <source>{0} (this office)</source>
        <translation>{0} (questo ufficio)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="349"/>
        <source>Your profile is still empty: fill it in below.</source>
        <translation>La scheda è ancora vuota: compilala qui sotto.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="351"/>
        <source>No profile received yet.</source>
        <translation>Nessuna scheda ricevuta finora.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="386"/>
        <source>Saved: revision {0}.</source>
        <translation>Salvata: revisione {0}.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="389"/>
        <source>Export the profile</source>
        <translation>Esporta la scheda</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="389"/>
        <source>Profile (*.json)</source>
        <translation>Scheda (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="391"/>
        <source>profile.json</source>
        <comment>file name</comment>
        <translation>profilo.json</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="397"/>
        <source>Profile</source>
        <translation>Scheda</translation>
    </message>
</context>
<context>
    <name>Protocols</name>
    <message>
        <location filename="../../src/rete_desktop/ui/protocol_changes.py" line="24"/>
        <source>new version: see what changed</source>
        <translation>nuova versione: guarda cosa è cambiato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/protocol_changes.py" line="41"/>
        <source>What changed since version {0}</source>
        <translation>Che cosa è cambiato dalla versione {0}</translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="283"/>
        <source>Protocols</source>
        <translation>Protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="285"/>
        <source>Protocol steps</source>
        <translation>Passi del protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="287"/>
        <source>To apply a protocol, open a case and press “Apply protocol…”.</source>
        <translation>Per applicare un protocollo, apri un caso e premi «Applica protocollo…».</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="289"/>
        <source>Updates from the network arrive with the directory (Network page).</source>
        <translation>Gli aggiornamenti della rete arrivano con l&apos;elenco della rete (pagina Rete).</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="295"/>
        <source>Import protocol…</source>
        <translation>Importa protocollo…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="297"/>
        <source>Import a protocol file</source>
        <translation>Importa un file di protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="298"/>
        <source>Import a folder…</source>
        <translation>Importa una cartella…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="300"/>
        <source>Import a folder of protocols</source>
        <translation>Importa una cartella di protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="332"/>
        <source>Protocol {0} imported.</source>
        <translation>Protocollo {0} importato.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="342"/>
        <source>{0} new versions, {1} already here.</source>
        <translation>{0} nuove versioni, {1} già presenti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/pages.py" line="350"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>entro %n giorno</numerusform>
            <numerusform>entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="350"/>
        <source>the same day</source>
        <translation>in giornata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="362"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="362"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="362"/>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="84"/>
        <source>Publish directory</source>
        <translation>Pubblica elenco</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="88"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="89"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valido per:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="91"/>
        <source>Send the new file to every member office before it expires.</source>
        <translation>Inviate il nuovo file a tutti gli uffici aderenti prima che scada.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="24"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="25"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="26"/>
        <source>Drive</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="27"/>
        <source>%1 File</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/hooks.py" line="28"/>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="165"/>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="167"/>
        <source>Recipient offices</source>
        <translation>Uffici destinatari</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="183"/>
        <source>Offices of the network that will receive the referral. The woman consented to sharing with: {0}.</source>
        <translation>Uffici della rete che riceveranno la segnalazione. La donna ha acconsentito alla condivisione con: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="193"/>
        <source>no longer in the network (revoked)</source>
        <translation>non più nella rete (revocato)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="195"/>
        <source>the woman did not consent to sharing with: {0}</source>
        <translation>la donna non ha acconsentito alla condivisione con: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="201"/>
        <source>{0} — {1}
    cannot be chosen: {2}</source>
        <translation>{0} — {1}
    non selezionabile: {2}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="208"/>
        <source>basis: {0}</source>
        <translation>base giuridica: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="214"/>
        <source>This office has no network directory yet: import the one published by the coordinator (rete directory import) to send referrals.</source>
        <translation>Questo ufficio non ha ancora l&apos;elenco della rete: importa quello pubblicato dal coordinatore (rete directory import) per inviare segnalazioni.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/export_wizard.py" line="218"/>
        <source>The network directory has expired: ask the coordinator for the new one.</source>
        <translation>L&apos;elenco della rete è scaduto: chiedi al coordinatore quello nuovo.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="253"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="257"/>
        <source>Issue a new recovery key if the sheet was lost or someone else may have seen it. The old key stops working at once; the new one is shown only now.</source>
        <translation>Crea una nuova chiave di recupero se il foglio è andato perso o qualcun altro può averlo visto. La chiave vecchia smette subito di funzionare; la nuova viene mostrata solo ora.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="260"/>
        <source>&amp;Issue a new recovery key</source>
        <translation>&amp;Crea una nuova chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="288"/>
        <source>The old recovery key no longer opens the vault. Print or write down this one now: it is not shown again.</source>
        <translation>La vecchia chiave di recupero non apre più la cassaforte. Stampa o scrivi subito questa: non verrà più mostrata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="292"/>
        <source>Replace the recovery key? The key on the current sheet stops working.</source>
        <translation>Sostituire la chiave di recupero? La chiave sul foglio attuale smetterà di funzionare.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="146"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="147"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="149"/>
        <source>&amp;Save as PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="171"/>
        <source>Rete Desktop — recovery key</source>
        <translation>Rete Desktop — chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="173"/>
        <source>This key opens the office vault if the passphrase is forgotten.</source>
        <translation>Questa chiave apre la cassaforte dell&apos;ufficio se la passphrase viene dimenticata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="174"/>
        <source>Keep this sheet locked away, separate from the computer.</source>
        <translation>Custodisci questo foglio sotto chiave, lontano dal computer.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="175"/>
        <source>Whoever holds it can read every case: never photograph or e-mail it.</source>
        <translation>Chi lo possiede può leggere ogni caso: non fotografarlo e non inviarlo per e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="187"/>
        <source>Saved to {0}. Print it, then delete the file.</source>
        <translation>Salvato in {0}. Stampalo, poi cancella il file.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="190"/>
        <source>Save the recovery sheet</source>
        <translation>Salva il foglio della chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="190"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="191"/>
        <source>rete-recovery-key</source>
        <translation>rete-chiave-di-recupero</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="212"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="214"/>
        <source>If the passphrase is forgotten, only this key opens the vault. It is shown now and never again: print it or write it down and keep it locked away.</source>
        <translation>Se la passphrase viene dimenticata, solo questa chiave apre la cassaforte. È mostrata ora e mai più: stampala o scrivila e custodiscila sotto chiave.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="220"/>
        <source>I have &amp;written it down or printed it</source>
        <translation>L&apos;ho sc&amp;ritta o stampata</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="56"/>
        <source>Protocol no.</source>
        <translation>Protocollo n.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="56"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="56"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="56"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="57"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="59"/>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="62"/>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="66"/>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="67"/>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="68"/>
        <source>Laboratorio case item</source>
        <translation>Scheda caso per il laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="69"/>
        <source>Laboratorio agenda</source>
        <translation>Ordine del giorno del laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="70"/>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="71"/>
        <source>Action update</source>
        <translation>Aggiornamento di un&apos;azione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="76"/>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="76"/>
        <source>received</source>
        <translation>ricevuto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="79"/>
        <source>receipt sent</source>
        <translation>ricevuta inviata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="80"/>
        <source>received — receipt not sent yet</source>
        <translation>ricevuto — ricevuta non ancora inviata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="82"/>
        <source>acknowledged</source>
        <translation>ricevuta confermata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="84"/>
        <source>NO RECEIPT — overdue</source>
        <translation>NESSUNA RICEVUTA — in ritardo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="86"/>
        <source>acknowledged by {0} of {1}</source>
        <translation>ricevuto da {0} su {1}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="88"/>
        <source>waiting for the receipt</source>
        <translation>in attesa della ricevuta</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="90"/>
        <source>Relation between persons</source>
        <translation>Relazione tra persone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="93"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="95"/>
        <source>Related to</source>
        <translation>In relazione con</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="102"/>
        <source>Relation</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="103"/>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="104"/>
        <source>is &amp;the</source>
        <translation>è &amp;il/la</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="105"/>
        <source>&amp;of</source>
        <translation>&amp;di</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="354"/>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="356"/>
        <source>The backup is restored into a new, empty folder and checked there; the vault open now is not touched. Type the passphrase that opened the vault when the backup was made.</source>
        <translation>La copia di sicurezza viene ripristinata in una cartella nuova e vuota e controllata lì; la cassaforte aperta ora non viene toccata. Scrivi la passphrase che apriva la cassaforte quando è stata fatta la copia di sicurezza.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="362"/>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="397"/>
        <source>Backup file</source>
        <translation>File della copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="365"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="364"/>
        <source>Choose the backup file</source>
        <translation>Scegli il file della copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="363"/>
        <source>&amp;Backup file</source>
        <translation>&amp;File della copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="367"/>
        <source>New folder for the restored vault</source>
        <translation>Nuova cartella per la cassaforte ripristinata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="368"/>
        <source>New &amp;folder</source>
        <translation>Nuova &amp;cartella</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="369"/>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="386"/>
        <source>Choose where to restore</source>
        <translation>Scegli dove ripristinare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="370"/>
        <source>Ch&amp;oose…</source>
        <translation>Sc&amp;egli…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="371"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase della copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="372"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="390"/>
        <source>Choose the backup</source>
        <translation>Scegli la copia di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/office_dialogs.py" line="391"/>
        <source>Rete backups (*.retebak);;All files (*)</source>
        <translation>Copie di sicurezza di Rete (*.retebak);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="101"/>
        <source>Revoke member</source>
        <translation>Revoca ufficio aderente</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="104"/>
        <source>{0} will be marked revoked in the next published directory; the other offices will refuse its packets from then on. A revoked office cannot rejoin under the same identity.</source>
        <translation>{0} risulterà revocato nel prossimo elenco pubblicato; da allora gli altri uffici ne rifiuteranno i pacchetti. Un ufficio revocato non può rientrare con la stessa identità.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="110"/>
        <source>Type the office &amp;name to confirm:</source>
        <translation>Scrivete il &amp;nome dell&apos;ufficio per confermare:</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/network_page.py" line="112"/>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
</context>
<context>
    <name>RiskChart</name>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="50"/>
        <source>Risk level over time</source>
        <translation>Livello di rischio nel tempo</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="102"/>
        <source>Risk assessment</source>
        <translation>Valutazione del rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="119"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="119"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="120"/>
        <source>Don&apos;t know</source>
        <translation>Non so</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="140"/>
        <source>Computed level</source>
        <translation>Livello calcolato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="141"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="143"/>
        <source>Level decided</source>
        <translation>Livello deciso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="144"/>
        <source>As computed</source>
        <translation>Come calcolato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="147"/>
        <source>&amp;Professional judgement</source>
        <translation>&amp;Giudizio professionale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="149"/>
        <source>Reason of the judgement</source>
        <translation>Ragione del giudizio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="151"/>
        <source>Needed to set a level lower than the computed one</source>
        <translation>Necessaria per indicare un livello più basso di quello calcolato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="153"/>
        <source>&amp;Reason</source>
        <translation>&amp;Ragione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="157"/>
        <source>Date of the assessment</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="158"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="186"/>
        <source>score {0} of {1}: {2}</source>
        <translation>punteggio {0} su {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/risk_dialog.py" line="189"/>
        <source>{0} questions still to answer</source>
        <translation>{0} domande ancora senza risposta</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="458"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="459"/>
        <source>Search cases, persons, notes, contacts… (accents don&apos;t matter)</source>
        <translation>Cerca casi, persone, note, contatti… (gli accenti non contano)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="469"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="469"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="470"/>
        <source>Where it matches</source>
        <translation>Dove corrisponde</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="471"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/pages.py" line="531"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="157"/>
        <source>Service given</source>
        <translation>Servizio dato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="159"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="160"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="160"/>
        <source>known</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="162"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="162"/>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="165"/>
        <source>Children hosted with her</source>
        <translation>Figli ospitati con lei</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="166"/>
        <source>&amp;Service</source>
        <translation>&amp;Servizio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="167"/>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="168"/>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="169"/>
        <source>&amp;Children hosted</source>
        <translation>&amp;Figli ospitati</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/settings_dialog.py" line="30"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/settings_dialog.py" line="31"/>
        <source>Lock after idle minutes</source>
        <translation>Blocca dopo minuti di inattività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/settings_dialog.py" line="33"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/settings_dialog.py" line="39"/>
        <source>Lock after &amp;idle</source>
        <translation>Blocca dopo &amp;inattività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/settings_dialog.py" line="40"/>
        <source>&amp;Language (at next start)</source>
        <translation>&amp;Lingua (al prossimo avvio)</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="181"/>
        <source>Sharing decision</source>
        <translation>Decisione di condivisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="188"/>
        <source>Laboratorio distrettuale</source>
        <translation>Laboratorio distrettuale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="191"/>
        <source>Share with</source>
        <translation>Condividere con</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="192"/>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="195"/>
        <source>Norm</source>
        <translation>Norma</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="196"/>
        <source>e.g. art. 331 c.p.p.; art. 9 L. 184/1983</source>
        <translation>es. art. 331 c.p.p.; art. 9 L. 184/1983</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="198"/>
        <source>How consent was collected</source>
        <translation>Come è stato raccolto il consenso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="199"/>
        <source>e.g. written and signed</source>
        <translation>es. scritto e firmato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="201"/>
        <source>Reason</source>
        <translation>Ragione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="203"/>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="204"/>
        <source>&amp;Norm</source>
        <translation>&amp;Norma</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="205"/>
        <source>How &amp;consent was collected</source>
        <translation>Come è stato raccolto il &amp;consenso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="206"/>
        <source>&amp;Reason</source>
        <translation>&amp;Ragione</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="60"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="61"/>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="62"/>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="66"/>
        <source>&amp;Year</source>
        <translation>&amp;Anno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="75"/>
        <source>Exact counts, for internal use only. In the exports, values below 3 are hidden.</source>
        <translation>Conteggi esatti, solo per uso interno. Nelle esportazioni i valori inferiori a 3 sono oscurati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="78"/>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="78"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="79"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="81"/>
        <source>Statistics of the year</source>
        <translation>Statistiche dell&apos;anno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="141"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="141"/>
        <source>New cases</source>
        <translation>Nuovi casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="142"/>
        <source>New cases by month</source>
        <translation>Nuovi casi per mese</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="142"/>
        <source>By risk level</source>
        <translation>Per livello di rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="143"/>
        <source>By referral source</source>
        <translation>Per fonte della segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="144"/>
        <source>Children by exposure</source>
        <translation>Minori per tipo di esposizione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="145"/>
        <source>Children involved</source>
        <translation>Minori coinvolti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="146"/>
        <source>Cases with children</source>
        <translation>Casi con minori</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="146"/>
        <source>First contact</source>
        <translation>Primo contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="147"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="147"/>
        <source>Average days from report</source>
        <translation>Giorni medi dalla segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="148"/>
        <source>Protocol deadlines</source>
        <translation>Scadenze dei protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="148"/>
        <source>Met</source>
        <translation>Rispettate</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="149"/>
        <source>Missed</source>
        <translation>Mancate</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="149"/>
        <source>Witnessed</source>
        <translation>Violenza assistita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="150"/>
        <source>Direct</source>
        <translation>Diretta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="150"/>
        <source>Unknown</source>
        <translation>Non nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="164"/>
        <source>Came on her own</source>
        <translation>Accesso spontaneo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="171"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="178"/>
        <source>statistics-{0}.pdf</source>
        <comment>file name</comment>
        <translation>statistiche-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="179"/>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="189"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="191"/>
        <source>Saved, values below 3 hidden: {0}</source>
        <translation>Salvato, valori inferiori a 3 oscurati: {0}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="161"/>
        <source>Passphrase strength</source>
        <translation>Robustezza della passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="175"/>
        <source>too short</source>
        <translation>troppo corta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="177"/>
        <source>too weak</source>
        <translation>troppo debole</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="179"/>
        <source>good</source>
        <translation>buona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="181"/>
        <source>strong</source>
        <translation>robusta</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="384"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="384"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="384"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="385"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="386"/>
        <source>Tasks due</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="390"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="390"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="390"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="391"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="391"/>
        <source>Offices</source>
        <translation>Uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="392"/>
        <source>Upcoming prevention actions</source>
        <translation>Prossime azioni di prevenzione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="397"/>
        <source>Open tasks by due date</source>
        <translation>Attività aperte per scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="398"/>
        <source>Double-click a task to open its case.</source>
        <translation>Doppio clic su un&apos;attività per aprirne il caso.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="403"/>
        <source>Prevention actions coming up</source>
        <translation>Prossime azioni di prevenzione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="426"/>
        <source>{0} — OVERDUE</source>
        <translation>{0} — SCADUTA</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="428"/>
        <source>{0} — awaited</source>
        <translation>{0} — in attesa dell&apos;altro ufficio</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="70"/>
        <source>Rete Desktop — locked</source>
        <translation>Rete Desktop — bloccato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="90"/>
        <source>The office vault is locked</source>
        <translation>La cassaforte dell&apos;ufficio è bloccata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="92"/>
        <source>Type the office passphrase to open the cases.</source>
        <translation>Digita la passphrase dell&apos;ufficio per aprire i casi.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="96"/>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="97"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="99"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="102"/>
        <source>I forgot the passphrase…</source>
        <translation>Ho dimenticato la passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="104"/>
        <source>Use the recovery key</source>
        <translation>Usa la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="123"/>
        <source>Demo office: the passphrase is «{0}»</source>
        <translation>Ufficio dimostrativo: la passphrase è «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="140"/>
        <source>Type the recovery key written on the sheet printed when the vault was created, then choose a new passphrase.</source>
        <translation>Digita la chiave di recupero scritta sul foglio stampato alla creazione della cassaforte, poi scegli una nuova passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="144"/>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="154"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="148"/>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="155"/>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="151"/>
        <source>Repeat the new passphrase</source>
        <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="157"/>
        <source>Repeat it</source>
        <translation>Ripetila</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="158"/>
        <source>&amp;Open and set the new passphrase</source>
        <translation>&amp;Apri e imposta la nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="160"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
</context>
<context>
    <name>ViolenceDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="114"/>
        <source>Forms of violence</source>
        <translation>Forme di violenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="123"/>
        <source>Forms</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="124"/>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="124"/>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="125"/>
        <source>known</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="125"/>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="126"/>
        <source>&amp;Since</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_record_dialogs.py" line="127"/>
        <source>&amp;Until</source>
        <translation>&amp;Fino al</translation>
    </message>
</context>
<context>
    <name>WhoToCallTab</name>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="157"/>
        <source>The situation</source>
        <translation>La situazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="167"/>
        <source>Offices to call</source>
        <translation>Uffici da chiamare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="181"/>
        <source>Tick one or more situations above.</source>
        <translation>Spunta una o più situazioni qui sopra.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="187"/>
        <source>Call first</source>
        <translation>Chiama prima</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="199"/>
        <source>No office of the network can act on this.</source>
        <translation>Nessun ufficio della rete può intervenire.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="202"/>
        <source>No office covers: {0}</source>
        <translation>Nessun ufficio copre: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/handbook_page.py" line="208"/>
        <source>Always available</source>
        <translation>Sempre disponibili</translation>
    </message>
</context>
</TS>
