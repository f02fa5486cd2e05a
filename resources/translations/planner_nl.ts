<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>„%1” een ster geven</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Ster van „%1” weghalen</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>„%1” markeren als „%2”</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>„%1” op „%2” zetten</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Notitie bij „%1” bewerken</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Overlap oplossen</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Automatisch oplossen</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Sessies van een collega overnemen</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Uw agenda is nog leeg.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Geef de sessies die u wilt zien een ster: selecteer er een in het Programma, de Lijst of het Rooster en druk op S (of klik op de ster; 1, 2 en 3 zeggen hoe graag u wilt). Ze verschijnen hier dag voor dag, met overlappingen om op te lossen en vrije tijd om te vullen.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Naar agenda exporteren</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Sessies van &amp;plan B opnemen (als voorlopig)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Herinner mij vóór elke sessie</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min vooraf</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuten vooraf voor de herinnering</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>Dit bestand &amp;bijwerken als mijn agenda verandert</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Voor agenda-apps die een lokaal bestand volgen</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Een bestand eenmaal importeren is een momentopname: Thunderbird en GNOME Agenda werken het niet bij als een praatje verschuift (alleen khal en de import van Evolution doen dat). Houd uw agenda kloppend door „Dit bestand bijwerken” aan te vinken en u op het bestand te abonneren (Thunderbird: Nieuwe agenda ▸ Op het netwerk, file:///…; Evolution: Op het web), of synchroniseer een CalDAV-account of een khal-map met „planner calendar add”.</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agenda&apos;s (*.planner-agenda *.ics);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (geen)</translation>
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
        <translation>Samen:
%1

Alleen u:
%2

Alleen %5:
%3

Tegelijk vrij:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 woont %n sessie bij.</numerusform>
            <numerusform>%1 woont %n sessies bij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Niet in dit programma: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Deze is gemaakt op basis van een andere versie van het programma.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>%n van hun sessies met ster gemarkeerd als ‘misschien’.</numerusform>
            <numerusform>%n van hun sessies met ster gemarkeerd als ‘misschien’.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Agenda van een collega openen</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Kan deze agenda niet openen</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Agenda van een collega tonen of verbergen</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Agenda van een collega verwijderen</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>U en %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Details van de sessie</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Alles over de gekozen sessie</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Ster</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Deze sessie een ster geven</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Zet de sessie in uw agenda of haalt haar eruit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Prioriteit: hoe graag u deze sessie wilt zien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Status: deze sessie bijwonen, als plan B houden of overslaan</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Uw notitie bij deze sessie…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Persoonlijke notitie</translation>
    </message>
    <message>
        <source>Kept when you press Save note</source>
        <translation>Wordt bewaard als u op ‘Notitie opslaan’ drukt</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Kies een sessie om de details te zien.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Met ster</translation>
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
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
        <translation>Dit bestand kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Programma bijgewerkt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Planner gebruikt %1 vanaf de volgende start. Nu opnieuw starten?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Meer opdrachten</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 begint over %n min in %2</numerusform>
            <numerusform>%1 begint over %n min in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 begint over %n min</numerusform>
            <numerusform>%1 begint over %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>De toetsen van de weergaven (S, spatie, 1, 2, 3) werken op de geselecteerde sessie als een weergave de focus heeft, niet tijdens het typen.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elders</translation>
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
        <translation>Sessie zonder titel: het programma vermeldt geen titel; dit label komt uit de beschrijving.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Geannuleerd:&lt;/b&gt; deze sessie staat niet meer in het programma. Ze blijft in uw agenda tot u de ster weghaalt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Uw tijd</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Pagina van de sessie</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Welke tijdzone?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; geeft lokale tijden, maar niet waar de conferentie is.&lt;br&gt;Kies de tijdzone van de conferentie:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Tijdzone van de conferentie</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Geannuleerd: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Zaal: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Met ster: zeker zien</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Met ster: wil ik zien</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Met ster: misschien</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Overlapt met een andere sessie die u bijwoont</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Gaan ook: %1</translation>
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
        <translation>Zeker zien</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Wil ik zien</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Misschien</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Ik ga</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Overslaan</translation>
    </message>
</context>
</TS>
