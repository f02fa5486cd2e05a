<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Oznacz „%1”</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Usuń oznaczenie „%1”</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>Oznacz „%1” jako „%2”</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>Ustaw „%1” na „%2”</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Edytuj notatkę do „%1”</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Rozwiąż kolizję</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Rozwiąż automatycznie</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Przejmij sesje współpracownika</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Twój plan jest jeszcze pusty.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Oznacz gwiazdką sesje, które chcesz zobaczyć: wybierz jedną w Programie, na Liście lub w Harmonogramie i naciśnij S (albo kliknij jej gwiazdkę; 1, 2 i 3 mówią, jak bardzo jej chcesz). Pojawią się tutaj dzień po dniu, z konfliktami do rozwiązania i wolnym czasem do wypełnienia.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Eksportuj do kalendarza</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Uwzględnij sesje z &amp;planu B (jako wstępne)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>P&amp;rzypominaj przed każdą sesją</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min wcześniej</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuty przypomnienia</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Aktualizuj ten plik, gdy mój plan się zmieni</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Dla aplikacji kalendarza, które subskrybują plik lokalny</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Jednorazowy import pliku to migawka: Thunderbird i Kalendarz GNOME nie zaktualizują go, gdy wystąpienie zmieni godzinę (robią to tylko khal i import w Evolution). Aby kalendarz był zgodny z prawdą, zaznacz „Aktualizuj ten plik” i zasubskrybuj plik (Thunderbird: Nowy kalendarz ▸ W sieci, file:///…; Evolution: W sieci WWW) albo synchronizuj konto CalDAV lub folder khal poleceniem „planner calendar add”.</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Plany (*.planner-agenda *.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (brak)</translation>
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
        <translation>Razem:
%1

Tylko Ty:
%2

Tylko %5:
%3

Wolni w tym samym czasie:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 uczestniczy w %n sesji.</numerusform>
            <numerusform>%1 uczestniczy w %n sesjach.</numerusform>
            <numerusform>%1 uczestniczy w %n sesjach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Nie ma w tym programie: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Powstał na podstawie innej wersji programu.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>Oznaczono %n sesję współpracownika jako „może”.</numerusform>
            <numerusform>Oznaczono %n sesje współpracownika jako „może”.</numerusform>
            <numerusform>Oznaczono %n sesji współpracownika jako „może”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Otwórz plan współpracownika</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Nie można otworzyć tego planu</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Pokaż lub ukryj plan współpracownika</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Usuń plan współpracownika</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Ty i %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Szczegóły sesji</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Wszystko o wybranej sesji</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Oznacz</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Oznacz tę sesję</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Dodaje sesję do Twojego planu albo ją z niego usuwa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Priorytet: jak bardzo chcesz zobaczyć tę sesję</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Stan: iść na tę sesję, zostawić ją jako plan B albo pominąć</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Twoja notatka o tej sesji…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Notatka osobista</translation>
    </message>
    <message>
        <source>Kept when you press Save note</source>
        <translation>Zapisywana po naciśnięciu „Zapisz notatkę”</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Zapisz notatkę</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Wybierz sesję, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Oznaczona</translation>
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
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
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
        <translation>Nie można otworzyć tego pliku</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Program zaktualizowany</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Od następnego uruchomienia Planner będzie używać języka: %1. Uruchomić ponownie teraz?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Więcej poleceń</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 zaczyna się za %n min w: %2</numerusform>
            <numerusform>%1 zaczyna się za %n min w: %2</numerusform>
            <numerusform>%1 zaczyna się za %n min w: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 zaczyna się za %n min</numerusform>
            <numerusform>%1 zaczyna się za %n min</numerusform>
            <numerusform>%1 zaczyna się za %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Następna sesja</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>Klawisze widoków (S, spacja, 1, 2, 3) działają na wybraną sesję, gdy widok ma fokus, a nie podczas pisania.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Gdzie indziej</translation>
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
        <translation>Sesja bez tytułu: program nie podaje jej tytułu; ta nazwa pochodzi z jej opisu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Odwołana:&lt;/b&gt; tej sesji nie ma już w programie. Pozostaje w Twoim planie, dopóki nie usuniesz oznaczenia.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Twój czas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Język</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Strona sesji</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odnośniki</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Która strefa czasowa?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; podaje czas lokalny, ale nie mówi, gdzie odbywa się konferencja.&lt;br&gt;Wybierz strefę czasową konferencji:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Strefa czasowa konferencji</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Odwołana: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Oznaczona: koniecznie</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Oznaczona: chcę zobaczyć</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Oznaczona: może</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Koliduje z inną sesją, w której uczestniczysz</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Idą też: %1</translation>
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
        <translation>Koniecznie</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Chcę zobaczyć</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Może</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Idę</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Pomijam</translation>
    </message>
</context>
</TS>
