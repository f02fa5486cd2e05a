<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>„%1“ vormerken</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Vormerkung von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>„%1“ als „%2“ markieren</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>„%1“ auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Notiz zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Überschneidung auflösen</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Automatisch auflösen</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Sessions einer Kollegin oder eines Kollegen übernehmen</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Ihre Agenda ist noch leer.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Merken Sie die Veranstaltungen vor, die Sie sehen möchten: Wählen Sie eine im Programm, in der Liste oder im Zeitplan aus und drücken Sie S (oder klicken Sie auf ihren Stern; 1, 2 und 3 sagen, wie sehr Sie sie sehen möchten). Sie erscheinen hier Tag für Tag, mit Überschneidungen zum Klären und freier Zeit zum Füllen.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Sessions mit &amp;Plan B einschließen (als vorläufig)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Vor jeder Session e&amp;rinnern</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuten vor der Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>Diese Datei &amp;aktuell halten, wenn sich mein Plan ändert</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Für Kalender-Apps, die eine lokale Datei abonnieren</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Eine einmal importierte Datei ist eine Momentaufnahme: Thunderbird und GNOME Kalender aktualisieren sie nicht, wenn ein Vortrag verschoben wird (nur khal und der Import von Evolution tun das). Damit Ihr Kalender stimmt, setzen Sie das Häkchen bei „Diese Datei aktuell halten“ und abonnieren Sie die Datei (Thunderbird: Neuer Kalender ▸ Im Netzwerk, file:///…; Evolution: Im Web), oder gleichen Sie ein CalDAV-Konto oder einen khal-Ordner mit „planner calendar add“ ab.</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Pläne (*.planner-agenda *.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (keine)</translation>
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
        <translation>Gemeinsam:
%1

Nur Sie:
%2

Nur %5:
%3

Gleichzeitig frei:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 besucht %n Session.</numerusform>
            <numerusform>%1 besucht %n Sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Nicht in diesem Programm: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Er wurde aus einer anderen Version des Programms erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>%n ihrer Sessions als „vielleicht“ vorgemerkt.</numerusform>
            <numerusform>%n ihrer Sessions als „vielleicht“ vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Plan einer Kollegin oder eines Kollegen öffnen</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Dieser Plan lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Plan einer Kollegin oder eines Kollegen zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Plan einer Kollegin oder eines Kollegen entfernen</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Sie und %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Details der Session</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Alles über die gewählte Session</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Vormerken</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Diese Session vormerken</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Nimmt die Session in Ihren Plan auf oder entfernt sie daraus</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Priorität: wie sehr Sie diese Session sehen möchten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Status: diese Session besuchen, als Plan B behalten oder auslassen</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Ihre Notiz zu dieser Session …</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Persönliche Notiz</translation>
    </message>
    <message>
        <source>Kept when you press Save note</source>
        <translation>Wird gespeichert, wenn Sie „Notiz speichern“ drücken</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Wählen Sie eine Session, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Vorgemerkt</translation>
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
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Cannot open this file</source>
        <translation>Diese Datei lässt sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Programm aktualisiert</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Planner verwendet ab dem nächsten Start %1. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Weitere Befehle</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 beginnt in %n Min. in %2</numerusform>
            <numerusform>%1 beginnt in %n Min. in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 beginnt in %n Min.</numerusform>
            <numerusform>%1 beginnt in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Session</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>Die Tasten der Ansichten (S, Leertaste, 1, 2, 3) wirken auf die ausgewählte Veranstaltung, wenn eine Ansicht den Fokus hat, nicht beim Tippen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
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
        <translation>Session ohne Titel: Das Programm nennt keinen Titel; diese Bezeichnung stammt aus ihrer Beschreibung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Abgesagt:&lt;/b&gt; Diese Session steht nicht mehr im Programm. Sie bleibt in Ihrem Plan, bis Sie die Vormerkung entfernen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Seite der Session</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Welche Zeitzone?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; nennt Ortszeiten, aber nicht, wo die Konferenz stattfindet.&lt;br&gt;Wählen Sie die Zeitzone der Konferenz:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Zeitzone der Konferenz</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Vorgemerkt: unbedingt ansehen</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Vorgemerkt: möchte ich sehen</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Vorgemerkt: vielleicht</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Überschneidet sich mit einer anderen Session, die Sie besuchen</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Ebenfalls dabei: %1</translation>
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
        <translation>Unbedingt ansehen</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Möchte ich sehen</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Besuchen</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Auslassen</translation>
    </message>
</context>
</TS>
