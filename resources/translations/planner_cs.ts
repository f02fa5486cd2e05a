<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;Importovat program…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Importovat soubor s programem konference</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Importovat z &amp;webu…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Importovat program konference z adresy URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Exportovat do kalendáře…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Uložit váš plán jako soubor iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Exportovat tuto přednášku do kalendáře…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Uložit vybranou přednášku jako soubor iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ka&amp;lendáře…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>Kalendáře, které Planner synchronizuje s vaším plánem (CalDAV, složka událostí)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Synchronizovat kalendáře &amp;nyní</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Odeslat váš plán hned do všech kalendářů</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Uložit plán k tisku, den po dni</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tisk…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Vytisknout váš kapesní plán</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>&amp;Sdílet můj plán…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Uložit váš plán jako soubor pro kolegy</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Do &amp;telefonu (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Mějte svůj plán v telefonu: QR kód a odkaz pro aplikaci Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Exportovat do ta&amp;bulky (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Uložit označené přednášky jako soubor CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>&amp;Vložit odkaz Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Zobrazit vedle vašich přednášky z odkazu Giggity ve schránce</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Otevřít plán &amp;kolegy…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Zobrazit plán kolegy vedle vašeho</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Zn&amp;ovu</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Označit / zrušit označení</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Označit vybranou přednášku, nebo zrušit její označení</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Musím vidět</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Označit jako „musím vidět“</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Chci vidět</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Označit jako „chci vidět“</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Možná</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Označit jako „možná“</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Časy v pá&amp;smu akce</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Najít…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Hledat v názvech, anotacích a přednášejících</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Sezn&amp;am</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>R&amp;ozvrh</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>&amp;Můj plán</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Př&amp;ednášející</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Připomínat před přednáškami</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 minut předem</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 minut předem</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 minut předem</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 minut předem</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Na &amp;celou obrazovku</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Světlý nebo tmavý podle pracovního prostředí, v jeho vlastním stylu</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Exportovat kapesní plán (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Časy v pásmu &amp;tohoto počítače</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>Rozbalit všechny &amp;dny</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>Zobrazit ve stavovém řádku, co znamenají hvězdičky a značka překryvu</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Začínáme</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Krátký průvodce: označit přednášky, vyřešit překryvy, sdílet plán</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klávesové zkratky</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Všechny klávesové zkratky Planneru</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;O aplikaci Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Půjdu na tuto</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Jít na vybranou přednášku; přednášky, které se s ní překrývají, se stanou plánem B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Jít na vybranou přednášku; ostatní se stanou plánem B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Vyřešit automaticky…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Vybrat nejlepší plán bez překryvů (nejdřív uvidíte změny)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Čas na přesun…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Čas na přesun mezi místnostmi a o kolik smíte přijít později</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Přidat obsazený čas…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Zablokovat čas pro vlastní povinnosti (oběd, služba u stánku)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Odebrat obsazený čas</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Odebrat vybraný obsazený čas</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Zmenšit Rozvrh: víc hodin najednou</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddálit</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Zvětšit Rozvrh: víc místa pro názvy</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Přiblížit</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Označit tuto přednášku</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Přidat zobrazenou přednášku do plánu, nebo ji odebrat</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Uložit poznámku</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Uložit vaši poznámku k této přednášce</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Vymazat hledání a všechny filtry</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Vymazat hledání a filtry</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>S&amp;dílet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Přednáška</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>Připomín&amp;ky</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>&amp;Vzhled</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Kolegové</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Zobrazit v „Mém plánu“ a v Rozvrhu</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Označit jejich přednášky (jako „možná“)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Porovnat s mým…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Podle &amp;systému</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>S&amp;větlý</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tmavý</translation>
    </message>
</context>
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
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Nejdřív vyberte přednášku v překryvu (nebo plán B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Jdete na „%1“; %Ln přednáška přešla do plánu B.</numerusform>
            <numerusform>Jdete na „%1“; %Ln přednášky přešly do plánu B.</numerusform>
            <numerusform>Jdete na „%1“; %Ln přednášek přešlo do plánu B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Čas na přesun</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Tento obsazený čas nelze přidat</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Přidat obsazený čas</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Nejdřív vyberte jeden ze svých obsazených časů.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Odebrat obsazený čas</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Váš plán je zatím prázdný.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Označte hvězdičkou přednášky, které chcete vidět: vyberte jednu v Programu, Seznamu nebo Rozvrhu a stiskněte S (nebo klikněte na její hvězdičku; 1, 2 a 3 určují, jak moc ji chcete vidět). Objeví se zde den po dni, s překryvy k vyřešení a volným časem k vyplnění.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Těsné: %1 min na %2 min cesty z „%3“ do „%4“</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(obsazeno)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Volno na %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Návrh: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Zrušeno: %1</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>Plán B: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 jde</numerusform>
            <numerusform>%1 jdou</numerusform>
            <numerusform>%1 jdou</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Váš obsazený čas: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>obsazeno</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>„%1“ a „%2“</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>Obojí nelze stihnout:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Vyberte ji a stiskněte „Půjdu na tuto“, abyste si ji ponechali (co se s ní překrývá, se stane plánem B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Můj plán</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Další příkazy</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Zobrazí příkazy, které se nevejdou do okna</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Vyřešit překryvy automaticky</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Navrhované změny</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Provést uvedené změny („Zpět“ je vrátí)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Přidat obsazený čas</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>např. Oběd se zákazníkem</translation>
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
        <translation>Kdy obsazený čas začíná</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Kdy obsazený čas končí</translation>
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
        <translation>Obsazeno</translation>
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
        <translation>Připo&amp;menout před každou přednáškou</translation>
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
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Přednášky z plánu B jdou do souboru také, označené jako předběžné</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Každá přednáška v souboru dostane připomenutí, které ukáže vaše kalendářová aplikace</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Kolik minut před přednáškou přijde připomenutí</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Udržovat tento soubor aktuální, když se můj plán změní</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Pro kalendářové aplikace, které odebírají místní soubor</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Jednou importovaný soubor je jen snímek: Thunderbird a Kalendář GNOME ho neaktualizují, když se přednáška přesune (dělá to jen khal a import v Evolution). Aby kalendář odpovídal skutečnosti, zaškrtněte „Udržovat tento soubor aktuální“ a přihlaste se k odběru souboru (Thunderbird: Nový kalendář › Na síti, file:///…; Evolution: Na webu), nebo synchronizujte účet CalDAV či složku khal příkazem „planner calendar add“.</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner sám udržuje váš plán v těchto kalendářích: účet CalDAV (Nextcloud, Fastmail, iCloud s heslem aplikace, mailbox.org, Radicale…) nebo složku událostí, kterou čte khal, vdirsyncer či Evolution. Změny se odešlou během několika sekund; offline počkají a nic se neztratí.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Průběžný soubor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendáře</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Synchronizované kalendáře</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendář</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Zatím žádné kalendáře. Přidejte účet CalDAV nebo složku událostí.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Podrobnosti kalendáře</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Průběh synchronizace</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Přidat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Vyzkoušet spojení</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronizovat nyní</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Synchronizovat vybraný kalendář nyní (F5: všechny kalendáře)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Zas&amp;tavit</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Změnit adresu, účet nebo volby vybraného kalendáře</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Ověřit, že je vybraný kalendář dostupný, bez synchronizace</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Zastavit probíhající synchronizaci</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Zastavit tuto synchronizaci; odeslané zůstane, zbytek počká</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Přidat účet CalDAV nebo složku událostí (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Přestat synchronizovat vybraný kalendář (Delete)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Průběžný soubor kalendáře</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>Odesláno %1 z %2 událostí</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresa: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalendář: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Uživatel: %1 (heslo z příkazu)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Uživatel: %1 (heslo ze svazku klíčů)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Kde: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Naposledy synchronizováno: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Poslední synchronizace: přidáno %1, aktualizováno %2, odebráno %3, beze změny %4.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner to sám znovu nezkusí: upravte kalendář a problém opravte.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Odebrat kalendář</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>Přestat synchronizovat „%1“? Jeho obsah zůstane; Planner ho jen přestane aktualizovat.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>průběžný soubor kalendáře</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>„%1“ se už nesynchronizuje; jeho obsah zůstává.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>„%1“ nelze odebrat: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Připojuje se k %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Spojení funguje. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Spojení selhalo: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>váš obsazený čas „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1, potom %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Překryv: %1 a %2 nelze ponechat zároveň — rozhodnout můžete jen vy</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Překryv: %1 nenechává čas na %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Překryv: tyto 2 se překrývají — vyberte jednu</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Překryv: tato %Ln se překrývá — vyberte jednu</numerusform>
            <numerusform>Překryv: tyto %Ln se navzájem překrývají — vyberte jednu</numerusform>
            <numerusform>Překryv: těchto %Ln se navzájem překrývá — vyberte jednu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1, nebo %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Překryv: jít na %1, nebo %Ln jiná možnost</numerusform>
            <numerusform>Překryv: jít na %1, nebo %Ln jiné možnosti</numerusform>
            <numerusform>Překryv: jít na %1, nebo %Ln jiných možností</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Překryv: jít na %1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>překrývají se o %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min na %2 min cesty</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>překrývá se s %1 a %Ln další</numerusform>
            <numerusform>překrývá se s %1 a %Ln dalšími</numerusform>
            <numerusform>překrývá se s %1 a %Ln dalšími</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>překrývá se s %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>Překrývá se s:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Rozhodnout můžete jen vy: žádná možnost nezachová všechny přednášky „musím vidět“.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Jít lze jen na jednu z nich: vyberte si.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Nejlepší plán: jít na %1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Nebo jít na %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Označeno: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Zrušeno: už není v programu.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Těsné: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Plány a oblíbené z telefonu (*.planner-agenda *.ics *.csv *.json);;Všechny soubory (*)</translation>
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
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 navštíví %Ln přednášku.</numerusform>
            <numerusform>%1 navštíví %Ln přednášky.</numerusform>
            <numerusform>%1 navštíví %Ln přednášek.</numerusform>
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
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>Označena %Ln přednáška kolegy jako „možná“.</numerusform>
            <numerusform>Označeny %Ln přednášky kolegy jako „možná“.</numerusform>
            <numerusform>Označeno %Ln přednášek kolegy jako „možná“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Otevřít plán kolegy</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Tento plán nelze otevřít</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Zobrazit nebo skrýt plán kolegy</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Odebrat plán kolegy</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Vy a %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Plán</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Místnost</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Přednáška</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Sekce</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Přednášející</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Přednášející / přednáška</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Označeno</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Označené přednášky (označíte kliknutím, klávesou S nebo mezerníkem; 1/2/3 nastaví prioritu)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Čas na přesun a tolerance</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Čas na přesun mezi místnostmi</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>Minuty, které potřebujete na cestu z jedné místnosti do druhé mezi přednáškami</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Kolik minut se smí dvě přednášky překrývat, než se střetnou</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>Čas na přesun platí mezi různými místnostmi. S tolerancí můžete z přednášky odejít dřív nebo přijít později o tolik: menší překryvy se stanou varováními.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Čas na přesun mezi místnostmi:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Smím odejít dřív / přijít později o:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>váš obsazený čas „%1“</translation>
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
            <numerusform>%1 a %Ln další</numerusform>
            <numerusform>%1 a %Ln další</numerusform>
            <numerusform>%1 a %Ln dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>ustupuje: %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>ponecháno (%1) místo: %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>„musím vidět“: vždy ponecháno</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>bez překryvu</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>sekce: %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>přednášející: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>téma: %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>„%1“ → „%2“: %3 min na %4 min cesty (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>„%1“ a „%2“ se překrývají o %Ln min</numerusform>
            <numerusform>„%1“ a „%2“ se překrývají o %Ln min</numerusform>
            <numerusform>„%1“ a „%2“ se překrývají o %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>„%1“ a „%2“ se překrývají o %Ln min (v rámci vaší tolerance)</numerusform>
            <numerusform>„%1“ a „%2“ se překrývají o %Ln min (v rámci vaší tolerance)</numerusform>
            <numerusform>„%1“ a „%2“ se překrývají o %Ln min (v rámci vaší tolerance)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>čas %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>bylo: %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>místnost %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>název „%1“ → „%2“</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>podtitul změněn</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>sekce %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>přednášející %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>anotace změněna</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>klíč %1 → %2; vaše označení se přeneslo</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>znovu v programu</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>přidáno: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>odebráno: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>přesunuto: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>změněno: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [označeno]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln přednáška</numerusform>
            <numerusform>%Ln přednášky</numerusform>
            <numerusform>%Ln přednášek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln přednášející</numerusform>
            <numerusform>%Ln přednášející</numerusform>
            <numerusform>%Ln přednášejících</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln místnost</numerusform>
            <numerusform>%Ln místnosti</numerusform>
            <numerusform>%Ln místností</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln sekce</numerusform>
            <numerusform>%Ln sekce</numerusform>
            <numerusform>%Ln sekcí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dne</numerusform>
            <numerusform>%Ln dnů</numerusform>
            <numerusform>%Ln dnů</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 během %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>Importováno „%1“: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>Aktualizováno „%1“: %2; přidáno: %3, odebráno: %4, přesunuto: %5, změněno: %6</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>jeho certifikát TLS nelze ověřit</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>spojení odmítnuto</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>vypršel časový limit</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>neznámý název hostitele</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>žádná síť nebo neznámý název hostitele</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>%1 není dostupný (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 odmítl uživatelské jméno nebo heslo (zkontrolujte je, nebo heslo aplikace)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1: nepodařilo se vypsat události kalendáře; knihovna CalDAV hlásí: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1: nepodařilo se uložit událost; knihovna CalDAV hlásí: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1: nepodařilo se smazat událost; knihovna CalDAV hlásí: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1: nepodařilo se najít ani vytvořit kalendář; knihovna CalDAV hlásí: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>server odmítl najít nebo vytvořit kalendář (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>server odmítl vypsat události kalendáře (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>server odmítl uložit událost (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>server odmítl smazat událost (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: nepřijal uživatelské jméno nebo heslo</translation>
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
        <translation>%1: soubor kalendáře se nepodařilo zapsat (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (tak, jak to zaznamenala dřívější verze Planneru)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>není k dispozici žádný svazek klíčů prostředí, který by uchoval heslo pro %1; upravte kalendář a zadejte příkaz pro heslo</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>ve svazku klíčů není heslo pro %1; přidejte kalendář znovu nebo zadejte --password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>příkaz pro heslo selhal (návratový kód %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>příkaz pro heslo selhal (návratový kód %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>příkaz pro heslo nevypsal žádné heslo</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>svazek klíčů se nepodařilo přečíst (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>Svazek klíčů prostředí heslo neuložil (%1). Odemkněte ho a zkuste to znovu, nebo místo toho zadejte příkaz, který heslo vypíše.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>příkaz pro heslo nedoběhl včas: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>příkaz pro heslo se nepodařilo spustit (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>do %1 lze zapisovat</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: kalendář „%2“ vytvořen na %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: kalendář „%2“ nalezen na %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S nebo mezerník označí vybranou přednášku; 1, 2 a 3 nastaví její prioritu.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Program které konference okno zobrazuje</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>Program po dnech a sekcích; vybraná přednáška se zobrazí vedle.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Každá přednáška odpovídající hledání a filtrům, jedna na řádek.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>Přednášky dne podle místnosti a času; šipkami mezi nimi přejdete.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>Den, který Rozvrh zobrazuje</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Všichni přednášející s jejich přednáškami</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>Konference po dnech a sekcích (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Všechny přednášky v tabulce, kterou lze prohledávat a filtrovat (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>Přednášky jednoho dne podle místnosti a času (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Vaše označené přednášky, jejich překryvy a váš volný čas (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Všichni přednášející a jejich přednášky (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Zobrazit jen označené přednášky</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Vaše označené přednášky den po dni, s překryvy a volným časem.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Zobrazit jen označené přednášky, které se střetávají: překrývají se, nebo nechávají málo času na cestu</translation>
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
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Uloží se, jakmile opustíte pole; relaci neoznačí</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Označit</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Označit tuto přednášku</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Přidá přednášku do vašeho plánu, nebo ji z něj odebere</translation>
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
        <source>Starred</source>
        <translation>Označeno</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exportovat do kalendáře</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 bude sledovat váš plán.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export se nezdařil</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln přednáška uložena do %1.</numerusform>
            <numerusform>%Ln přednášky uloženy do %1.</numerusform>
            <numerusform>%Ln přednášek uloženo do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Exportovat přednášku</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>„%1“ uloženo do %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Exportovat kapesní plán</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Uloženo %1 (%Ln strana).</numerusform>
            <numerusform>Uloženo %1 (%Ln strany).</numerusform>
            <numerusform>Uloženo %1 (%Ln stran).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Exportovat do tabulky</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Sdílet můj plán</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Vaše jméno, jak ho uvidí kolegové:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Plán Planneru (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Sdílení se nezdařilo</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Hledat v názvech, anotacích, přednášejících… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Vymazat hledání</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Vyprázdnit pole hledání; filtry zůstanou</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Hledat přednášky</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Celá slova</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Jen celá slova: „rust“ najde „Rust“, ale ne „Trust“ ani „rusty“</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Jen celá slova</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filtrovat podle dne</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Libovolný den</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrovat podle sekce</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Libovolná sekce</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filtrovat podle místnosti</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Libovolná místnost</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrovat podle druhu</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Libovolný druh</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrovat podle jazyka</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Libovolný jazyk</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Označené</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Jen označené přednášky</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>Překrývající se</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Jen překrývající se přednášky</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Vymazat hledání a filtry</translation>
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
        <translation>%1 v %2</translation>
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
            <numerusform>%Ln hod.</numerusform>
            <numerusform>%Ln hod.</numerusform>
            <numerusform>%Ln hod.</numerusform>
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
        <translation>Začínáme</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Začínáme s Plannerem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Označte, co chcete vidět</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Vyberte přednášku v libovolném zobrazení a stiskněte %1, nebo klikněte na její hvězdičku. %2, %3 a %4 ji označí jako „musím vidět“, „chci vidět“ nebo „možná“: každá má svou hvězdičku. %5 najde přednášky podle názvu, anotace nebo přednášejícího.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Najděte a vyřešte překryvy</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Přednášky, na které jdete a které se překrývají, nesou v každém zobrazení výstražný trojúhelník (%1 vysvětluje značky). „Můj plán“ ukazuje každý překryv: které přednášky se střetávají a na co můžete jít místo nich. Vyberte jednu a zvolte %2 (ostatní se stanou plánem B), nebo nechte %3 najít nejlepší plán; změny nejprve uvidíte a %4 je vrátí.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Váš den v „Mém plánu“</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 ukazuje den po dni, na co jdete, s vaším plánem B, volným časem a přednáškami, které by ho vyplnily. Vlastní povinnosti (oběd, služba u stánku) přidáte pomocí %2 a minuty, které potřebujete na přesun mezi místnostmi, pomocí %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Přeneste si plán do kalendáře</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 uloží váš plán jako soubor iCalendar, který naimportuje každá kalendářová aplikace. Aby kalendář zůstal aktuální, i když se vaše plány mění, přidejte ho v %2 (účet CalDAV, např. Nextcloud, nebo složka událostí): Planner mu posílá každou změnu a %3 ji pošle hned. %4 vytvoří kapesní plán k vytištění.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Plánujte s kolegy</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 uloží váš plán jako soubor, který pošlete kolegům. %2 zobrazí plán kolegy vedle vašeho, v „Mém plánu“ a v Rozvrhu; přečte i oblíbené položky, které exportují aplikace v telefonu (FOSDEM Companion, Sojourner, EventFahrplan). V nabídce %3 můžete jeho plán porovnat s vaším nebo označit jeho přednášky jako „možná“.</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Vezměte si plán do telefonu</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 ukáže QR kód a odkaz, které přenesou váš plán do aplikace Giggity v telefonu. Poslal vám někdo odkaz Giggity? Zkopírujte ho a zvolte %2 – jeho přednášky uvidíte vedle svých.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner uchovává váš konferenční plán v tomto počítači a funguje offline. Tyto kroky vás provedou od programu konference k plánu, který máte stále u sebe.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 vypíše všechny klávesové zkratky.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>O aplikaci %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Plánujte si konferenci offline: označujte přednášky, řešte překryvy, exportujte do kalendáře.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Importovat program konference</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Programy konferencí (*.json *.xml *.ics *.xcs);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Importovat z webu</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Adresa programu (http:// nebo https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Tento soubor nelze otevřít</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importuje se %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Import %1 zrušen.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import odmítnut: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import se nezdařil</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>„%1“ je aktuální.</translation>
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
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Označeno: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Varování: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
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
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Musím vidět</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Chci vidět</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Možná</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Překryv</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Těsný přesun</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Plná hvězdička: musím vidět. Poloviční hvězdička: chci vidět. Prázdná hvězdička: možná. Výstražný trojúhelník: překryv.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Prázdný výstražný trojúhelník: těsný přesun.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Jak Planner označuje přednášky v každém zobrazení, v PDF a na výtisku:
plná hvězdička: musím vidět · poloviční hvězdička: chci vidět · prázdná hvězdička: možná
výstražný trojúhelník: překryv s jinou přednáškou, na kterou jdete (najeďte na něj pro možnosti)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>prázdný výstražný trojúhelník: těsný přesun – bez překryvu, ale méně času, než trvá cesta do sálu další přednášky</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Přednášející</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Sezn&amp;am</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>R&amp;ozvrh</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>&amp;Můj plán</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Př&amp;ednášející</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Další tlačítka panelu nástrojů</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Zobrazí příkazy, které se nevejdou do okna</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Konference:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>událost %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>přednáška %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>den %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>záznam %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>záložka %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>odkaz Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>událost bez názvu</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 uvádí %2 dne %3, čas, který v %4 neexistuje (hodiny se posouvají dopředu); čteno jako %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 uvádí %2 dne %3, čas, který v %4 nastane dvakrát (hodiny se posouvají dozadu); čteno jako první</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 končí v %2; konec posunut se začátkem na %3 (zachována délka: %Ln minuta)</numerusform>
            <numerusform>%1 končí v %2; konec posunut se začátkem na %3 (zachována délka: %Ln minuty)</numerusform>
            <numerusform>%1 končí v %2; konec posunut se začátkem na %3 (zachována délka: %Ln minut)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 má hranice mimo rozsah; ignorováno</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 nemá název; zobrazeno jako „%2“</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 („%2“) končí dřív, než začne, protože %3 dne %4 v %5 neexistuje (hodiny se posouvají dopředu) a čte se jako %6; vynecháno</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 („%2“) je mimo rozsah dat, která Planner uchovává v %3; vynecháno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln přednáška opakuje id nebo GUID použité dříve v souboru; všechny byly zachovány</numerusform>
            <numerusform>%Ln přednášky opakují id nebo GUID použité dříve v souboru; všechny byly zachovány</numerusform>
            <numerusform>%Ln přednášek opakuje id nebo GUID použité dříve v souboru; všechny byly zachovány</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln přednáška bez id opakuje název, začátek a místnost dřívější přednášky; všechny byly zachovány</numerusform>
            <numerusform>%Ln přednášky bez id opakují název, začátek a místnost dřívější přednášky; všechny byly zachovány</numerusform>
            <numerusform>%Ln přednášek bez id opakuje název, začátek a místnost dřívější přednášky; všechny byly zachovány</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… a %Ln další varování</numerusform>
            <numerusform>… a %Ln další varování</numerusform>
            <numerusform>… a %Ln dalších varování</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>neznámé časové pásmo „%1“ v souboru; ignorováno</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>soubor uvádí časové pásmo %1; podle přání se použije %2</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>soubor uvádí časové pásmo %1, ale jeho časy mají jiné posuny; zobrazeny v %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>soubor neuvádí časové pásmo; časy si ponechají posun vůči UTC a zobrazí se v %1 (importujte s časovým pásmem, chcete-li to změnit)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>soubor uvádí své časové pásmo, %1; požadované časové pásmo (%2) se na programové soubory Planneru nepoužije</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 („%2“) je označena jako zrušená; vynecháno</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 („%2“) nemá začátek; vynecháno</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 („%2“) se opakuje; zachován jen první výskyt</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 („%2“) má nečitelný čas (%3); vynecháno</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 („%2“) není naplánována; vynecháno</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 („%2“) má čas mimo rozsah; vynecháno</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>soubor nemá oddíl &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>soubor označuje místní časy jako UTC („Z“); byly čteny jako časy v %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 („%2“) nemá použitelné datum ani čas začátku; vynecháno</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: nečitelná délka „%2“; zobrazeno jako 0 minut</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 („%2“) nemá délku; zobrazeno jako 0 minut</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] není objekt; vynecháno</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms není objekt; vynecháno</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] není seznam; vynecháno</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>událost v místnosti „%1“ není objekt; vynecháno</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 („%2“) nemá použitelný začátek; vynecháno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln id události zapsáno jako text, kde schéma vyžaduje čísla; přijato</numerusform>
            <numerusform>%Ln id událostí zapsána jako text, kde schéma vyžaduje čísla; přijato</numerusform>
            <numerusform>%Ln id událostí zapsáno jako text, kde schéma vyžaduje čísla; přijato</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>offline: %1; použita kopie stažená %2</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>záložka sekce „%1“ (celá sekce, ne přednáška; označte zde hvězdičkou její přednášky)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln událost skrytá v Giggity (skrytí není oblíbená položka; neimportuje se)</numerusform>
            <numerusform>%Ln události skryté v Giggity (skrytí není oblíbená položka; neimportují se)</numerusform>
            <numerusform>%Ln událostí skrytých v Giggity (skrytí není oblíbená položka; neimportují se)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: odpovídá více než jedné přednášce</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: není v tomto programu</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ byla ve vašem kalendáři smazána: Planner ji znovu přidá, jen když se přednáška změní</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ byla ve vašem kalendáři upravena: Planner ji nechal tak, jak je</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ byla ve vašem kalendáři upravena, proto Planner ponechal vaši verzi a svou změnu neposlal; smažte tam událost, chcete-li verzi z Planneru</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>„%1“ se ve vašem kalendáři během synchronizace změnila: Planner ji nechal tak, jak je</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: už není ve vašem plánu, ale ve vašem kalendáři byla upravena, proto ji tam Planner nesmazal</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: změněna ve vašem kalendáři: nesmazána</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: nepřečteno: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>odstraněn %Ln řídicí znak (%1), který XML zakazuje</numerusform>
            <numerusform>odstraněny %Ln řídicí znaky (%1), které XML zakazuje</numerusform>
            <numerusform>odstraněno %Ln řídicích znaků (%1), které XML zakazuje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 a %Ln dalším</numerusform>
            <numerusform>%1 a %Ln dalších</numerusform>
            <numerusform>%1 a %Ln dalších</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, na řádku %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, na řádcích %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Upozornění k programu</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>Nejnovější změny nelze zobrazit</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nelze uložit: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nelze uložit</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>Schránka neobsahuje odkaz Giggity (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Do telefonu (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Nainstalujte si &lt;b&gt;Giggity&lt;/b&gt; do telefonu s Androidem (F-Droid nebo Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Naskenujte tento kód fotoaparátem telefonu, nebo v něm otevřete odkaz.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity načte program a zobrazí vaše přednášky: klepněte na &lt;b&gt;Import all&lt;/b&gt; a pak na &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>např. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Webová adresa programu</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Použít</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Vytvořit odkaz s touto adresou (Planner si ji zapamatuje)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>Za&amp;hrnout plán B</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity vám připomene i přednášky z plánu B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Odkaz</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Kopírovat odkaz</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Uložit jako P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Uložit jako S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>Odkaz, který telefon otevře: váš plán pro Giggity, také v QR kódu</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Zkopírovat odkaz a poslat si ho do telefonu</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Uložit QR kód jako obrázek PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Uložit QR kód jako obrázek SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Webová adresa programu:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Odkaz:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Vytváří se odkaz…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Zadejte webovou adresu, na které je program zveřejněn: tu, ze které ho Giggity načítá (XML programu na webu konference).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>Odkud Planner program stáhl.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Jak jste ji zadali dříve.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Zapamatováno pro tuto konferenci.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln přednáška v odkazu.</numerusform>
            <numerusform>%Ln přednášky v odkazu.</numerusform>
            <numerusform>%Ln přednášek v odkazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Zatím nejdete na žádnou přednášku: odkaz otevře v Giggity jen program.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Nejsou v odkazu (program jim nedává identifikátor, který Giggity zná): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Odkaz zkopírován.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obrázek PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Obrázek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>Uložit QR kód</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Uloženo %1.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Můj plán · časy v pásmu %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Naskenujte telefonem a mějte tento plán v Giggity (Android): jeho označení, v programu načteném z webu.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Zatím nic neoznačeno.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(obsazeno do %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plán B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(zrušeno)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>překryv: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — můj plán</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln přednáška</numerusform>
            <numerusform>%Ln přednášky</numerusform>
            <numerusform>%Ln přednášek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln souběžně</numerusform>
            <numerusform>%Ln souběžně</numerusform>
            <numerusform>%Ln souběžně</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Označeno: %1 (kliknutím zrušíte)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Neoznačeno (kliknutím označíte)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(bez názvu: označení převzaté z popisu)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(zrušeno: už není v programu)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>označeno, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>neoznačeno</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Zrušeno: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Program konference</translation>
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
        <translation>%1 (řádek %2, sloupec %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (řádek %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>program konference</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>soubor oblíbených</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>soubor záložek</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>soubor plánu</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>sdílené oblíbené</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>snímek pro rychlé spuštění</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>soubor události</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>složka</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>pojmenovaná roura (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>soket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>zařízení</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ne běžný soubor</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>konference</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>přednášející</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>sekce</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>místnost</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>název</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>klíč</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>anotace</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>popis</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>místnost</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>sekce</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>podtitul</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>typ</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>jazyk</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>a text of a program</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a text of a program</comment>
        <translation>odkaz</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>název odkazu</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>jméno</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organizace</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>životopis</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>zkratka</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>verze</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>upozornění</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>soubor má %1, přes limit %2 MiB pro soubor typu: %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>nelze přečíst (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>neznámé časové pásmo „%1“</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>je složka, ne soubor</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>soubor neexistuje</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>přístup odepřen</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>je %1, ne soubor; Planner čte jen soubory</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>není běžný soubor; Planner čte jen soubory</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>soubor je prázdný</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>jsou binární data, ne textový soubor</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>jsou binární data, ne program konference</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>není platný text %1 (chybný bajt na pozici %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>není platný text %1</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>není program konference v žádném z formátů, které Planner čte (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>je vnořený příliš hluboko na program konference</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>obsahuje datum nebo čas mimo rozsah</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>importovat lze jen adresy http:// a https:// (nebo soubor)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON vnořený hlouběji než do %1 úrovní</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON vnořený příliš hluboko</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>není platný JSON: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>není platný JSON: číslo o tisících číslic</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 má být objekt</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: „%2“ má být text</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: „%2“ má příliš mnoho znaků: %3 (limit: %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: chybí „%2“</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: „%2“ má být seznam</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: „%2“ má být true nebo false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: „%2“ není datum (RRRR-MM-DD): „%3“</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: „%2“ není datum a čas podle ISO 8601: „%3“</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: „%2“ je mimo rozsah dat, který Planner uchovává: „%3“</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 („%2“) má datum a čas mimo rozsah, který Planner uchovává: „%3“ až „%4“</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>není soubor programu Planneru (chybí &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>verze %1 formátu programu Planneru není podporována (tato verze Planneru čte verzi %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; je před &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] má být název místnosti</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: klíč „%2“ je použit dvakrát</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; má být seznam jmen</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>není správně utvořené XML (přes %1 řídicích znaků, které XML zakazuje)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>deklaruje entity XML, které Planner odmítá rozvinout (běžný způsob útoku na čtečky XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>odkazuje na externí zdroje XML, které Planner nikdy nenačítá</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>používá funkci XML, kterou Planner odmítá (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>není správně utvořené XML (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>nelze přečíst jako XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML vnořené hlouběji než do %1 úrovní</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>není soubor iCalendar (nezačíná BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>není platný iCalendar (TZID neuvádí žádné časové pásmo)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>není platný iCalendar (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>neobsahuje žádné události (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>je seznam přednášejících ze Sessionize bez přednášek; exportujte místo něj pohled „All“ nebo „Sessions“</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>neobsahuje žádné přednášky ze Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>je XML, ale ne program frab (jeho kořenový prvek je &lt;%1&gt;, ne &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>neobsahuje žádné přednášky (žádný &lt;event&gt; uvnitř &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>je XML, ale ne xCal (chybí kořenový prvek &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>je soubor xCal bez kalendáře</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>neobsahuje žádné události (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>je JSON, ale ne program frab (chybí schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>neobsahuje žádné přednášky</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>neobsahuje žádné přednášky v rozsahu dat, který Planner uchovává</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>má více přednášejících než %1</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>má více přednášek než %1</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 má příliš mnoho znaků: %3 (limit: %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>sekce „%1“: barva má příliš mnoho znaků: %2 (limit: %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 („%2“) končí dřív, než začne</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 („%2“) trvá příliš dlouho (dní: %3)</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1: příliš mnoho přednášejících: %2 (limit: %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: její GUID nebo id je příliš dlouhé na to, aby ji identifikovalo (znaků: %2; limit: %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>kalendář s názvem „%1“ už existuje</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>kalendář potřebuje název</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: adresa CalDAV musí být URL http:// nebo https://</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: zadejte jméno uživatele zvlášť (--username) a heslo do adresy nedávejte (uchová ho svazek klíčů nebo --password-command)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>složka nepotřebuje jméno uživatele ani heslo</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>adresa programu není platná webová adresa: „%1“</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>adresa programu musí být webová adresa (http nebo https), ne „%1“</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>adresa programu nesmí obsahovat jméno uživatele ani heslo: „%1“ (odkaz pro telefon se sdílí, a s ním vše, co obsahuje)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>odkaz má %1 bajtů; QR kód pojme nejvýš %2 (sdílejte samotný odkaz, nebo méně přednášek)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>neuvádí časové pásmo; zadejte ho, např. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>neuvádí časové pásmo (soubory Sessionize ho nikdy neuvádějí); zadejte ho, např. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>neuvádí časové pásmo (jeho časy jsou označené jako UTC, ale odpovídají místním časům &lt;start&gt;); zadejte ho, např. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>má %1; soubor plánu smí mít nejvýš %2 MiB</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>není soubor plánu z Planneru</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>je soubor plánu verze %1; tento Planner čte verzi %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>nemá kontrolní součet (nezapsal ho Planner, nebo je neúplný)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>byl po sdílení změněn nebo poškozen (kontrolní součet nesouhlasí)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>obsahuje přednášky v počtu %1 (limit: %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>končí dřív, než začne</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 „%2“ není žádnou z hodnot: %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>je plán pro „%1“, což není zde otevřená konference; nejprve importujte program té konference</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>„%1“ není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>„%1“ není datum a čas podle ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>„%1“ nemá posun vůči UTC a není známo žádné časové pásmo</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 je mimo rozsah dat, který Planner uchovává</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>má %1; %2 smí mít nejvýš %3 MiB</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>jsou to binární data, ne %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>není text v UTF-8 (bajt %1 není platný v UTF-8)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>není platné CSV (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>je prázdný</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>obsahuje oblíbené v počtu %1 (limit: %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 není text</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 má příliš mnoho znaků: %3</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2“ není platný čas</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2“ není datum a čas</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: „%2“ nemá časové pásmo</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>není soubor oblíbených ze Sojourneru (chybí %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 má polí: %2, ne %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 nemá %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: „%2“ není den v týdnu</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>není export oblíbených z EventFahrplanu (chybí lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>není soubor záložek z FOSDEM PWA (chybí záhlaví type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 má polí: %2, záhlaví jen %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type „%2“ není event ani track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day „%2“ není číslo dne</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: UID „%2“ nezapisuje FOSDEM Companion</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>míchá záložky z několika ročníků FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 není datum a čas</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 není datum a čas v UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>má %1 znaků; na odkaz příliš dlouhý</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>není odkaz Giggity (ty začínají %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>neuvádí žádný program (část url= chybí nebo je prázdná)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>uvádí program na „%1“, což není webová adresa</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>neobsahuje žádné události (chybí část see= i del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>je poškozený: část %1= není text v base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>je poškozený: část %1= nejde rozbalit (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>je poškozený: část %1= se rozbalí na příliš mnoho dat</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>je neúplný: část %1= končí předčasně</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>je poškozený: část %1= není seznam JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>obsahuje v %2= události v počtu %1 (limit: %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>je poškozený: položka %1 části %2= není ID události</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>je webová adresa, ale ne odkaz Giggity (%1…); uložte soubor, na který odkazuje, a importujte ho</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>je odkaz pro „%1“, což není zde otevřená konference</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>obsahuje oblíbené z %1 z roku %2; „%3“ se koná v roce %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>neuvádí žádnou přednášku z „%1“; jeho přednášky jsou v „%2“</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>neuvádí žádnou přednášku z „%1“ ani z žádné jiné zdejší konference</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>neuvádí žádnou přednášku ze zde importovaných konferencí</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>neuvádí žádnou přednášku ze zde importovaných konferencí roku %1</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>je odkaz na program na %1, který zde nebyl importován; nejprve ho importujte, nebo uveďte, ke které konferenci patří</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>importovat lze jen adresy http:// a https://</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>webovou adresu se jménem uživatele nebo heslem nelze importovat (Planner neposílá přihlašovací údaje a heslo by uchovával jako prostý text)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>není platná webová adresa (obsahuje mezery nebo řídicí znaky)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>není platná webová adresa (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>má %1, přes limit %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>překračuje limit %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>spojení se zavřelo dřív, než dorazil celý soubor (%1 z %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>stahování nebylo dokončeno do %1 sekund</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>server odpověděl 304 Not Modified, ale Planner žádal celý soubor (nemá žádnou kopii, kterou by si nechal)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>server přesměroval na adresu mimo web; odmítnuto</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>server přesměrovává ve smyčce (nebo víc než desetkrát)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>server odpověděl %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>neodpověděl do %1 sekund</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>není dostupný (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>spojení se zavřelo dřív, než dorazil celý soubor</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>server poslal řádek hlavičky delší, než klienti HTTP přijímají</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>server zavřel spojení, aniž odpověděl</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>odpověď serveru není HTTP (chybný stavový řádek)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>server poslal víc hlaviček, než klienti HTTP přijímají</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>odpověď serveru není platné HTTP (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>není platná webová adresa ani odpověď (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>stahování selhalo (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND není datum ani datum s časem: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION není doba trvání: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>není datum ani datum s časem: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>hodnota data mimo rozsah</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>začátek i konec obsazeného času musí mít časové pásmo</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>obsazený čas musí skončit až po svém začátku</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>obsazený čas musí začít %1 nebo později a skončit nejpozději %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>čas na přesun musí být mezi 0 a %1 minutami, ne %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>tolerance musí být mezi 0 a %1 minutami, ne %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>čas na přesun mezi %1 a %2 musí být mezi 0 a %3 minutami, ne %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>připomenutí musí přijít 0 až %1 minut předem</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>zadejte buď --caldav URL, nebo --vdir DIR</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>zadejte heslo, nebo --password-command, ne obojí</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Na tomto počítači není k dispozici žádný svazek klíčů prostředí (GNOME Keyring, KWallet ani jiná služba Secret Service), takže Planner nemůže heslo bezpečně uchovat. Zadejte místo toho příkaz, který heslo vypíše, například „pass show calendar“.</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Na tomto počítači není k dispozici žádný svazek klíčů prostředí (GNOME Keyring, KWallet ani jiná služba Secret Service), takže Planner nemůže heslo bezpečně uchovat. Zadejte místo toho příkaz, který heslo vypíše, například „pass show calendar“. (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>„%1“ není text v UTF-8; Planner ukládá názvy, klíče, adresy a soubory, které si pamatuje, v UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>bylo zadáno číslo větší, než databáze dokáže uložit (nejvýše %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>neznámý formát „%1“; vyberte z: auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: QR kód se ukládá jako .png nebo .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner neví, kde je program „%1“ zveřejněn; zadejte jednou jeho webovou adresu pomocí --program-url URL (adresu, ze které ho Giggity načítá, např. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 začíná za %Ln min v místnosti %2</numerusform>
            <numerusform>%1 začíná za %Ln min v místnosti %2</numerusform>
            <numerusform>%1 začíná za %Ln min v místnosti %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 začíná za %Ln min</numerusform>
            <numerusform>%1 začíná za %Ln min</numerusform>
            <numerusform>%1 začíná za %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Další přednáška</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Váš plán už je nejlepší možný: není co měnit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln změna odstraní z vašeho plánu překryvy a zachová přednášky, na kterých vám nejvíc záleží.</numerusform>
            <numerusform>%Ln změny odstraní z vašeho plánu překryvy a zachovají přednášky, na kterých vám nejvíc záleží.</numerusform>
            <numerusform>%Ln změn odstraní z vašeho plánu překryvy a zachová přednášky, na kterých vám nejvíc záleží.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln překryv čeká na vaše rozhodnutí.</numerusform>
            <numerusform>%Ln překryvy čekají na vaše rozhodnutí.</numerusform>
            <numerusform>%Ln překryvů čeká na vaše rozhodnutí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln přednáška se překrývá</numerusform>
            <numerusform>%1 · %Ln přednášky se překrývají</numerusform>
            <numerusform>%1 · %Ln přednášek se překrývá</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Další změny</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; „%2“ — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Zůstává: „%1“ — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>překryv: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Vaše rozhodnutí (automatické řešení nikdy nevyřadí „musím vidět“)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Přednášky</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>označeno, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>neoznačeno</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(bez názvu: označení převzaté z popisu)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Zrušeno: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 jde</numerusform>
            <numerusform>%1 jdou</numerusform>
            <numerusform>%1 jdou</numerusform>
        </translation>
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
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln přednáška</numerusform>
            <numerusform>%Ln přednášky</numerusform>
            <numerusform>%Ln přednášek</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>označeno, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Čeká se na databázi</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner to zkouší dál a otevře ji, jakmile bude volná.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 nelze spustit</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Otevřeno jen pro čtení</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Databáze obnovena</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln přednáška</numerusform>
            <numerusform>%Ln přednášky</numerusform>
            <numerusform>%Ln přednášek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln označená</numerusform>
            <numerusform>%Ln označené</numerusform>
            <numerusform>%Ln označených</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln překryv</numerusform>
            <numerusform>%Ln překryvy</numerusform>
            <numerusform>%Ln překryvů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln z %1 přednášek odpovídá</numerusform>
            <numerusform>%Ln z %1 přednášek odpovídají</numerusform>
            <numerusform>%Ln z %1 přednášek odpovídá</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>přečíst</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>zapsat</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>otevřít</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>použít</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>vytvořit</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>změnit</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>smazat</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>zálohovat před aktualizací</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 je zamčen jiným programem (jiným Plannerem nebo nástrojem, který databázi používá); zavřete ho a zkuste to znovu</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: disk je plný (na disku, kde leží, nezbývá místo)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: jen pro čtení (do souboru se nesmí zapisovat)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: disk jen pro čtení (disk, kde leží, je připojen jen pro čtení)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: přístup odepřen</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: jen pro čtení (přístup k souboru nebo jeho složce odepřen)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: je to složka, ne soubor</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: část cesty není složka</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: název souboru je příliš dlouhý</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: složka neexistuje</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: složka jen pro čtení (přístup odepřen)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: nelze %2: jen pro čtení (přístup odepřen)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1: nelze změnit: jiný program mezitím změnil stejná data (nic nebylo uloženo; podívejte se znovu a zkuste to ještě jednou)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1: nelze %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1: nelze %2: je to %3, ne běžný soubor; Planner zapisuje jen běžné soubory</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1: nelze %2: není to běžný soubor; Planner zapisuje jen běžné soubory</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 je %2, ne soubor databáze</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 není běžný soubor, a proto nemůže být souborem databáze</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; nejprve vyžaduje aktualizaci</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner ho otevřel jen pro čtení</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, a navíc je nový a prázdný</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, a navíc nejprve vyžaduje aktualizaci</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 je složka, ne soubor databáze</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 není databáze SQLite (neznámá hlavička souboru)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 je poškozen (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 je poškozen nebo to není databáze (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 je databáze SQLite jiného programu, ne databáze Planneru</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 byl zapsán novější verzí Planneru (schéma %2); chcete-li ho otevřít, aktualizujte Planner</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Soubor byl ponechán beze změny jako %2. Planner začal s novou databází.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Vše je zobrazeno tak, jak bylo uloženo; změny nelze uložit, dokud to nebude opraveno (poté Planner spusťte znovu).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Synchronizace kalendářů</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Jak proběhla synchronizace vašich kalendářů; kliknutím otevřete Kalendáře</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Kliknutím otevřete Kalendáře.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>právě teď</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>před %Ln min</numerusform>
            <numerusform>před %Ln min</numerusform>
            <numerusform>před %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>před %Ln hod.</numerusform>
            <numerusform>před %Ln hod.</numerusform>
            <numerusform>před %Ln hod.</numerusform>
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
            <numerusform>%Ln změna čeká</numerusform>
            <numerusform>%Ln změny čekají</numerusform>
            <numerusform>%Ln změn čeká</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Průběžný soubor</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: synchronizace, odesláno %2 z %3 událostí</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: synchronizace…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: offline, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Nový pokus %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: nesynchronizováno: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: zatím nesynchronizováno</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: synchronizováno %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Kalendář „%1“ nesynchronizován: %2 (a %Ln další)</numerusform>
            <numerusform>Kalendář „%1“ nesynchronizován: %2 (a %Ln další)</numerusform>
            <numerusform>Kalendář „%1“ nesynchronizován: %2 (a %Ln dalších)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Kalendář „%1“ nesynchronizován: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Synchronizuje se %Ln kalendář…</numerusform>
            <numerusform>Synchronizují se %Ln kalendáře…</numerusform>
            <numerusform>Synchronizuje se %Ln kalendářů…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>Synchronizace „%1“: odesláno %2 z %3 událostí</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Synchronizace „%1“…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Kalendáře: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Kalendáře zatím nesynchronizovány</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Kalendáře synchronizovány %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>na disku nezbývá místo</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>kvóta disku je vyčerpána</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>přístup odepřen</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operace není povolena</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>soubor ani složka neexistuje</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>je to složka</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>část cesty není složka</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>název souboru je příliš dlouhý</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk je jen pro čtení</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>vstupně-výstupní chyba</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>v aplikaci Planner je otevřeno příliš mnoho souborů</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>na tomto počítači je otevřeno příliš mnoho souborů</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>příliš mnoho symbolických odkazů (smyčka odkazů)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>vypršel časový limit</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>spojení odmítnuto</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>spojení bylo resetováno</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>spojení bylo přerušeno</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>k hostiteli nevede žádná cesta</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>síť je nedostupná</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>název hostitele nelze přeložit (neznámý hostitel nebo žádná síť)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>certifikát TLS nelze ověřit</translation>
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
        <translation>&lt;b&gt;Zrušeno:&lt;/b&gt; tato přednáška už v programu není. Zůstane ve vašem plánu, dokud označení nezrušíte.</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Přidat kalendář</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Upravit „%1“</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>např. Pracovní kalendář</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Účet &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>&amp;Složka událostí (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Kalendář na serveru: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Složka v tomto počítači s jedním souborem na událost, kterou synchronizují jiné aplikace</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>Účet CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>Adresa serveru nebo samotného kalendáře; Planner tam vaše kalendáře najde</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>Kalendář pro váš plán; vytvoří se, pokud neexistuje</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>Heslo účtu, uložené ve svazku klíčů pracovního prostředí, ne v souborech Planneru</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>Příkaz správce hesel ho vypíše při každé synchronizaci; nic se neukládá</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>např. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Příkaz pro heslo</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Spouští se při každé synchronizaci; první řádek výstupu je heslo</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Získat heslo raději z příka&amp;zu</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lendář:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Uživatelské &amp;jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Pří&amp;kaz:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Složka událostí</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>např. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocházet…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Zahrnout přednášky z plánu B (jako předběžné)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Připo&amp;menout před každou přednáškou</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min předem</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuty připomenutí</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Přednášky z plánu B jdou do kalendáře také, označené jako předběžné</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Každá přednáška v kalendáři dostane připomenutí, které ukáže vaše kalendářová aplikace</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Kolik minut před přednáškou přijde připomenutí</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Přidat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Vyzkoušet spojení</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Přidat př&amp;esto</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Synchronizuje se, jakmile bude server dostupný</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Ověřit dostupnost kalendáře s údaji z formuláře (nic se neuloží)</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Vyzkoušet spojení, pak kalendář ponechat a synchronizovat do něj váš plán</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>uloženo ve svazku klíčů; psaním ho změníte</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Na tomto počítači není k dispozici žádný svazek klíčů prostředí (GNOME Keyring, KWallet ani jiná služba Secret Service), takže Planner nemůže heslo bezpečně uchovat. Zadejte místo toho příkaz, který heslo vypíše, například „pass show calendar“.</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>na tomto počítači není svazek klíčů: použijte příkaz</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Složka událostí</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>serveru</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>vybrané složce</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Připojuje se k %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Spojení funguje. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Zadejte adresu svého serveru nebo kalendáře CalDAV.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Zadejte příkaz, který vypíše heslo.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Vyberte složku pro události.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Ukládá se „%1“…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>„%1“ je uložen; synchronizuje se, jakmile bude dostupný.</translation>
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
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>Časové pásmo, ve kterém jsou uvedeny časy v souboru; začněte psát a vyhledejte ho</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Den v Rozvrhu</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Den:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Lupa:</translation>
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
        <translation>Překrývá se s jinou přednáškou, na kterou jdete</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Těsný přesun: příliš málo času na cestu na jinou přednášku, na kterou jdete, nebo z ní</translation>
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
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Rozvrh</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(bez místnosti)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Tento den nejsou žádné přednášky</translation>
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
