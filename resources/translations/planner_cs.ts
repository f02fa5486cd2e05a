<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Označit „%1“</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Zrušit označení „%1“</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>Označit „%1“ jako „%2“</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>Nastavit „%1“ na „%2“</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Upravit poznámku k „%1“</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Vyřešit překryv</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Vyřešit automaticky</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Převzít přednášky kolegy</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Váš program je zatím prázdný.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Označte hvězdičkou přednášky, které chcete vidět: vyberte jednu v Programu, Seznamu nebo Rozvrhu a stiskněte S (nebo klepněte na její hvězdičku; 1, 2 a 3 říkají, jak moc ji chcete). Objeví se zde den po dni, s kolizemi k vyřešení a volným časem k vyplnění.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exportovat do kalendáře</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Zahrnout přednášky z &amp;plánu B (jako předběžné)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Připomenout před každou přednáškou</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min předem</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuty připomenutí</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Udržovat tento soubor aktuální, když se můj program změní</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Pro kalendářové aplikace, které odebírají místní soubor</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Jednou importovaný soubor je jen snímek: Thunderbird a Kalendář GNOME ho neaktualizují, když se přednáška přesune (dělá to jen khal a import v Evolution). Aby kalendář odpovídal skutečnosti, zaškrtněte „Udržovat tento soubor aktuální“ a přihlaste se k odběru souboru (Thunderbird: Nový kalendář ▸ Na síti, file:///…; Evolution: Na webu), nebo synchronizujte účet CalDAV či složku khal příkazem „planner calendar add“.</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Programy (*.planner-agenda *.ics);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (žádné)</translation>
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
        <translation>Společně:
%1

Jen vy:
%2

Jen %5:
%3

Volno ve stejnou dobu:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 navštíví %n přednášku.</numerusform>
            <numerusform>%1 navštíví %n přednášky.</numerusform>
            <numerusform>%1 navštíví %n přednášek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Nejsou v tomto programu: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Neimportováno: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Vznikl z jiné verze programu.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>Označena %n přednáška kolegy jako „možná“.</numerusform>
            <numerusform>Označeny %n přednášky kolegy jako „možná“.</numerusform>
            <numerusform>Označeno %n přednášek kolegy jako „možná“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Otevřít program kolegy</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Tento program nelze otevřít</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Zobrazit nebo skrýt program kolegy</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Odebrat program kolegy</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Vy a %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Podrobnosti přednášky</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Vše o vybrané přednášce</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Označit</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Označit tuto přednášku</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Přidá přednášku do vašeho programu, nebo ji z něj odebere</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Priorita: jak moc chcete tuto přednášku vidět</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Stav: jít na tuto přednášku, ponechat ji jako plán B, nebo ji vynechat</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Vaše poznámka k této přednášce…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Osobní poznámka</translation>
    </message>
    <message>
        <source>Kept when you press Save note</source>
        <translation>Uloží se, když stisknete „Uložit poznámku“</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Uložit poznámku</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Vyberte přednášku a uvidíte její podrobnosti.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Označeno</translation>
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
            <numerusform>%n hod.</numerusform>
            <numerusform>%n hod.</numerusform>
            <numerusform>%n hod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Cannot open this file</source>
        <translation>Tento soubor nelze otevřít</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Program aktualizován</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Změny</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Jazyk systému (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Od příštího spuštění bude Planner používat jazyk: %1. Restartovat nyní?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Další příkazy</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 začíná za %n min v místnosti %2</numerusform>
            <numerusform>%1 začíná za %n min v místnosti %2</numerusform>
            <numerusform>%1 začíná za %n min v místnosti %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 začíná za %n min</numerusform>
            <numerusform>%1 začíná za %n min</numerusform>
            <numerusform>%1 začíná za %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Další přednáška</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>Klávesy zobrazení (S, mezerník, 1, 2, 3) působí na vybranou přednášku, když má zobrazení fokus, ne při psaní.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové zkratky</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Příkaz</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klávesy</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Jinde</translation>
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
        <translation>Přednáška bez názvu: program neuvádí její název; toto označení pochází z jejího popisu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Zrušeno:&lt;/b&gt; tato přednáška už v programu není. Zůstane ve vašem programu, dokud označení nezrušíte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Váš čas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Místnost</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Sekce</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Přednášející</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Anotace</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Stránka přednášky</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odkazy</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Které časové pásmo?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; uvádí místní časy, ale neříká, kde se konference koná.&lt;br&gt;Vyberte časové pásmo konference:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Časové pásmo konference</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Zrušeno: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Místnost: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Označeno: musím vidět</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Označeno: chci vidět</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Označeno: možná</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Překrývá se s jinou přednáškou, které se účastníte</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Jdou také: %1</translation>
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
        <translation>Musím vidět</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Chci vidět</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Možná</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Jdu</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plán B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Vynechám</translation>
    </message>
</context>
</TS>
