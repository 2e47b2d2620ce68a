<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="105"/>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="107"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="109"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="111"/>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="114"/>
        <source>How the child is involved</source>
        <translation>Come è coinvolto il minore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="116"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="118"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="120"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="121"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="122"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="123"/>
        <source>&amp;Year of birth</source>
        <translation>&amp;Anno di nascita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="124"/>
        <source>Child &amp;involved as</source>
        <translation>Minore &amp;coinvolto come</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="125"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="126"/>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="127"/>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
</context>
<context>
    <name>AmendNoteDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="149"/>
        <source>Amend a note</source>
        <translation>Rettifica una nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="154"/>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="156"/>
        <source>Amendment text</source>
        <translation>Testo della rettifica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="158"/>
        <source>&amp;Correction</source>
        <translation>&amp;Rettifica</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../src/rete_desktop/ui/app.py" line="83"/>
        <source>Creating the demo office…</source>
        <translation>Creazione dell&apos;ufficio dimostrativo…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/app.py" line="113"/>
        <source>Vault: {0}</source>
        <translation>Cassaforte: {0}</translation>
    </message>
</context>
<context>
    <name>ApplyProtocolDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="204"/>
        <source>Apply a protocol</source>
        <translation>Applica un protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="208"/>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="212"/>
        <source>Deadlines counted from</source>
        <translation>Scadenze calcolate dal</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="213"/>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="214"/>
        <source>&amp;Deadlines from</source>
        <translation>&amp;Scadenze dal</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="145"/>
        <source>Case status</source>
        <translation>Stato del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="150"/>
        <source>Risk level</source>
        <translation>Livello di rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="156"/>
        <source>Consent…</source>
        <translation>Consenso…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="157"/>
        <source>Change consent to share</source>
        <translation>Modifica il consenso alla condivisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="160"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="162"/>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="170"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="170"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="170"/>
        <source>Born</source>
        <translation>Nato/a</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="171"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="171"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="171"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="190"/>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="173"/>
        <source>Copy phone number</source>
        <translation>Copia il numero di telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="175"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="186"/>
        <source>Copy address</source>
        <translation>Copia indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="179"/>
        <source>Add &amp;person…</source>
        <translation>Aggiungi &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="183"/>
        <source>Copy phone</source>
        <translation>Copia telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="184"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="187"/>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation>Gli appunti vengono svuotati dopo 30 secondi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="195"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="346"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="195"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="195"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="195"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="196"/>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="205"/>
        <source>Protocol tasks</source>
        <translation>Attività del protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="202"/>
        <source>Apply &amp;protocol…</source>
        <translation>Applica &amp;protocollo…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="221"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="231"/>
        <source>Note category</source>
        <translation>Tipo di nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="235"/>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="237"/>
        <source>Write a new note… (the draft is kept in the vault while you type)</source>
        <translation>Scrivi una nuova nota… (la bozza resta nella cassaforte mentre scrivi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="243"/>
        <source>&amp;Save note</source>
        <translation>&amp;Salva nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="252"/>
        <source>Choose a case from the list, or press Ctrl+N for a new one.</source>
        <translation>Scegli un caso dall&apos;elenco, oppure premi Ctrl+N per aprirne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="283"/>
        <source>Draft restored from the vault</source>
        <translation>Bozza ripresa dalla cassaforte</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="305"/>
        <source>Consent to share with: {0}</source>
        <translation>Consenso alla condivisione con: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="307"/>
        <source> (notes included)</source>
        <translation> (note comprese)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="309"/>
        <source>No consent to share recorded: nothing can be referred.</source>
        <translation>Nessun consenso alla condivisione registrato: non si può inviare nulla.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="323"/>
        <source>CHILD — {0}</source>
        <translation>MINORE — {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="349"/>
        <source>{0} — OVERDUE</source>
        <translation>{0} — SCADUTA</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="377"/>
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="407"/>
        <source>Typing…</source>
        <translation>Scrittura in corso…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="414"/>
        <source>Draft saved in the vault</source>
        <translation>Bozza salvata nella cassaforte</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="435"/>
        <source>Note saved</source>
        <translation>Nota salvata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="473"/>
        <source>Close the case</source>
        <translation>Chiudi il caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="474"/>
        <source>Close case {0}? It stays in the vault and can be reopened.</source>
        <translation>Chiudere il caso {0}? Resta nella cassaforte e si può riaprire.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="491"/>
        <source>Task marked done: {0} (untick to undo)</source>
        <translation>Attività segnata come fatta: {0} (togli la spunta per annullare)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="492"/>
        <source>Task reopened: {0}</source>
        <translation>Attività riaperta: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="498"/>
        <source>Choose a person first.</source>
        <translation>Scegli prima una persona.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="505"/>
        <source>Copied; the clipboard will be cleared in 30 seconds.</source>
        <translation>Copiato; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="121"/>
        <source>Reference</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="121"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="121"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="121"/>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_model.py" line="122"/>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="57"/>
        <source>Case list</source>
        <translation>Elenco dei casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="74"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/rete_desktop/ui/main_window.py" line="99"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="170"/>
        <source>Consent to share</source>
        <translation>Consenso alla condivisione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="181"/>
        <source>May be shared with</source>
        <translation>Si può condividere con</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="182"/>
        <source>Notes may be included</source>
        <translation>Si possono includere le note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="184"/>
        <source>Children&apos;s data may be included</source>
        <translation>Si possono includere i dati dei minori</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="189"/>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="190"/>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="61"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="61"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="70"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="61"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="72"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="62"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="63"/>
        <source>Offices and contacts</source>
        <translation>Uffici e contatti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="66"/>
        <source>Contact name</source>
        <translation>Nome del contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="68"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="76"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="80"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="81"/>
        <source>O&amp;ffice</source>
        <translation>U&amp;fficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="82"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="83"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="84"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="85"/>
        <source>&amp;Codice fiscale</source>
        <translation>&amp;Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="86"/>
        <source>Save contact</source>
        <translation>Salva contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="88"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="100"/>
        <location filename="../../src/rete_desktop/ui/pages.py" line="163"/>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="90"/>
        <source>Copy phone</source>
        <translation>Copia telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="91"/>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation>Gli appunti vengono svuotati dopo 30 secondi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="120"/>
        <source>(no office)</source>
        <translation>(nessun ufficio)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="132"/>
        <source>Other contacts</source>
        <translation>Altri contatti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="152"/>
        <source>Edit contact</source>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="182"/>
        <source>Contact saved.</source>
        <translation>Contatto salvato.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="188"/>
        <source>Copied; the clipboard will be cleared in 30 seconds.</source>
        <translation>Copiato; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="30"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="151"/>
        <source>Rete Desktop — new office</source>
        <translation>Rete Desktop — nuovo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="170"/>
        <source>Rete Desktop — recovery key</source>
        <translation>Rete Desktop — chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="172"/>
        <source>This key opens the office vault if the passphrase is forgotten.</source>
        <translation>Questa chiave apre la cassaforte dell&apos;ufficio se la passphrase viene dimenticata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="173"/>
        <source>Keep this sheet locked away, separate from the computer.</source>
        <translation>Custodisci questo foglio sotto chiave, lontano dal computer.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="174"/>
        <source>Whoever holds it can read every case: never photograph or e-mail it.</source>
        <translation>Chi lo possiede può leggere ogni caso: non fotografarlo e non inviarlo per e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="185"/>
        <source>Saved to {0}. Print it, then delete the file.</source>
        <translation>Salvato in {0}. Stampalo, poi cancella il file.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="188"/>
        <source>Save the recovery sheet</source>
        <translation>Salva il foglio della chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="188"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="70"/>
        <source>Drag a received referral file (.age) here</source>
        <translation>Trascina qui il file di una segnalazione ricevuta (.age)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="75"/>
        <source>&amp;Open a referral file…</source>
        <translation>&amp;Apri il file di una segnalazione…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="80"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="81"/>
        <source>Open the linked case</source>
        <translation>Apri il caso collegato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="90"/>
        <source>Register of received referrals</source>
        <translation>Registro delle segnalazioni ricevute</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="104"/>
        <source>Open a referral</source>
        <translation>Apri una segnalazione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="104"/>
        <source>Referrals (*.age)</source>
        <translation>Segnalazioni (*.age)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="112"/>
        <source>file too large</source>
        <translation>file troppo grande</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="117"/>
        <source>REFUSED: {0}</source>
        <translation>RIFIUTATA: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="123"/>
        <source>&lt;b&gt;Accepted.&lt;/b&gt; Verified sender: {0} ({1})&lt;br&gt;Key fingerprint: &lt;tt&gt;{2}&lt;/tt&gt;&lt;br&gt;Registered as protocol no. {3}.</source>
        <translation>&lt;b&gt;Accettata.&lt;/b&gt; Mittente verificato: {0} ({1})&lt;br&gt;Impronta della chiave: &lt;tt&gt;{2}&lt;/tt&gt;&lt;br&gt;Registrata con protocollo n. {3}.</translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="45"/>
        <source>Numero del caso, es. 2026/0042</source>
        <translation>Numero del caso, es. 2026/0042</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="47"/>
        <source>Cosa si chiede alla rete (senza nomi)</source>
        <translation>Cosa si chiede alla rete (senza nomi)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="51"/>
        <source>Anteprima di ciò che esce</source>
        <translation>Anteprima di ciò che esce</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="52"/>
        <source>Invia al coordinatore…</source>
        <translation>Invia al coordinatore…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="58"/>
        <source>Proponi un caso al laboratorio</source>
        <translation>Proponi un caso al laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="60"/>
        <source>Caso</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="61"/>
        <source>Richiesta</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="62"/>
        <source>Coordinatore</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="67"/>
        <source>Scheda pseudonimizzata</source>
        <translation>Scheda pseudonimizzata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="71"/>
        <source>Entro il</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="71"/>
        <source>Codice caso</source>
        <translation>Codice caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="71"/>
        <source>Azione</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="71"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="82"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="73"/>
        <source>Segna come fatta…</source>
        <translation>Segna come fatta…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="75"/>
        <source>Azioni assegnate a questo ufficio</source>
        <translation>Azioni assegnate a questo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="82"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="82"/>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="82"/>
        <source>Rete</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="84"/>
        <source>Riunioni</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="103"/>
        <source>fatta</source>
        <translation>fatta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="103"/>
        <source>aperta</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="108"/>
        <source>presiede</source>
        <translation>presiede</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="108"/>
        <source>partecipa</source>
        <translation>partecipa</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="118"/>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="153"/>
        <source>Laboratorio</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="136"/>
        <source>Salva il pacchetto per il coordinatore</source>
        <translation>Salva il pacchetto per il coordinatore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/lab_page.py" line="163"/>
        <source>Salva l&apos;aggiornamento per il coordinatore</source>
        <translation>Salva l&apos;aggiornamento per il coordinatore</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="34"/>
        <source>Unexpected error: {0}</source>
        <translation>Errore imprevisto: {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="39"/>
        <source>Low</source>
        <translation>Basso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="40"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="41"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="47"/>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="48"/>
        <source>Monitoring</source>
        <translation>In monitoraggio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="49"/>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="55"/>
        <source>Victim</source>
        <translation>Vittima</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="56"/>
        <source>Child</source>
        <translation>Minore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="57"/>
        <source>Alleged offender</source>
        <translation>Presunto autore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="58"/>
        <source>Relative</source>
        <translation>Familiare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="59"/>
        <source>Witness</source>
        <translation>Testimone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="60"/>
        <location filename="../../src/rete_desktop/ui/labels.py" line="79"/>
        <location filename="../../src/rete_desktop/ui/labels.py" line="94"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="66"/>
        <source>witnessed violence</source>
        <translation>violenza assistita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="67"/>
        <source>direct victim</source>
        <translation>vittima diretta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="73"/>
        <source>Interview</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="74"/>
        <source>Phone call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="75"/>
        <source>Home visit</source>
        <translation>Visita domiciliare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="76"/>
        <source>Court</source>
        <translation>Tribunale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="77"/>
        <source>Safety plan</source>
        <translation>Piano di sicurezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="78"/>
        <source>Protective measure</source>
        <translation>Misura di protezione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="85"/>
        <source>Carabinieri</source>
        <translation>Carabinieri</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="86"/>
        <source>Anti-violence centre (CAV)</source>
        <translation>Centro antiviolenza (CAV)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="87"/>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="88"/>
        <source>Family counselling centre</source>
        <translation>Consultorio famigliare</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="89"/>
        <source>Police</source>
        <translation>Polizia</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="90"/>
        <source>Hospital</source>
        <translation>Ospedale</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="91"/>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="92"/>
        <source>Prosecutor&apos;s office</source>
        <translation>Procura</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="93"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="100"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="101"/>
        <source>Persons</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="102"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="103"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/labels.py" line="104"/>
        <source>Offices</source>
        <translation>Uffici</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="160"/>
        <source>Rete Desktop — {0}</source>
        <translation>Rete Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="175"/>
        <source>Referrals received</source>
        <translation>Segnalazioni in arrivo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="176"/>
        <source>Referrals sent</source>
        <translation>Segnalazioni in uscita</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="172"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="173"/>
        <source>Contacts and offices</source>
        <translation>Contatti e uffici</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="174"/>
        <source>Protocols</source>
        <translation>Protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="177"/>
        <source>Tasks due</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="178"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="181"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="192"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Blocca (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="193"/>
        <source>Lock now</source>
        <translation>Blocca ora</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Office</source>
        <translation>&amp;Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="225"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="227"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="229"/>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="84"/>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="86"/>
        <source>Case title</source>
        <translation>Titolo del caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="87"/>
        <source>e.g. woman&apos;s name — town</source>
        <translation>es. nome della donna — comune</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="88"/>
        <source>Risk level</source>
        <translation>Livello di rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="93"/>
        <source>Opened on</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="94"/>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="95"/>
        <source>&amp;Risk</source>
        <translation>&amp;Rischio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/dialogs.py" line="96"/>
        <source>&amp;Opened on</source>
        <translation>&amp;Aperto il</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="90"/>
        <source>Amend…</source>
        <translation>Rettifica…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="91"/>
        <source>Amend this note</source>
        <translation>Rettifica questa nota</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/case_detail.py" line="102"/>
        <source>&lt;b&gt;Amendment of {0}&lt;/b&gt; ({1}):&lt;br&gt;{2}</source>
        <translation>&lt;b&gt;Rettifica del {0}&lt;/b&gt; ({1}):&lt;br&gt;{2}</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="199"/>
        <source>Office name</source>
        <translation>Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="201"/>
        <source>Kind of office</source>
        <translation>Tipo di ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="205"/>
        <source>Office address</source>
        <translation>Indirizzo dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="207"/>
        <source>Office phone</source>
        <translation>Telefono dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="209"/>
        <source>Office e-mail</source>
        <translation>E-mail dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="213"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="214"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="215"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="216"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="217"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="218"/>
        <source>Add office</source>
        <translation>Aggiungi ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="222"/>
        <source>New office of the network</source>
        <translation>Nuovo ufficio della rete</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="35"/>
        <source>Your office</source>
        <translation>Il tuo ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="37"/>
        <source>Rete Desktop keeps this office&apos;s cases in an encrypted vault on this computer.</source>
        <translation>Rete Desktop custodisce i casi dell&apos;ufficio in una cassaforte cifrata su questo computer.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="39"/>
        <source>Office name</source>
        <translation>Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="40"/>
        <source>e.g. Comando Stazione Carabinieri di Casalmaggiore</source>
        <translation>es. Comando Stazione Carabinieri di Casalmaggiore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="42"/>
        <source>Kind of office</source>
        <translation>Tipo di ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="46"/>
        <source>Office &amp;name</source>
        <translation>&amp;Nome dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="47"/>
        <source>&amp;Kind of office</source>
        <translation>&amp;Tipo di ufficio</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="138"/>
        <source>Referrals are prepared from the command line for now (rete packet export); the export wizard is not in this version yet.</source>
        <translation>Per ora le segnalazioni si preparano dalla riga di comando (rete packet export); la procedura guidata di invio non è ancora in questa versione.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="142"/>
        <source>Register of sent referrals</source>
        <translation>Registro delle segnalazioni inviate</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="57"/>
        <source>Office passphrase</source>
        <translation>Passphrase dell&apos;ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="59"/>
        <source>Everyone in the office types it to open the vault. Prefer several words: long is better than complicated.</source>
        <translation>Tutti in ufficio la digitano per aprire la cassaforte. Meglio più parole: lunga è meglio che complicata.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="63"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="66"/>
        <source>Repeat the passphrase</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="70"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="71"/>
        <source>Strength</source>
        <translation>Robustezza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="72"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ripetila</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="75"/>
        <source>Create the vault</source>
        <translation>Crea la cassaforte</translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="249"/>
        <source>Protocols</source>
        <translation>Protocolli</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="251"/>
        <source>Protocol steps</source>
        <translation>Passi del protocollo</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="253"/>
        <source>To apply a protocol, open a case and press “Apply protocol…”.</source>
        <translation>Per applicare un protocollo, apri un caso e premi «Applica protocollo…».</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="275"/>
        <source>within {0} days</source>
        <translation>entro {0} giorni</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="101"/>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="114"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="103"/>
        <source>If the passphrase is forgotten, only this key opens the vault. It is shown now and never again: print it or write it down and keep it locked away.</source>
        <translation>Se la passphrase viene dimenticata, solo questa chiave apre la cassaforte. È mostrata ora e mai più: stampala o scrivila e custodiscila sotto chiave.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="117"/>
        <source>&amp;Save as PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/wizard.py" line="123"/>
        <source>I have written it down or printed it</source>
        <translation>L&apos;ho scritta o stampata</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="35"/>
        <source>Protocol no.</source>
        <translation>Protocollo n.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="35"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="35"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="36"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="38"/>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="47"/>
        <source>acknowledged</source>
        <translation>ricevuta confermata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/referrals.py" line="49"/>
        <source>NO RECEIPT — overdue</source>
        <translation>NESSUNA RICEVUTA — in ritardo</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="334"/>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="335"/>
        <source>Search cases, persons, notes, contacts… (accents don&apos;t matter)</source>
        <translation>Cerca casi, persone, note, contatti… (gli accenti non contano)</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="345"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="345"/>
        <source>Where it matches</source>
        <translation>Dove corrisponde</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="346"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="377"/>
        <source>{0} results</source>
        <translation>{0} risultati</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="119"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="125"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="126"/>
        <source>Lock after idle minutes</source>
        <translation>Blocca dopo minuti di inattività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="128"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="134"/>
        <source>Lock after &amp;idle</source>
        <translation>Blocca dopo &amp;inattività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Language (at next start)</source>
        <translation>&amp;Lingua (al prossimo avvio)</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="49"/>
        <source>Esporta CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="50"/>
        <source>Esporta PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="54"/>
        <source>Anno</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="60"/>
        <source>Conteggi esatti per uso interno. Nelle esportazioni i valori inferiori a 3 sono oscurati.</source>
        <translation>Conteggi esatti per uso interno. Nelle esportazioni i valori inferiori a 3 sono oscurati.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="64"/>
        <source>Sezione</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="64"/>
        <source>Voce</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="65"/>
        <source>Valore</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="99"/>
        <source>Esporta CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="107"/>
        <source>Esporta PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/stats_page.py" line="121"/>
        <source>Esportazione non riuscita</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="63"/>
        <source>Passphrase strength</source>
        <translation>Robustezza della passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="75"/>
        <source>too short</source>
        <translation>troppo corta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="77"/>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="79"/>
        <source>fair</source>
        <translation>discreta</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="81"/>
        <source>good</source>
        <translation>buona</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/widgets.py" line="83"/>
        <source>strong</source>
        <translation>robusta</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="295"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="295"/>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="295"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="296"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="297"/>
        <source>Tasks due</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="301"/>
        <source>Open tasks by due date</source>
        <translation>Attività aperte per scadenza</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="302"/>
        <source>Double-click a task to open its case.</source>
        <translation>Doppio clic su un&apos;attività per aprirne il caso.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/pages.py" line="313"/>
        <source>{0} — OVERDUE</source>
        <translation>{0} — SCADUTA</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="38"/>
        <source>Rete Desktop — locked</source>
        <translation>Rete Desktop — bloccato</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="50"/>
        <source>The office vault is locked</source>
        <translation>La cassaforte dell&apos;ufficio è bloccata</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="52"/>
        <source>Type the office passphrase to open the cases.</source>
        <translation>Digita la passphrase dell&apos;ufficio per aprire i casi.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="56"/>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="57"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="60"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="63"/>
        <source>I forgot the passphrase…</source>
        <translation>Ho dimenticato la passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="65"/>
        <source>Use the recovery key</source>
        <translation>Usa la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="79"/>
        <source>Demo office: the passphrase is «{0}»</source>
        <translation>Ufficio dimostrativo: la passphrase è «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="93"/>
        <source>Type the recovery key written on the sheet printed when the vault was created, then choose a new passphrase.</source>
        <translation>Digita la chiave di recupero scritta sul foglio stampato alla creazione della cassaforte, poi scegli una nuova passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="97"/>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="107"/>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="101"/>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="108"/>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="104"/>
        <source>Repeat the new passphrase</source>
        <translation>Ripeti la nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="110"/>
        <source>Repeat it</source>
        <translation>Ripetila</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="111"/>
        <source>&amp;Open and set the new passphrase</source>
        <translation>&amp;Apri e imposta la nuova passphrase</translation>
    </message>
    <message>
        <location filename="../../src/rete_desktop/ui/unlock.py" line="113"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
</TS>
