<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>Programm &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Eine Programmdatei einer Konferenz importieren</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Aus dem &amp;Web importieren …</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Ein Konferenzprogramm von einer Adresse im Web importieren</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>In Kalender &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Ihren Plan als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Diese Session in den Kalender exportieren …</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Die ausgewählte Session als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ka&amp;lender …</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>Die Kalender, die Planner mit Ihrem Plan abgleicht (CalDAV, ein Ordner mit Terminen)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Kalender &amp;jetzt abgleichen</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Ihren Plan jetzt an alle Kalender senden</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Einen druckbaren Plan speichern, Tag für Tag</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Ihren Taschenplan drucken</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>Meinen Plan &amp;teilen …</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Ihren Plan als Datei für Kollegen speichern</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Aufs &amp;Handy (Giggity) …</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Ihren Plan aufs Handy mitnehmen: ein QR-Code und ein Link für die App Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Als Tabelle exportieren (&amp;CSV) …</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Ihre vorgemerkten Sessions als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>Giggity-Link &amp;einfügen</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Die Sessions eines Giggity-Links aus der Zwischenablage neben Ihren anzeigen</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Plan von &amp;Kollegen öffnen …</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Den Plan von Kollegen neben Ihrem anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Vormerken / Vormerkung entfernen</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Die ausgewählte Session vormerken oder die Vormerkung entfernen</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Unbedingt ansehen</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Als „unbedingt ansehen“ vormerken</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Möchte ich sehen</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Als „möchte ich sehen“ vormerken</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Als „vielleicht“ vormerken</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Zeiten in der Zeitzone der &amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Titel, Zusammenfassungen und Vortragende durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>&amp;Mein Plan</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Vor&amp;tragende</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Vor Sessions erinnern</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 Minuten vorher</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 Minuten vorher</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 Minuten vorher</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Hell oder dunkel wie die Arbeitsumgebung, in deren eigenem Stil</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Taschenplan exportieren (&amp;PDF) …</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Zeiten in der Zeitzone &amp;dieses Computers</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>Alle Tage &amp;aufklappen</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Le&amp;gende</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>In der Statusleiste anzeigen, was die Sterne und die Markierung für Überschneidungen bedeuten</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Eine kurze Anleitung: Sessions vormerken, Überschneidungen lösen, den Plan teilen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Alle Tastenkürzel von Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Über Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Diese besuchen</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Die ausgewählte Session besuchen; Sessions, die sich mit ihr überschneiden, werden Plan B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Die ausgewählte Session besuchen; andere werden Plan B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Automatisch auflösen …</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Den besten Plan ohne Überschneidungen wählen (Sie sehen die Änderungen zuerst)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Wegezeit …</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Minuten zwischen Räumen und wie spät Sie kommen dürfen</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Belegte Zeit hinzufügen …</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Zeit für eigene Termine blockieren (Mittagessen, Standdienst)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Belegte Zeit entfernen</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Die ausgewählte belegte Zeit entfernen</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Den Zeitplan kleiner anzeigen: mehr vom Tag auf einmal</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Den Zeitplan größer anzeigen: mehr Platz für Titel</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Diese Session vormerken</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Die gezeigte Session in Ihren Plan aufnehmen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Ihre Notiz zu dieser Session speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Erscheinungs&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Kollegen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>In „Mein Plan“ und im Zeitplan anzeigen</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Alle ihre Sessions vormerken (als „vielleicht“)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Mit meinem vergleichen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
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
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Wählen Sie zuerst eine Session in einer Überschneidung (oder einen Plan B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>„%1“ wird besucht; %Ln andere Session ist jetzt Plan B.</numerusform>
            <numerusform>„%1“ wird besucht; %Ln andere Sessions sind jetzt Plan B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Wegezeit</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Diese belegte Zeit kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Belegte Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Wählen Sie zuerst eine Ihrer belegten Zeiten.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Belegte Zeit entfernen</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Ihr Plan ist noch leer.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Merken Sie die Sessions vor, die Sie sehen möchten: Wählen Sie eine im Programm, in der Liste oder im Zeitplan aus und drücken Sie S (oder klicken Sie auf ihren Stern; 1, 2 und 3 sagen, wie sehr Sie sie sehen möchten). Sie erscheinen hier Tag für Tag, mit Überschneidungen zum Klären und freier Zeit zum Füllen.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Knapp: %1 Min. für %2 Min. Weg von „%3“ nach „%4“</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(belegt)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Frei für %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Vorschlag: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>Plan B: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 geht hin</numerusform>
            <numerusform>%1 gehen hin</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Ihre belegte Zeit: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>„%1“ und „%2“</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>Diese können nicht beide besucht werden:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Wählen Sie sie und drücken Sie „Diese besuchen“, um sie zu behalten (was sich mit ihr überschneidet, wird Plan B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Weitere Befehle</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Zeigt die Befehle, die nicht ins Fenster passen</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Überschneidungen automatisch auflösen</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Die aufgeführten Änderungen vornehmen (Rückgängig nimmt sie zurück)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Belegte Zeit hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>z. B. Mittagessen mit einem Kunden</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Wann die belegte Zeit beginnt</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Wann die belegte Zeit endet</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>Von (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>Belegt</translation>
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
        <translation>&amp;Plan-B-Sessions einschließen (als vorläufig)</translation>
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
        <translation>Erinnerung: Minuten vorher</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Ihre Plan-B-Sessions kommen auch in die Datei, als vorläufig markiert</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Jede Session in der Datei bekommt eine Erinnerung, die Ihre Kalender-App anzeigt</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Wie viele Minuten vor einer Session die Erinnerung kommt</translation>
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
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Eine einmal importierte Datei ist eine Momentaufnahme: Thunderbird und GNOME Kalender aktualisieren sie nicht, wenn ein Vortrag verschoben wird (nur khal und der Import von Evolution tun das). Damit Ihr Kalender stimmt, setzen Sie das Häkchen bei „Diese Datei aktuell halten“ und abonnieren Sie die Datei (Thunderbird: Neuer Kalender › Im Netzwerk, file:///…; Evolution: Im Web), oder gleichen Sie ein CalDAV-Konto oder einen khal-Ordner mit „planner calendar add“ ab.</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner hält Ihren Plan in diesen Kalendern von selbst aktuell: ein CalDAV-Konto (Nextcloud, Fastmail, iCloud mit einem App-Passwort, mailbox.org, Radicale …) oder ein Ordner mit Terminen, den khal, vdirsyncer oder Evolution lesen. Was Sie hier ändern, wird binnen Sekunden gesendet; solange Sie offline sind, wartet es, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Live-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Abgeglichene Kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Noch keine Kalender. Fügen Sie ein CalDAV-Konto oder einen Ordner mit Terminen hinzu.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Details des Kalenders</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Den ausgewählten Kalender jetzt abgleichen (F5: alle Kalender)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Adresse, Konto oder Optionen des ausgewählten Kalenders ändern</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Prüfen, ob der ausgewählte Kalender erreichbar ist, ohne abzugleichen</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Den laufenden Abgleich anhalten</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Diesen Abgleich anhalten; Gesendetes bleibt, der Rest wartet</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Ein CalDAV-Konto oder einen Ordner mit Terminen hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Den ausgewählten Kalender nicht mehr abgleichen (Entf)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Live-Kalenderdatei</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>%1 von %2 Terminen gesendet</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Benutzer: %1 (Passwort aus einem Passwortbefehl)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Benutzer: %1 (Passwort aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt abgeglichen: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Letzter Abgleich: %1 hinzugefügt, %2 aktualisiert, %3 entfernt, %4 unverändert.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner versucht es nicht von selbst erneut: Bearbeiten Sie den Kalender, um das zu beheben.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Kalender entfernen</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>„%1“ nicht mehr abgleichen? Was darin steht, bleibt; Planner aktualisiert es nur nicht mehr.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>die Live-Kalenderdatei</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>„%1“ wird nicht mehr abgeglichen; was darin steht, bleibt.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Die Verbindung funktioniert. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>Ihre belegte Zeit „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1, danach %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Überschneidung: %1 und %2 können nicht beide bleiben — nur Sie können das entscheiden</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Überschneidung: %1 lässt keine Zeit für %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Überschneidung: diese 2 überlappen sich — wählen Sie eine</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Überschneidung: diese %Ln überlappen sich — wählen Sie eine</numerusform>
            <numerusform>Überschneidung: diese %Ln überlappen sich — wählen Sie eine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Überschneidung: %1 besuchen oder %Ln weitere Möglichkeit</numerusform>
            <numerusform>Überschneidung: %1 besuchen oder %Ln weitere Möglichkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Überschneidung: %1 besuchen</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>sie überlappen sich um %1 Min.</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 Min. für %2 Min. Weg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>überschneidet sich mit %1 und %Ln weiteren</numerusform>
            <numerusform>überschneidet sich mit %1 und %Ln weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>überschneidet sich mit %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>Überschneidet sich mit:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Nur Sie können das entscheiden: Keine der Möglichkeiten behält alle Sessions, die Sie unbedingt sehen wollen.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Nur eine davon kann besucht werden: Wählen Sie eine.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Bester Plan: %1 besuchen.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Oder %1 besuchen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Vorgemerkt: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Abgesagt: nicht mehr im Programm.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Knapp: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Pläne und Favoriten aus Handy-Apps (*.planner-agenda *.ics *.csv *.json);;Alle Dateien (*)</translation>
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
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 besucht %Ln Session.</numerusform>
            <numerusform>%1 besucht %Ln Sessions.</numerusform>
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
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>%Ln ihrer Sessions als „vielleicht“ vorgemerkt.</numerusform>
            <numerusform>%Ln ihrer Sessions als „vielleicht“ vorgemerkt.</numerusform>
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
        <translation>Plan einer Kollegin oder eines Kollegen anzeigen oder ausblenden</translation>
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
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Vortragende / Session</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Vorgemerkte Sessions (Klick, S oder Leertaste zum Vormerken; 1/2/3 für die Priorität)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Wegezeit und Toleranz</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Wegezeit zwischen Räumen</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>Die Minuten, die Sie zwischen zwei Sessions von einem Raum zum anderen brauchen</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Wie viele Minuten sich zwei Sessions überlappen dürfen, bevor sie als Überschneidung gelten</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>Die Wegezeit gilt zwischen verschiedenen Räumen. Mit einer Toleranz dürfen Sie eine Session um so viel früher verlassen oder später betreten: kleinere Überlappungen werden zu Warnungen.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Wegezeit zwischen Räumen:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Ich darf früher gehen / später kommen um:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>Ihre belegte Zeit „%1“</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 und %Ln weiteren</numerusform>
            <numerusform>%1 und %Ln weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>muss %1 weichen</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>behalten (%1) statt %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>„unbedingt ansehen“: wird immer behalten</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>keine Überschneidung</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>Track %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>„%1“ → „%2“: %3 Min. für %4 Min. Weg (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>„%1“ und „%2“ überlappen sich um %Ln Min.</numerusform>
            <numerusform>„%1“ und „%2“ überlappen sich um %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>„%1“ und „%2“ überlappen sich um %Ln Min. (innerhalb Ihrer Toleranz)</numerusform>
            <numerusform>„%1“ und „%2“ überlappen sich um %Ln Min. (innerhalb Ihrer Toleranz)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>Zeit %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>war %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>Raum %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>Titel „%1“ → „%2“</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>Untertitel geändert</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>Track %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>Vortragende %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>Zusammenfassung geändert</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>Schlüssel %1 → %2; Ihre Vormerkung ist mitgewandert</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>wieder im Programm</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>verschoben: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [vorgemerkt]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Session</numerusform>
            <numerusform>%Ln Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln Vortragende(r)</numerusform>
            <numerusform>%Ln Vortragende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln Raum</numerusform>
            <numerusform>%Ln Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln Track</numerusform>
            <numerusform>%Ln Tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 an %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>„%1“ importiert: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>„%1“ aktualisiert: %2; %3 hinzugefügt, %4 entfernt, %5 verschoben, %6 geändert</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>sein TLS-Zertifikat konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>unbekannter Hostname</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>kein Netzwerk oder unbekannter Hostname</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 hat Benutzername oder Passwort abgelehnt (prüfen Sie beides oder das App-Passwort)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1 konnte die Termine des Kalenders nicht auflisten; die CalDAV-Bibliothek meldete: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1 konnte keinen Termin speichern; die CalDAV-Bibliothek meldete: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1 konnte keinen Termin löschen; die CalDAV-Bibliothek meldete: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1 konnte den Kalender weder finden noch anlegen; die CalDAV-Bibliothek meldete: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>der Server hat das Finden oder Anlegen des Kalenders abgelehnt (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>der Server hat das Auflisten der Termine des Kalenders abgelehnt (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>der Server hat das Speichern eines Termins abgelehnt (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>der Server hat das Löschen eines Termins abgelehnt (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: Benutzername oder Passwort wurden nicht akzeptiert</translation>
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
        <translation>%1: Die Kalenderdatei konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (so von einer früheren Version von Planner festgehalten)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>es ist kein Schlüsselbund der Arbeitsumgebung verfügbar, der das Passwort für %1 aufbewahren kann; bearbeiten Sie den Kalender und geben Sie einen Passwortbefehl an</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>kein Passwort für %1 im Schlüsselbund; fügen Sie den Kalender erneut hinzu oder geben Sie --password-command an</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>der Passwortbefehl ist fehlgeschlagen (Exit-Status %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>der Passwortbefehl ist fehlgeschlagen (Exit-Status %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>der Passwortbefehl hat kein Passwort ausgegeben</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>der Schlüsselbund konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat das Passwort nicht gespeichert (%1). Entsperren Sie ihn und versuchen Sie es erneut, oder geben Sie stattdessen einen Befehl an, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>der Passwortbefehl ist nicht rechtzeitig fertig geworden: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>der Passwortbefehl konnte nicht ausgeführt werden (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>%1 ist beschreibbar</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: Kalender „%2“ unter %3 angelegt</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: Kalender „%2“ unter %3 gefunden</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S oder Leertaste merkt die ausgewählte Session vor; 1, 2 und 3 setzen ihre Priorität.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Welches Konferenzprogramm das Fenster zeigt</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>Das Programm nach Tag und Track; die ausgewählte Session erscheint daneben.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Jede Session, die zur Suche und zu den Filtern passt, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>Die Sessions des Tages nach Raum und Zeit; die Pfeiltasten wechseln zwischen ihnen.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>Der Tag, den der Zeitplan zeigt</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Alle Vortragenden, mit ihren Sessions</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>Die Konferenz nach Tag und Track (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Alle Sessions in einer Tabelle zum Suchen und Filtern (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>Die Sessions eines Tages nach Raum und Zeit (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Ihre vorgemerkten Sessions, ihre Überschneidungen und Ihre freie Zeit (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Alle Vortragenden und ihre Sessions (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Nur die vorgemerkten Sessions anzeigen</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Ihre vorgemerkten Sessions Tag für Tag, mit Überschneidungen und freier Zeit.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Nur vorgemerkte Sessions anzeigen, die sich überschneiden (sie überlappen oder lassen zu wenig Zeit für den Weg)</translation>
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
        <translation>Alles über die ausgewählte Session</translation>
    </message>
    <message>
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Wird gespeichert, sobald Sie das Feld verlassen; die Session wird dadurch nicht vorgemerkt</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Vormerken</translation>
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
        <source>Starred</source>
        <translation>Vorgemerkt</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 wird mit Ihrem Plan aktuell gehalten.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln Session in %1 gespeichert.</numerusform>
            <numerusform>%Ln Sessions in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Session exportieren</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Taschenplan exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%Ln Seite).</numerusform>
            <numerusform>%1 gespeichert (%Ln Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Als Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Meinen Plan teilen</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Ihr Name, wie Kollegen ihn sehen:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Planner-Plan (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Teilen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Titel, Zusammenfassungen, Vortragende suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Suchfeld leeren; die Filter bleiben</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sessions suchen</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Nur ganze Wörter: „rust“ findet „Rust“, aber nicht „Trust“ oder „rusty“</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Nach Track filtern</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Alle Tracks</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Nach Raum filtern</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Nach Sprache filtern</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Nur vorgemerkte Sessions</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Nur Sessions mit Überschneidung</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
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
        <translation>%1 um %2</translation>
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
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Erste Schritte mit Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Merken Sie vor, was Sie sehen möchten</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Wählen Sie in einer beliebigen Ansicht eine Session und drücken Sie %1, oder klicken Sie auf ihren Stern. %2, %3 und %4 merken sie als „unbedingt ansehen“, „möchte ich sehen“ oder „vielleicht“ vor: Jede Stufe hat ihren eigenen Stern. %5 findet Sessions nach Titel, Zusammenfassung oder Vortragenden.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Überschneidungen erkennen und lösen</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Sessions, die Sie besuchen und die sich überschneiden, tragen in jeder Ansicht das Warndreieck (%1 erklärt die Zeichen). „Mein Plan“ zeigt jede Überschneidung: welche Sessions kollidieren und was Sie stattdessen besuchen können. Wählen Sie eine und dann %2 (die anderen werden Plan B), oder lassen Sie %3 den besten Plan finden; Sie sehen seine Änderungen vorher, und %4 nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Ihr Tag in „Mein Plan“</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 listet Tag für Tag auf, was Sie besuchen, mit Ihrem Plan B, Ihrer freien Zeit und Sessions, die sie füllen würden. Eigene Termine (Mittagessen, Standdienst) tragen Sie mit %2 ein, die Minuten, die Sie zwischen Räumen brauchen, mit %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Übernehmen Sie ihn in Ihren Kalender</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 speichert Ihren Plan als iCalendar-Datei, die jede Kalender-App importieren kann. Damit ein Kalender aktuell bleibt, wenn sich Ihre Pläne ändern, fügen Sie ihn unter %2 hinzu (ein CalDAV-Konto wie Nextcloud oder ein Ordner mit Terminen): Planner schickt ihm jede Änderung, %3 tut es sofort. %4 erstellt einen Taschenplan zum Ausdrucken.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Mit Kollegen planen</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 speichert Ihren Plan als Datei, die Sie an Kollegen schicken können. %2 zeigt den Plan von Kollegen neben Ihrem, in „Mein Plan“ und im Zeitplan; es liest auch die Favoriten, die Handy-Apps exportieren (FOSDEM Companion, Sojourner, EventFahrplan). Im Menü %3 vergleichen Sie deren Plan mit Ihrem oder merken ihre Sessions als „vielleicht“ vor.</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Nehmen Sie ihn aufs Handy mit</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 zeigt einen QR-Code und einen Link, die Ihren Plan in die App Giggity auf Ihrem Handy bringen. Hat Ihnen jemand einen Giggity-Link geschickt? Kopieren Sie ihn und wählen Sie %2, um seine Sessions neben Ihren zu sehen.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner bewahrt Ihren Konferenzplan auf diesem Computer auf und funktioniert ohne Internet. Diese Schritte führen Sie vom Programm zu einem Plan, den Sie bei sich tragen.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 listet alle Tastenkürzel auf.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Planen Sie Ihren Konferenzplan offline: Sessions vormerken, Überschneidungen auflösen, in Ihren Kalender exportieren.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Ein Konferenzprogramm importieren</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Konferenzprogramme (*.json *.xml *.ics *.xcs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Aus dem Web importieren</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Adresse des Programms (http:// oder https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Diese Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Import von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>„%1“ ist aktuell.</translation>
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
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Vorgemerkt: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
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
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Unbedingt ansehen</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Möchte ich sehen</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Knapper Wechsel</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Voller Stern: unbedingt ansehen. Halber Stern: möchte ich sehen. Umrissener Stern: vielleicht. Warndreieck: eine Überschneidung.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Umrissenes Warndreieck: ein knapper Wechsel.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>So markiert Planner Sessions in jeder Ansicht, im PDF und im Ausdruck:
voller Stern: unbedingt ansehen · halber Stern: möchte ich sehen · umrissener Stern: vielleicht
Warndreieck: eine Überschneidung mit einer anderen Session, die Sie besuchen (mit der Maus darauf zeigen, um die Möglichkeiten zu sehen)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>umrissenes Warndreieck: ein knapper Wechsel – keine Überschneidung, aber weniger Zeit als der Weg zum Raum der nächsten Session</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>&amp;Mein Plan</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Vor&amp;tragende</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Mehr aus der Werkzeugleiste</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Zeigt die Befehle, die nicht ins Fenster passen</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Konferenz:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>Lesezeichen %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>der Giggity-Link</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>ein Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 nennt %2 am %3, eine Uhrzeit, die es in %4 nicht gibt (die Uhren werden vorgestellt); gelesen als %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 nennt %2 am %3, eine Uhrzeit, die es in %4 zweimal gibt (die Uhren werden zurückgestellt); gelesen als die erste</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 endet um %2, mit dem Beginn auf %3 verschoben (die Dauer von %Ln Minute bleibt erhalten)</numerusform>
            <numerusform>%1 endet um %2, mit dem Beginn auf %3 verschoben (die Dauer von %Ln Minuten bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 hat Anfangs- und Endzeit außerhalb des gültigen Bereichs; diese werden ignoriert</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 hat keinen Titel; angezeigt als „%2“</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 („%2“) endet vor dem Beginn, wenn %3 am %4, eine Uhrzeit, die es in %5 nicht gibt (die Uhren werden vorgestellt), als %6 gelesen wird; übersprungen</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 („%2“) liegt außerhalb des Datumsbereichs, den Planner in %3 speichern kann; übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln Session wiederholt eine ID oder GUID, die früher in der Datei vorkommt; alle wurden behalten</numerusform>
            <numerusform>%Ln Sessions wiederholen eine ID oder GUID, die früher in der Datei vorkommt; alle wurden behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln Session ohne ID wiederholt Titel, Beginn und Raum einer früheren; alle wurden behalten</numerusform>
            <numerusform>%Ln Sessions ohne ID wiederholen Titel, Beginn und Raum einer früheren; alle wurden behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… und %Ln weitere Warnung</numerusform>
            <numerusform>… und %Ln weitere Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>unbekannte Zeitzone „%1“ in der Datei; ignoriert</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>die Datei nennt die Zeitzone %1; wie gewünscht wird %2 verwendet</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>die Datei nennt die Zeitzone %1, aber ihre Zeiten haben andere Abstände zu UTC; sie werden in %2 angezeigt</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>die Datei nennt keine Zeitzone; die Zeiten behalten ihren Abstand zu UTC und werden in %1 angezeigt (mit einer Zeitzone importieren, um das zu ändern)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>die Datei nennt ihre Zeitzone, %1; die gewünschte Zeitzone (%2) gilt nicht für Planner-Programmdateien</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 („%2“) ist als abgesagt markiert; übersprungen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 („%2“) hat keinen Beginn; übersprungen</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 („%2“) wiederholt sich; nur das erste Vorkommen wird behalten</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 („%2“) hat eine unlesbare Zeit (%3); übersprungen</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 („%2“) ist nicht eingeplant; übersprungen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 („%2“) hat eine Zeit außerhalb des gültigen Bereichs; übersprungen</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>die Datei hat keinen Abschnitt &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>die Datei kennzeichnet Ortszeiten als UTC („Z“); sie wurden als Zeiten in %1 gelesen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 („%2“) hat kein verwendbares Datum oder keinen verwendbaren Beginn; übersprungen</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: unlesbare Dauer „%2“; als 0 Minuten angezeigt</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 („%2“) hat keine Dauer; als 0 Minuten angezeigt</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] ist keine Liste; übersprungen</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>ein Eintrag im Raum „%1“ ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 („%2“) hat keinen verwendbaren Beginn; übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln Eintrags-ID als Text geschrieben, wo das Schema Zahlen verlangt; akzeptiert</numerusform>
            <numerusform>%Ln Eintrags-IDs als Text geschrieben, wo das Schema Zahlen verlangt; akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>offline: %1; die am %2 heruntergeladene Kopie wurde verwendet</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>der gemerkte Track „%1“ (ein ganzer Track, keine Session; merken Sie seine Sessions hier vor)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln in Giggity ausgeblendeter Eintrag (Ausblenden ist kein Favorit; er wird nicht importiert)</numerusform>
            <numerusform>%Ln in Giggity ausgeblendete Einträge (Ausblenden ist kein Favorit; sie werden nicht importiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: passt zu mehr als einer Session</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: nicht in diesem Programm</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ wurde in Ihrem Kalender gelöscht: Planner fügt den Termin erst wieder hinzu, wenn sich die Session ändert</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ wurde in Ihrem Kalender bearbeitet: so belassen</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ wurde in Ihrem Kalender bearbeitet, daher hat Planner Ihre Fassung behalten und seine Änderung nicht gesendet; löschen Sie den Termin dort, um die Fassung von Planner zu erhalten</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ wurde während des Abgleichs in Ihrem Kalender geändert: so belassen</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: nicht mehr in Ihrem Plan, aber in Ihrem Kalender bearbeitet, daher hat Planner den Termin dort nicht gelöscht</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: in Ihrem Kalender geändert: nicht gelöscht</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: nicht gelesen: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>%Ln von XML verbotenes Steuerzeichen (%1) entfernt</numerusform>
            <numerusform>%Ln von XML verbotene Steuerzeichen (%1) entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiteren</numerusform>
            <numerusform>%1 und %Ln weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, in Zeile %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, in den Zeilen %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Hinweis zum Programm</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>Die neuesten Änderungen konnten nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>Die Zwischenablage enthält keinen Giggity-Link (%1 …).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Aufs Handy (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Installieren Sie &lt;b&gt;Giggity&lt;/b&gt; auf Ihrem Android-Handy (F-Droid oder Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Scannen Sie diesen Code mit der Kamera des Handys oder öffnen Sie dort den Link.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity lädt das Programm und listet Ihre Sessions: Tippen Sie auf &lt;b&gt;Import all&lt;/b&gt;, dann auf &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>z. B. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Webadresse des Programms</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Ver&amp;wenden</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Den Link mit dieser Adresse erstellen (Planner merkt sie sich)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>&amp;Plan B einschließen</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity erinnert Sie auch an Ihre Plan-B-Sessions</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Als P&amp;NG speichern …</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Als S&amp;VG speichern …</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>Der Link, den das Handy öffnet: Ihr Plan für Giggity, auch im QR-Code</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Link kopieren, um ihn an Ihr Handy zu senden</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>QR-Code als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>QR-Code als SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Webadresse des Programms:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Link wird erstellt …</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Geben Sie die Webadresse ein, unter der das Programm veröffentlicht ist: die, von der Giggity es lädt (das Schedule-XML der Konferenzseite).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>Von dort hat Planner das Programm heruntergeladen.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Wie Sie sie zuvor angegeben haben.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Für diese Konferenz gemerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln Session im Link.</numerusform>
            <numerusform>%Ln Sessions im Link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Noch nichts besucht: Der Link öffnet das Programm in Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Nicht im Link (das Programm gibt ihnen keine Kennung, die Giggity kennt): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Mein Plan · Zeiten in %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Mit dem Handy scannen, um diesen Plan in Giggity (Android) mitzunehmen: seine Vormerkungen, im Programm, das Giggity aus dem Web lädt.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Noch nichts vorgemerkt.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(belegt bis %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plan B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgesagt)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>Überschneidung: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — mein Plan</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Session</numerusform>
            <numerusform>%Ln Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln parallel</numerusform>
            <numerusform>%Ln parallel</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Vorgemerkt: %1 (Klick entfernt die Vormerkung)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Nicht vorgemerkt (Klick zum Vormerken)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(ohne Titel: Bezeichnung aus der Beschreibung)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(abgesagt: nicht mehr im Programm)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>vorgemerkt, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>nicht vorgemerkt</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Konferenzprogramm</translation>
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
        <translation>%1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>ein Konferenzprogramm</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>eine Favoritendatei</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>eine Lesezeichendatei</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>eine Plandatei</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>geteilte Favoriten</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>ein Schnellstart-Abbild</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>eine Termindatei</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ein spezielles Dateisystemobjekt</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>die Konferenz</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>eine vortragende Person</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>ein Track</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>ein Raum</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>Raum</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>Track</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>a text of a program</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a text of a program</comment>
        <translation>Link</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>Linktitel</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>Datei ist %1 groß und überschreitet die Grenze von %2 MiB für %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>ist %1, keine Datei; Planner liest nur Dateien</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>ist keine reguläre Datei; Planner liest nur Dateien</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>ist eine Binärdatei, keine Textdatei</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>ist eine Binärdatei, kein Konferenzprogramm</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>ist kein gültiger %1-Text (ungültiges Byte an Position %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>ist kein gültiger %1-Text</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>ist kein Konferenzprogramm in einem Format, das Planner liest (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>ist zu tief verschachtelt, um ein Konferenzprogramm zu sein</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>enthält ein Datum oder eine Uhrzeit außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>nur http://- und https://-Adressen können importiert werden (oder eine Datei)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>ist kein gültiges JSON: eine Zahl mit Tausenden von Ziffern</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: „%2“ sollte Text sein</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: „%2“ ist %3 Zeichen lang (Grenze %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: „%2“ sollte eine Liste sein</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: „%2“ sollte true oder false sein</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: „%2“ ist kein Datum (JJJJ-MM-TT): „%3“</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: „%2“ ist kein Datum mit Uhrzeit nach ISO 8601: „%3“</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: „%2“ liegt außerhalb des Datumsbereichs, den Planner speichert: „%3“</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 („%2“) hat einen Zeitpunkt außerhalb des Bereichs, den Planner speichert: „%3“ bis „%4“</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>ist keine Planner-Programmdatei (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>Version %1 des Planner-Programmformats wird nicht unterstützt (diese Planner-Version liest Version %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; liegt vor &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] sollte ein Raumname sein</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: Schlüssel „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; sollte eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>ist kein wohlgeformtes XML (mehr als %1 Steuerzeichen, die XML verbietet)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>deklariert XML-Entitäten, die Planner nicht auflöst (ein verbreiteter Angriff auf XML-Leser)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>verweist auf externe XML-Ressourcen, die Planner nie lädt</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>nutzt eine XML-Funktion, die Planner ablehnt (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>ist kein wohlgeformtes XML (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>kann nicht als XML gelesen werden (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>ist kein gültiges iCalendar (eine TZID nennt keine Zeitzone)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>ist kein gültiges iCalendar (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>enthält keine Termine (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>ist eine Sessionize-Liste der Vortragenden ohne Sessions; exportieren Sie stattdessen die Ansicht „All“ oder „Sessions“</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>enthält keine Sessionize-Sessions</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>ist XML, aber kein frab-Programm (sein Wurzelelement ist &lt;%1&gt;, nicht &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>enthält keine Sessions (kein &lt;event&gt; in einem &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>ist XML, aber kein xCal (kein Wurzelelement &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>ist eine xCal-Datei ohne Kalender</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>enthält keine Termine (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>ist JSON, aber kein frab-Programm (kein schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>enthält keine Sessions</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>enthält keine Sessions im Datumsbereich, den Planner speichert</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>hat mehr als %1 Vortragende</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>hat mehr als %1 Sessions</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 ist %3 Zeichen lang (Grenze %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>Track „%1“: Farbe ist %2 Zeichen lang (Grenze %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 („%2“): das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 („%2“) dauert %3 Tage</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1 hat %2 Vortragende (Grenze %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: GUID bzw. ID ist zu lang, um als Kennung zu dienen (%2 Zeichen; Grenze %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>es gibt bereits einen Kalender namens „%1“</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>ein Kalender braucht einen Namen</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: eine CalDAV-Adresse muss eine http://- oder https://-Adresse sein</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: geben Sie den Benutzernamen getrennt an (--username) und kein Passwort in der Adresse (der Schlüsselbund oder --password-command bewahrt es auf)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>ein Ordner braucht weder Benutzernamen noch Passwort</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>die Programmadresse ist keine gültige Webadresse: „%1“</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>die Programmadresse muss eine Webadresse sein (http oder https), nicht „%1“</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>die Programmadresse darf keinen Benutzernamen und kein Passwort enthalten: „%1“ (ein Handy-Link wird geteilt, und mit ihm alles, was er enthält)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>der Link ist %1 Byte lang; ein QR-Code fasst höchstens %2 (teilen Sie den Link selbst oder weniger Sessions)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>nennt keine Zeitzone; geben Sie eine an, z. B. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>nennt keine Zeitzone (Sessionize-Dateien tun das nie); geben Sie eine an, z. B. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>nennt keine Zeitzone (die Zeiten sind als UTC markiert, stimmen aber mit den lokalen &lt;start&gt;-Zeiten überein); geben Sie eine an, z. B. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>ist %1 groß; eine Plandatei darf höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>ist keine Plandatei von Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>ist eine Plandatei der Version %1; diese Planner-Version liest Version %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>hat keine Prüfsumme (die Datei wurde nicht von Planner geschrieben oder ist unvollständig)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>wurde nach dem Teilen geändert oder beschädigt (die Prüfsumme stimmt nicht überein)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>enthält %1 Sessions (Grenze %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>das Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>ist ein Plan für „%1“, nicht für die hier geöffnete Konferenz; importieren Sie zuerst das Programm dieser Konferenz</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>„%1“ hat keinen Abstand zu UTC, und es ist keine Zeitzone bekannt</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 liegt außerhalb des Datumsbereichs, den Planner speichert</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>ist %1 groß; %2 darf höchstens %3 MiB groß sein</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>ist eine Binärdatei, nicht %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>ist kein UTF-8-Text (Byte %1 ist kein gültiges UTF-8)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>ist kein gültiges CSV (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>enthält %1 Favoriten (Grenze %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 ist kein Text</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 ist %3 Zeichen lang</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2“ ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: „%2“ hat keine Zeitzone</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>ist keine Favoritendatei von Sojourner (keine Kopfzeile %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 hat %2 Felder, nicht %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1: %2 fehlt</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2“ ist kein Wochentag</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>ist kein Favoritenexport von EventFahrplan (kein Feld lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>ist keine Lesezeichendatei der FOSDEM-PWA (keine Kopfzeile type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 hat %2 Felder, die Kopfzeile %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type „%2“ ist weder event noch track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day „%2“ ist keine Tagesnummer</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: die UID „%2“ stammt nicht von FOSDEM Companion</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>mischt Lesezeichen mehrerer FOSDEM-Jahrgänge</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 ist kein Datum mit Uhrzeit in UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>ist %1 Zeichen lang; zu lang für einen Link</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>ist kein Giggity-Link (diese beginnen mit %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>nennt kein Programm (der Teil url= fehlt oder ist leer)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>nennt ein Programm unter „%1“; das ist keine Webadresse</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>enthält keine Einträge (es fehlt ein Teil see= oder del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>ist beschädigt: sein Teil %1= ist kein base64url-Text</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>ist beschädigt: sein Teil %1= lässt sich nicht entpacken (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>ist beschädigt: sein Teil %1= entpackt sich zu zu vielen Daten</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>ist abgeschnitten: sein Teil %1= endet zu früh</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>ist beschädigt: sein Teil %1= ist keine JSON-Liste</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>enthält %1 Einträge in %2= (Grenze %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>ist beschädigt: Element %1 seines Teils %2= ist keine Eintrags-ID</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>ist eine Webadresse, aber kein Giggity-Link (%1…); speichern Sie die Datei, auf die sie verweist, und importieren Sie diese</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>ist ein Link für „%1“, nicht für die hier geöffnete Konferenz</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>enthält %1-Favoriten von %2; „%3“ findet %4 statt</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>nennt keine der Sessions von „%1“; sie gehören zu „%2“</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>nennt keine der Sessions von „%1“ und auch keiner anderen Konferenz hier</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>nennt keine der Sessions einer hier importierten Konferenz</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>nennt keine der Sessions einer hier importierten Konferenz von %1</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>ist ein Link für das Programm unter %1, das hier nicht importiert wurde; importieren Sie es zuerst oder geben Sie an, für welche Konferenz er gilt</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>nur http://- und https://-Adressen können importiert werden</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>eine Webadresse mit Benutzername oder Passwort kann nicht importiert werden (Planner sendet keine Anmeldedaten und würde das Passwort im Klartext aufbewahren)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>ist keine gültige Webadresse (sie enthält Leerzeichen oder Steuerzeichen)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>ist keine gültige Webadresse (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>ist %1 groß und überschreitet die Grenze von %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>überschreitet die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Datei angekommen war (%1 von %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>wurde nicht innerhalb von %1 Sekunden vollständig heruntergeladen</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>der Server antwortete 304 Not Modified, aber Planner hat die ganze Datei angefordert (es gibt keine Kopie, die Planner behalten könnte)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>die Weiterleitung des Servers zu einer Adresse, die keine Webadresse ist, wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>der Server leitet in einer Schleife weiter (oder mehr als zehnmal)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die ganze Datei angekommen war</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>der Server schickte eine Header-Zeile, die länger ist, als HTTP-Clients akzeptieren</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>die Antwort des Servers ist kein HTTP (ungültige Statuszeile)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>der Server schickte mehr Header, als HTTP-Clients akzeptieren</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>die Antwort des Servers ist kein gültiges HTTP (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>ist keine gültige Webadresse oder Antwort (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>Download fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND ist kein Datum und keine Datums-/Uhrzeitangabe: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION ist keine Dauer: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>kein Datum und keine Datums-/Uhrzeitangabe: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>Datumswert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>Beginn und Ende einer belegten Zeit brauchen eine Zeitzone</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>eine belegte Zeit muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>eine belegte Zeit muss am oder nach dem %1 beginnen und bis %2 UTC enden</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>die Wegezeit muss zwischen 0 und %1 Minuten liegen, nicht %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>die Toleranz muss zwischen 0 und %1 Minuten liegen, nicht %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>die Wegezeit zwischen %1 und %2 muss zwischen 0 und %3 Minuten liegen, nicht %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>die Erinnerung muss zwischen 0 und %1 Minuten vorher liegen</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>geben Sie entweder --caldav URL oder --vdir DIR an</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>geben Sie ein Passwort oder ein --password-command an, nicht beides</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Auf diesem Computer ist kein Schlüsselbund der Arbeitsumgebung (GNOME Keyring, KWallet oder ein anderer Secret Service) verfügbar, daher kann Planner das Passwort nicht sicher aufbewahren. Geben Sie stattdessen einen Befehl an, der das Passwort ausgibt, etwa „pass show calendar“.</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Auf diesem Computer ist kein Schlüsselbund der Arbeitsumgebung (GNOME Keyring, KWallet oder ein anderer Secret Service) verfügbar, daher kann Planner das Passwort nicht sicher aufbewahren. Geben Sie stattdessen einen Befehl an, der das Passwort ausgibt, etwa „pass show calendar“. (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>„%1“ ist kein UTF-8-Text; Planner speichert Namen, Schlüssel, Adressen und die Dateien, die es sich merkt, als UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>es wurde eine Zahl angegeben, die größer ist, als die Datenbank speichern kann (höchstens %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>unbekanntes Format „%1“; wählen Sie aus: auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: ein QR-Code wird als .png oder .svg gespeichert</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner weiß nicht, wo das Programm von „%1“ veröffentlicht wird; geben Sie seine Webadresse einmal mit --program-url URL an (die Adresse, von der Giggity es lädt, z. B. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 beginnt in %Ln Min. in %2</numerusform>
            <numerusform>%1 beginnt in %Ln Min. in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 beginnt in %Ln Min.</numerusform>
            <numerusform>%1 beginnt in %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Session</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Ihr Plan ist schon der beste: nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln Änderung macht Ihren Plan frei von Überschneidungen und behält die Sessions, die Ihnen am wichtigsten sind.</numerusform>
            <numerusform>%Ln Änderungen machen Ihren Plan frei von Überschneidungen und behalten die Sessions, die Ihnen am wichtigsten sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln Überschneidung braucht Ihre Entscheidung.</numerusform>
            <numerusform>%Ln Überschneidungen brauchen Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln Session überschneidet sich</numerusform>
            <numerusform>%1 · %Ln Sessions überschneiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Weitere Änderungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; „%2“ — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Bleibt: „%1“ — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>Überschneidung: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Ihre Entscheidung (das automatische Auflösen verwirft nie eine Session, die Sie unbedingt sehen wollen)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>vorgemerkt, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>nicht vorgemerkt</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(ohne Titel: Bezeichnung aus der Beschreibung)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgesagt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 geht hin</numerusform>
            <numerusform>%1 gehen hin</numerusform>
        </translation>
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
        <translation>Die Tasten der Ansichten (S, Leertaste, 1, 2, 3) wirken auf die ausgewählte Session, wenn eine Ansicht den Fokus hat, nicht beim Tippen.</translation>
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
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Session</numerusform>
            <numerusform>%Ln Sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>vorgemerkt, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Warten auf die Datenbank</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner versucht es weiter und öffnet sie, sobald sie frei ist.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Datenbank wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Session</numerusform>
            <numerusform>%Ln Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln vorgemerkt</numerusform>
            <numerusform>%Ln vorgemerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln Überschneidung</numerusform>
            <numerusform>%Ln Überschneidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln von %1 Sessions passt</numerusform>
            <numerusform>%Ln von %1 Sessions passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>vor dem Upgrade gesichert</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 ist von einem anderen Programm gesperrt (einem anderen Planner oder einem Werkzeug, das die Datenbank verwendet); schließen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: Datenträger voll (auf dem Datenträger ist kein Platz mehr frei)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: schreibgeschützt (in die Datei darf nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: schreibgeschützter Datenträger (der Datenträger ist schreibgeschützt eingehängt)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: schreibgeschützt (Zugriff auf die Datei oder ihren Ordner verweigert)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: schreibgeschützter Ordner (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kann nicht %2 werden: schreibgeschützt (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 kann nicht geändert werden: ein anderes Programm hat dieselben Daten inzwischen geändert (nichts wurde gespeichert; sehen Sie nach und versuchen Sie es erneut)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1 kann nicht %2 werden: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 kann nicht %2 werden: es ist %3, keine reguläre Datei; Planner schreibt nur reguläre Dateien</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1 kann nicht %2 werden: es ist keine reguläre Datei; Planner schreibt nur reguläre Dateien</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 ist %2, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 ist keine reguläre Datei und kann daher keine Datenbankdatei sein</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; die Datenbank braucht zuerst ein Upgrade</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner hat die Datenbank schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, und die Datenbank ist neu und leer</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, und die Datenbank braucht zuerst ein Upgrade</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 ist keine SQLite-Datenbank (unbekannter Dateikopf)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 ist beschädigt oder keine Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Planner-Datenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 wurde von einem neueren Planner geschrieben (Schema %2); aktualisieren Sie Planner, um die Datenbank zu öffnen</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Die Datei wurde unverändert als %2 aufbewahrt. Planner hat mit einer neuen Datenbank begonnen.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Alles wird so angezeigt, wie es gespeichert wurde; Änderungen können erst gespeichert werden, wenn das behoben ist (danach Planner neu starten).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Kalenderabgleich</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Wie der Abgleich Ihrer Kalender lief; klicken, um die Kalender zu öffnen</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Klicken, um die Kalender zu öffnen.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>vor %Ln Min.</numerusform>
            <numerusform>vor %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>vor %Ln Std.</numerusform>
            <numerusform>vor %Ln Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>am %1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>in %Ln s</numerusform>
            <numerusform>in %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln Min.</numerusform>
            <numerusform>in %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung wartet</numerusform>
            <numerusform>%Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Live-Datei</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: wird abgeglichen, %2 von %3 Terminen gesendet</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: wird abgeglichen …</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: offline, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Neuer Versuch %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: nicht abgeglichen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: abgeglichen %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Kalender „%1“ nicht abgeglichen: %2 (und %Ln weiterer)</numerusform>
            <numerusform>Kalender „%1“ nicht abgeglichen: %2 (und %Ln weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Kalender „%1“ nicht abgeglichen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>%Ln Kalender wird abgeglichen …</numerusform>
            <numerusform>%Ln Kalender werden abgeglichen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>„%1“ wird abgeglichen: %2 von %3 Terminen gesendet</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>„%1“ wird abgeglichen …</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Kalender noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Kalender abgeglichen %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>zu viele offene Dateien in Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>zu viele offene Dateien auf diesem Computer</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>zu viele symbolische Links (eine Schleife von Links)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>die Verbindung wurde abgebrochen</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>keine Route zum Host</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>der Hostname konnte nicht aufgelöst werden (unbekannter Host oder kein Netzwerk)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>das TLS-Zertifikat konnte nicht geprüft werden</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>z. B. Arbeitskalender</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Ein &amp;CalDAV-Konto</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>Ein &amp;Ordner mit Terminen (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Ein Kalender auf einem Server: Nextcloud, Fastmail, iCloud, Radicale …</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Ein Ordner auf diesem Computer, den andere Apps abgleichen, mit einer Datei pro Termin</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>CalDAV-Konto</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>Die Adresse des Servers oder die des Kalenders; Planner findet dort Ihre Kalender</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>Der Kalender für Ihren Plan; wird angelegt, wenn es ihn nicht gibt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>Das Passwort des Kontos, im Schlüsselbund der Arbeitsumgebung gespeichert, nicht in Planners Dateien</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>Der Befehl eines Passwort-Managers gibt es bei jedem Abgleich aus; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>z. B. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwortbefehl</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Wird bei jedem Abgleich ausgeführt; die erste Zeile seiner Ausgabe ist das Passwort</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Das Passwort stattdessen von einem B&amp;efehl holen</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Ordner mit Terminen</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>z. B. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Plan-B-Sessions einschließen (als vorläufig)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Vor jeder Session e&amp;rinnern</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Erinnerung: Minuten vorher</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Ihre Plan-B-Sessions kommen auch in den Kalender, als vorläufig markiert</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Jede Session im Kalender bekommt eine Erinnerung, die Ihre Kalender-App anzeigt</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Wie viele Minuten vor einer Session die Erinnerung kommt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Trotzdem hin&amp;zufügen</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Er wird abgeglichen, sobald der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Prüfen, ob der Kalender mit den Angaben im Formular erreichbar ist; speichert nichts</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Verbindung testen, dann den Kalender behalten und Ihren Plan dorthin abgleichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>im Schlüsselbund gespeichert; zum Ändern eintippen</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Auf diesem Computer ist kein Schlüsselbund der Arbeitsumgebung (GNOME Keyring, KWallet oder ein anderer Secret Service) verfügbar, daher kann Planner das Passwort nicht sicher aufbewahren. Geben Sie stattdessen einen Befehl an, der das Passwort ausgibt, etwa „pass show calendar“.</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>kein Schlüsselbund auf diesem Computer: einen Befehl verwenden</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Ordner mit Terminen</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>der Ordner</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Die Verbindung funktioniert. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Geben Sie die Adresse Ihres CalDAV-Servers oder -Kalenders an.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Geben Sie den Befehl an, der das Passwort ausgibt.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Wählen Sie den Ordner für die Termine.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>„%1“ ist gespeichert; er wird abgeglichen, sobald er erreichbar ist.</translation>
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
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>Die Zeitzone, in der die Zeiten der Datei angegeben sind; tippen Sie, um eine zu finden</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Tag im Zeitplan</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
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
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Knapper Wechsel: zu wenig Zeit für den Weg von oder zu einer anderen Session, die Sie besuchen</translation>
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
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Keine Sessions an diesem Tag</translation>
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
