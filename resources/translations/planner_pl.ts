<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;Importuj program…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Importuj plik z programem konferencji</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Importuj z &amp;sieci…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Importuj program konferencji z adresu URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Eksportuj do kalendarza…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Zapisz swój plan jako plik iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Eksportuj tę sesję do kalendarza…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Zapisz wybraną sesję jako plik iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ka&amp;lendarze…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>Kalendarze, które Planner synchronizuje z Twoim planem (CalDAV, folder wydarzeń)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Synchronizuj kalendarze &amp;teraz</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Wyślij teraz swój plan do wszystkich kalendarzy</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Zapisz plan do druku, dzień po dniu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Drukuj swój plan kieszonkowy</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>&amp;Udostępnij mój plan…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Zapisz swój plan jako plik dla współpracowników</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Na &amp;telefon (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Zabierz swój plan w telefonie: kod QR i odnośnik dla aplikacji Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Eksportuj do &amp;arkusza (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Zapisz oznaczone sesje jako plik CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>&amp;Wklej odnośnik Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Pokaż obok swoich sesje z odnośnika Giggity ze schowka</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Otwórz plan &amp;współpracownika…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Pokaż plan współpracownika obok swojego</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Oznacz / usuń oznaczenie</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Oznacz wybraną sesję albo usuń jej oznaczenie</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Koniecznie</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Oznacz jako „koniecznie”</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Chcę zobaczyć</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Oznacz jako „chcę zobaczyć”</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Może</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Oznacz jako „może”</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Czas w strefie &amp;konferencji</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Szukaj w tytułach, streszczeniach i nazwiskach prelegentów</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>Pr&amp;ogram</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>Plan &amp;godzinowy</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>&amp;Mój plan</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Prelege&amp;nci</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Przypominaj przed sesjami</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 minut wcześniej</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 minut wcześniej</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 minut wcześniej</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 minut wcześniej</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pełny &amp;ekran</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Jasny lub ciemny jak pulpit, w jego własnym stylu</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Eksportuj plan kieszonkowy (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Czas w strefie &amp;tego komputera</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>Rozwiń wszystkie &amp;dni</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Legend&amp;a</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>Pokaż na pasku stanu, co oznaczają gwiazdki i znacznik kolizji</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Pierwsze kroki</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Krótki przewodnik: oznaczanie sesji, rozwiązywanie kolizji, udostępnianie planu</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Wszystkie skróty klawiszowe Plannera</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;O programie Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Idę na tę sesję</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Idź na wybraną sesję; sesje, które z nią kolidują, staną się planem B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Idź na wybraną sesję; pozostałe staną się planem B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Rozwiąż automatycznie…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Wybierz najlepszy plan bez kolizji (najpierw zobaczysz zmiany)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Czas przejścia…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Czas przejścia między salami i dopuszczalne spóźnienie</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Dodaj zajęty czas…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Zablokuj czas na własne sprawy (obiad, dyżur na stoisku)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Usuń zajęty czas</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Usuń wybrany zajęty czas</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Pomniejsz Plan godzinowy: więcej godzin naraz</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Powiększ Plan godzinowy: więcej miejsca na tytuły</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Oznacz tę sesję</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Dodaj wyświetlaną sesję do planu albo ją z niego usuń</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Zapisz notatkę</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Zachowaj notatkę o tej sesji</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Wyczyść wyszukiwanie i wszystkie filtry</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Udostępnij</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Przypomnienia</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>W&amp;ygląd</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>Współp&amp;racownicy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Pokaż w „Moim planie” i w Planie godzinowym</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Oznacz ich sesje (jako „może”)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Porównaj z moim…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Jak &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
</context>
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
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Najpierw wybierz sesję w kolizji (albo plan B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Idziesz na „%1”; %Ln sesja przeszła do planu B.</numerusform>
            <numerusform>Idziesz na „%1”; %Ln sesje przeszły do planu B.</numerusform>
            <numerusform>Idziesz na „%1”; %Ln sesji przeszło do planu B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Czas przejścia</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Nie można dodać tego zajętego czasu</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Dodaj zajęty czas</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Najpierw wybierz zajęty czas do usunięcia.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Usuń zajęty czas</translation>
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
        <translation>Oznacz gwiazdką sesje, które chcesz zobaczyć: wybierz jedną w Programie, na Liście lub w Planie godzinowym i naciśnij S (albo kliknij jej gwiazdkę; 1, 2 i 3 określają, jak bardzo chcesz ją zobaczyć). Pojawią się tutaj dzień po dniu, z kolizjami do rozwiązania i wolnym czasem do wypełnienia.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Ciasno: %1 min na %2 min przejścia z „%3” do „%4”</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(zajęty)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Wolny czas: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Propozycja: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Odwołana: %1</translation>
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
            <numerusform>%1 idzie</numerusform>
            <numerusform>%1 idą</numerusform>
            <numerusform>%1 idą</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Twój zajęty czas: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>zajęty</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>„%1” i „%2”</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>Nie można uczestniczyć w obu:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Wybierz ją i naciśnij „Idę na tę sesję”, aby ją zachować (to, z czym koliduje, stanie się planem B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Więcej poleceń</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Pokazuje polecenia, które nie mieszczą się w oknie</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Rozwiąż kolizje automatycznie</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Proponowane zmiany</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Wprowadź wymienione zmiany („Cofnij” je wycofa)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Dodaj zajęty czas</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>np. Obiad z klientem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Kiedy zaczyna się zajęty czas</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Kiedy kończy się zajęty czas</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Co:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>Od (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>Zajęty</translation>
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
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Sesje z planu B też trafiają do pliku, oznaczone jako wstępne</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Każda sesja w pliku dostaje przypomnienie, które pokaże Twoja aplikacja kalendarza</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Ile minut przed sesją pojawia się przypomnienie</translation>
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
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Jednorazowy import pliku to migawka: Thunderbird i Kalendarz GNOME nie zaktualizują go, gdy wystąpienie zmieni godzinę (robią to tylko khal i import w Evolution). Aby kalendarz był zgodny z prawdą, zaznacz „Aktualizuj ten plik” i zasubskrybuj plik (Thunderbird: Nowy kalendarz › W sieci, file:///…; Evolution: W sieci WWW) albo synchronizuj konto CalDAV lub folder khal poleceniem „planner calendar add”.</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner sam utrzymuje Twój plan w tych kalendarzach: konto CalDAV (Nextcloud, Fastmail, iCloud z hasłem aplikacji, mailbox.org, Radicale…) albo folder wydarzeń czytany przez khal, vdirsyncer lub Evolution. Zmiany są wysyłane w ciągu kilku sekund; offline czekają i nic nie ginie.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Plik aktualizowany</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendarze</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Synchronizowane kalendarze</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Brak kalendarzy. Dodaj konto CalDAV albo folder wydarzeń.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Szczegóły kalendarza</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Synchronizuj teraz wybrany kalendarz (F5: wszystkie kalendarze)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Zmień adres, konto lub opcje wybranego kalendarza</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Sprawdź, czy wybrany kalendarz jest osiągalny, bez synchronizacji</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Zatrzymaj trwającą synchronizację</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Zatrzymaj tę synchronizację; wysłane zostaje, reszta czeka</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Dodaj konto CalDAV albo folder wydarzeń (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Przestań synchronizować wybrany kalendarz (Delete)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Aktualizowany plik kalendarza</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>Wysłano %1 z %2 wydarzeń</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalendarz: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Użytkownik: %1 (hasło z polecenia)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Użytkownik: %1 (hasło z pęku kluczy)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Ostatnia synchronizacja: dodane %1, zaktualizowane %2, usunięte %3, bez zmian %4.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner sam nie ponowi próby: edytuj kalendarz, aby to naprawić.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Usuń kalendarz</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>Przestać synchronizować „%1”? Jego zawartość zostaje; Planner po prostu przestanie go aktualizować.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>aktualizowany plik kalendarza</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>„%1” nie jest już synchronizowany; jego zawartość zostaje.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>Nie udało się usunąć „%1”: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Połączenie działa. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Połączenie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>Twój zajęty czas „%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1, potem %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Kolizja: nie można zachować jednocześnie %1 i %2 — tylko Ty możesz to rozstrzygnąć</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Kolizja: %1 nie zostawia czasu na %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Kolizja: te 2 nachodzą na siebie — wybierz jedną</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Kolizja: te %Ln nachodzą na siebie — wybierz jedną</numerusform>
            <numerusform>Kolizja: te %Ln nachodzą na siebie — wybierz jedną</numerusform>
            <numerusform>Kolizja: tych %Ln nachodzi na siebie — wybierz jedną</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1 albo %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Kolizja: idź na %1 albo %Ln inna możliwość</numerusform>
            <numerusform>Kolizja: idź na %1 albo %Ln inne możliwości</numerusform>
            <numerusform>Kolizja: idź na %1 albo %Ln innych możliwości</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Kolizja: idź na %1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>nachodzą na siebie o %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min na %2 min przejścia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>koliduje z %1 i %Ln inną</numerusform>
            <numerusform>koliduje z %1 i %Ln innymi</numerusform>
            <numerusform>koliduje z %1 i %Ln innymi</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>koliduje z %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>Koliduje z:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Tylko Ty możesz to rozstrzygnąć: żadna możliwość nie zachowuje wszystkich sesji „koniecznie”.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Można iść tylko na jedną z nich: wybierz którąś.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Najlepszy plan: idź na %1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Albo idź na %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Oznaczona: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Odwołana: nie ma jej już w programie.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Ciasno: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Plany i ulubione z telefonu (*.planner-agenda *.ics *.csv *.json);;Wszystkie pliki (*)</translation>
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
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 uczestniczy w %Ln sesji.</numerusform>
            <numerusform>%1 uczestniczy w %Ln sesjach.</numerusform>
            <numerusform>%1 uczestniczy w %Ln sesjach.</numerusform>
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
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>Oznaczono %Ln sesję współpracownika jako „może”.</numerusform>
            <numerusform>Oznaczono %Ln sesje współpracownika jako „może”.</numerusform>
            <numerusform>Oznaczono %Ln sesji współpracownika jako „może”.</numerusform>
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
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Prelegent / sesja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Oznaczona</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Oznaczone sesje (kliknij, naciśnij S lub spację, aby oznaczyć; 1/2/3 ustawiają priorytet)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Czas przejścia i tolerancja</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Czas przejścia między salami</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancja</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>Minuty potrzebne na przejście z jednej sali do drugiej między sesjami</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Ile minut dwie sesje mogą na siebie nachodzić, zanim zaczną kolidować</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>Czas przejścia liczy się tylko między różnymi salami. Z tolerancją możesz o tyle wcześniej wyjść z sesji albo o tyle się spóźnić: mniejsze nakładanie się sesji daje tylko ostrzeżenie.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Czas przejścia między salami:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Mogę wyjść wcześniej / spóźnić się o:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>Twój zajęty czas „%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>„%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 i %Ln inna</numerusform>
            <numerusform>%1 i %Ln inne</numerusform>
            <numerusform>%1 i %Ln innych</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>ustępuje miejsca: %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>zachowana (%1) zamiast: %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>„koniecznie”: zawsze zachowana</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>brak kolizji</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>ścieżka: %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>prelegent: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>temat: %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>„%1” → „%2”: %3 min na %4 min przejścia (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>„%1” i „%2” nachodzą na siebie o %Ln min</numerusform>
            <numerusform>„%1” i „%2” nachodzą na siebie o %Ln min</numerusform>
            <numerusform>„%1” i „%2” nachodzą na siebie o %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>„%1” i „%2” nachodzą na siebie o %Ln min (w granicach Twojej tolerancji)</numerusform>
            <numerusform>„%1” i „%2” nachodzą na siebie o %Ln min (w granicach Twojej tolerancji)</numerusform>
            <numerusform>„%1” i „%2” nachodzą na siebie o %Ln min (w granicach Twojej tolerancji)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>czas %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>było: %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>sala %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>tytuł „%1” → „%2”</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>zmieniono podtytuł</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>ścieżka %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>prelegenci %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>zmieniono streszczenie</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>klucz %1 → %2; oznaczenie przeniesiono razem z sesją</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>z powrotem w programie</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>dodano: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>usunięto: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>przeniesiono: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>zmieniono: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [oznaczona]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln prelegent</numerusform>
            <numerusform>%Ln prelegentów</numerusform>
            <numerusform>%Ln prelegentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln sala</numerusform>
            <numerusform>%Ln sale</numerusform>
            <numerusform>%Ln sal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln ścieżka</numerusform>
            <numerusform>%Ln ścieżki</numerusform>
            <numerusform>%Ln ścieżek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dnia</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 w ciągu %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>Zaimportowano „%1”: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>Zaktualizowano „%1”: %2; dodano: %3, usunięto: %4, przeniesiono: %5, zmieniono: %6</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>nie udało się zweryfikować certyfikatu TLS</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>połączenie odrzucone</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>przekroczono czas oczekiwania</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>nieznana nazwa hosta</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>brak sieci lub nieznana nazwa hosta</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>nie można połączyć się z %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 odrzucił nazwę użytkownika lub hasło (sprawdź je albo hasło aplikacji)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1: nie udało się pobrać listy wydarzeń kalendarza; biblioteka CalDAV zgłosiła: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1: nie udało się zapisać wydarzenia; biblioteka CalDAV zgłosiła: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1: nie udało się usunąć wydarzenia; biblioteka CalDAV zgłosiła: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1: nie udało się znaleźć ani utworzyć kalendarza; biblioteka CalDAV zgłosiła: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>serwer odmówił znalezienia lub utworzenia kalendarza (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>serwer odmówił podania listy wydarzeń kalendarza (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>serwer odmówił zapisania wydarzenia (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>serwer odmówił usunięcia wydarzenia (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: nie zaakceptował nazwy użytkownika lub hasła</translation>
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
        <translation>%1: nie udało się zapisać pliku kalendarza (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (tak jak zapisała to wcześniejsza wersja Plannera)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>nie ma pęku kluczy środowiska, który mógłby przechować hasło dla %1; edytuj kalendarz i podaj polecenie hasła</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>brak hasła dla %1 w pęku kluczy; dodaj kalendarz ponownie albo podaj --password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>polecenie hasła nie powiodło się (kod wyjścia %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>polecenie hasła nie powiodło się (kod wyjścia %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>polecenie hasła nie wypisało żadnego hasła</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>nie udało się odczytać pęku kluczy (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>Pęk kluczy środowiska nie zachował hasła (%1). Odblokuj go i spróbuj ponownie albo podaj zamiast tego polecenie, które wypisuje hasło.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>polecenie hasła nie zakończyło się w wyznaczonym czasie: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>nie udało się uruchomić polecenia hasła (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>%1 jest zapisywalny</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: utworzono kalendarz „%2” pod adresem %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: znaleziono kalendarz „%2” pod adresem %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S lub Spacja oznacza wybraną sesję; 1, 2 i 3 ustawiają jej priorytet.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Program której konferencji pokazuje okno</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>Program według dni i ścieżek; wybrana sesja pojawia się z boku.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Każda sesja pasująca do wyszukiwania i filtrów, jedna w wierszu.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>Sesje dnia według sal i godzin; klawisze strzałek przenoszą między nimi.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>Dzień pokazywany w Planie godzinowym</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Wszyscy prelegenci wraz z ich sesjami</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>Konferencja według dni i ścieżek (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Wszystkie sesje w tabeli do przeszukiwania i filtrowania (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>Sesje jednego dnia według sal i godzin (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Twoje oznaczone sesje, ich kolizje i Twój wolny czas (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Wszyscy prelegenci i ich sesje (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Pokaż tylko oznaczone sesje</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Twoje oznaczone sesje dzień po dniu, z kolizjami i wolnym czasem.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Pokaż tylko oznaczone sesje, które kolidują: nachodzą na siebie albo zostawiają za mało czasu na przejście</translation>
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
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Zapisywana, gdy tylko opuścisz pole; nie oznacza sesji</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Oznacz</translation>
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
        <source>Starred</source>
        <translation>Oznaczona</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Eksportuj do kalendarza</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 będzie na bieżąco odzwierciedlać Twój plan.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>Zapisano %Ln sesję w %1.</numerusform>
            <numerusform>Zapisano %Ln sesje w %1.</numerusform>
            <numerusform>Zapisano %Ln sesji w %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Eksportuj sesję</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>Zapisano „%1” w %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Eksportuj plan kieszonkowy</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Zapisano %1 (%Ln strona).</numerusform>
            <numerusform>Zapisano %1 (%Ln strony).</numerusform>
            <numerusform>Zapisano %1 (%Ln stron).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Eksportuj do arkusza</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Udostępnij mój plan</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Twoje imię, tak jak zobaczą je współpracownicy:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Plan Plannera (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Udostępnianie nie powiodło się</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Szukaj tytułów, streszczeń, prelegentów… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Wyczyść pole wyszukiwania; filtry zostają</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Szukaj sesji</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Całe słowa</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Tylko całe słowa: „rust” znajdzie „Rust”, ale nie „Trust” ani „rusty”</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Tylko całe słowa</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filtruj według dnia</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Wszystkie dni</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtruj według ścieżki</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Wszystkie ścieżki</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filtruj według sali</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Wszystkie sale</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtruj według rodzaju</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtruj według języka</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Oznaczone</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Tylko oznaczone sesje</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>Kolidujące</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Tylko kolidujące sesje</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Wyczyść wyszukiwanie i filtry</translation>
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
        <translation>%1 o %2</translation>
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
            <numerusform>%Ln godz.</numerusform>
            <numerusform>%Ln godz.</numerusform>
            <numerusform>%Ln godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Pierwsze kroki</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Pierwsze kroki z Plannerem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Oznacz to, co chcesz zobaczyć</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Wybierz sesję w dowolnym widoku i naciśnij %1 albo kliknij jej gwiazdkę. %2, %3 i %4 oznaczają ją jako „koniecznie”, „chcę zobaczyć” albo „może”: każda ma własną gwiazdkę. %5 wyszukuje sesje po tytule, streszczeniu lub prelegencie.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Zobacz i rozwiąż kolizje</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Sesje, na które idziesz, a które na siebie nachodzą, mają w każdym widoku trójkąt ostrzegawczy (%1 objaśnia oznaczenia). „Mój plan” pokazuje każdą kolizję: które sesje ze sobą kolidują i na co możesz pójść zamiast nich. Wybierz jedną i użyj %2 (pozostałe staną się planem B) albo skorzystaj z %3, aby znaleźć najlepszy plan; najpierw zobaczysz zmiany, a %4 je wycofa.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Twój dzień w „Moim planie”</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 pokazuje dzień po dniu, na co idziesz, razem z planem B, wolnym czasem i sesjami, które mogłyby go wypełnić. Własne zobowiązania (obiad, dyżur na stoisku) dodasz przez %2, a minuty potrzebne na przejście między salami przez %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Dodaj plan do kalendarza</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 zapisuje plan jako plik iCalendar, który zaimportuje każda aplikacja kalendarza. Aby kalendarz był aktualny, gdy plany się zmieniają, dodaj go w %2 (konto CalDAV, np. Nextcloud, albo folder wydarzeń): Planner wysyła mu każdą zmianę, a %3 robi to od razu. %4 tworzy kieszonkowy plan do wydruku.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Planuj ze współpracownikami</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 zapisuje plan jako plik do wysłania współpracownikom. %2 pokazuje plan współpracownika obok Twojego, w „Moim planie” i w Planie godzinowym; czyta też ulubione eksportowane przez aplikacje na telefon (FOSDEM Companion, Sojourner, EventFahrplan). W menu %3 porównasz jego plan ze swoim albo oznaczysz jego sesje jako „może”.</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Zabierz plan w telefonie</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 pokazuje kod QR i odnośnik, które przenoszą plan do aplikacji Giggity na telefonie. Ktoś przysłał Ci odnośnik Giggity? Skopiuj go i wybierz %2, aby zobaczyć jego sesje obok swoich.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner przechowuje Twój plan konferencji na tym komputerze i działa bez internetu. Te kroki prowadzą od programu do planu, który masz zawsze przy sobie.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 wymienia wszystkie skróty.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>O programie %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Ułóż swój plan konferencji offline: oznaczaj sesje, rozwiązuj kolizje, eksportuj do kalendarza.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Importuj program konferencji</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Programy konferencji (*.json *.xml *.ics *.xcs);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Importuj z sieci</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Adres programu (http:// lub https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Nie można otworzyć tego pliku</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Anulowano import %1.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import odrzucony: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import nie powiódł się</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>„%1” jest aktualny.</translation>
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
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Oznaczona: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Ostrzeżenie: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
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
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Koniecznie</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Chcę zobaczyć</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Może</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Kolizja</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Ciasne przejście</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Pełna gwiazdka: koniecznie. Pół gwiazdki: chcę zobaczyć. Pusta gwiazdka: może. Trójkąt ostrzegawczy: kolizja.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Pusty trójkąt ostrzegawczy: ciasne przejście.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Jak Planner oznacza sesje w każdym widoku, w PDF i na wydruku:
pełna gwiazdka: koniecznie · pół gwiazdki: chcę zobaczyć · pusta gwiazdka: może
trójkąt ostrzegawczy: kolizja z inną sesją, na którą idziesz (najedź na niego, by zobaczyć możliwości)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>pusty trójkąt ostrzegawczy: ciasne przejście – bez kolizji, ale mniej czasu niż droga do sali następnej sesji</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>Pr&amp;ogram</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>Plan &amp;godzinowy</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>&amp;Mój plan</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Prelege&amp;nci</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencja</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Pozostałe przyciski paska narzędzi</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Pokazuje polecenia, które nie mieszczą się w oknie</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Konferencja:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>wydarzenie %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>sesja %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>dzień %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>rekord %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>zakładka %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>odnośnik Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>wydarzenie bez nazwy</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 podaje %2 dnia %3, godzinę, której nie ma w %4 (zegary przestawia się do przodu); odczytano jako %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 podaje %2 dnia %3, godzinę, która w %4 występuje dwa razy (zegary przestawia się do tyłu); odczytano jako pierwszą</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 kończy się o %2; koniec przesunięto wraz z początkiem na %3 (zachowano czas trwania: %Ln minuta)</numerusform>
            <numerusform>%1 kończy się o %2; koniec przesunięto wraz z początkiem na %3 (zachowano czas trwania: %Ln minuty)</numerusform>
            <numerusform>%1 kończy się o %2; koniec przesunięto wraz z początkiem na %3 (zachowano czas trwania: %Ln minut)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 ma granice poza zakresem; zignorowano</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 nie ma tytułu; pokazano jako „%2”</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 („%2”) kończy się przed początkiem, bo %3 dnia %4 nie istnieje w %5 (zegary przestawia się do przodu) i odczytano to jako %6; pominięto</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 („%2”) wykracza poza zakres dat, które Planner przechowuje w %3; pominięto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln sesja powtarza id lub GUID użyty wcześniej w pliku; zachowano wszystkie</numerusform>
            <numerusform>%Ln sesje powtarzają id lub GUID użyty wcześniej w pliku; zachowano wszystkie</numerusform>
            <numerusform>%Ln sesji powtarza id lub GUID użyty wcześniej w pliku; zachowano wszystkie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln sesja bez id powtarza tytuł, początek i salę wcześniejszej sesji; zachowano wszystkie</numerusform>
            <numerusform>%Ln sesje bez id powtarzają tytuł, początek i salę wcześniejszej sesji; zachowano wszystkie</numerusform>
            <numerusform>%Ln sesji bez id powtarza tytuł, początek i salę wcześniejszej sesji; zachowano wszystkie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… i %Ln inne ostrzeżenie</numerusform>
            <numerusform>… i %Ln inne ostrzeżenia</numerusform>
            <numerusform>… i %Ln innych ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>nieznana strefa czasowa „%1” w pliku; zignorowano</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>plik podaje strefę czasową %1; zgodnie z prośbą użyto %2</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>plik podaje strefę czasową %1, ale jego godziny mają inne przesunięcia; pokazano je w %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>plik nie podaje strefy czasowej; godziny zachowują przesunięcie względem UTC i są pokazane w %1 (zaimportuj ze strefą czasową, aby to zmienić)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>plik podaje swoją strefę czasową, %1; żądana strefa czasowa (%2) nie dotyczy plików programu Plannera</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 („%2”) jest oznaczone jako odwołane; pominięto</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 („%2”) nie ma początku; pominięto</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 („%2”) powtarza się; zachowano tylko pierwsze wystąpienie</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 („%2”) ma nieczytelną godzinę (%3); pominięto</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 („%2”) nie ma terminu; pominięto</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 („%2”) ma godzinę poza zakresem; pominięto</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>plik nie ma sekcji &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>plik oznacza czas lokalny jako UTC („Z”); odczytano go jako czas w %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 („%2”) nie ma poprawnej daty ani godziny początku; pominięto</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: nieczytelny czas trwania „%2”; pokazano jako 0 minut</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 („%2”) nie ma czasu trwania; pokazano jako 0 minut</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] nie jest obiektem; pominięto</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms nie jest obiektem; pominięto</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] nie jest listą; pominięto</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>wydarzenie w sali „%1” nie jest obiektem; pominięto</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 („%2”) nie ma poprawnej godziny początku; pominięto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln id wydarzenia zapisano jako tekst, gdzie schemat wymaga liczb; zaakceptowano</numerusform>
            <numerusform>%Ln id wydarzeń zapisano jako tekst, gdzie schemat wymaga liczb; zaakceptowano</numerusform>
            <numerusform>%Ln id wydarzeń zapisano jako tekst, gdzie schemat wymaga liczb; zaakceptowano</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>offline: %1; użyto kopii pobranej %2</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>zakładka ścieżki „%1” (cała ścieżka, nie sesja; oznacz tu gwiazdką jej sesje)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln wydarzenie ukryte w Giggity (ukrycie to nie dodanie do ulubionych; nie zaimportowano go)</numerusform>
            <numerusform>%Ln wydarzenia ukryte w Giggity (ukrycie to nie dodanie do ulubionych; nie zaimportowano ich)</numerusform>
            <numerusform>%Ln wydarzeń ukrytych w Giggity (ukrycie to nie dodanie do ulubionych; nie zaimportowano ich)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: pasuje do więcej niż jednej sesji</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: nie ma w tym programie</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1” usunięto z Twojego kalendarza: Planner doda to wydarzenie ponownie dopiero, gdy sesja się zmieni</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1” zmieniono w Twoim kalendarzu: Planner pozostawił je bez zmian</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1” zmieniono w Twoim kalendarzu, więc Planner zachował Twoją wersję i nie wysłał swojej zmiany; usuń tam to wydarzenie, aby otrzymać wersję z Plannera</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1” zmieniło się w Twoim kalendarzu podczas synchronizacji: Planner pozostawił je bez zmian</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: tej sesji nie ma już w Twoim planie, ale jej wydarzenie zmieniono w Twoim kalendarzu, więc Planner go tam nie usunął</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: zmieniono w Twoim kalendarzu: nie usunięto</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: nie odczytano: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>usunięto %Ln znak sterujący (%1), którego XML zabrania</numerusform>
            <numerusform>usunięto %Ln znaki sterujące (%1), których XML zabrania</numerusform>
            <numerusform>usunięto %Ln znaków sterujących (%1), których XML zabrania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 i %Ln innym</numerusform>
            <numerusform>%1 i %Ln innych</numerusform>
            <numerusform>%1 i %Ln innych</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, w wierszu %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, w wierszach %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Komunikat o programie</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>Nie można wyświetlić najnowszych zmian</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nie udało się zapisać: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>W schowku nie ma odnośnika Giggity (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Na telefon (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Zainstaluj &lt;b&gt;Giggity&lt;/b&gt; na telefonie z Androidem (F-Droid lub Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Zeskanuj ten kod aparatem telefonu albo otwórz w nim odnośnik.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity wczyta program i pokaże Twoje sesje: stuknij &lt;b&gt;Import all&lt;/b&gt;, a potem &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>np. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Adres programu w sieci</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Użyj</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Utwórz odnośnik z tym adresem (Planner go zapamięta)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>Dołącz &amp;plan B</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity przypomni Ci też o sesjach z planu B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Odnośnik</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Kopiuj odnośnik</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Zapisz jako P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Zapisz jako S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>Odnośnik otwierany w telefonie: Twój plan dla Giggity, także w kodzie QR</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Skopiuj odnośnik, aby wysłać go na telefon</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Zapisz kod QR jako obraz PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Zapisz kod QR jako obraz SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Adres programu w sieci:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Odnośnik:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Tworzenie odnośnika…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Wpisz adres, pod którym opublikowano program: ten, z którego wczytuje go Giggity (XML programu na stronie konferencji).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>Skąd Planner pobrał program.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Tak jak podano wcześniej.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Zapamiętany dla tej konferencji.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln sesja w odnośniku.</numerusform>
            <numerusform>%Ln sesje w odnośniku.</numerusform>
            <numerusform>%Ln sesji w odnośniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Nie idziesz jeszcze na żadną sesję: odnośnik otworzy w Giggity sam program.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Nie ma ich w odnośniku (program nie nadaje im identyfikatora znanego Giggity): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Skopiowano odnośnik.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Obraz SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>Zapisz kod QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Mój plan · czas w strefie %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Zeskanuj telefonem, aby mieć ten plan w Giggity (Android): jego oznaczenia naniesione na program wczytany z sieci.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Jeszcze nic nie oznaczono.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(zajęty do %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plan B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(odwołana)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>kolizja: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — mój plan</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln równolegle</numerusform>
            <numerusform>%Ln równolegle</numerusform>
            <numerusform>%Ln równolegle</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Oznaczona: %1 (kliknij, by usunąć oznaczenie)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Nieoznaczona (kliknij, by oznaczyć)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(bez tytułu: nazwa wzięta z opisu)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(odwołana: nie ma jej już w programie)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>oznaczona, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>nieoznaczona</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Odwołana: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Program konferencji</translation>
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
        <translation>%1 (wiersz %2, kolumna %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (wiersz %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>program konferencji</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>plik ulubionych</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>plik zakładek</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>plik planu</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>udostępnione ulubione</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>migawka do szybkiego uruchamiania</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>plik wydarzenia</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>potok nazwany (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>gniazdo</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>urządzenie</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>nie zwykły plik</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>konferencja</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>prelegent</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>klucz</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>streszczenie</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>opis</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>sala</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>podtytuł</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>typ</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>język</translation>
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
        <translation>tytuł linku</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organizacja</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>biografia</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>skrót</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>wersja</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>informacja</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>plik ma %1, ponad limit %2 MiB dla pliku typu: %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>nie można odczytać (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>nieznana strefa czasowa „%1”</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>to %1, a nie plik; Planner czyta tylko pliki</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>to nie jest zwykły plik; Planner czyta tylko pliki</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>to dane binarne, a nie plik tekstowy</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>to dane binarne, a nie program konferencji</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>to nie jest poprawny tekst %1 (błędny bajt na pozycji %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>to nie jest poprawny tekst %1</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>to nie jest program konferencji w żadnym z formatów, które czyta Planner (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>ma zbyt głębokie zagnieżdżenie jak na program konferencji</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>zawiera datę lub godzinę spoza zakresu</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>można importować tylko adresy http:// i https:// (lub plik)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON zagnieżdżony głębiej niż na %1 poziomach</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON zagnieżdżony zbyt głęboko</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>to nie jest poprawny JSON: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>to nie jest poprawny JSON: liczba o tysiącach cyfr</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 powinno być obiektem</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: „%2” powinno być tekstem</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: „%2” ma za dużo znaków: %3 (limit: %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: brak „%2”</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: „%2” powinno być listą</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: „%2” powinno mieć wartość true lub false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: „%2” nie jest datą (RRRR-MM-DD): „%3”</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: „%2” nie jest datą i godziną ISO 8601: „%3”</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: „%2” wykracza poza zakres dat, które przechowuje Planner: „%3”</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 („%2”) ma datę i godzinę spoza zakresu, który przechowuje Planner: od „%3” do „%4”</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>to nie jest plik programu Plannera (brak &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>wersja %1 formatu programu Plannera nie jest obsługiwana (ta wersja Plannera czyta wersję %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; jest przed &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] powinno być nazwą sali</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: klucz „%2” jest użyty dwa razy</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; powinno być listą nazwisk</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>to nie jest poprawnie sformułowany XML (ponad %1 znaków sterujących, których XML zabrania)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>deklaruje encje XML, których Planner nie rozwija (to częsty sposób ataku na czytniki XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>odwołuje się do zewnętrznych zasobów XML, których Planner nigdy nie wczytuje</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>używa funkcji XML, którą Planner odrzuca (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>to nie jest poprawnie sformułowany XML (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>nie można odczytać jako XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML zagnieżdżony głębiej niż na %1 poziomach</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>to nie jest plik iCalendar (nie zaczyna się od BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>to nie jest poprawny iCalendar (TZID nie wskazuje strefy czasowej)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>to nie jest poprawny iCalendar (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>nie zawiera wydarzeń (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>to lista prelegentów z Sessionize bez sesji; wyeksportuj zamiast tego widok „All” lub „Sessions”</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>nie zawiera sesji z Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>to XML, ale nie program frab (jego element główny to &lt;%1&gt;, a nie &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>nie zawiera sesji (brak &lt;event&gt; wewnątrz &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>to XML, ale nie xCal (brak elementu głównego &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>to plik xCal bez kalendarza</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>nie zawiera wydarzeń (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>to JSON, ale nie program frab (brak schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>nie zawiera sesji</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>nie zawiera sesji w zakresie dat, które przechowuje Planner</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>ma więcej prelegentów niż %1</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>ma więcej sesji niż %1</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 ma za dużo znaków: %3 (limit: %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>ścieżka „%1”: kolor ma za dużo znaków: %2 (limit: %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 („%2”) kończy się, zanim się zaczyna</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 („%2”) trwa zbyt długo (dni: %3)</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1: za dużo prelegentów: %2 (limit: %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: GUID lub id jest za długi, by służyć do identyfikacji (znaków: %2; limit: %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>kalendarz o nazwie „%1” już istnieje</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>kalendarz musi mieć nazwę</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: adres CalDAV musi być adresem URL http:// lub https://</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: podaj nazwę użytkownika osobno (--username), a hasła nie umieszczaj w adresie (przechowuje je pęk kluczy lub --password-command)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>folder nie potrzebuje nazwy użytkownika ani hasła</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>adres programu nie jest poprawnym adresem internetowym: „%1”</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>adres programu musi być adresem internetowym (http lub https), a nie „%1”</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>adres programu nie może zawierać nazwy użytkownika ani hasła: „%1” (odnośnik na telefon jest udostępniany, a z nim wszystko, co zawiera)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>odnośnik ma %1 B; kod QR mieści najwyżej %2 (udostępnij sam odnośnik albo mniej sesji)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>nie podaje strefy czasowej; wskaż ją, np. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>nie podaje strefy czasowej (pliki Sessionize nigdy jej nie podają); wskaż ją, np. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>nie podaje strefy czasowej (godziny są oznaczone jako UTC, ale zgadzają się z lokalnymi godzinami &lt;start&gt;); wskaż ją, np. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>ma %1; plik planu może mieć najwyżej %2 MiB</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>to nie jest plik planu Plannera</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>to plik planu w wersji %1; ten Planner czyta wersję %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>nie ma sumy kontrolnej (nie zapisał go Planner albo jest ucięty)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>został zmieniony lub uszkodzony po udostępnieniu (suma kontrolna się nie zgadza)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>zawiera sesje w liczbie %1 (limit: %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>kończy się, zanim się zaczyna</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 „%2” nie jest żadną z wartości: %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>to plan dla „%1”, a nie dla otwartej tu konferencji; najpierw zaimportuj program tej konferencji</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>„%1” nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>„%1” nie jest datą i godziną w formacie ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>„%1” nie ma przesunięcia względem UTC i nie jest znana żadna strefa czasowa</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 wykracza poza zakres dat, które przechowuje Planner</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>ma %1; %2 może mieć najwyżej %3 MiB</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>to dane binarne, a nie %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>to nie jest tekst UTF-8 (bajt %1 jest niepoprawny w UTF-8)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>to nie jest poprawny plik CSV (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>jest pusty</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>zawiera ulubione w liczbie %1 (limit: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 nie jest tekstem</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 ma za dużo znaków: %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2” nie jest godziną</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2” nie jest datą i godziną</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: „%2” nie ma strefy czasowej</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>to nie jest plik ulubionych Sojournera (brak %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 ma pola w liczbie %2 zamiast %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 nie ma pola %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2” nie jest dniem tygodnia</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>to nie jest eksport ulubionych z EventFahrplan (brak lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>to nie jest plik zakładek FOSDEM PWA (brak nagłówka type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 ma pola w liczbie %2, a nagłówek %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type „%2” to ani event, ani track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day „%2” nie jest numerem dnia</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: UID „%2” nie pochodzi z FOSDEM Companion</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>miesza zakładki z kilku edycji FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 nie jest datą i godziną</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 nie jest datą i godziną w UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>ma za dużo znaków (%1) jak na odnośnik</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>to nie jest odnośnik Giggity (takie zaczynają się od %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>nie wskazuje programu (brak części url= lub jest pusta)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>wskazuje program pod „%1”, co nie jest adresem internetowym</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>nie zawiera żadnych wydarzeń (brak części see= i del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>jest uszkodzony: część %1= nie jest tekstem base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>jest uszkodzony: części %1= nie da się rozpakować (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>jest uszkodzony: część %1= po rozpakowaniu daje za dużo danych</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>jest ucięty: część %1= kończy się za wcześnie</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>jest uszkodzony: część %1= nie jest listą JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>zawiera wydarzenia w liczbie %1 w %2= (limit: %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>jest uszkodzony: element %1 części %2= nie jest identyfikatorem wydarzenia</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>to adres internetowy, ale nie odnośnik Giggity (%1…); zapisz plik, na który wskazuje, i zaimportuj go</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>to odnośnik dla „%1”, a nie dla otwartej tu konferencji</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>zawiera ulubione z %1 z roku %2; „%3” odbywa się w roku %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>nie wskazuje żadnej sesji z „%1”; jego sesje są w „%2”</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>nie wskazuje żadnej sesji z „%1” ani z żadnej innej konferencji tutaj</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>nie wskazuje żadnej sesji z konferencji zaimportowanych tutaj</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>nie wskazuje żadnej sesji z konferencji z roku %1 zaimportowanych tutaj</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>to odnośnik do programu pod %1, którego tu nie zaimportowano; najpierw go zaimportuj albo wskaż, której konferencji dotyczy</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>można importować tylko adresy http:// i https://</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>nie można zaimportować adresu internetowego z nazwą użytkownika lub hasłem (Planner nie wysyła danych logowania, a hasło przechowywałby jawnym tekstem)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>to nie jest poprawny adres internetowy (zawiera spacje lub znaki sterujące)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>to nie jest poprawny adres internetowy (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>ma %1, ponad limit %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>przekracza limit %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>połączenie zamknięto, zanim dotarł cały plik (%1 z %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>nie został pobrany w ciągu %1 s</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>serwer odpowiedział 304 Not Modified, ale Planner prosił o cały plik (nie ma kopii do zachowania)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>serwer przekierował na adres spoza sieci WWW; odrzucono</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>serwer przekierowuje w pętli (albo ponad 10 razy)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>serwer odpowiedział %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>nie odpowiedział w ciągu %1 s</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>jest nieosiągalny (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>połączenie zamknięto, zanim dotarł cały plik</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>serwer wysłał wiersz nagłówka dłuższy, niż akceptują klienty HTTP</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>serwer zamknął połączenie bez odpowiedzi</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>odpowiedź serwera nie jest odpowiedzią HTTP (błędny wiersz statusu)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>serwer wysłał więcej nagłówków, niż akceptują klienty HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>odpowiedź serwera nie jest poprawną odpowiedzią HTTP (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>to nie jest poprawny adres internetowy ani poprawna odpowiedź serwera (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>pobieranie nie powiodło się (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND nie jest datą ani datą z godziną: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION nie jest czasem trwania: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>to nie jest data ani data z godziną: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>wartość daty poza zakresem</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>początek i koniec zajętego czasu wymagają strefy czasowej</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>zajęty czas musi kończyć się po swoim początku</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>zajęty czas musi zaczynać się %1 lub później i kończyć najpóźniej %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>czas przejścia musi wynosić od 0 do %1 minut, nie %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>tolerancja musi wynosić od 0 do %1 minut, nie %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>czas przejścia między %1 a %2 musi wynosić od 0 do %3 minut, nie %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>przypomnienie musi przychodzić od 0 do %1 minut wcześniej</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>podaj albo --caldav URL, albo --vdir DIR</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>podaj hasło albo --password-command, nie oba naraz</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Na tym komputerze nie ma pęku kluczy środowiska (GNOME Keyring, KWallet ani innej usługi Secret Service), więc Planner nie może bezpiecznie przechować hasła. Zamiast tego podaj polecenie, które wypisuje hasło, na przykład „pass show calendar”.</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Na tym komputerze nie ma pęku kluczy środowiska (GNOME Keyring, KWallet ani innej usługi Secret Service), więc Planner nie może bezpiecznie przechować hasła. Zamiast tego podaj polecenie, które wypisuje hasło, na przykład „pass show calendar”. (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>„%1” nie jest tekstem UTF-8; Planner przechowuje nazwy, klucze, adresy i zapamiętane pliki w UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>podano liczbę większą, niż baza danych może przechować (najwyżej %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>nieznany format „%1”; wybierz spośród: auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: kod QR zapisuje się jako .png lub .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner nie wie, gdzie publikowany jest program „%1”; podaj jego adres internetowy raz, za pomocą --program-url URL (adres, z którego Giggity go wczytuje, np. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 zaczyna się za %Ln min (sala: %2)</numerusform>
            <numerusform>%1 zaczyna się za %Ln min (sala: %2)</numerusform>
            <numerusform>%1 zaczyna się za %Ln min (sala: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 zaczyna się za %Ln min</numerusform>
            <numerusform>%1 zaczyna się za %Ln min</numerusform>
            <numerusform>%1 zaczyna się za %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Następna sesja</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Twój plan jest już najlepszy: nic do zmiany.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln zmiana usuwa kolizje z Twojego planu, zachowując sesje najważniejsze dla Ciebie.</numerusform>
            <numerusform>%Ln zmiany usuwają kolizje z Twojego planu, zachowując sesje najważniejsze dla Ciebie.</numerusform>
            <numerusform>%Ln zmian usuwa kolizje z Twojego planu, zachowując sesje najważniejsze dla Ciebie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln kolizja wymaga Twojej decyzji.</numerusform>
            <numerusform>%Ln kolizje wymagają Twojej decyzji.</numerusform>
            <numerusform>%Ln kolizji wymaga Twojej decyzji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln sesja koliduje</numerusform>
            <numerusform>%1 · %Ln sesje kolidują</numerusform>
            <numerusform>%1 · %Ln sesji koliduje</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Inne zmiany</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; „%2” — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Zostaje: „%1” — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>kolizja: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Twoja decyzja (automatyczne rozwiązywanie nigdy nie odrzuca sesji „koniecznie”)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>oznaczona, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>nieoznaczona</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(bez tytułu: nazwa wzięta z opisu)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Odwołana: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 idzie</numerusform>
            <numerusform>%1 idą</numerusform>
            <numerusform>%1 idą</numerusform>
        </translation>
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
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>oznaczona, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Oczekiwanie na bazę danych</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner próbuje dalej i otworzy ją, gdy tylko będzie wolna.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 nie może się uruchomić</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Otwarto tylko do odczytu</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Odzyskano bazę danych</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesja</numerusform>
            <numerusform>%Ln sesje</numerusform>
            <numerusform>%Ln sesji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln oznaczona</numerusform>
            <numerusform>%Ln oznaczone</numerusform>
            <numerusform>%Ln oznaczonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln kolizja</numerusform>
            <numerusform>%Ln kolizje</numerusform>
            <numerusform>%Ln kolizji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln z %1 sesji pasuje</numerusform>
            <numerusform>%Ln z %1 sesji pasują</numerusform>
            <numerusform>%Ln z %1 sesji pasuje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>odczytać</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>zapisać</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>otworzyć</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>użyć</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>utworzyć</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>zmienić</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>usunąć</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>utworzyć kopii zapasowej przed aktualizacją</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 jest zablokowany przez inny program (inny Planner lub narzędzie korzystające z bazy danych); zamknij go i spróbuj ponownie</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: dysk pełny (brak miejsca na dysku, na którym się znajduje)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: tylko do odczytu (pliku nie wolno zapisywać)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: dysk tylko do odczytu (dysk, na którym się znajduje, jest zamontowany tylko do odczytu)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: odmowa dostępu</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: tylko do odczytu (odmowa dostępu do pliku lub jego folderu)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: to folder, a nie plik</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: nazwa pliku jest za długa</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: folder nie istnieje</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: folder tylko do odczytu (odmowa dostępu)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nie można %2: tylko do odczytu (odmowa dostępu)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1: nie można zmienić: inny program zmienił w międzyczasie te same dane (nic nie zapisano; sprawdź ponownie i spróbuj jeszcze raz)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1: nie można %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1: nie można %2: to %3, a nie zwykły plik; Planner zapisuje tylko zwykłe pliki</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1: nie można %2: to nie jest zwykły plik; Planner zapisuje tylko zwykłe pliki</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 to %2, a nie plik bazy danych</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 nie jest zwykłym plikiem, więc nie może być plikiem bazy danych</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; najpierw wymaga aktualizacji</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner otworzył go tylko do odczytu</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, a do tego jest nowy i pusty</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, a do tego najpierw wymaga aktualizacji</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 to folder, a nie plik bazy danych</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 nie jest bazą danych SQLite (nieznany nagłówek pliku)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 jest uszkodzony (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 jest uszkodzony lub nie jest bazą danych (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 to baza danych SQLite innego programu, a nie baza danych Plannera</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 został zapisany przez nowszą wersję Plannera (schemat %2); zaktualizuj Plannera, aby go otworzyć</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Plik zachowano bez zmian jako %2. Planner uruchomiono z nową bazą danych.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Wszystko jest pokazane tak, jak zostało zapisane; zmian nie można zapisać, dopóki problem nie zostanie usunięty (następnie uruchomić Planner ponownie).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Synchronizacja kalendarzy</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Jak przebiegła synchronizacja Twoich kalendarzy; kliknij, aby otworzyć kalendarze</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Kliknij, aby otworzyć kalendarze.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min temu</numerusform>
            <numerusform>%Ln min temu</numerusform>
            <numerusform>%Ln min temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln godz. temu</numerusform>
            <numerusform>%Ln godz. temu</numerusform>
            <numerusform>%Ln godz. temu</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>za %Ln s</numerusform>
            <numerusform>za %Ln s</numerusform>
            <numerusform>za %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>za %Ln min</numerusform>
            <numerusform>za %Ln min</numerusform>
            <numerusform>za %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln zmiana czeka</numerusform>
            <numerusform>%Ln zmiany czekają</numerusform>
            <numerusform>%Ln zmian czeka</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Plik aktualizowany</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: synchronizacja, wysłano %2 z %3 wydarzeń</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: synchronizacja…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: offline, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Ponowna próba %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: niezsynchronizowany: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: jeszcze niezsynchronizowany</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: zsynchronizowany %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Kalendarz „%1” niezsynchronizowany: %2 (i %Ln inny)</numerusform>
            <numerusform>Kalendarz „%1” niezsynchronizowany: %2 (i %Ln inne)</numerusform>
            <numerusform>Kalendarz „%1” niezsynchronizowany: %2 (i %Ln innych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Kalendarz „%1” niezsynchronizowany: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Synchronizacja %Ln kalendarza…</numerusform>
            <numerusform>Synchronizacja %Ln kalendarzy…</numerusform>
            <numerusform>Synchronizacja %Ln kalendarzy…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>Synchronizacja „%1”: wysłano %2 z %3 wydarzeń</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Synchronizacja „%1”…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Kalendarze: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Kalendarze jeszcze niezsynchronizowane</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Kalendarze zsynchronizowane %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>brak miejsca na dysku</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>limit miejsca na dysku został wyczerpany</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operacja niedozwolona</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to folder</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>nazwa pliku jest za długa</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>błąd wejścia/wyjścia</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>za dużo otwartych plików w programie Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>za dużo otwartych plików na tym komputerze</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>za dużo dowiązań symbolicznych (pętla dowiązań)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>przekroczono czas oczekiwania</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>połączenie odrzucone</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>połączenie zostało zresetowane</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>połączenie zostało przerwane</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>brak trasy do hosta</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>sieć jest nieosiągalna</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>nie udało się rozwiązać nazwy hosta (nieznany host lub brak sieci)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>nie udało się zweryfikować certyfikatu TLS</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Dodaj kalendarz</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edytuj „%1”</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>np. Kalendarz służbowy</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Konto &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>&amp;Folder wydarzeń (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Kalendarz na serwerze: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Folder na tym komputerze z jednym plikiem na wydarzenie, synchronizowany przez inne aplikacje</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>Konto CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>Adres serwera albo samego kalendarza; Planner znajdzie tam Twoje kalendarze</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>Kalendarz na Twój plan; zostanie utworzony, jeśli go nie ma</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>Hasło konta, przechowywane w pęku kluczy pulpitu, nie w plikach Plannera</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>Polecenie menedżera haseł wypisuje je przy każdej synchronizacji; nic nie jest zapisywane</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>np. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Polecenie hasła</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Uruchamiane przy każdej synchronizacji; pierwszy wiersz wyniku to hasło</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Zamiast tego pobieraj hasło z &amp;polecenia</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lendarz:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Pol&amp;ecenie:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Folder wydarzeń</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>np. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Uwzględnij sesje z planu B (jako wstępne)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>P&amp;rzypominaj przed każdą sesją</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min wcześniej</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuty przypomnienia</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Sesje z planu B też trafiają do kalendarza, oznaczone jako wstępne</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Każda sesja w kalendarzu dostaje przypomnienie, które pokaże Twoja aplikacja kalendarza</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Ile minut przed sesją pojawia się przypomnienie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Dodaj &amp;mimo to</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Zsynchronizuje się, gdy tylko serwer będzie osiągalny</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Sprawdź, czy kalendarz jest osiągalny z danymi z formularza (nic nie zostanie zapisane)</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Przetestuj połączenie, potem zachowaj kalendarz i synchronizuj z nim swój plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>przechowywane w pęku kluczy; wpisz, aby zmienić</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Na tym komputerze nie ma pęku kluczy środowiska (GNOME Keyring, KWallet ani innej usługi Secret Service), więc Planner nie może bezpiecznie przechować hasła. Zamiast tego podaj polecenie, które wypisuje hasło, na przykład „pass show calendar”.</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>brak pęku kluczy na tym komputerze: użyj polecenia</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Folder wydarzeń</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>serwerem</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>folderem</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Połączenie działa. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Podaj adres serwera lub kalendarza CalDAV.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Podaj polecenie, które wypisuje hasło.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Wybierz folder na wydarzenia.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Zapisywanie „%1”…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>Zapisano „%1”; zsynchronizuje się, gdy tylko będzie osiągalny.</translation>
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
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>Strefa czasowa, w której podano godziny w pliku; zacznij pisać, aby ją znaleźć</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Dzień w Planie godzinowym</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dzień:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Powiększenie:</translation>
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
        <translation>Koliduje z inną sesją, na którą idziesz</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Ciasne przejście: za mało czasu na dojście do innej sesji, na którą idziesz, lub z niej</translation>
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
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Plan godzinowy</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(brak sali)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Brak sesji tego dnia</translation>
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
