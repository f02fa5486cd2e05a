<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;Importa programma…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Importa il file del programma di una conferenza</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Importa dal &amp;web…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Importa il programma di una conferenza da un URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>Espo&amp;rta nel calendario…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Salva la tua agenda come file iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Esporta questa sessione nel calendario…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Salva la sessione selezionata come file iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ca&amp;lendari…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>I calendari che Planner tiene sincronizzati con la tua agenda (CalDAV, una cartella di eventi)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Sincronizza i calendari &amp;ora</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Invia ora la tua agenda a tutti i calendari</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Salva un’agenda stampabile, giorno per giorno</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Stampa la tua agenda tascabile</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>Condividi la &amp;mia agenda…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Salva la tua agenda come file per i colleghi</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Sul &amp;telefono (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Porta la tua agenda sul telefono: un codice QR e un link per l’app Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Esporta in un &amp;foglio di calcolo (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Salva le tue sessioni preferite come file CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>&amp;Incolla un link Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Mostra accanto alle tue le sessioni di un link Giggity negli appunti</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Apri l’agenda di un &amp;collega…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Mostra l’agenda di un collega accanto alla tua</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Aggiungi ai &amp;preferiti / togli</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Aggiungi ai preferiti la sessione selezionata, o toglila</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Da non perdere</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Aggiungi ai preferiti come «da non perdere»</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Da vedere</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Aggiungi ai preferiti come «da vedere»</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Forse</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Aggiungi ai preferiti come «forse»</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Orari nel fuso dell’e&amp;vento</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Cerca in titoli, sommari e relatori</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Orario</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>La mia a&amp;genda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Relatori</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Avvisami prima delle sessioni</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 minuti prima</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 minuti prima</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 minuti prima</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 minuti prima</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Chiaro o scuro come il desktop, nel suo stile</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Esporta agenda tascabile (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Orari nel fuso di &amp;questo computer</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>Espan&amp;di tutti i giorni</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Lege&amp;nda</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>Mostra nella barra di stato il significato delle stelle e del segno di sovrapposizione</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primi passi</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Una breve guida: aggiungere sessioni ai preferiti, risolvere le sovrapposizioni, condividere l’agenda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Tutte le scorciatoie da tastiera di Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Informazioni su Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Partecipa a questa</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Partecipa alla sessione selezionata; quelle che vi si sovrappongono diventano piano B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Partecipa alla sessione selezionata; le altre diventano piano B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Risolvi automaticamente…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Scegli il piano migliore senza sovrapposizioni (prima vedi le modifiche)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Tempo di spostamento…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Minuti per spostarsi tra le sale e quanto in ritardo puoi arrivare</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Aggiungi impegno…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Riserva tempo per i tuoi impegni (pranzo, turno allo stand)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Rimuovi impegno</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Rimuovi l’impegno selezionato</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Mostra l’orario più piccolo: più ore della giornata insieme</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Mostra l’orario più grande: più spazio per i titoli</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Aggiungi questa sessione ai preferiti</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Aggiungi la sessione mostrata alla tua agenda, o toglila</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Salva la tua nota su questa sessione</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Azzera</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Azzera la ricerca e tutti i filtri</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Azzera ricerca e filtri</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>Con&amp;dividi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>Pro&amp;memoria</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Aspe&amp;tto</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Colleghi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Mostra in «La mia agenda» e nell’orario</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Aggiungi le sue sessioni ai preferiti (come «forse»)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Confronta con la mia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;hiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Aggiungi «%1» ai preferiti</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Togli «%1» dai preferiti</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>Segna «%1» come «%2»</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>Imposta «%1» su «%2»</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Modifica la nota su «%1»</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Risolvi una sovrapposizione</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Risoluzione automatica</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Adotta le sessioni di un collega</translation>
    </message>
</context>
<context>
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Seleziona prima una sessione in una sovrapposizione (o un piano B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Partecipi a «%1»; %Ln altra diventa piano B.</numerusform>
            <numerusform>Partecipi a «%1»; altre %Ln diventano piano B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Tempo di spostamento</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Impossibile aggiungere questo impegno</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Aggiungi un impegno</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Seleziona prima uno dei tuoi impegni.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Rimuovi un impegno</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>La tua agenda è ancora vuota.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Aggiungi ai preferiti le sessioni che vuoi seguire: selezionane una nel Programma, nell’Elenco o nell’Orario e premi S (o fai clic sulla sua stella; 1, 2 e 3 indicano quanto ti interessa). Compaiono qui giorno per giorno, con le sovrapposizioni da risolvere e il tempo libero da riempire.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Tempi stretti: %1 min per %2 min di cammino da «%3» a «%4»</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(impegnato)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Tempo libero: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Suggerimento: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullata: %1</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>Piano B: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 partecipa</numerusform>
            <numerusform>%1 partecipano</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Il tuo impegno: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>impegno</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>«%1» e «%2»</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>Non si può partecipare a entrambe:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Selezionala e premi «Partecipa a questa» per tenerla (ciò che vi si sovrappone diventa piano B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>La mia agenda</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Altri comandi</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Mostra i comandi che non entrano nella finestra</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Risolvi automaticamente le sovrapposizioni</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Modifiche proposte</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Applica le modifiche elencate (Annulla le ripristina)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Aggiungi un impegno</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>ad es. Pranzo con un cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fino a</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Quando inizia l’impegno</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Quando finisce l’impegno</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Cosa:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>Da (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Fino a:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>Impegno</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Esporta nel calendario</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Includi le sessioni del &amp;piano B (come provvisorie)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Avvisami prima di ogni sessione</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min prima</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuti di preavviso</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Anche le sessioni del piano B vanno nel file, segnate come provvisorie</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Ogni sessione nel file riceve un promemoria, mostrato dalla tua app di calendario</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Quanti minuti prima di una sessione arriva il promemoria</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Mantieni aggiornato questo file quando la mia agenda cambia</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Per le app di calendario che si abbonano a un file locale</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importare un file una volta è un’istantanea: Thunderbird e Calendario di GNOME non lo aggiornano quando un intervento cambia orario (lo fanno solo khal e l’importazione di Evolution). Per tenere fedele il calendario, spunta «Mantieni aggiornato questo file» e abbonati al file (Thunderbird: Nuovo calendario › Sulla rete, file:///…; Evolution: Sul web), oppure sincronizza un account CalDAV o una cartella di khal con «planner calendar add».</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner tiene da solo la tua agenda in questi calendari: un account CalDAV (Nextcloud, Fastmail, iCloud con una password per app, mailbox.org, Radicale…) o una cartella di eventi letta da khal, vdirsyncer o Evolution. Le modifiche vengono inviate in pochi secondi; offline restano in attesa, e nulla va perso.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>File aggiornato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendari</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Calendari sincronizzati</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Ancora nessun calendario. Aggiungi un account CalDAV o una cartella di eventi.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Dettagli del calendario</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Sincronizza ora il calendario selezionato (F5: tutti i calendari)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Ferma</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Modifica indirizzo, account o opzioni del calendario selezionato</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Verifica che il calendario selezionato sia raggiungibile, senza sincronizzare</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Ferma la sincronizzazione in corso</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Ferma questa sincronizzazione; ciò che è stato inviato resta, il resto attende</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Aggiungi un account CalDAV o una cartella di eventi (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Smetti di sincronizzare il calendario selezionato (Canc)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>File di calendario aggiornato</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>%1 di %2 eventi inviati</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Indirizzo: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Utente: %1 (password da un comando)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Utente: %1 (password dal portachiavi)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dove: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Ultima sincronizzazione: %1 aggiunti, %2 aggiornati, %3 rimossi, %4 invariati.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner non riprova da solo: modifica il calendario per risolvere il problema.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Rimuovi calendario</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>Smettere di sincronizzare «%1»? Ciò che contiene resta; Planner semplicemente non lo aggiorna più.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>il file di calendario aggiornato</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>«%1» non è più sincronizzato; ciò che contiene resta.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>Impossibile rimuovere «%1»: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La connessione funziona. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connessione non è riuscita: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>il tuo impegno «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1 poi %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Sovrapposizione: %1 e %2 non possono restare entrambe — solo tu puoi decidere</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Sovrapposizione: %1 non lascia tempo per %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Sovrapposizione: queste 2 si sovrappongono — scegline una</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Sovrapposizione: queste %Ln si sovrappongono tra loro — scegline una</numerusform>
            <numerusform>Sovrapposizione: queste %Ln si sovrappongono tra loro — scegline una</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1, oppure %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Sovrapposizione: partecipa a %1, oppure %Ln altra possibilità</numerusform>
            <numerusform>Sovrapposizione: partecipa a %1, oppure %Ln altre possibilità</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Sovrapposizione: partecipa a %1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>si sovrappongono di %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min per %2 min di cammino</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>si sovrappone a %1 e a %Ln altra</numerusform>
            <numerusform>si sovrappone a %1 e ad altre %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>si sovrappone a %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>Si sovrappone a:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Solo tu puoi decidere: nessuna possibilità tiene tutte quelle da non perdere.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Si può partecipare a una sola: scegline una.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Piano migliore: partecipa a %1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Oppure partecipa a %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Preferita: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Annullata: non è più nel programma.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Tempi stretti: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agende e preferiti del telefono (*.planner-agenda *.ics *.csv *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (nessuna)</translation>
    </message>
    <message>
        <source>Together:
%1

Only you:
%2

Only %5:
%3

Free at the same time:
%4</source>
        <extracomment>%1–%4 are lists, one item a line; %5 is the colleague&apos;s name.</extracomment>
        <translation>Insieme:
%1

Solo tu:
%2

Solo %5:
%3

Liberi nello stesso momento:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 partecipa a %Ln sessione.</numerusform>
            <numerusform>%1 partecipa a %Ln sessioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Non presenti in questo programma: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importati: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>È stata creata da un’altra versione del programma.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>%Ln delle sue sessioni aggiunta ai preferiti come «forse».</numerusform>
            <numerusform>%Ln delle sue sessioni aggiunte ai preferiti come «forse».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Apri l’agenda di un collega</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Impossibile aprire questa agenda</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Mostra o nascondi l’agenda di un collega</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Rimuovi l’agenda di un collega</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Tu e %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Relatore / sessione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Preferita</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Sessioni preferite (clic, S o Spazio per aggiungere; 1/2/3 per la priorità)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Tempo di spostamento e tolleranza</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Tempo di spostamento tra le sale</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolleranza</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>I minuti che ti servono per passare da una sala all’altra tra le sessioni</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Per quanti minuti due sessioni possono sovrapporsi prima di essere in conflitto</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>Il tempo di spostamento vale tra sale diverse. Con una tolleranza puoi lasciare una sessione in anticipo o arrivare in ritardo fino a quei minuti: le sovrapposizioni minori diventano avvisi.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Tempo di spostamento tra le sale:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Posso uscire prima / arrivare in ritardo di:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>il tuo impegno «%1»</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>«%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 e %Ln altra</numerusform>
            <numerusform>%1 e altre %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>lascia il posto a %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>mantenuta (%1) al posto di %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>«da non perdere»: sempre mantenuta</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>nessuna sovrapposizione</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>percorso %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>con %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>su %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>«%1» → «%2»: %3 min per %4 min di cammino (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>«%1» e «%2» si sovrappongono di %Ln min</numerusform>
            <numerusform>«%1» e «%2» si sovrappongono di %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>«%1» e «%2» si sovrappongono di %Ln min (entro la tua tolleranza)</numerusform>
            <numerusform>«%1» e «%2» si sovrappongono di %Ln min (entro la tua tolleranza)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>orario %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>era %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>sala %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>titolo «%1» → «%2»</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>sottotitolo modificato</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>percorso %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>relatori %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>sommario modificato</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>chiave %1 → %2; la tua stella l’ha seguita</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>di nuovo nel programma</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>aggiunta: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>rimossa: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>spostata: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modificata: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [preferita]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln relatore</numerusform>
            <numerusform>%Ln relatori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln sala</numerusform>
            <numerusform>%Ln sale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln percorso</numerusform>
            <numerusform>%Ln percorsi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln giorno</numerusform>
            <numerusform>%Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 in %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>«%1» importato: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>«%1» aggiornato: %2; %3 aggiunte, %4 rimosse, %5 spostate, %6 modificate</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>non è stato possibile verificare il suo certificato TLS</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>nome host sconosciuto</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>nessuna rete o nome host sconosciuto</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>%1 non è raggiungibile (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 ha rifiutato nome utente o password (controllali, o la password per le app)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1 non ha potuto elencare gli eventi del calendario; la libreria CalDAV ha segnalato: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1 non ha potuto salvare un evento; la libreria CalDAV ha segnalato: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1 non ha potuto eliminare un evento; la libreria CalDAV ha segnalato: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1 non ha potuto né trovare né creare il calendario; la libreria CalDAV ha segnalato: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>il server ha rifiutato di trovare o creare il calendario (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>il server ha rifiutato di elencare gli eventi del calendario (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>il server ha rifiutato di salvare un evento (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>il server ha rifiutato di eliminare un evento (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: non ha accettato nome utente o password</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then what went wrong</comment>
        <extracomment>A calendar&apos;s name, then what went wrong with its server (or why it has no password).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the calendar file could not be written (%2)</source>
        <extracomment>%1: a calendar file; %2: why it could not be written, in English.</extracomment>
        <translation>%1: non è stato possibile scrivere il file di calendario (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (come registrato da una versione precedente di Planner)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>non è disponibile alcun portachiavi del desktop per conservare la password di %1; modifica il calendario per indicare un comando per la password</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>nessuna password per %1 nel portachiavi; aggiungi di nuovo il calendario o indica un --password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>il comando per la password non è riuscito (codice di uscita %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>il comando per la password non è riuscito (codice di uscita %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>il comando per la password non ha stampato alcuna password</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>non è stato possibile leggere il portachiavi (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>Il portachiavi del desktop non ha conservato la password (%1). Sbloccalo e riprova, oppure indica invece un comando che stampi la password.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>il comando per la password non è terminato in tempo: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>non è stato possibile eseguire il comando per la password (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>%1 è scrivibile</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: calendario «%2» creato in %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: calendario «%2» trovato in %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S o Spazio aggiunge ai preferiti la sessione selezionata; 1, 2 e 3 ne impostano la priorità.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Quale programma di conferenza mostra la finestra</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>Il programma per giorno e percorso; la sessione selezionata compare a lato.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Ogni sessione che corrisponde alla ricerca e ai filtri, una per riga.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>Le sessioni del giorno per sala e ora; i tasti freccia passano dall’una all’altra.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>Il giorno mostrato dall’orario</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Tutti i relatori, con le loro sessioni</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>La conferenza per giorno e percorso (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Tutte le sessioni in una tabella da cercare e filtrare (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>Le sessioni di un giorno per sala e ora (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Le tue sessioni preferite, le sovrapposizioni e il tuo tempo libero (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Tutti i relatori e le loro sessioni (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Mostra solo le sessioni preferite</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Le tue sessioni preferite giorno per giorno, con sovrapposizioni e tempo libero.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Mostra solo le sessioni preferite in conflitto: si sovrappongono o lasciano troppo poco tempo per spostarsi</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Dettagli della sessione</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Tutto sulla sessione selezionata</translation>
    </message>
    <message>
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Viene salvata appena lasci il campo; non aggiunge la sessione ai preferiti</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Aggiungi ai preferiti</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Aggiungi questa sessione ai preferiti</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Aggiunge la sessione alla tua agenda o la toglie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Priorità: quanto vuoi vedere questa sessione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Stato: partecipare a questa sessione, tenerla come piano B o saltarla</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>La tua nota su questa sessione…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Nota personale</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Seleziona una sessione per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Preferita</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Esporta nel calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 verrà aggiornato insieme alla tua agenda.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln sessione salvata in %1.</numerusform>
            <numerusform>%Ln sessioni salvate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Esporta sessione</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«%1» salvata in %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Esporta agenda tascabile</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 salvato (%Ln pagina).</numerusform>
            <numerusform>%1 salvato (%Ln pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Esporta in un foglio di calcolo</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Condividi la mia agenda</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Il tuo nome, come lo vedranno i colleghi:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Agenda di Planner (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Condivisione non riuscita</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Cerca titoli, sommari, relatori… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Azzera la ricerca</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Svuota il campo di ricerca; i filtri restano</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Cerca sessioni</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Parole intere</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Solo parole intere: «rust» trova «Rust» ma non «Trust» o «rusty»</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Solo parole intere</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filtra per giorno</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Tutti i giorni</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtra per percorso</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Tutti i percorsi</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filtra per sala</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Tutte le sale</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtra per tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtra per lingua</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Preferite</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Solo sessioni preferite</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>Sovrapposte</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Solo sessioni sovrapposte</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Azzera</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Azzera ricerca e filtri</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Primi passi con Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Aggiungi ai preferiti ciò che vuoi vedere</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Seleziona una sessione in una vista qualsiasi e premi %1, oppure fai clic sulla sua stella. %2, %3 e %4 la segnano come «da non perdere», «da vedere» o «forse»: ognuna ha la sua stella. %5 trova le sessioni per titolo, sommario o relatore.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Vedere e risolvere le sovrapposizioni</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Se due sessioni a cui partecipi si sovrappongono, in ogni vista compare il triangolo di avviso (%1 spiega i segni). «La mia agenda» mostra ogni sovrapposizione: quali sessioni si sovrappongono e a cosa puoi partecipare in alternativa. Selezionane una e scegli %2 (le altre diventano piano B), oppure lascia che %3 trovi il piano migliore; vedi prima le sue modifiche, e %4 le annulla.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>La tua giornata in «La mia agenda»</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 elenca ciò a cui partecipi, giorno per giorno, con il tuo piano B, il tuo tempo libero e le sessioni che lo riempirebbero. Aggiungi i tuoi impegni (pranzo, turno allo stand) con %2, e i minuti che ti servono per spostarti tra le sale con %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Mettila nel tuo calendario</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 salva la tua agenda in un file iCalendar che ogni app di calendario può importare. Per tenere aggiornato un calendario quando i tuoi piani cambiano, aggiungilo in %2 (un account CalDAV come Nextcloud, o una cartella di eventi): Planner gli invia ogni modifica, e %3 lo fa subito. %4 crea un’agenda tascabile da stampare.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Pianifica con i colleghi</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 salva la tua agenda in un file da inviare ai colleghi. %2 mostra l’agenda di un collega accanto alla tua, in «La mia agenda» e nell’orario; legge anche i preferiti esportati dalle app per telefono (FOSDEM Companion, Sojourner, EventFahrplan). Nel menu %3 puoi confrontare la sua agenda con la tua o aggiungere le sue sessioni ai preferiti come «forse».</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Portala sul telefono</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 mostra un codice QR e un link che portano la tua agenda nell’app Giggity del telefono. Qualcuno ti ha mandato un link Giggity? Copialo e scegli %2 per vederne le sessioni accanto alle tue.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner conserva l’agenda della conferenza su questo computer e funziona offline. Questi passi ti portano dal programma a un piano da portare con te.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 elenca tutte le scorciatoie.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Pianifica offline la tua agenda della conferenza: aggiungi sessioni ai preferiti, risolvi le sovrapposizioni, esporta nel tuo calendario.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Importa il programma di una conferenza</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Programmi di conferenze (*.json *.xml *.ics *.xcs);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Importa dal web</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Indirizzo del programma (http:// o https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossibile aprire questo file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Importazione di %1 annullata.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Importazione rifiutata: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>«%1» è già aggiornato.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Programma aggiornato</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Preferita: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Planner userà la lingua %1 dal prossimo avvio. Riavviare ora?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Da non perdere</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Da vedere</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Forse</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Sovrapposizione</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Tempi stretti</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Stella piena: da non perdere. Mezza stella: da vedere. Stella vuota: forse. Triangolo di avviso: una sovrapposizione.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Triangolo di avviso vuoto: tempi stretti per lo spostamento.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Come Planner segna le sessioni in ogni vista, nel PDF e nella stampa:
stella piena: da non perdere · mezza stella: da vedere · stella vuota: forse
triangolo di avviso: si sovrappone a un’altra sessione a cui partecipi (passaci sopra per le scelte)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>triangolo di avviso vuoto: tempi stretti – nessuna sovrapposizione, ma meno tempo di quello che serve per raggiungere la sala della sessione successiva</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Orario</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>La mia a&amp;genda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Relatori</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Altri pulsanti della barra degli strumenti</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Mostra i comandi che non entrano nella finestra</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Conferenza:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>sessione %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>giorno %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>record %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>segnalibro %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>il link Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>un evento senza nome</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 indica le %2 di %3, un orario che non esiste in %4 (gli orologi vanno avanti); letto come %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 indica le %2 di %3, un orario che si ripete in %4 (gli orologi tornano indietro); letto come il primo</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 finisce alle %2; la fine è spostata insieme all’inizio alle %3 (la durata di %Ln minuto resta invariata)</numerusform>
            <numerusform>%1 finisce alle %2; la fine è spostata insieme all’inizio alle %3 (la durata di %Ln minuti resta invariata)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 ha limiti fuori intervallo; ignorati</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 non ha titolo; appare come «%2»</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 («%2») finisce prima di iniziare, perché l’orario %3 di %4 non esiste in %5 (gli orologi vanno avanti) ed è letto come %6; saltato</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 («%2») è fuori dall’intervallo di date che Planner conserva in %3; saltato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln sessione ripete un id o GUID già usato nel file; sono state tenute tutte</numerusform>
            <numerusform>%Ln sessioni ripetono un id o GUID già usato nel file; sono state tenute tutte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln sessione senza id ripete titolo, inizio e sala di una precedente; sono state tenute tutte</numerusform>
            <numerusform>%Ln sessioni senza id ripetono titolo, inizio e sala di una precedente; sono state tenute tutte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… e %Ln altro avviso</numerusform>
            <numerusform>… e altri %Ln avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>fuso orario sconosciuto «%1» nel file; ignorato</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>il file indica il fuso orario %1; si usa %2 come richiesto</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>il file indica il fuso orario %1, ma i suoi orari hanno altri scostamenti; mostrati in %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>il file non indica un fuso orario; gli orari mantengono lo scostamento da UTC e sono mostrati in %1 (importa con un fuso orario per cambiarlo)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>il file indica il suo fuso orario, %1; il fuso orario richiesto (%2) non si usa per i file di programma di Planner</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 («%2») è segnato come annullato; saltato</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 («%2») non ha inizio; saltato</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 («%2») si ripete; si tiene solo la prima occorrenza</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 («%2») ha un orario illeggibile (%3); saltato</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 («%2») non ha un orario assegnato; saltata</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 («%2») ha un orario fuori intervallo; saltato</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>il file non ha una sezione &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>il file segna orari locali come UTC («Z»); sono stati letti come orari di %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 («%2») non ha una data o un orario di inizio utilizzabili; saltato</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: durata illeggibile «%2»; mostrata come 0 minuti</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 («%2») non ha durata; mostrata come 0 minuti</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] non è un oggetto; saltato</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms non è un oggetto; saltato</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] non è un elenco; saltato</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>un evento della sala «%1» non è un oggetto; saltato</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 («%2») non ha un inizio utilizzabile; saltato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln id di evento scritto come testo dove lo schema vuole numeri; accettato</numerusform>
            <numerusform>%Ln id di evento scritti come testo dove lo schema vuole numeri; accettati</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>offline: %1; usata la copia scaricata %2</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>il percorso «%1» tra i preferiti (un intero percorso, non una sessione; aggiungi qui ai preferiti le sue sessioni)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln evento nascosto in Giggity (nascondere non è un preferito; non viene importato)</numerusform>
            <numerusform>%Ln eventi nascosti in Giggity (nascondere non è un preferito; non vengono importati)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: corrisponde a più di una sessione</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: non è in questo programma</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» è stato eliminato nel tuo calendario: Planner non lo aggiungerà di nuovo a meno che la sessione non cambi</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» è stato modificato nel tuo calendario: lasciato così com’è</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» è stato modificato nel tuo calendario, quindi Planner ha tenuto la tua versione e non ha inviato la sua modifica; elimina lì l’evento per avere la versione di Planner</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» è cambiato nel tuo calendario durante la sincronizzazione: lasciato così com’è</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: non è più nella tua agenda, ma è stato modificato nel tuo calendario, quindi Planner non l’ha eliminato lì</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: modificato nel tuo calendario: non eliminato</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: non letto: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>rimosso %Ln carattere di controllo (%1) che XML vieta</numerusform>
            <numerusform>rimossi %Ln caratteri di controllo (%1) che XML vieta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 e %Ln altra</numerusform>
            <numerusform>%1 e altre %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, alla riga %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, alle righe %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Avviso sul programma</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>Impossibile mostrare le ultime modifiche</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossibile salvare: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossibile salvare</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>Gli appunti non contengono un link Giggity (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Sul telefono (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Installa &lt;b&gt;Giggity&lt;/b&gt; sul tuo telefono Android (F-Droid o Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Inquadra questo codice con la fotocamera del telefono, o apri lì il link.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity carica il programma ed elenca le tue sessioni: tocca &lt;b&gt;Import all&lt;/b&gt;, poi &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>ad es. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Indirizzo web del programma</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usa</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Crea il link con questo indirizzo (Planner lo ricorda)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>Includi il &amp;piano B</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity ti ricorda anche le sessioni del piano B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copia link</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Salva come P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Salva come S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>Il link che il telefono apre: la tua agenda per Giggity, anche nel codice QR</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Copia il link, per mandarlo al telefono</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Salva il codice QR come immagine PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Salva il codice QR come immagine SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Indirizzo web del programma:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Creazione del link…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Inserisci l’indirizzo web a cui è pubblicato il programma: quello da cui Giggity lo carica (l’XML del programma sul sito della conferenza).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>Da dove Planner ha scaricato il programma.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Come l’hai indicato prima.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Ricordato per questa conferenza.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln sessione nel link.</numerusform>
            <numerusform>%Ln sessioni nel link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Ancora nessuna partecipazione: il link apre il programma in Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Non nel link (il programma non dà loro un id noto a Giggity): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copiato.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Immagine SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>Salva il codice QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvato.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>La mia agenda · orari in %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Inquadra con il telefono per portare questa agenda in Giggity (Android): i suoi preferiti, sul programma che carica dal web.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Ancora nessun preferito.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(impegnato fino alle %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Piano B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annullata)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>sovrapposizione: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — la mia agenda</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln in parallelo</numerusform>
            <numerusform>%Ln in parallelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Preferita: %1 (clic per togliere)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Non tra i preferiti (clic per aggiungere)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(senza titolo: etichetta ricavata dalla descrizione)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(annullata: non è più nel programma)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>preferita, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>non tra i preferiti</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullata: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Programma della conferenza</translation>
    </message>
</context>
<context>
    <name>RefusalTexts</name>
    <message>
        <source>%1: %2</source>
        <comment>a file, then why it is refused</comment>
        <extracomment>A file (its path or web address), then why Planner refuses it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <extracomment>Where in the file the problem is.</extracomment>
        <translation>%1 (riga %2, colonna %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (riga %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>un programma di conferenza</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>un file di preferiti</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>un file di segnalibri</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>un file di agenda</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>i preferiti condivisi</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>un’istantanea di avvio rapido</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>un file di evento</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>una cartella</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una pipe con nome (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>non un file normale</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>la conferenza</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>un relatore</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>un percorso</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>una sala</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>titolo</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>chiave</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>sommario</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>descrizione</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>sala</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>percorso</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>sottotitolo</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>tipo</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>lingua</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>a text of a program</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a text of a program</comment>
        <translation>link</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>titolo del link</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>nome</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>biografia</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>sigla</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>versione</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>avviso</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>il file è di %1, oltre il limite di %2 MiB per %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>non può essere letto (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>fuso orario sconosciuto «%1»</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>è %1, non un file; Planner legge solo file</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>non è un file normale; Planner legge solo file</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>contiene dati binari, non è un file di testo</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>contiene dati binari, non è un programma di conferenza</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>non è testo %1 valido (byte errato alla posizione %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>non è testo %1 valido</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>non è un programma di conferenza in nessuno dei formati che Planner legge (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>è annidato troppo in profondità per essere un programma di conferenza</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>ha una data o un’ora fuori intervallo</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>si possono importare solo indirizzi http:// e https:// (o un file)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON annidato oltre %1 livelli</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON annidato troppo in profondità</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>non è JSON valido: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>non è JSON valido: un numero con migliaia di cifre</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 dovrebbe essere un oggetto</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: «%2» dovrebbe essere testo</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: «%2» ha %3 caratteri (limite %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: manca «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: «%2» dovrebbe essere una lista</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: «%2» dovrebbe essere true o false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: «%2» non è una data (AAAA-MM-GG): «%3»</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: «%2» non è una data e ora ISO 8601: «%3»</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: «%2» è fuori dall’intervallo di date che Planner conserva: «%3»</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 («%2») ha una data e ora fuori dall’intervallo che Planner conserva: da «%3» a «%4»</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>non è un file di programma di Planner (manca &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>la versione %1 del formato di programma di Planner non è supportata (questa versione legge la versione %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; è prima di &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] dovrebbe essere il nome di una sala</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: la chiave «%2» è usata due volte</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; dovrebbe essere una lista di nomi</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>non è XML ben formato (oltre %1 caratteri di controllo che XML vieta)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>dichiara entità XML, che Planner si rifiuta di espandere (un modo comune di attaccare i lettori XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>fa riferimento a risorse XML esterne, che Planner non carica mai</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>usa una funzionalità XML che Planner rifiuta (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>non è XML ben formato (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>non può essere letto come XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML annidato oltre %1 livelli</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>non è un file iCalendar (non inizia con BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>non è iCalendar valido (un TZID non indica alcun fuso orario)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>non è iCalendar valido (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>non contiene eventi (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>è un elenco di relatori di Sessionize senza sessioni; esporta invece la vista «All» o «Sessions»</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>non contiene sessioni di Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>è XML, ma non un programma frab (il suo elemento radice è &lt;%1&gt;, non &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>non contiene sessioni (nessun &lt;event&gt; dentro un &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>è XML, ma non xCal (manca l’elemento radice &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>è un file xCal senza calendario</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>non contiene eventi (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>è JSON, ma non un programma frab (manca schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>non contiene sessioni</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>non contiene sessioni nell’intervallo di date che Planner conserva</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>ha più di %1 relatori</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>ha più di %1 sessioni</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 ha %3 caratteri (limite %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>percorso «%1»: il colore ha %2 caratteri (limite %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 («%2») finisce prima di iniziare</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 («%2») dura %3 giorni</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1 ha %2 relatori (limite %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: il suo GUID o id è troppo lungo per identificarla (%2 caratteri; limite %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>esiste già un calendario chiamato «%1»</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>un calendario ha bisogno di un nome</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: un indirizzo CalDAV deve essere un URL http:// o https://</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: indica il nome utente a parte (--username) e nessuna password nell’indirizzo (la conserva il portachiavi o --password-command)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>una cartella non ha bisogno di nome utente né password</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>l’indirizzo del programma non è un indirizzo web valido: «%1»</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>l’indirizzo del programma deve essere un indirizzo web (http o https), non «%1»</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>l’indirizzo del programma non deve contenere nome utente o password: «%1» (un link per il telefono viene condiviso, e con esso tutto ciò che contiene)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>il link è lungo %1 byte; un codice QR ne contiene al massimo %2 (condividi il link stesso, o meno sessioni)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>non indica un fuso orario; indicane uno, ad es. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>non indica un fuso orario (i file di Sessionize non lo fanno mai); indicane uno, ad es. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>non indica un fuso orario (i suoi orari sono segnati come UTC ma corrispondono agli orari locali di &lt;start&gt;); indicane uno, ad es. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>è di %1; un file di agenda non può superare %2 MiB</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>non è un file di agenda di Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>è un file di agenda della versione %1; questo Planner legge la versione %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>non ha un checksum (non è stato scritto da Planner, oppure è troncato)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>è stato modificato o danneggiato dopo essere stato condiviso (il checksum non corrisponde)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>elenca %1 sessioni (limite %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>finisce prima di iniziare</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 «%2» non è tra i valori ammessi: %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>è un’agenda per «%1», che non è la conferenza aperta qui; importa prima il programma di quella conferenza</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>«%1» non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>«%1» non è una data e ora ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>«%1» non ha uno scostamento da UTC e non è noto alcun fuso orario</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 è fuori dall’intervallo di date che Planner conserva</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>è di %1; %2 non può superare %3 MiB</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>contiene dati binari, non è %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>non è testo UTF-8 (il byte %1 non è UTF-8 valido)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>non è un CSV valido (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>elenca %1 preferiti (limite %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 non è testo</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 ha %3 caratteri</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: «%2» non è un orario</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: «%2» non è una data e ora</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: «%2» non ha un fuso orario</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>non è un file di preferiti di Sojourner (manca %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 ha %2 campi, non %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 non ha %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: «%2» non è un giorno della settimana</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>non è un’esportazione di preferiti di EventFahrplan (manca lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>non è un file di segnalibri della PWA di FOSDEM (manca l’intestazione type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 ha %2 campi, l’intestazione ne ha %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type «%2» non è né event né track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day «%2» non è un numero di giorno</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: l’UID «%2» non è di quelli che scrive FOSDEM Companion</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>mescola segnalibri di più anni di FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 non è una data e ora</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 non è una data e ora in UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>ha %1 caratteri; troppo lungo per un link</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>non è un link Giggity (questi iniziano con %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>non indica alcun programma (la parte url= manca o è vuota)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>indica un programma in «%1», che non è un indirizzo web</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>non elenca alcun evento (non ha una parte see= o del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>è danneggiato: la parte %1= non è testo base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>è danneggiato: la parte %1= non si decomprime (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>è danneggiato: la parte %1= si decomprime in troppi dati</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>è troncato: la parte %1= finisce troppo presto</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>è danneggiato: la parte %1= non è un elenco JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>elenca %1 eventi in %2= (limite %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>è danneggiato: l’elemento %1 della parte %2= non è un id di evento</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>è un indirizzo web ma non un link Giggity (%1…); salva il file a cui punta e importa quello</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>è un link per «%1», che non è la conferenza aperta qui</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>contiene preferiti di %1 del %2; «%3» è del %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>non indica nessuna delle sessioni di «%1»; quelle che indica sono di «%2»</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>non indica nessuna delle sessioni di «%1», né di alcuna conferenza qui</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>non indica nessuna sessione delle conferenze importate qui</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>non indica nessuna sessione delle conferenze del %1 importate qui</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>è un link per il programma in %1, che non è stato importato qui; importalo prima, oppure indica per quale conferenza è</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>si possono importare solo indirizzi http:// e https://</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>non si può importare un indirizzo web con nome utente o password (Planner non invia credenziali e conserverebbe la password in chiaro)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>non è un indirizzo web valido (contiene spazi o caratteri di controllo)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>non è un indirizzo web valido (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>è di %1, oltre il limite di %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>supera il limite di %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>la connessione si è chiusa prima che arrivasse l’intero file (%1 di %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>non è stato scaricato entro %1 secondi</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>il server ha risposto 304 Not Modified, ma Planner ha chiesto l’intero file (non ha una copia da conservare)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>il server ha reindirizzato a un indirizzo non web; reindirizzamento rifiutato</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>il server reindirizza in un ciclo (o più di 10 volte)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>il server ha risposto %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>non ha risposto entro %1 secondi</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>non è raggiungibile (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>la connessione si è chiusa prima che arrivasse l’intero file</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>il server ha inviato una riga di intestazione più lunga di quanto accettino i client HTTP</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>il server ha chiuso la connessione senza rispondere</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>la risposta del server non è HTTP (riga di stato non valida)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>il server ha inviato più intestazioni di quante ne accettino i client HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>la risposta del server non è HTTP valido (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>non è un indirizzo o una risposta web valida (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>download non riuscito (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND non è una data né una data e ora: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION non è una durata: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>non è una data né una data e ora: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>valore di data fuori intervallo</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>gli orari di un impegno hanno bisogno di un fuso orario</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>un impegno deve finire dopo il suo inizio</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>un impegno deve iniziare il %1 o dopo e finire entro il %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>il tempo di spostamento deve essere tra 0 e %1 minuti, non %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>la tolleranza deve essere tra 0 e %1 minuti, non %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>il tempo di spostamento tra %1 e %2 deve essere tra 0 e %3 minuti, non %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>il promemoria deve arrivare tra 0 e %1 minuti prima</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>indica --caldav URL oppure --vdir DIR</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>indica una password o un --password-command, non entrambi</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Su questo computer non è disponibile alcun portachiavi del desktop (GNOME Keyring, KWallet o un altro Secret Service), quindi Planner non può conservare la password in modo sicuro. Indica invece un comando che stampi la password, come «pass show calendar».</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Su questo computer non è disponibile alcun portachiavi del desktop (GNOME Keyring, KWallet o un altro Secret Service), quindi Planner non può conservare la password in modo sicuro. Indica invece un comando che stampi la password, come «pass show calendar». (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>«%1» non è testo UTF-8; Planner conserva nomi, chiavi, indirizzi e i file che ricorda in UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>è stato indicato un numero più grande di quanto il database possa contenere (al massimo %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>formato sconosciuto «%1»; scegli tra auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: un codice QR si salva come .png o .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner non sa dove è pubblicato il programma di «%1»; indica una volta il suo indirizzo web con --program-url URL (l’indirizzo da cui Giggity lo carica, ad es. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 inizia tra %Ln min in %2</numerusform>
            <numerusform>%1 inizia tra %Ln min in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 inizia tra %Ln min</numerusform>
            <numerusform>%1 inizia tra %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prossima sessione</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>La tua agenda è già il piano migliore: niente da cambiare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln modifica rende la tua agenda senza sovrapposizioni, tenendo le sessioni che contano di più per te.</numerusform>
            <numerusform>%Ln modifiche rendono la tua agenda senza sovrapposizioni, tenendo le sessioni che contano di più per te.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln sovrapposizione richiede la tua decisione.</numerusform>
            <numerusform>%Ln sovrapposizioni richiedono la tua decisione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln sessione si sovrappone</numerusform>
            <numerusform>%1 · %Ln sessioni si sovrappongono</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Altre modifiche</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; «%2» — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Resta: «%1» — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>sovrapposizione: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>La tua decisione (la risoluzione automatica non scarta mai una sessione da non perdere)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>preferita, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>non tra i preferiti</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(senza titolo: etichetta ricavata dalla descrizione)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 partecipa</numerusform>
            <numerusform>%1 partecipano</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>I tasti delle viste (S, Spazio, 1, 2, 3) agiscono sulla sessione selezionata quando una vista ha il focus, non mentre scrivi.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Altrove</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>preferita, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>In attesa del database</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner continua a provare e lo apre appena è libero.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 non può avviarsi</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Aperto in sola lettura</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Database recuperato</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln preferita</numerusform>
            <numerusform>%Ln preferite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln sovrapposizione</numerusform>
            <numerusform>%Ln sovrapposizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln sessione su %1 corrisponde</numerusform>
            <numerusform>%Ln sessioni su %1 corrispondono</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>letto</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>scritto</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>aperto</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>usato</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>creato</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>modificato</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>copiato prima dell’aggiornamento</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 è bloccato da un altro programma (un altro Planner, o uno strumento che usa il database); chiudilo, poi riprova</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: disco pieno (non c’è più spazio sul disco che lo contiene)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: sola lettura (il file non può essere scritto)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: disco in sola lettura (il disco che lo contiene è montato in sola lettura)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: permesso negato</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: sola lettura (permesso negato per il file o la sua cartella)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: è una cartella, non un file</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: una parte del percorso non è una cartella</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: il nome del file è troppo lungo</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: la cartella non esiste</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: cartella in sola lettura (permesso negato)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 non può essere %2: sola lettura (permesso negato)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 non può essere modificato: un altro programma ha cambiato gli stessi dati nel frattempo (non è stato salvato nulla; ricontrolla, poi riprova)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1 non può essere %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 non può essere %2: è %3, non un file normale; Planner scrive solo file normali</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1 non può essere %2: non è un file normale; Planner scrive solo file normali</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 è %2, non un file di database</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 non è un file normale, quindi non può essere un file di database</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; prima deve essere aggiornato</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner lo ha aperto in sola lettura</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, ed è nuovo e vuoto</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, e prima deve essere aggiornato</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 è una cartella, non un file di database</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 non è un database SQLite (intestazione del file sconosciuta)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 è danneggiato (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 è danneggiato o non è un database (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 è un database SQLite di un altro programma, non un database di Planner</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 è stato scritto da un Planner più recente (schema %2); aggiorna Planner per aprirlo</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Il file è stato conservato invariato come %2. Planner è stato avviato con un nuovo database.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Tutto è mostrato come è stato salvato; le modifiche non potranno essere salvate finché il problema non sarà risolto (poi riavviare Planner).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Sincronizzazione dei calendari</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Com’è andata la sincronizzazione dei tuoi calendari; fai clic per aprire i calendari</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Fai clic per aprire i calendari.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min fa</numerusform>
            <numerusform>%Ln min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h fa</numerusform>
            <numerusform>%Ln h fa</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>il %1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>tra %Ln s</numerusform>
            <numerusform>tra %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>tra %Ln min</numerusform>
            <numerusform>tra %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modifica in attesa</numerusform>
            <numerusform>%Ln modifiche in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>File aggiornato</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: sincronizzazione, %2 di %3 eventi inviati</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: sincronizzazione…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: offline, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Nuovo tentativo %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: non sincronizzato: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: non ancora sincronizzato</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: sincronizzato %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Calendario «%1» non sincronizzato: %2 (e %Ln altro)</numerusform>
            <numerusform>Calendario «%1» non sincronizzato: %2 (e altri %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Calendario «%1» non sincronizzato: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Sincronizzazione di %Ln calendario…</numerusform>
            <numerusform>Sincronizzazione di %Ln calendari…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>Sincronizzazione di «%1»: %2 di %3 eventi inviati</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Sincronizzazione di «%1»…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Calendari: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Calendari non ancora sincronizzati</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Calendari sincronizzati %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>non c’è più spazio sul disco</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la quota del disco è esaurita</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operazione non permessa</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>file o cartella inesistente</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>una parte del percorso non è una cartella</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>il nome del file è troppo lungo</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>il disco è in sola lettura</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>errore di input/output</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>troppi file aperti in Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>troppi file aperti su questo computer</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>troppi collegamenti simbolici (un ciclo di collegamenti)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la connessione è stata reimpostata</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>la connessione è stata interrotta</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>nessun percorso verso l’host</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>la rete non è raggiungibile</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>impossibile risolvere il nome host (host sconosciuto o nessuna rete)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>non è stato possibile verificare il certificato TLS</translation>
    </message>
</context>
<context>
    <name>TalkText</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <comment>a fact about a session: its name, its value</comment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Untitled session: the program did not record its title; this label is drawn from its description.</source>
        <translation>Sessione senza titolo: il programma non ne riporta il titolo; questa etichetta è ricavata dalla sua descrizione.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Annullata:&lt;/b&gt; questa sessione non è più nel programma. Resta nella tua agenda finché non la togli dai preferiti.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Il tuo orario</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Sommario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Pagina della sessione</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Collegamenti</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Aggiungi un calendario</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifica «%1»</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>ad es. Calendario di lavoro</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Un account &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>Una cartella di &amp;eventi (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Un calendario su un server: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Una cartella di questo computer con un file per evento, che altre app sincronizzano</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>Account CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>L’indirizzo del server, o quello del calendario; Planner vi trova i tuoi calendari</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>Il calendario in cui tenere la tua agenda; creato se non c’è</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>La password dell’account, conservata nel portachiavi del desktop, non nei file di Planner</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>Il comando di un gestore di password la stampa a ogni sincronizzazione; non si salva nulla</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>ad es. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Comando della password</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Eseguito a ogni sincronizzazione; la prima riga del suo output è la password</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Ottieni invece la password da un coman&amp;do</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Cartella di eventi</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>ad es. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Includi le sessioni del piano B (come provvisorie)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>A&amp;vvisami prima di ogni sessione</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min prima</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuti di preavviso</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Anche le sessioni del piano B vanno nel calendario, segnate come provvisorie</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Ogni sessione nel calendario riceve un promemoria, mostrato dalla tua app di calendario</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Quanti minuti prima di una sessione arriva il promemoria</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>P&amp;rova la connessione</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Aggiungi comun&amp;que</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Si sincronizza appena il server è raggiungibile</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Verifica che il calendario sia raggiungibile con i dati del modulo; non salva nulla</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Prova la connessione, poi tieni il calendario e sincronizza la tua agenda</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>conservata nel portachiavi; digita per cambiarla</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Su questo computer non è disponibile alcun portachiavi del desktop (GNOME Keyring, KWallet o un altro Secret Service), quindi Planner non può conservare la password in modo sicuro. Indica invece un comando che stampi la password, come «pass show calendar».</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>nessun portachiavi su questo computer: usa un comando</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Cartella di eventi</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>il server</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la cartella</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La connessione funziona. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Indica l’indirizzo del tuo server o calendario CalDAV.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Indica il comando che stampa la password.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Scegli la cartella in cui tenere gli eventi.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Salvataggio di «%1»…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>«%1» è conservato; si sincronizza appena è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Quale fuso orario?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; riporta orari locali ma non dice dove si tiene la conferenza.&lt;br&gt;Scegli il fuso orario della conferenza:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Fuso orario della conferenza</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>Il fuso orario degli orari del file; digita per trovarne uno</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Giorno dell’orario</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Annullata: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Preferita: da non perdere</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Preferita: da vedere</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Preferita: forse</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Si sovrappone a un’altra sessione a cui partecipi</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Tempi stretti: troppo poco tempo per raggiungere un’altra sessione a cui partecipi o per arrivare da essa</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Partecipano anche: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the parts of a session&apos;s description</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(nessuna sala)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Nessuna sessione in questo giorno</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Must see</source>
        <comment>priority</comment>
        <extracomment>The priority of a starred session.</extracomment>
        <translation>Da non perdere</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Da vedere</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Forse</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Partecipo</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Piano B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Non partecipo</translation>
    </message>
</context>
</TS>
