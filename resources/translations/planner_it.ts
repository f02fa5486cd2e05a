<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>La tua agenda è ancora vuota.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Metti una stella alle sessioni che vuoi seguire: selezionane una nel Programma, nell’Elenco o nell’Orario e premi S (o fai clic sulla sua stella; 1, 2 e 3 dicono quanto ti interessa). Compaiono qui giorno per giorno, con i conflitti da risolvere e il tempo libero da riempire.</translation>
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
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Mantieni aggiornato questo file quando la mia agenda cambia</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Per le app di calendario che si abbonano a un file locale</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importare un file una volta è un&apos;istantanea: Thunderbird e Calendario di GNOME non lo aggiornano quando un intervento cambia orario (lo fanno solo khal e l&apos;importazione di Evolution). Per tenere fedele il calendario, spunta «Mantieni aggiornato questo file» e abbonati al file (Thunderbird: Nuovo calendario ▸ Sulla rete, file:///…; Evolution: Sul web), oppure sincronizza un account CalDAV o una cartella di khal con «planner calendar add».</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agende (*.planner-agenda *.ics);;Tutti i file (*)</translation>
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
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 partecipa a %n sessione.</numerusform>
            <numerusform>%1 partecipa a %n sessioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Non presenti in questo programma: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importato: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>È stata creata da un&apos;altra versione del programma.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>%n delle sue sessioni aggiunta ai preferiti come «forse».</numerusform>
            <numerusform>%n delle sue sessioni aggiunte ai preferiti come «forse».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Apri l&apos;agenda di un collega</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Impossibile aprire questa agenda</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Mostra o nascondi l&apos;agenda di un collega</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Rimuovi l&apos;agenda di un collega</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Tu e %1</translation>
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
        <source>☆ Star</source>
        <translation>☆ Preferita</translation>
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
        <source>Kept when you press Save note</source>
        <translation>Viene salvata quando premi «Salva nota»</translation>
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
        <source>★ Starred</source>
        <translation>★ Preferita</translation>
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
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossibile aprire questo file</translation>
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
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
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
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Altri comandi</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 inizia tra %n min in %2</numerusform>
            <numerusform>%1 inizia tra %n min in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 inizia tra %n min</numerusform>
            <numerusform>%1 inizia tra %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prossima sessione</translation>
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
        <translation>Ora locale</translation>
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
        <translation>Si sovrappone a un&apos;altra sessione a cui partecipi</translation>
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
        <translation>Salto</translation>
    </message>
</context>
</TS>
