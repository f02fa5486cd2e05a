<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>Programma &amp;importeren…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Een programmabestand van een conferentie importeren</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Van het &amp;web importeren…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Een conferentieprogramma van een URL importeren</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>Naar kalender &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Uw agenda als iCalendar-bestand opslaan</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Deze sessie naar kalender exporteren…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>De geselecteerde sessie als iCalendar-bestand opslaan</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>&amp;Kalenders…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>De kalenders die Planner synchroon houdt met uw agenda (CalDAV, een map met afspraken)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Kalenders &amp;nu synchroniseren</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Uw agenda nu naar alle kalenders sturen</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Een afdrukbare agenda opslaan, dag voor dag</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Afd&amp;rukken…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Uw zakagenda afdrukken</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>Mijn agenda &amp;delen…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Uw agenda als bestand voor collega’s opslaan</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Naar &amp;telefoon (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Neem uw agenda mee op uw telefoon: een QR-code en link voor de app Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Naar &amp;spreadsheet exporteren (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Uw sessies met ster als CSV-bestand opslaan</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>Giggity-link &amp;plakken</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>De sessies van een Giggity-link op het klembord naast de uwe tonen</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Agenda van een &amp;collega openen…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>De agenda van een collega naast de uwe tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Ster geven / weghalen</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>De geselecteerde sessie een ster geven, of de ster weghalen</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Zeker zien</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Een ster geven als ‘zeker zien’</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Wil ik zien</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Een ster geven als ‘wil ik zien’</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Misschien</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Een ster geven als ‘misschien’</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Tijden in de tijdzone van het &amp;evenement</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Zoeken in titels, samenvattingen en sprekers</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>Ti&amp;jdschema</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>Mijn &amp;agenda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Sp&amp;rekers</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Herinner mij vóór sessies</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 minuten vooraf</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 minuten vooraf</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 minuten vooraf</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 minuten vooraf</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Licht of donker zoals het bureaublad, in de eigen stijl van het bureaublad</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Zakagenda exporteren (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Tijden in de tijdzone van &amp;deze computer</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>Alle dagen &amp;uitklappen</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Le&amp;genda</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>In de statusbalk tonen wat de sterren en de overlapmarkering betekenen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Een korte handleiding: sessies een ster geven, overlap oplossen, uw agenda delen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Alle sneltoetsen van Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Over Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Deze bijwonen</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>De geselecteerde sessie bijwonen; sessies die ermee overlappen worden plan B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>De geselecteerde sessie bijwonen; andere worden plan B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Automatisch oplossen…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Het beste plan zonder overlap kiezen (u ziet eerst de wijzigingen)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Looptijd…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Minuten tussen zalen, en hoeveel u te laat mag komen</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Bezette tijd toevoegen…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Tijd blokkeren voor uw eigen afspraken (lunch, standdienst)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Bezette tijd verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>De geselecteerde bezette tijd verwijderen</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Tijdschema kleiner tonen: meer van de dag tegelijk</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Tijdschema groter tonen: meer ruimte voor titels</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Deze sessie een ster geven</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>De getoonde sessie in uw agenda zetten of eruit halen</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Uw notitie bij deze sessie bewaren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Zoekopdracht en alle filters wissen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Zoekopdracht en filters wissen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>U&amp;iterlijk</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collega’s</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Tonen in ‘Mijn agenda’ en het tijdschema</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Hun sessies een ster geven (als ‘misschien’)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Vergelijken met de mijne…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>‘%1’ een ster geven</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Ster van ‘%1’ weghalen</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>‘%1’ markeren als ‘%2’</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>‘%1’ op ‘%2’ zetten</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Notitie bij ‘%1’ bewerken</translation>
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
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Selecteer eerst een sessie in een overlap (of een plan B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>U woont ‘%1’ bij; %Ln andere werd plan B.</numerusform>
            <numerusform>U woont ‘%1’ bij; %Ln andere werden plan B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Deze bezette tijd kan niet worden toegevoegd</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Bezette tijd toevoegen</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Selecteer eerst een van uw bezette tijden.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Bezette tijd verwijderen</translation>
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
        <translation>Geef de sessies die u wilt zien een ster: selecteer er een in het Programma, de Lijst of het Tijdschema en druk op S (of klik op de ster; 1, 2 en 3 zeggen hoe graag u wilt). Ze verschijnen hier dag voor dag, met overlappingen om op te lossen en vrije tijd om te vullen.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Krap: %1 min voor %2 min lopen van ‘%3’ naar ‘%4’</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(bezet)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Vrije tijd: %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Suggestie: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
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
            <numerusform>%1 is aanwezig</numerusform>
            <numerusform>%1 zijn aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Uw bezette tijd: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>bezet</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>‘%1’ en ‘%2’</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>Deze kunnen niet allebei worden bijgewoond:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Selecteer de sessie en klik op ‘Deze bijwonen’ om die te houden (wat ermee overlapt, wordt plan B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Mijn agenda</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Meer opdrachten</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Toont de opdrachten die niet in het venster passen</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Overlap automatisch oplossen</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Voorgestelde wijzigingen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>De vermelde wijzigingen doorvoeren (Ongedaan maken draait ze terug)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Bezette tijd toevoegen</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>bijv. Lunch met een klant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Wanneer de bezette tijd begint</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Wanneer de bezette tijd eindigt</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>Van (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>Bezet</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Naar kalender exporteren</translation>
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
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Uw plan-B-sessies komen ook in het bestand, gemarkeerd als voorlopig</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Elke sessie in het bestand krijgt een herinnering die uw kalender-app toont</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Hoeveel minuten vóór een sessie de herinnering komt</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>Dit bestand &amp;bijwerken als mijn agenda verandert</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Voor kalender-apps die zich op een lokaal bestand abonneren</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Een bestand eenmaal importeren is een momentopname: Thunderbird en GNOME Agenda werken het niet bij als een sessie verschuift (alleen khal en de import van Evolution doen dat). Houd uw kalender kloppend door ‘Dit bestand bijwerken’ aan te vinken en u op het bestand te abonneren (Thunderbird: Nieuwe agenda › Op het netwerk, file:///…; Evolution: Op het web), of synchroniseer een CalDAV-account of een khal-map met ‘planner calendar add’.</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner houdt uw agenda zelf bij in deze kalenders: een CalDAV-account (Nextcloud, Fastmail, iCloud met een app-wachtwoord, mailbox.org, Radicale…) of een map met afspraken die khal, vdirsyncer of Evolution lezen. Wijzigingen gaan binnen enkele seconden weg; offline wachten ze, en er gaat niets verloren.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Live-bestand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalenders</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Gesynchroniseerde kalenders</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Nog geen kalenders. Voeg een CalDAV-account of een map met afspraken toe.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Details van de kalender</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding t&amp;esten</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>De geselecteerde kalender nu synchroniseren (F5: alle kalenders)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Adres, account of opties van de geselecteerde kalender wijzigen</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Controleren of de geselecteerde kalender bereikbaar is, zonder te synchroniseren</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>De lopende synchronisatie stoppen</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Deze synchronisatie stoppen; wat verstuurd is blijft, de rest wacht</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Een CalDAV-account of een map met afspraken toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>De geselecteerde kalender niet meer synchroniseren (Delete)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Live-kalenderbestand</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>%1 van %2 afspraken verstuurd</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Gebruiker: %1 (wachtwoord uit een opdracht)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Gebruiker: %1 (wachtwoord uit de sleutelbos)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Laatst gesynchroniseerd: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Laatste synchronisatie: %1 toegevoegd, %2 bijgewerkt, %3 verwijderd, %4 ongewijzigd.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner probeert het niet zelf opnieuw: bewerk de kalender om dit op te lossen.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Kalender verwijderen</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>‘%1’ niet meer synchroniseren? Wat erin staat blijft; Planner werkt het alleen niet meer bij.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>het live-kalenderbestand</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>‘%1’ wordt niet meer gesynchroniseerd; wat erin staat blijft.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>‘%1’ kon niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>De verbinding werkt. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>De verbinding is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>uw bezette tijd ‘%1’</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1 en daarna %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Overlap: %1 en %2 kunnen niet allebei blijven — alleen u kunt dit beslissen</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Overlap: %1 laat geen tijd voor %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Overlap: deze 2 overlappen — kies er één</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Overlap: deze %Ln overlappen elkaar — kies er één</numerusform>
            <numerusform>Overlap: deze %Ln overlappen elkaar — kies er één</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1, of %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Overlap: %1 bijwonen, of %Ln andere mogelijkheid</numerusform>
            <numerusform>Overlap: %1 bijwonen, of %Ln andere mogelijkheden</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Overlap: %1 bijwonen</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>ze overlappen %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min voor %2 min lopen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>overlapt met %1 en nog %Ln</numerusform>
            <numerusform>overlapt met %1 en nog %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>overlapt met %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>Overlapt met:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Alleen u kunt dit beslissen: geen enkele mogelijkheid houdt alle ‘zeker zien’-sessies.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Er kan er maar één worden bijgewoond: kies er één.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Beste plan: %1 bijwonen.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Of %1 bijwonen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Met ster: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Geannuleerd: niet meer in het programma.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Krap: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agenda’s en favorieten van de telefoon (*.planner-agenda *.ics *.csv *.json);;Alle bestanden (*)</translation>
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
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 woont %Ln sessie bij.</numerusform>
            <numerusform>%1 woont %Ln sessies bij.</numerusform>
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
        <translation>Deze agenda is gemaakt met een andere versie van het programma.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>%Ln van hun sessies kreeg een ster als ‘misschien’.</numerusform>
            <numerusform>%Ln van hun sessies kregen een ster als ‘misschien’.</numerusform>
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
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Spreker / sessie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Sessies met ster (klik, S of Spatie voor een ster; 1/2/3 voor de prioriteit)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Looptijd en marge</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Looptijd tussen zalen</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>De minuten die u tussen sessies nodig hebt om van de ene zaal naar de andere te lopen</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Hoeveel minuten twee sessies mogen overlappen voordat ze botsen</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>De looptijd geldt tussen verschillende zalen. Met een marge mag u zoveel eerder weggaan of later binnenkomen: kleinere overlap wordt een waarschuwing.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Looptijd tussen zalen:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Ik mag eerder weg / later komen met:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>uw bezette tijd ‘%1’</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 en nog %Ln</numerusform>
            <numerusform>%1 en nog %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>maakt plaats voor %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>behouden (%1) in plaats van %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>‘zeker zien’: altijd behouden</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>geen overlap</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>track %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>met %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>over %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>‘%1’ → ‘%2’: %3 min voor %4 min lopen (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>‘%1’ en ‘%2’ overlappen %Ln min</numerusform>
            <numerusform>‘%1’ en ‘%2’ overlappen %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>‘%1’ en ‘%2’ overlappen %Ln min (binnen uw marge)</numerusform>
            <numerusform>‘%1’ en ‘%2’ overlappen %Ln min (binnen uw marge)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>tijd %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>was %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>zaal %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>titel ‘%1’ → ‘%2’</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>ondertitel gewijzigd</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>track %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>sprekers %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>samenvatting gewijzigd</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>sleutel %1 → %2; uw ster is meegegaan</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>weer in het programma</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>toegevoegd: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>verwijderd: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>verplaatst: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [met ster]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln spreker</numerusform>
            <numerusform>%Ln sprekers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln zaal</numerusform>
            <numerusform>%Ln zalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln track</numerusform>
            <numerusform>%Ln tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 over %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>‘%1’ geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>‘%1’ bijgewerkt: %2; %3 toegevoegd, %4 verwijderd, %5 verplaatst, %6 gewijzigd</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>het TLS-certificaat kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>onbekende hostnaam</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>geen netwerk of onbekende hostnaam</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>%1 is niet bereikbaar (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 weigerde de gebruikersnaam of het wachtwoord (controleer ze, of het app-wachtwoord)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1 kon de afspraken van de kalender niet opsommen; de CalDAV-bibliotheek meldde: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1 kon geen afspraak opslaan; de CalDAV-bibliotheek meldde: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1 kon geen afspraak verwijderen; de CalDAV-bibliotheek meldde: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1 kon de kalender niet vinden of aanmaken; de CalDAV-bibliotheek meldde: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>de server weigerde de kalender te vinden of aan te maken (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>de server weigerde de afspraken van de kalender op te sommen (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>de server weigerde een afspraak op te slaan (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>de server weigerde een afspraak te verwijderen (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: de gebruikersnaam of het wachtwoord werd niet geaccepteerd</translation>
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
        <translation>%1: het kalenderbestand kon niet worden geschreven (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (zoals een eerdere versie van Planner het vastlegde)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>er is geen sleutelbos van het bureaublad beschikbaar om het wachtwoord van %1 te bewaren; bewerk de kalender om een wachtwoordopdracht op te geven</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>geen wachtwoord voor %1 in de sleutelbos; voeg de kalender opnieuw toe of geef een --password-command op</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>de wachtwoordopdracht is mislukt (afsluitcode %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>de wachtwoordopdracht is mislukt (afsluitcode %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>de wachtwoordopdracht heeft geen wachtwoord weergegeven</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>de sleutelbos kon niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>De sleutelbos van het bureaublad heeft het wachtwoord niet bewaard (%1). Ontgrendel hem en probeer het opnieuw, of geef in plaats daarvan een opdracht die het wachtwoord weergeeft.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>de wachtwoordopdracht is niet op tijd voltooid: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>de wachtwoordopdracht kon niet worden uitgevoerd (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>%1 is beschrijfbaar</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: kalender ‘%2’ aangemaakt op %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: kalender ‘%2’ gevonden op %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S of Spatie geeft de geselecteerde sessie een ster; 1, 2 en 3 stellen de prioriteit in.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Welk conferentieprogramma het venster toont</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>Het programma per dag en track; de geselecteerde sessie verschijnt ernaast.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Elke sessie die bij de zoekopdracht en de filters past, één per rij.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>De sessies van de dag per zaal en tijd; de pijltjestoetsen gaan van de een naar de ander.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>De dag die het tijdschema toont</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Alle sprekers, met hun sessies</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>De conferentie per dag en track (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Alle sessies in een tabel die u kunt doorzoeken en filteren (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>De sessies van één dag per zaal en tijd (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Uw sessies met ster, hun overlappingen en uw vrije tijd (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Alle sprekers en hun sessies (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Alleen de sessies met ster tonen</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Uw sessies met ster per dag, met hun overlappingen en vrije tijd.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Alleen sessies met ster tonen die botsen: ze overlappen of laten te weinig tijd om te lopen</translation>
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
        <translation>Alles over de geselecteerde sessie</translation>
    </message>
    <message>
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Wordt bewaard zodra u het veld verlaat; de sessie krijgt er geen ster door</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster geven</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Deze sessie een ster geven</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Zet de sessie in uw agenda of haalt die eruit</translation>
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
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Selecteer een sessie om de details te zien.</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Naar kalender exporteren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 wordt bijgewerkt als uw agenda verandert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln sessie opgeslagen in %1.</numerusform>
            <numerusform>%Ln sessies opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Sessie exporteren</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>‘%1’ opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Zakagenda exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 opgeslagen (%Ln pagina).</numerusform>
            <numerusform>%1 opgeslagen (%Ln pagina’s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Naar spreadsheet exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Mijn agenda delen</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Uw naam, zoals collega’s die zien:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Planner-agenda (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Delen mislukt</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Zoek in titels, samenvattingen, sprekers… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Zoekveld leegmaken; de filters blijven</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sessies zoeken</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Hele woorden</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Alleen hele woorden: ‘rust’ vindt ‘Rust’ maar niet ‘Trust’ of ‘rusty’</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Alleen hele woorden</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filteren op dag</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filteren op track</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Elke track</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filteren op zaal</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Elke zaal</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Met ster</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Alleen sessies met ster</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>Overlappend</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Alleen overlappende sessies</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Zoekopdracht en filters wissen</translation>
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
        <translation>%1 om %2</translation>
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
            <numerusform>%Ln u</numerusform>
            <numerusform>%Ln u</numerusform>
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
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Aan de slag met Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Geef een ster aan wat u wilt zien</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Selecteer een sessie in een weergave en druk op %1, of klik op de ster. %2, %3 en %4 markeren die als ‘zeker zien’, ‘wil ik zien’ of ‘misschien’: elk heeft een eigen ster. %5 vindt sessies op titel, samenvatting of spreker.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Overlap zien en oplossen</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Sessies die u bijwoont en die overlappen, dragen in elke weergave de waarschuwingsdriehoek (%1 legt de tekens uit). ‘Mijn agenda’ toont elke overlap: welke sessies botsen en wat u in plaats daarvan kunt bijwonen. Selecteer er een en kies %2 (de andere worden plan B), of laat %3 het beste plan zoeken; u ziet eerst de wijzigingen, en %4 maakt ze ongedaan.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Uw dag in ‘Mijn agenda’</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 toont per dag wat u bijwoont, met uw plan B, uw vrije tijd en sessies die die zouden vullen. Voeg uw eigen afspraken (lunch, standdienst) toe met %2, en de minuten die u nodig hebt om tussen zalen te lopen met %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Zet hem in uw kalender</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 bewaart uw agenda als iCalendar-bestand dat elke kalender-app kan importeren. Om een kalender bij te houden als uw plannen veranderen, voegt u die toe in %2 (een CalDAV-account zoals Nextcloud, of een map met afspraken): Planner stuurt elke wijziging, en %3 doet dat meteen. %4 maakt een zakagenda om af te drukken.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Plan samen met collega’s</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 bewaart uw agenda als bestand om naar collega’s te sturen. %2 toont de agenda van een collega naast de uwe, in ‘Mijn agenda’ en het tijdschema; het leest ook de favorieten die telefoonapps exporteren (FOSDEM Companion, Sojourner, EventFahrplan). In het menu %3 kunt u hun agenda met de uwe vergelijken of hun sessies een ster ‘misschien’ geven.</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Neem hem mee op uw telefoon</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 toont een QR-code en een link die uw agenda naar de app Giggity op uw telefoon brengen. Heeft iemand u een Giggity-link gestuurd? Kopieer die en kies %2 om de sessies ervan naast de uwe te zien.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner bewaart uw conferentieagenda op deze computer en werkt offline. Deze stappen brengen u van het programma naar een plan dat u altijd bij de hand hebt.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 toont alle sneltoetsen.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Plan uw conferentieagenda offline: geef sessies een ster, los overlap op, exporteer naar uw kalender.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Een conferentieprogramma importeren</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Conferentieprogramma’s (*.json *.xml *.ics *.xcs);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Van het web importeren</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Adres van het programma (http:// of https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Dit bestand kan niet worden geopend</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Importeren van %1 geannuleerd.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Importeren geweigerd: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>‘%1’ is al actueel.</translation>
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
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Met ster: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Waarschuwing: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
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
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Zeker zien</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Wil ik zien</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Misschien</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Krappe overstap</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Volle ster: zeker zien. Halve ster: wil ik zien. Lege ster: misschien. Waarschuwingsdriehoek: een overlap.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Lege waarschuwingsdriehoek: een krappe overstap.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Hoe Planner sessies markeert in elke weergave, de pdf en de afdruk:
volle ster: zeker zien · halve ster: wil ik zien · lege ster: misschien
waarschuwingsdriehoek: overlapt met een andere sessie die u bijwoont (beweeg de muis erover voor de keuzes)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>lege waarschuwingsdriehoek: een krappe overstap – geen overlap, maar minder tijd dan de weg naar de zaal van de volgende sessie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Tijdschema</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>Mijn &amp;agenda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Sp&amp;rekers</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferentie</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Meer werkbalkknoppen</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Toont de opdrachten die niet in het venster passen</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Conferentie:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>evenement %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>sessie %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>dag %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>record %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>bladwijzer %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>de Giggity-link</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>een evenement zonder naam</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 vermeldt %2 op %3, een tijd die in %4 niet bestaat (de klok gaat vooruit); gelezen als %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 vermeldt %2 op %3, een tijd die in %4 twee keer voorkomt (de klok gaat terug); gelezen als de eerste</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 eindigt om %2; het einde is met het begin mee verschoven naar %3 (de duur van %Ln minuut blijft gelijk)</numerusform>
            <numerusform>%1 eindigt om %2; het einde is met het begin mee verschoven naar %3 (de duur van %Ln minuten blijft gelijk)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 heeft grenzen buiten het bereik; genegeerd</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 heeft geen titel; getoond als ‘%2’</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 (‘%2’) eindigt vóór het begin, omdat %3 op %4 in %5 niet bestaat (de klok gaat vooruit) en als %6 gelezen wordt; overgeslagen</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 (‘%2’) valt buiten de datums die Planner in %3 bewaart; overgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln sessie herhaalt een id of GUID die eerder in het bestand staat; ze zijn allemaal bewaard</numerusform>
            <numerusform>%Ln sessies herhalen een id of GUID die eerder in het bestand staat; ze zijn allemaal bewaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln sessie zonder id herhaalt de titel, het begin en de zaal van een eerdere; ze zijn allemaal bewaard</numerusform>
            <numerusform>%Ln sessies zonder id herhalen de titel, het begin en de zaal van een eerdere; ze zijn allemaal bewaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… en nog %Ln waarschuwing</numerusform>
            <numerusform>… en nog %Ln waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>onbekende tijdzone ‘%1’ in het bestand; genegeerd</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>het bestand noemt tijdzone %1; %2 wordt gebruikt, zoals gevraagd</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>het bestand noemt tijdzone %1, maar de tijden hebben andere verschuivingen; getoond in %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>het bestand noemt geen tijdzone; de tijden houden hun UTC-verschuiving en worden in %1 getoond (importeer met een tijdzone om dat te wijzigen)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>het bestand noemt zijn tijdzone, %1; de gevraagde tijdzone (%2) geldt niet voor programmabestanden van Planner</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 (‘%2’) is als geannuleerd gemarkeerd; overgeslagen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 (‘%2’) heeft geen begin; overgeslagen</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 (‘%2’) herhaalt zich; alleen de eerste keer wordt bewaard</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 (‘%2’) heeft een onleesbare tijd (%3); overgeslagen</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 (‘%2’) is niet ingepland; overgeslagen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 (‘%2’) heeft een tijd buiten het bereik; overgeslagen</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>het bestand heeft geen sectie &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>het bestand markeert lokale tijden als UTC (‘Z’); ze zijn gelezen als tijden in %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 (‘%2’) heeft geen bruikbare datum of begintijd; overgeslagen</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: onleesbare duur ‘%2’; getoond als 0 minuten</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 (‘%2’) heeft geen duur; getoond als 0 minuten</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] is geen object; overgeslagen</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms is geen object; overgeslagen</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] is geen lijst; overgeslagen</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>een evenement in zaal ‘%1’ is geen object; overgeslagen</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 (‘%2’) heeft geen bruikbaar begin; overgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln evenement-id als tekst geschreven waar het schema getallen wil; geaccepteerd</numerusform>
            <numerusform>%Ln evenement-id’s als tekst geschreven waar het schema getallen wil; geaccepteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>offline: %1; de op %2 gedownloade kopie is gebruikt</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>de gemarkeerde track ‘%1’ (een hele track, geen sessie; geef de sessies ervan hier een ster)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln evenement verborgen in Giggity (verbergen is geen favoriet; het wordt niet geïmporteerd)</numerusform>
            <numerusform>%Ln evenementen verborgen in Giggity (verbergen is geen favoriet; ze worden niet geïmporteerd)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: past bij meer dan één sessie</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: niet in dit programma</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>‘%1’ is in uw kalender verwijderd: Planner voegt het pas weer toe als de sessie verandert</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>‘%1’ is in uw kalender bewerkt: gelaten zoals het is</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>‘%1’ is in uw kalender bewerkt, dus Planner heeft uw versie behouden en zijn eigen wijziging niet verstuurd; verwijder de afspraak daar om de versie van Planner te krijgen</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>‘%1’ is tijdens de synchronisatie in uw kalender gewijzigd: gelaten zoals het is</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: niet meer in uw agenda, maar bewerkt in uw kalender, dus Planner heeft het daar niet verwijderd</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: gewijzigd in uw kalender: niet verwijderd</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: niet gelezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>%Ln door XML verboden stuurteken (%1) verwijderd</numerusform>
            <numerusform>%Ln door XML verboden stuurtekens (%1) verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 en nog %Ln</numerusform>
            <numerusform>%1 en nog %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, op regel %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, op de regels %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Melding over het programma</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>De laatste wijzigingen kunnen niet worden getoond</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Opslaan mislukt: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Opslaan mislukt</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>Het klembord bevat geen Giggity-link (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Naar telefoon (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Installeer &lt;b&gt;Giggity&lt;/b&gt; op uw Android-telefoon (F-Droid of Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Scan deze code met de camera van de telefoon, of open daar de link.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity laadt het programma en toont uw sessies: tik op &lt;b&gt;Alles importeren&lt;/b&gt; en daarna op &lt;b&gt;Samenvoegen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>bijv. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Webadres van het programma</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Gebruiken</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>De link met dit adres maken (Planner onthoudt het)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>&amp;Plan B meenemen</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity herinnert u ook aan uw plan-B-sessies</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopiëren</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Opslaan als P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Opslaan als S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>De link die de telefoon opent: uw agenda voor Giggity, ook in de QR-code</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>De link kopiëren, om hem naar uw telefoon te sturen</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>De QR-code opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>De QR-code opslaan als SVG-afbeelding</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Webadres van het programma:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Link wordt gemaakt…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Voer het webadres in waarop het programma staat: het adres waarvan Giggity het laadt (de schedule-XML van de conferentiesite).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>Waarvandaan Planner het programma heeft gedownload.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Zoals u het eerder opgaf.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Onthouden voor deze conferentie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln sessie in de link.</numerusform>
            <numerusform>%Ln sessies in de link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Nog niets bijgewoond: de link opent het programma in Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Niet in de link (het programma geeft ze geen id die Giggity kent): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link gekopieerd.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>QR-code opslaan</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Mijn agenda · tijden in %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Scan met uw telefoon om deze agenda mee te nemen in Giggity (Android): de sterren, op het programma dat het van het web laadt.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Nog niets met een ster.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(bezet tot %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plan B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(geannuleerd)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>overlap: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — mijn agenda</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln tegelijk</numerusform>
            <numerusform>%Ln tegelijk</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Met ster: %1 (klik om de ster weg te halen)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Zonder ster (klik voor een ster)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(zonder titel: label uit de beschrijving)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(geannuleerd: niet meer in het programma)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>met ster, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>zonder ster</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Conferentieprogramma</translation>
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
        <translation>%1 (regel %2, kolom %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (regel %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>een conferentieprogramma</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>een favorietenbestand</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>een bladwijzerbestand</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>een agendabestand</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>gedeelde favorieten</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>een snelstartmomentopname</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>een evenementbestand</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>een map</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>een named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>de conferentie</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>een spreker</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>een track</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>een zaal</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>titel</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>zaal</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>track</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>ondertitel</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>soort</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>taal</translation>
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
        <translation>titel van de link</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>naam</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>biografie</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>afkorting</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>versie</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>mededeling</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>bestand is %1, boven de limiet van %2 MiB voor %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>onbekende tijdzone ‘%1’</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>is %1, geen bestand; Planner leest alleen bestanden</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>is geen gewoon bestand; Planner leest alleen bestanden</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>bestand is leeg</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>is binaire data, geen tekstbestand</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>is binaire data, geen conferentieprogramma</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>is geen geldige %1-tekst (ongeldige byte op positie %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>is geen geldige %1-tekst</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>is geen conferentieprogramma in een van de formaten die Planner leest (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>is te diep genest om een conferentieprogramma te zijn</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>heeft een datum of tijd buiten het bereik</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>alleen http://- en https://-adressen kunnen worden geïmporteerd (of een bestand)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON te diep genest</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>is geen geldige JSON: een getal met duizenden cijfers</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 moet een object zijn</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: ‘%2’ moet tekst zijn</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: ‘%2’ is %3 tekens lang (limiet %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: ‘%2’ ontbreekt</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: ‘%2’ moet een lijst zijn</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: ‘%2’ moet true of false zijn</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: ‘%2’ is geen datum (JJJJ-MM-DD): ‘%3’</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: ‘%2’ is geen ISO 8601-datum-tijd: ‘%3’</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: ‘%2’ valt buiten de datums die Planner bewaart: ‘%3’</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 (‘%2’) heeft een datum-tijd buiten het bereik dat Planner bewaart: ‘%3’ tot ‘%4’</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>is geen Planner-programmabestand (geen &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>Planner-programmaformaat versie %1 wordt niet ondersteund (deze versie leest versie %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; ligt vóór &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] moet een zaalnaam zijn</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: sleutel ‘%2’ wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; moet een lijst met namen zijn</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>is geen welgevormde XML (meer dan %1 stuurtekens die XML verbiedt)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>declareert XML-entiteiten, die Planner weigert te expanderen (een veelgebruikte aanval op XML-lezers)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>verwijst naar externe XML-bronnen, die Planner nooit laadt</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>gebruikt een XML-functie die Planner weigert (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>is geen welgevormde XML (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>kan niet als XML worden gelezen (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>is geen iCalendar-bestand (het begint niet met BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>is geen geldige iCalendar (een TZID noemt geen tijdzone)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>is geen geldige iCalendar (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>bevat geen afspraken (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>is een Sessionize-sprekerslijst zonder sessies; exporteer in plaats daarvan de weergave ‘All’ of ‘Sessions’</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>bevat geen Sessionize-sessies</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>is XML, maar geen frab-programma (het hoofdelement is &lt;%1&gt;, niet &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>bevat geen sessies (geen &lt;event&gt; in een &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>is XML, maar geen xCal (geen hoofdelement &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>is een xCal-bestand zonder kalender</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>bevat geen afspraken (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>is JSON, maar geen frab-programma (geen schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>bevat geen sessies</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>bevat geen sessies binnen het datumbereik dat Planner bewaart</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>heeft meer dan %1 sprekers</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>heeft meer dan %1 sessies</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 is %3 tekens lang (limiet %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>track ‘%1’: kleur is %2 tekens lang (limiet %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 (‘%2’) eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 (‘%2’) duurt %3 dagen</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1 heeft %2 sprekers (limiet %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: de GUID of id is te lang om ze aan te herkennen (%2 tekens; limiet %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>er is al een kalender met de naam ‘%1’</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>een kalender heeft een naam nodig</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: een CalDAV-adres moet een http://- of https://-URL zijn</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: geef de gebruikersnaam apart op (--username) en geen wachtwoord in het adres (de sleutelbos of --password-command bewaart het)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>een map heeft geen gebruikersnaam of wachtwoord nodig</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>het programma-adres is geen geldig webadres: ‘%1’</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>het programma-adres moet een webadres zijn (http of https), niet ‘%1’</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>het programma-adres mag geen gebruikersnaam of wachtwoord bevatten: ‘%1’ (een telefoonlink wordt gedeeld, en alles wat erin staat ook)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>de link is %1 bytes lang; een QR-code bevat hoogstens %2 (deel de link zelf, of minder sessies)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>vermeldt geen tijdzone; geef er een op, bijv. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>vermeldt geen tijdzone (Sessionize-bestanden doen dat nooit); geef er een op, bijv. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>vermeldt geen tijdzone (de tijden zijn als UTC gemarkeerd maar komen overeen met de lokale &lt;start&gt;-tijden); geef er een op, bijv. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>is %1; een agendabestand mag hoogstens %2 MiB zijn</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>is geen agendabestand van Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>is een agendabestand van versie %1; deze Planner leest versie %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>heeft geen controlesom (het is niet door Planner geschreven, of het is afgekapt)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>is gewijzigd of beschadigd nadat het werd gedeeld (de controlesom klopt niet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>bevat %1 sessies (limiet %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 ‘%2’ is niet een van de toegestane waarden: %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>is een agenda voor ‘%1’, niet de conferentie die hier open is; importeer eerst het programma van die conferentie</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>‘%1’ is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>‘%1’ is geen ISO 8601-datum-tijd</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>‘%1’ heeft geen UTC-verschuiving en er is geen tijdzone bekend</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 valt buiten het datumbereik dat Planner bewaart</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>is %1; %2 mag hoogstens %3 MiB zijn</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>is binaire data, geen %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>is geen UTF-8-tekst (byte %1 is geen geldige UTF-8)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>is geen geldige CSV (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>bevat %1 favorieten (limiet %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 is geen tekst</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 is %3 tekens lang</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: ‘%2’ is geen tijdstip</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: ‘%2’ is geen datum en tijd</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: ‘%2’ heeft geen tijdzone</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>is geen favorietenbestand van Sojourner (geen %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 heeft %2 velden, niet %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 heeft geen %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: ‘%2’ is geen dag van de week</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>is geen favorietenexport van EventFahrplan (geen lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>is geen bladwijzerbestand van de FOSDEM-PWA (geen kopregel type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 heeft %2 velden, de kopregel %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type ‘%2’ is geen event of track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day ‘%2’ is geen dagnummer</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: UID ‘%2’ is er geen die FOSDEM Companion schrijft</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>combineert bladwijzers van meerdere FOSDEM-jaren</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 is geen datum en tijd</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 is geen datum en tijd in UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>is %1 tekens lang; te lang voor een link</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>is geen Giggity-link (die beginnen met %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>noemt geen programma (het deel url= ontbreekt of is leeg)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>noemt een programma op ‘%1’, geen webadres</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>bevat geen evenementen (er is geen deel see= of del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>is beschadigd: het deel %1= is geen base64url-tekst</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>is beschadigd: het deel %1= laat zich niet uitpakken (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>is beschadigd: het deel %1= pakt uit tot te veel gegevens</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>is afgekapt: het deel %1= houdt te vroeg op</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>is beschadigd: het deel %1= is geen JSON-lijst</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>bevat %1 evenementen in %2= (limiet %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>is beschadigd: item %1 van het deel %2= is geen evenement-id</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>is een webadres maar geen Giggity-link (%1…); sla het bestand op waarnaar het verwijst en importeer dat</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>is een link voor ‘%1’, niet de conferentie die hier open is</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>bevat favorieten van %1 uit %2; ‘%3’ vindt plaats in %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>noemt geen van de sessies van ‘%1’; die staan in ‘%2’</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>noemt geen van de sessies van ‘%1’, en ook niet van een andere conferentie hier</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>noemt geen enkele sessie van de conferenties die hier zijn geïmporteerd</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>noemt geen enkele sessie van de conferenties uit %1 die hier zijn geïmporteerd</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>is een link voor het programma op %1, dat hier niet is geïmporteerd; importeer het eerst, of geef aan voor welke conferentie het is</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>alleen http://- en https://-adressen kunnen worden geïmporteerd</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>een webadres met een gebruikersnaam of wachtwoord kan niet worden geïmporteerd (Planner stuurt geen inloggegevens mee en zou het wachtwoord als platte tekst bewaren)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>is geen geldig webadres (het bevat spaties of stuurtekens)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>is geen geldig webadres (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>is %1, boven de limiet van %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>is groter dan de limiet van %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>de verbinding werd gesloten voordat het hele bestand was aangekomen (%1 van %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>was niet binnen %1 seconden gedownload</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>de server antwoordde 304 Not Modified, maar Planner vroeg om het hele bestand (het heeft geen kopie om te bewaren)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>de server verwees door naar een adres buiten het web; geweigerd</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>de server verwijst in een lus door (of meer dan 10 keer)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>de server antwoordde %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>antwoordde niet binnen %1 seconden</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>is niet bereikbaar (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>de verbinding werd gesloten voordat het hele bestand was aangekomen</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>de server stuurde een headerregel die langer is dan HTTP-clients accepteren</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>de server sloot de verbinding zonder te antwoorden</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>het antwoord van de server is geen HTTP (ongeldige statusregel)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>de server stuurde meer headers dan HTTP-clients accepteren</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>het antwoord van de server is geen geldig HTTP (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>is geen geldig webadres of antwoord (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>downloaden mislukt (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND is geen datum en geen datum-tijd: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION is geen duur: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>geen datum en geen datum-tijd: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>datumwaarde buiten bereik</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>begin en einde van een bezette tijd hebben een tijdzone nodig</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>een bezette tijd moet eindigen nadat hij begint</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>een bezette tijd moet op of na %1 beginnen en uiterlijk %2 UTC eindigen</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>de looptijd moet tussen 0 en %1 minuten liggen, niet %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>de marge moet tussen 0 en %1 minuten liggen, niet %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>de looptijd tussen %1 en %2 moet tussen 0 en %3 minuten liggen, niet %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>de herinnering moet tussen 0 en %1 minuten vooraf komen</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>geef ofwel --caldav URL ofwel --vdir DIR op</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>geef een wachtwoord of een --password-command op, niet allebei</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Er is geen sleutelbos van het bureaublad (GNOME Keyring, KWallet of een andere Secret Service) beschikbaar op deze computer, dus Planner kan het wachtwoord niet veilig bewaren. Geef in plaats daarvan een opdracht die het wachtwoord afdrukt, zoals ‘pass show calendar’.</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Er is geen sleutelbos van het bureaublad (GNOME Keyring, KWallet of een andere Secret Service) beschikbaar op deze computer, dus Planner kan het wachtwoord niet veilig bewaren. Geef in plaats daarvan een opdracht die het wachtwoord weergeeft, zoals ‘pass show calendar’. (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>‘%1’ is geen UTF-8-tekst; Planner bewaart namen, sleutels, adressen en de bestanden die het onthoudt als UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>er is een getal gegeven dat groter is dan de database kan bevatten (hoogstens %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>onbekend formaat ‘%1’; kies uit auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: een QR-code wordt opgeslagen als .png of .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner weet niet waar het programma van ‘%1’ wordt gepubliceerd; geef het webadres één keer op met --program-url URL (het adres waarvan Giggity het laadt, bijv. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 begint over %Ln min in %2</numerusform>
            <numerusform>%1 begint over %Ln min in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 begint over %Ln min</numerusform>
            <numerusform>%1 begint over %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Uw agenda is al het beste plan: niets te wijzigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln wijziging maakt uw agenda vrij van overlap en houdt de sessies die u het belangrijkst vindt.</numerusform>
            <numerusform>%Ln wijzigingen maken uw agenda vrij van overlap en houden de sessies die u het belangrijkst vindt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln overlap vraagt om uw beslissing.</numerusform>
            <numerusform>%Ln overlappingen vragen om uw beslissing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln sessie overlapt</numerusform>
            <numerusform>%1 · %Ln sessies overlappen</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Andere wijzigingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; ‘%2’ — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Blijft: ‘%1’ — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>overlap: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>‘%1’ (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Uw beslissing (automatisch oplossen laat nooit een ‘zeker zien’ vallen)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>met ster, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>zonder ster</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(zonder titel: label uit de beschrijving)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Geannuleerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 is aanwezig</numerusform>
            <numerusform>%1 zijn aanwezig</numerusform>
        </translation>
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
        <translation>De toetsen van de weergaven (S, Spatie, 1, 2, 3) werken op de geselecteerde sessie als een weergave de focus heeft, niet tijdens het typen.</translation>
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
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>met ster, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Wachten op de database</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner blijft het proberen en opent hem zodra hij vrij is.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 kan niet starten</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Alleen-lezen geopend</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Database hersteld</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln met ster</numerusform>
            <numerusform>%Ln met ster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln overlap</numerusform>
            <numerusform>%Ln overlappingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln van %1 sessies komt overeen</numerusform>
            <numerusform>%Ln van %1 sessies komen overeen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>gelezen</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>geschreven</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>geopend</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>gebruikt</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>vóór de upgrade geback-upt</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 is vergrendeld door een ander programma (een andere Planner, of een hulpmiddel dat de database gebruikt); sluit het en probeer het opnieuw</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: schijf vol (geen ruimte meer op de schijf waarop het staat)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: alleen-lezen (het bestand mag niet worden geschreven)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: alleen-lezen schijf (de schijf waarop het staat is alleen-lezen gekoppeld)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: toegang geweigerd</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: alleen-lezen (toegang geweigerd tot het bestand of de map)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: het is een map, geen bestand</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: de bestandsnaam is te lang</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: de map bestaat niet</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: alleen-lezen map (toegang geweigerd)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 kan niet %2 worden: alleen-lezen (toegang geweigerd)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 kan niet worden gewijzigd: een ander programma heeft intussen dezelfde gegevens gewijzigd (er is niets opgeslagen; kijk opnieuw en probeer het nog eens)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1 kan niet %2 worden: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 kan niet %2 worden: het is %3, geen gewoon bestand; Planner schrijft alleen gewone bestanden</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1 kan niet %2 worden: het is geen gewoon bestand; Planner schrijft alleen gewone bestanden</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 is %2, geen databasebestand</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 is geen gewoon bestand en kan dus geen databasebestand zijn</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; het heeft eerst een upgrade nodig</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner heeft het alleen-lezen geopend</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, en het is nieuw en leeg</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, en het heeft eerst een upgrade nodig</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 is een map, geen databasebestand</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 is geen SQLite-database (onbekende bestandskop)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 is beschadigd (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 is beschadigd of geen database (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 is een SQLite-database van een ander programma, geen Planner-database</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 is geschreven door een nieuwere Planner (schema %2); werk Planner bij om het te openen</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Het bestand is ongewijzigd bewaard als %2. Planner is gestart met een nieuwe database.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Alles wordt getoond zoals het is opgeslagen; wijzigingen kunnen pas worden opgeslagen als dat is opgelost (start Planner daarna opnieuw).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Kalendersynchronisatie</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Hoe de synchronisatie van uw kalenders verliep; klik om Kalenders te openen</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Klik om Kalenders te openen.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min geleden</numerusform>
            <numerusform>%Ln min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln u geleden</numerusform>
            <numerusform>%Ln u geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>op %1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>over %Ln s</numerusform>
            <numerusform>over %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>over %Ln min</numerusform>
            <numerusform>over %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln wijziging wacht</numerusform>
            <numerusform>%Ln wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Live-bestand</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: synchroniseren, %2 van %3 afspraken verstuurd</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: synchroniseren…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: offline, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Opnieuw proberen %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: niet gesynchroniseerd: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: gesynchroniseerd %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Kalender ‘%1’ niet gesynchroniseerd: %2 (en nog %Ln)</numerusform>
            <numerusform>Kalender ‘%1’ niet gesynchroniseerd: %2 (en nog %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Kalender ‘%1’ niet gesynchroniseerd: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>%Ln kalender synchroniseren…</numerusform>
            <numerusform>%Ln kalenders synchroniseren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>‘%1’ synchroniseren: %2 van %3 afspraken verstuurd</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>‘%1’ synchroniseren…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Kalenders: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Kalenders nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Kalenders gesynchroniseerd %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>geen ruimte meer op de schijf</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>bewerking niet toegestaan</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>de bestandsnaam is te lang</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>invoer-/uitvoerfout</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>te veel geopende bestanden in Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>te veel geopende bestanden op deze computer</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>te veel symbolische koppelingen (een lus van koppelingen)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>de verbinding is door de andere kant verbroken</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>de verbinding is afgebroken</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>geen route naar de host</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>het netwerk is onbereikbaar</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>de hostnaam kon niet worden opgezocht (onbekende host of geen netwerk)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>het TLS-certificaat kon niet worden gecontroleerd</translation>
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
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Kalender toevoegen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>‘%1’ bewerken</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>bijv. Werkkalender</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Een &amp;CalDAV-account</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>Een &amp;map met afspraken (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Een kalender op een server: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Een map op deze computer met één bestand per afspraak, die andere apps synchroniseren</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>CalDAV-account</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>Het adres van de server, of dat van de kalender; Planner vindt daar uw kalenders</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>De kalender waarin uw agenda komt; wordt aangemaakt als die er nog niet is</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>Het wachtwoord van het account, bewaard in de sleutelbos van het bureaublad, niet in de bestanden van Planner</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>De opdracht van een wachtwoordbeheerder geeft het wachtwoord bij elke synchronisatie; er wordt niets opgeslagen</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>bijv. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Wachtwoordopdracht</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Wordt bij elke synchronisatie uitgevoerd; de eerste regel uitvoer is het wachtwoord</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Wachtwoord in plaats daarvan uit een opdracht ha&amp;len</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Op&amp;dracht:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Map met afspraken</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>bijv. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Sessies van plan B opnemen (als voorlopig)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Herinner mij vóór elke sessie</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min vooraf</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minuten vooraf voor de herinnering</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Uw plan-B-sessies komen ook in de kalender, gemarkeerd als voorlopig</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Elke sessie in de kalender krijgt een herinnering die uw kalender-app toont</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Hoeveel minuten vóór een sessie de herinnering komt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding t&amp;esten</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Toch toe&amp;voegen</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Hij synchroniseert zodra de server bereikbaar is</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Controleren of de kalender bereikbaar is met de gegevens in het formulier; slaat niets op</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>De verbinding testen, dan de kalender bewaren en uw agenda ermee synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>bewaard in de sleutelbos; typ om het te wijzigen</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Er is geen sleutelbos van het bureaublad (GNOME Keyring, KWallet of een andere Secret Service) beschikbaar op deze computer, dus Planner kan het wachtwoord niet veilig bewaren. Geef in plaats daarvan een opdracht die het wachtwoord afdrukt, zoals ‘pass show calendar’.</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>geen sleutelbos op deze computer: gebruik een opdracht</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Map met afspraken</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>de server</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>de map</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>De verbinding werkt. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Geef het adres van uw CalDAV-server of -kalender.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Geef de opdracht die het wachtwoord weergeeft.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Kies de map om de afspraken in te bewaren.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>‘%1’ wordt opgeslagen…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>‘%1’ is bewaard; hij synchroniseert zodra hij bereikbaar is.</translation>
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
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>De tijdzone van de tijden in het bestand; typ om er een te vinden</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Dag in het tijdschema</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
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
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Krappe overstap: te weinig tijd om van of naar een andere sessie te lopen die u bijwoont</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Ook aanwezig: %1</translation>
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
        <translation>Tijdschema</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(geen zaal)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Geen sessies op deze dag</translation>
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
        <translation>Ik ga niet</translation>
    </message>
</context>
</TS>
