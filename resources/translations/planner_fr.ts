<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Importer le fichier du programme d’une conférence</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Importer depuis le &amp;Web…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Importer le programme d’une conférence depuis une URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Exporter vers le calendrier…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Enregistrer votre agenda dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Exporter cette session vers le calendrier…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Enregistrer la session sélectionnée dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ca&amp;lendriers…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>Les calendriers que Planner synchronise avec votre agenda (CalDAV, un dossier d’événements)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Synchroniser les calendriers &amp;maintenant</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Envoyer maintenant votre agenda à tous les calendriers</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Enregistrer un agenda imprimable, jour par jour</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Imprimer votre agenda de poche</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>&amp;Partager mon agenda…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Enregistrer votre agenda dans un fichier pour vos collègues</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Vers le &amp;téléphone (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Emporter votre agenda sur votre téléphone&#xa0;: un code QR et un lien pour l’application Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Exporter vers un &amp;tableur (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Enregistrer vos sessions favorites dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>&amp;Coller un lien Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Afficher à côté des vôtres les sessions d’un lien Giggity du presse-papiers</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Ouvrir l’agenda d’un &amp;collègue…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Afficher l’agenda d’un collègue à côté du vôtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Ajouter aux &amp;favoris / retirer</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Ajouter la session sélectionnée aux favoris, ou l’en retirer</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>À voir absolument</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Ajouter aux favoris comme «&#xa0;à voir absolument&#xa0;»</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>À voir</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Ajouter aux favoris comme «&#xa0;à voir&#xa0;»</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Ajouter aux favoris comme «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Heures dans le fuseau horaire de l’&amp;événement</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Rechercher dans les titres, résumés et intervenants</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Grille horaire</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>M&amp;on agenda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Me rappeler les sessions à l’avance</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 minutes avant</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 minutes avant</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 minutes avant</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein écra&amp;n</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Clair ou sombre comme le bureau, dans son propre style</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Exporter l’agenda de poche (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Heures dans le fuseau horaire de &amp;cet ordinateur</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>&amp;Déplier tous les jours</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Lég&amp;ende</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>Afficher dans la barre d’état la signification des étoiles et du marqueur de conflit</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Un petit guide&#xa0;: ajouter des sessions aux favoris, régler les conflits, partager votre agenda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Tous les raccourcis clavier de Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>À pr&amp;opos de Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Y assister</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Assister à la session sélectionnée&#xa0;; celles qui sont en conflit avec elle passent en plan B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Assister à la session sélectionnée&#xa0;; les autres passent en plan B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Résoudre automatiquement…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Choisir le meilleur plan sans conflit (vous voyez d’abord les changements)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Temps de marche…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Minutes entre les salles et votre retard toléré</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Ajouter un créneau occupé…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Réserver du temps pour vos propres engagements (déjeuner, permanence au stand)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Supprimer le créneau occupé</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Supprimer le créneau occupé sélectionné</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Afficher la grille horaire en plus petit&#xa0;: une plus grande partie de la journée à la fois</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Afficher la grille horaire en plus grand&#xa0;: plus de place pour les titres</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Ajouter cette session aux favoris</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Ajouter la session affichée à votre agenda, ou l’en retirer</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Garder votre note sur cette session</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>P&amp;artager</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Collègues</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Afficher dans «&#xa0;Mon agenda&#xa0;» et la grille horaire</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Ajouter ses sessions aux favoris (comme «&#xa0;peut-être&#xa0;»)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Comparer avec le mien…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Ajouter «&#xa0;%1&#xa0;» aux favoris</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Retirer «&#xa0;%1&#xa0;» des favoris</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>Marquer «&#xa0;%1&#xa0;» comme «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>Passer «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Modifier la note sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Résoudre un conflit</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Résolution automatique</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Reprendre les sessions d’un collègue</translation>
    </message>
</context>
<context>
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Sélectionnez d’abord une session en conflit (ou un plan B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Vous assistez à «&#xa0;%1&#xa0;»&#xa0;; %Ln autre session passe en plan B.</numerusform>
            <numerusform>Vous assistez à «&#xa0;%1&#xa0;»&#xa0;; %Ln autres sessions passent en plan B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Temps de marche</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Impossible d’ajouter ce créneau occupé</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Ajouter un créneau occupé</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Sélectionnez d’abord un de vos créneaux occupés.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Supprimer un créneau occupé</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Votre agenda est encore vide.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Marquez d’une étoile les sessions que vous voulez voir&#xa0;: sélectionnez-en une dans le Programme, la Liste ou la Grille horaire et appuyez sur S (ou cliquez sur son étoile&#xa0;; 1, 2 et 3 disent à quel point vous y tenez). Elles apparaissent ici jour par jour, avec les conflits à régler et le temps libre à remplir.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Serré&#xa0;: %1 min pour %2 min de marche de «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(occupé)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Libre pendant %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Suggestion&#xa0;: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>Plan B&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 y va</numerusform>
            <numerusform>%1 y vont</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Votre créneau occupé&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>On ne peut pas assister aux deux&#xa0;:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Sélectionnez-la et appuyez sur «&#xa0;Y assister&#xa0;» pour la garder (ce qui est en conflit avec elle passe en plan B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Mon agenda</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Plus de commandes</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Affiche les commandes qui ne tiennent pas dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Résoudre automatiquement les conflits</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Changements proposés</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Appliquer les modifications listées (Annuler les défait)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Ajouter un créneau occupé</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>p. ex. déjeuner avec un client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Quand le créneau occupé commence</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Quand le créneau occupé se termine</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>De (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>Occupé</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Inclure les sessions du &amp;plan B (comme provisoires)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Me &amp;rappeler chaque session à l’avance</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutes d’avance du rappel</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Vos sessions en plan B vont aussi dans le fichier, marquées provisoires</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Chaque session du fichier reçoit un rappel que votre application de calendrier affiche</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Combien de minutes avant une session son rappel arrive</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Tenir ce fichier à jour quand mon agenda change</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Pour les applications de calendrier abonnées à un fichier local</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importer un fichier une fois en fait un instantané&#xa0;: Thunderbird et Agenda de GNOME ne le mettent pas à jour quand une présentation change d’horaire (seuls khal et l’importation d’Evolution le font). Pour que votre calendrier reste à jour, cochez «&#xa0;Tenir ce fichier à jour&#xa0;» et abonnez-vous au fichier (Thunderbird&#xa0;: Nouvel agenda › Sur le réseau, file:///…&#xa0;; Evolution&#xa0;: Sur le Web), ou synchronisez un compte CalDAV ou un dossier khal avec «&#xa0;planner calendar add&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner tient lui-même votre agenda à jour dans ces calendriers&#xa0;: un compte CalDAV (Nextcloud, Fastmail, iCloud avec un mot de passe d’application, mailbox.org, Radicale…) ou un dossier d’événements que lisent khal, vdirsyncer ou Evolution. Vos changements sont envoyés en quelques secondes&#xa0;; hors ligne, ils attendent, et rien n’est perdu.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Fichier tenu à jour</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Calendriers synchronisés</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Aucun calendrier pour l’instant. Ajoutez un compte CalDAV ou un dossier d’événements.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Détails du calendrier</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Synchroniser maintenant le calendrier sélectionné (F5&#xa0;: tous les calendriers)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Modifier l’adresse, le compte ou les options du calendrier sélectionné</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Vérifier que le calendrier sélectionné est joignable, sans synchroniser</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Arrêter la synchronisation en cours</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Arrêter cette synchronisation&#xa0;; ce qui a été envoyé est conservé, le reste attend</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Ajouter un compte CalDAV ou un dossier d’événements (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Ne plus synchroniser le calendrier sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Fichier de calendrier tenu à jour</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>%1 événements sur %2 envoyés</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Utilisateur&#xa0;: %1 (mot de passe donné par une commande)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Utilisateur&#xa0;: %1 (mot de passe du trousseau)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Dernière synchronisation&#xa0;: %1 ajoutés, %2 mis à jour, %3 supprimés, %4 inchangés.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner ne réessaie pas de lui-même&#xa0;: modifiez le calendrier pour corriger cela.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Supprimer le calendrier</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>Ne plus synchroniser «&#xa0;%1&#xa0;»&#xa0;? Son contenu reste&#xa0;; Planner ne le met simplement plus à jour.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>le fichier de calendrier tenu à jour</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus synchronisé&#xa0;; son contenu reste.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La connexion fonctionne. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>votre créneau occupé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1 puis %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Conflit&#xa0;: %1 et %2 ne peuvent pas être gardées toutes les deux — c’est à vous de trancher</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Conflit&#xa0;: %1 ne laisse pas de temps pour %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Conflit&#xa0;: ces 2 se chevauchent — choisissez-en une</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Conflit&#xa0;: ces %Ln se chevauchent — choisissez-en une</numerusform>
            <numerusform>Conflit&#xa0;: ces %Ln se chevauchent — choisissez-en une</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1 ou %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Conflit&#xa0;: assister à %1 ou %Ln autre possibilité</numerusform>
            <numerusform>Conflit&#xa0;: assister à %1 ou %Ln autres possibilités</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Conflit&#xa0;: assister à %1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>elles se chevauchent de %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min pour %2 min de marche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>en conflit avec %1 et %Ln autre</numerusform>
            <numerusform>en conflit avec %1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>en conflit avec %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>En conflit avec&#xa0;:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>C’est à vous de trancher&#xa0;: aucune possibilité ne garde toutes les sessions à voir absolument.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>On ne peut assister qu’à une seule&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Meilleur plan&#xa0;: assister à %1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Ou assister à %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Favori&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Annulée&#xa0;: ne figure plus au programme.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Serré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agendas et favoris du téléphone (*.planner-agenda *.ics *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (aucune)</translation>
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
        <translation>Ensemble&#xa0;:
%1

Vous seulement&#xa0;:
%2

%5 seulement&#xa0;:
%3

Libres en même temps&#xa0;:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 assiste à %Ln session.</numerusform>
            <numerusform>%1 assiste à %Ln sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Absentes de ce programme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Il a été établi à partir d’une autre version du programme.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>%Ln de ses sessions ajoutée aux favoris comme «&#xa0;peut-être&#xa0;».</numerusform>
            <numerusform>%Ln de ses sessions ajoutées aux favoris comme «&#xa0;peut-être&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Ouvrir l’agenda d’un collègue</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Impossible d’ouvrir cet agenda</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Afficher ou masquer l’agenda d’un collègue</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Supprimer l’agenda d’un collègue</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Vous et %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Intervenant / session</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Sessions favorites (clic, S ou Espace pour ajouter&#xa0;; 1/2/3 pour la priorité)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Temps de marche et tolérance</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Temps de marche entre les salles</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>Les minutes qu’il vous faut pour aller d’une salle à l’autre entre deux sessions</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Combien de minutes deux sessions peuvent se chevaucher avant d’entrer en conflit</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>Le temps de marche s’applique entre des salles différentes. Avec une tolérance, vous pouvez quitter une session plus tôt ou arriver plus tard d’autant&#xa0;: les chevauchements plus petits deviennent des avertissements.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Temps de marche entre les salles&#xa0;:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Je peux partir plus tôt / arriver plus tard de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>votre créneau occupé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>cède la place à %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>gardée (%1) plutôt que %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>«&#xa0;à voir absolument&#xa0;»&#xa0;: toujours gardée</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>aucun conflit</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>thème %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»&#xa0;: %3 min pour %4 min de marche (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent de %Ln min</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent de %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent de %Ln min (dans votre tolérance)</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent de %Ln min (dans votre tolérance)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>horaire %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>était %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>salle %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>titre «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>sous-titre modifié</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>thème %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>intervenants %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>résumé modifié</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>clé %1 → %2&#xa0;; votre étoile l’a suivie</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>de retour au programme</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>déplacée&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [favori]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln intervenant</numerusform>
            <numerusform>%Ln intervenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln salle</numerusform>
            <numerusform>%Ln salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln thème</numerusform>
            <numerusform>%Ln thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 sur %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>«&#xa0;%1&#xa0;» mis à jour&#xa0;: %2&#xa0;; %3 ajoutées, %4 retirées, %5 déplacées, %6 modifiées</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>son certificat TLS n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>nom d’hôte inconnu</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>pas de réseau ou nom d’hôte inconnu</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>%1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe (vérifiez-les, ou le mot de passe d’application)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1 n’a pas pu lister les événements du calendrier&#xa0;; la bibliothèque CalDAV a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1 n’a pas pu enregistrer un événement&#xa0;; la bibliothèque CalDAV a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1 n’a pas pu supprimer un événement&#xa0;; la bibliothèque CalDAV a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1 n’a pu ni trouver ni créer le calendrier&#xa0;; la bibliothèque CalDAV a signalé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>le serveur a refusé de trouver ou de créer le calendrier (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>le serveur a refusé de lister les événements du calendrier (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>le serveur a refusé d’enregistrer un événement (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>le serveur a refusé de supprimer un événement (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1&#xa0;: il n’a pas accepté le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then what went wrong</comment>
        <extracomment>A calendar&apos;s name, then what went wrong with its server (or why it has no password).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the calendar file could not be written (%2)</source>
        <extracomment>%1: a calendar file; %2: why it could not be written, in English.</extracomment>
        <translation>%1&#xa0;: le fichier de calendrier n’a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (tel qu’une version antérieure de Planner l’a enregistré)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>aucun trousseau du bureau n’est disponible pour garder le mot de passe de %1&#xa0;; modifiez le calendrier pour indiquer une commande de mot de passe</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>aucun mot de passe pour %1 dans le trousseau&#xa0;; ajoutez à nouveau le calendrier ou indiquez --password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>la commande de mot de passe a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>la commande de mot de passe a échoué (code de sortie %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>la commande de mot de passe n’a affiché aucun mot de passe</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>le trousseau n’a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>Le trousseau du bureau n’a pas gardé le mot de passe (%1). Déverrouillez-le et réessayez, ou indiquez plutôt une commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>la commande de mot de passe ne s’est pas terminée à temps&#xa0;: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>la commande de mot de passe n’a pas pu être lancée (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>%1 est accessible en écriture</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1&#xa0;: calendrier «&#xa0;%2&#xa0;» créé à l’adresse %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1&#xa0;: calendrier «&#xa0;%2&#xa0;» trouvé à l’adresse %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S ou Espace ajoute la session sélectionnée aux favoris&#xa0;; 1, 2 et 3 règlent sa priorité.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>La conférence dont la fenêtre affiche le programme</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>Le programme par jour et par thème&#xa0;; la session sélectionnée s’affiche à côté.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Chaque session correspondant à la recherche et aux filtres, une par ligne.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>Les sessions du jour par salle et par heure&#xa0;; les touches fléchées passent de l’une à l’autre.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>Le jour affiché par la grille horaire</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Tous les intervenants, avec leurs sessions</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>La conférence par jour et par thème (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Toutes les sessions dans un tableau où chercher et filtrer (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>Les sessions d’une journée par salle et par heure (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Vos sessions favorites, leurs conflits et votre temps libre (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Tous les intervenants et leurs sessions (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>N’afficher que vos sessions favorites</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Vos sessions favorites jour par jour, avec leurs conflits et le temps libre.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>N’afficher que vos sessions favorites en conflit&#xa0;: elles se chevauchent ou laissent trop peu de temps pour marcher</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Tout sur la session sélectionnée</translation>
    </message>
    <message>
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Enregistrée dès que vous quittez le champ&#xa0;; elle n’ajoute pas la session aux favoris</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Ajouter cette session aux favoris</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Ajoute la session à votre agenda ou l’en retire</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Priorité&#xa0;: à quel point vous voulez voir cette session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Statut&#xa0;: assister à cette session, la garder en plan B ou y renoncer</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Votre note sur cette session…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Note personnelle</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Sélectionnez une session pour en voir les détails.</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favori</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 suivra votre agenda.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln session enregistrée dans %1.</numerusform>
            <numerusform>%Ln sessions enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Exporter l’agenda de poche</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%Ln page).</numerusform>
            <numerusform>%1 enregistré (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Partager mon agenda</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Votre nom, tel que vos collègues le verront&#xa0;:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Agenda Planner (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Échec du partage</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Rechercher titres, résumés, intervenants… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Vider le champ de recherche&#xa0;; les filtres restent</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Mots entiers seulement&#xa0;: «&#xa0;rust&#xa0;» trouve «&#xa0;Rust&#xa0;» mais pas «&#xa0;Trust&#xa0;» ni «&#xa0;rusty&#xa0;»</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Mots entiers seulement</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filtrer par jour</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filtrer par salle</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Seulement les sessions favorites</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Seulement les sessions en conflit</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
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
        <translation>%1 à %2</translation>
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
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Premiers pas avec Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Ajoutez aux favoris ce que vous voulez voir</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Sélectionnez une session dans n’importe quelle vue et appuyez sur %1, ou cliquez sur son étoile. %2, %3 et %4 la marquent comme «&#xa0;à voir absolument&#xa0;», «&#xa0;à voir&#xa0;» ou «&#xa0;peut-être&#xa0;»&#xa0;: chaque priorité a sa propre étoile. %5 trouve les sessions par titre, résumé ou intervenant.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Voir et régler les conflits</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Les sessions auxquelles vous allez et qui se chevauchent portent le triangle d’avertissement dans chaque vue (%1 explique les marques). «&#xa0;Mon agenda&#xa0;» montre chaque conflit&#xa0;: quelles sessions sont en conflit, et ce que vous pouvez suivre à la place. Sélectionnez-en une et choisissez %2 (les autres passent en plan B), ou laissez %3 trouver le meilleur plan&#xa0;; vous voyez d’abord ses changements, et %4 les défait.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Votre journée dans «&#xa0;Mon agenda&#xa0;»</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 liste ce que vous suivez, jour par jour, avec votre plan B, votre temps libre et des sessions pour le remplir. Ajoutez vos propres engagements (déjeuner, permanence au stand) avec %2, et les minutes de marche entre les salles avec %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Mettez-le dans votre calendrier</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 enregistre votre agenda dans un fichier iCalendar que toute application de calendrier peut importer. Pour qu’un calendrier reste à jour quand vos projets changent, ajoutez-le dans %2 (un compte CalDAV comme Nextcloud, ou un dossier d’événements)&#xa0;: Planner lui envoie chaque changement, et %3 le fait tout de suite. %4 crée un agenda de poche à imprimer.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Planifiez avec vos collègues</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 enregistre votre agenda dans un fichier à envoyer à vos collègues. %2 affiche l’agenda d’un collègue à côté du vôtre, dans «&#xa0;Mon agenda&#xa0;» et la grille horaire&#xa0;; il lit aussi les favoris qu’exportent les applications pour téléphone (FOSDEM Companion, Sojourner, EventFahrplan). Dans le menu %3, vous pouvez comparer son agenda au vôtre ou ajouter ses sessions à vos favoris comme «&#xa0;peut-être&#xa0;».</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Emportez-le sur votre téléphone</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 affiche un code QR et un lien qui transfèrent votre agenda dans l’application Giggity de votre téléphone. On vous a envoyé un lien Giggity&#xa0;? Copiez-le et choisissez %2 pour voir ses sessions à côté des vôtres.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner garde votre agenda de conférence sur cet ordinateur et fonctionne hors ligne. Ces étapes vous mènent du programme à un plan que vous emportez partout.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 liste tous les raccourcis.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Préparez votre agenda de conférence hors ligne&#xa0;: ajoutez des sessions aux favoris, résolvez les conflits, exportez vers votre calendrier.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Importer le programme d’une conférence</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Programmes de conférence (*.json *.xml *.ics *.xcs);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Importer depuis le Web</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Adresse du programme (http:// ou https://)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Import de %1 annulé.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Import refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>«&#xa0;%1&#xa0;» est à jour.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Programme mis à jour</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Favori&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lang&amp;ue</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Langue de Planner au prochain démarrage&#xa0;: %1. Redémarrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>À voir absolument</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>À voir</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Correspondance serrée</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Étoile pleine&#xa0;: à voir absolument. Demi-étoile&#xa0;: à voir. Étoile vide&#xa0;: peut-être. Triangle d’avertissement&#xa0;: un conflit.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Triangle d’avertissement vide&#xa0;: une correspondance serrée.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Comment Planner marque les sessions dans chaque vue, le PDF et l’impression&#xa0;:
étoile pleine&#xa0;: à voir absolument · demi-étoile&#xa0;: à voir · étoile vide&#xa0;: peut-être
triangle d’avertissement&#xa0;: un conflit avec une autre session à laquelle vous assistez (survolez-le pour les choix)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>triangle d’avertissement vide&#xa0;: une correspondance serrée – pas de conflit, mais moins de temps que le trajet jusqu’à la salle de la session suivante</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Grille horaire</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>M&amp;on agenda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Suite de la barre d’outils</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Affiche les commandes qui ne tiennent pas dans la fenêtre</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Conférence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>session %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>signet %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>le lien Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>un événement sans nom</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 indique %2 le %3, une heure qui n’existe pas dans %4 (on avance les horloges)&#xa0;; lue comme %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 indique %2 le %3, une heure qui existe deux fois dans %4 (on recule les horloges)&#xa0;; lue comme la première</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 finit à %2&#xa0;; fin déplacée avec le début à %3 (durée de %Ln minute gardée)</numerusform>
            <numerusform>%1 finit à %2&#xa0;; fin déplacée avec le début à %3 (durée de %Ln minutes gardée)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 a des bornes hors limites&#xa0;; ignorées</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 n’a pas de titre&#xa0;; titre affiché&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») finit avant de commencer, car %3 le %4 n’existe pas dans %5 (on avance les horloges) et est lu comme %6&#xa0;; élément ignoré</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») est hors de la plage de dates que Planner conserve dans %3&#xa0;; élément ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln session répète un id ou GUID déjà utilisé dans le fichier&#xa0;; toutes ont été gardées</numerusform>
            <numerusform>%Ln sessions répètent un id ou GUID déjà utilisé dans le fichier&#xa0;; toutes ont été gardées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln session sans id répète le titre, le début et la salle d’une précédente&#xa0;; toutes ont été gardées</numerusform>
            <numerusform>%Ln sessions sans id répètent le titre, le début et la salle d’une précédente&#xa0;; toutes ont été gardées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… et %Ln autre avertissement</numerusform>
            <numerusform>… et %Ln autres avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;» dans le fichier&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>le fichier indique le fuseau horaire %1&#xa0;; %2 est utilisé comme demandé</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>le fichier indique le fuseau horaire %1, mais ses heures ont d’autres décalages par rapport à UTC&#xa0;; elles sont affichées dans %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>le fichier n’indique aucun fuseau horaire&#xa0;; les heures gardent leur décalage UTC et sont affichées dans %1 (importez avec un fuseau horaire pour changer cela)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>le fichier indique son fuseau horaire, %1&#xa0;; le fuseau horaire demandé (%2) ne s’applique pas aux fichiers de programme Planner</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») est marqué comme annulé&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») n’a pas de début&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 («&#xa0;%2&#xa0;») se répète&#xa0;; seule sa première occurrence est gardée</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 («&#xa0;%2&#xa0;») a une heure illisible (%3)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») n’est pas planifiée&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») a une heure hors limites&#xa0;; élément ignoré</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>le fichier n’a pas de section &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>le fichier marque des heures locales comme UTC («&#xa0;Z&#xa0;»)&#xa0;; elles ont été lues comme heures de %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») n’a ni date ni heure de début utilisables&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1&#xa0;: durée illisible «&#xa0;%2&#xa0;»&#xa0;; affichée comme 0 minute</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 («&#xa0;%2&#xa0;») n’a pas de durée&#xa0;; affichée comme 0 minute</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] n’est pas un objet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms n’est pas un objet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] n’est pas une liste&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>un événement de la salle «&#xa0;%1&#xa0;» n’est pas un objet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 («&#xa0;%2&#xa0;») n’a pas de début utilisable&#xa0;; ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln id d’événement écrit sous forme de texte là où le schéma attend des nombres&#xa0;; accepté</numerusform>
            <numerusform>%Ln id d’événements écrits sous forme de texte là où le schéma attend des nombres&#xa0;; acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>hors ligne&#xa0;: %1&#xa0;; la copie téléchargée le %2 a été utilisée</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>le thème «&#xa0;%1&#xa0;» mis en signet (un thème entier, pas une session&#xa0;; ajoutez ici ses sessions aux favoris)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln événement masqué dans Giggity (masquer n’est pas un favori&#xa0;; il n’est pas importé)</numerusform>
            <numerusform>%Ln événements masqués dans Giggity (masquer n’est pas un favori&#xa0;; ils ne sont pas importés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1&#xa0;: correspond à plus d’une session</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1&#xa0;: absent de ce programme</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«&#xa0;%1&#xa0;» a été supprimé dans votre calendrier&#xa0;: Planner ne le rajoutera que si la session change</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«&#xa0;%1&#xa0;» a été modifié dans votre calendrier&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«&#xa0;%1&#xa0;» a été modifié dans votre calendrier&#xa0;: Planner a donc gardé votre version et n’a pas envoyé sa modification&#xa0;; supprimez l’événement là-bas pour obtenir la version de Planner</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«&#xa0;%1&#xa0;» a changé dans votre calendrier pendant la synchronisation&#xa0;: laissé tel quel</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1&#xa0;: n’est plus dans votre agenda, mais a été modifié dans votre calendrier&#xa0;: Planner ne l’y a donc pas supprimé</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1&#xa0;: modifié dans votre calendrier&#xa0;: pas supprimé</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1&#xa0;: non lu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>%Ln caractère de contrôle (%1) interdit par XML supprimé</numerusform>
            <numerusform>%Ln caractères de contrôle (%1) interdits par XML supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, à la ligne %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, aux lignes %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Avis sur le programme</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>Impossible d’afficher les dernières modifications</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>Le presse-papiers ne contient pas de lien Giggity (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Vers le téléphone (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Installez &lt;b&gt;Giggity&lt;/b&gt; sur votre téléphone Android (F-Droid ou Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Scannez ce code avec l’appareil photo du téléphone, ou ouvrez-y le lien.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity charge le programme et liste vos sessions&#xa0;: touchez &lt;b&gt;Import all&lt;/b&gt;, puis &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>p. ex. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Adresse web du programme</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Créer le lien avec cette adresse (Planner s’en souvient)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>Inclure le &amp;plan B</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity vous rappelle aussi vos sessions en plan B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Enregistrer en P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Enregistrer en S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>Le lien que le téléphone ouvre&#xa0;: votre agenda pour Giggity, aussi dans le code QR</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Copier le lien pour l’envoyer à votre téléphone</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Enregistrer le code QR en image PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Enregistrer le code QR en image SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Adresse web du programme&#xa0;:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien&#xa0;:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Création du lien…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Saisissez l’adresse web où le programme est publié&#xa0;: celle d’où Giggity le charge (le XML du programme sur le site de la conférence).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>L’adresse d’où Planner a téléchargé le programme.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Telle que vous l’avez donnée auparavant.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Mémorisée pour cette conférence.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln session dans le lien.</numerusform>
            <numerusform>%Ln sessions dans le lien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Aucune session retenue pour l’instant&#xa0;: le lien ouvre le programme dans Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Absentes du lien (le programme ne leur donne pas d’identifiant connu de Giggity)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Mon agenda · heures en %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Scannez avec votre téléphone pour emporter cet agenda dans Giggity (Android)&#xa0;: ses favoris, sur le programme qu’il charge depuis le Web.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Aucun favori pour l’instant.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(occupé jusqu’à %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plan B&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — mon agenda</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln en parallèle</numerusform>
            <numerusform>%Ln en parallèle</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Favori&#xa0;: %1 (cliquez pour retirer)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Pas en favori (cliquez pour ajouter)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(sans titre&#xa0;: libellé tiré de la description)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(annulée&#xa0;: ne figure plus au programme)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>favori, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>pas en favori</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Programme de la conférence</translation>
    </message>
</context>
<context>
    <name>RefusalTexts</name>
    <message>
        <source>%1: %2</source>
        <comment>a file, then why it is refused</comment>
        <extracomment>A file (its path or web address), then why Planner refuses it.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <extracomment>Where in the file the problem is.</extracomment>
        <translation>%1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>un programme de conférence</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>un fichier de favoris</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>un fichier de signets</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>un fichier d’agenda</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>des favoris partagés</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>un instantané de démarrage rapide</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>un fichier d’événement</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>un élément spécial du système de fichiers</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>la conférence</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>un intervenant</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>un thème</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>une salle</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>titre</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>clé</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>résumé</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>description</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>salle</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>thème</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>type</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>langue</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>a text of a program</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a text of a program</comment>
        <translation>lien</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>titre du lien</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>nom</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organisation</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>biographie</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>sigle</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>version</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>mention</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>le fichier fait %1 et dépasse la limite de %2 Mio pour %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>est %1, pas un fichier&#xa0;; Planner ne lit que des fichiers</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>n’est pas un fichier ordinaire&#xa0;; Planner ne lit que des fichiers</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>contient des données binaires, pas un programme de conférence</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>n’est pas un texte %1 valide (octet invalide à la position %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>n’est pas un texte %1 valide</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>n’est un programme de conférence dans aucun des formats que lit Planner (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>est trop profondément imbriqué pour être un programme de conférence</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>contient une date ou une heure hors limites</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>seules les adresses http:// et https:// peuvent être importées (ou un fichier)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON trop profondément imbriqué</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>n’est pas du JSON valide&#xa0;: un nombre de plusieurs milliers de chiffres</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 devrait être un objet</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» devrait être du texte</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» fait %3 caractères (limite %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est absent</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» devrait être une liste</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» devrait être true ou false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date (AAAA-MM-JJ)&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date et heure ISO 8601&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est hors de la plage de dates que garde Planner&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 («&#xa0;%2&#xa0;») a une date et heure hors de la plage que garde Planner&#xa0;: de «&#xa0;%3&#xa0;» à «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>n’est pas un fichier de programme Planner (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>la version %1 du format de programme Planner n’est pas prise en charge (cette version de Planner lit la version %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1&#xa0;: &apos;end&apos; est avant &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] devrait être un nom de salle</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» est utilisée deux fois</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1&#xa0;: &apos;speakers&apos; devrait être une liste de noms</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>n’est pas du XML bien formé (plus de %1 caractères de contrôle que XML interdit)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>déclare des entités XML, que Planner refuse de développer (une façon courante d’attaquer les lecteurs XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>renvoie à des ressources XML externes, que Planner ne charge jamais</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>utilise une fonction XML que Planner refuse (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>n’est pas du XML bien formé (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>ne peut pas être lu comme du XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>n’est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>n’est pas un iCalendar valide (un TZID ne nomme aucun fuseau horaire)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>n’est pas un iCalendar valide (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>ne contient aucun événement (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>est une liste d’intervenants Sessionize sans sessions&#xa0;; exportez plutôt la vue «&#xa0;All&#xa0;» ou «&#xa0;Sessions&#xa0;»</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>ne contient aucune session Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>est du XML, mais pas un programme frab (son élément racine est &lt;%1&gt;, pas &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>ne contient aucune session (aucun &lt;event&gt; dans un &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>est du XML, mais pas du xCal (pas d’élément racine &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>est un fichier xCal sans calendrier</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>ne contient aucun événement (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>est du JSON, mais pas un programme frab (pas de schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>ne contient aucune session</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>ne contient aucune session dans la plage de dates que garde Planner</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>a plus de %1 intervenants</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>a plus de %1 sessions</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1&#xa0;: %2 fait %3 caractères (limite %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>thème «&#xa0;%1&#xa0;»&#xa0;: la couleur fait %2 caractères (limite %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 («&#xa0;%2&#xa0;») se termine avant de commencer</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 («&#xa0;%2&#xa0;») dure %3 jours</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1 a %2 intervenants (limite %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1&#xa0;: son GUID ou id est trop long pour l’identifier (%2 caractères&#xa0;; limite %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>il existe déjà un calendrier nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>un calendrier a besoin d’un nom</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1&#xa0;: une adresse CalDAV doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1&#xa0;: indiquez le nom d’utilisateur à part (--username), et aucun mot de passe dans l’adresse (le trousseau ou --password-command le garde)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>un dossier n’a besoin ni de nom d’utilisateur ni de mot de passe</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>l’adresse du programme n’est pas une adresse web valide&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>l’adresse du programme doit être une adresse web (http ou https), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>l’adresse du programme ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;: «&#xa0;%1&#xa0;» (un lien pour téléphone est partagé, et tout ce qu’il contient avec lui)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>le lien fait %1 octets&#xa0;; un code QR en contient au plus %2 (partagez le lien lui-même, ou moins de sessions)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>n’indique pas de fuseau horaire&#xa0;; indiquez-en un, par exemple --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>n’indique pas de fuseau horaire (les fichiers Sessionize ne le font jamais)&#xa0;; indiquez-en un, par exemple --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>n’indique pas de fuseau horaire (ses heures sont marquées UTC mais correspondent aux heures locales de &lt;start&gt;)&#xa0;; indiquez-en un, par exemple --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>fait %1&#xa0;; un fichier d’agenda fait au plus %2 Mio</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>n’est pas un fichier d’agenda Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>est un fichier d’agenda de version %1&#xa0;; cette version de Planner lit la version %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>n’a pas de somme de contrôle (il n’a pas été écrit par Planner, ou il est tronqué)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>a été modifié ou endommagé après avoir été partagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>contient %1 sessions (limite %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas l’une des valeurs %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>est un agenda pour «&#xa0;%1&#xa0;», qui n’est pas la conférence ouverte ici&#xa0;; importez d’abord le programme de cette conférence</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’a pas de décalage UTC et aucun fuseau horaire n’est connu</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 est hors de la plage de dates que Planner conserve</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>fait %1&#xa0;; %2 fait au plus %3 Mio</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>contient des données binaires, pas %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>n’est pas du texte UTF-8 (l’octet %1 n’est pas de l’UTF-8 valide)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>n’est pas un CSV valide (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>contient %1 favoris (limite %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1&#xa0;: %2 n’est pas du texte</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1&#xa0;: %2 fait %3 caractères</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une heure</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date et heure</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’a pas de fuseau horaire</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>n’est pas un fichier de favoris Sojourner (pas d’en-tête %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 a %2 champs, pas %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 n’a pas de champ %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un jour de la semaine</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>n’est pas un export de favoris EventFahrplan (pas de champ lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>n’est pas un fichier de signets de la PWA FOSDEM (pas d’en-tête type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 a %2 champs, l’en-tête %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1&#xa0;: type «&#xa0;%2&#xa0;» n’est ni event ni track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1&#xa0;: day «&#xa0;%2&#xa0;» n’est pas un numéro de jour</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1&#xa0;: l’UID «&#xa0;%2&#xa0;» ne vient pas de FOSDEM Companion</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>mélange des signets de plusieurs années de FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1&#xa0;: %2 n’est pas une date et heure</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1&#xa0;: %2 n’est pas une date et heure en UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>fait %1 caractères&#xa0;; trop long pour un lien</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>n’est pas un lien Giggity (ceux-ci commencent par %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>n’indique aucun programme (sa partie url= est absente ou vide)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>indique comme emplacement du programme «&#xa0;%1&#xa0;», qui n’est pas une adresse web</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>ne contient aucun événement (il n’a pas de partie see= ni del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>est endommagé&#xa0;: sa partie %1= n’est pas du texte base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>est endommagé&#xa0;: sa partie %1= ne se décompresse pas (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>est endommagé&#xa0;: sa partie %1= se décompresse en trop de données</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>est tronqué&#xa0;: sa partie %1= s’arrête trop tôt</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>est endommagé&#xa0;: sa partie %1= n’est pas une liste JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>contient %1 événements dans %2= (limite %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>est endommagé&#xa0;: l’élément %1 de sa partie %2= n’est pas un identifiant d’événement</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>est une adresse web mais pas un lien Giggity (%1…)&#xa0;; enregistrez le fichier vers lequel elle pointe et importez-le</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>est un lien pour «&#xa0;%1&#xa0;», qui n’est pas la conférence ouverte ici</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>contient des favoris %1 de %2&#xa0;; «&#xa0;%3&#xa0;» a lieu en %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>ne contient aucune des sessions de «&#xa0;%1&#xa0;»&#xa0;; elles sont dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>ne contient aucune session de «&#xa0;%1&#xa0;», ni d’aucune autre conférence ici</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>ne contient aucune session des conférences importées ici</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>ne contient aucune session des conférences de %1 importées ici</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>est un lien pour le programme à l’adresse %1, qui n’a pas été importé ici&#xa0;; importez-le d’abord, ou indiquez à quelle conférence il correspond</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>seules les adresses http:// et https:// peuvent être importées</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>une adresse web avec un nom d’utilisateur ou un mot de passe ne peut pas être importée (Planner n’envoie pas d’identifiants et garderait le mot de passe en clair)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>n’est pas une adresse web valide (elle contient des espaces ou des caractères de contrôle)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>n’est pas une adresse web valide (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>fait %1 et dépasse la limite de %2 Mio</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>dépasse la limite de %1 Mio</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>la connexion s’est fermée avant l’arrivée du fichier entier (%1 sur %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>ne s’est pas téléchargé entièrement en %1 secondes</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>le serveur a répondu 304 Not Modified, mais Planner avait demandé le fichier entier (il n’y a aucune copie locale à conserver)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>le serveur a redirigé vers une adresse non web&#xa0;; redirection refusée</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>le serveur redirige en boucle (ou plus de 10 fois)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>est injoignable (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>la connexion s’est fermée avant l’arrivée du fichier entier</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>le serveur a envoyé une ligne d’en-tête plus longue que ce qu’acceptent les clients HTTP</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>la réponse du serveur n’est pas du HTTP (ligne d’état invalide)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>le serveur a envoyé plus d’en-têtes que ce qu’acceptent les clients HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>la réponse du serveur n’est pas du HTTP valide (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>n’est pas une adresse ou une réponse web valide (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>échec du téléchargement (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND n’est ni une date ni une date-heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION n’est pas une durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>ni une date ni une date-heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>valeur de date hors limites</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>les heures d’un créneau occupé ont besoin d’un fuseau horaire</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>un créneau occupé doit finir après son début</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>un créneau occupé doit commencer le %1 ou après et finir au plus tard le %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>le temps de marche doit être compris entre 0 et %1 minutes, pas %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>la tolérance doit être comprise entre 0 et %1 minutes, pas %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>le temps de marche entre %1 et %2 doit être compris entre 0 et %3 minutes, pas %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>le rappel doit venir entre 0 et %1 minutes avant</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>indiquez soit --caldav URL, soit --vdir DIR</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>indiquez un mot de passe ou un --password-command, pas les deux</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Aucun trousseau du bureau (GNOME Keyring, KWallet ou un autre Secret Service) n’est disponible sur cet ordinateur&#xa0;: Planner ne peut donc pas garder le mot de passe en sécurité. Indiquez plutôt une commande qui affiche le mot de passe, comme «&#xa0;pass show calendar&#xa0;».</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Aucun trousseau du bureau (GNOME Keyring, KWallet ou un autre Secret Service) n’est disponible sur cet ordinateur&#xa0;: Planner ne peut donc pas garder le mot de passe en sécurité. Indiquez plutôt une commande qui affiche le mot de passe, comme «&#xa0;pass show calendar&#xa0;». (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas du texte UTF-8&#xa0;; Planner garde les noms, les clés, les adresses et les fichiers qu’il retient en UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>un nombre plus grand que ce que la base de données peut contenir (au plus %1) a été indiqué</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1&#xa0;: un code QR s’enregistre en .png ou en .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner ne sait pas où le programme de «&#xa0;%1&#xa0;» est publié&#xa0;; indiquez une fois son adresse web avec --program-url URL (l’adresse d’où Giggity le charge, p.&#xa0;ex. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 commence dans %Ln min en salle %2</numerusform>
            <numerusform>%1 commence dans %Ln min en salle %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 commence dans %Ln min</numerusform>
            <numerusform>%1 commence dans %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine session</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Votre agenda est déjà le meilleur plan&#xa0;: rien à changer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln changement rend votre agenda sans conflit, en gardant les sessions qui comptent le plus pour vous.</numerusform>
            <numerusform>%Ln changements rendent votre agenda sans conflit, en gardant les sessions qui comptent le plus pour vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln conflit demande votre décision.</numerusform>
            <numerusform>%Ln conflits demandent votre décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln session en conflit</numerusform>
            <numerusform>%1 · %Ln sessions en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Autres changements</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; «&#xa0;%2&#xa0;» — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Reste&#xa0;: «&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Votre décision (la résolution automatique n’abandonne jamais une session à voir absolument)</translation>
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
        <translation>favori, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>pas en favori</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(sans titre&#xa0;: libellé tiré de la description)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 y va</numerusform>
            <numerusform>%1 y vont</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>Les touches des vues (S, Espace, 1, 2, 3) agissent sur la session sélectionnée quand une vue a le focus, pas pendant la saisie.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>favori, %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>En attente de la base de données</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner continue d’essayer et l’ouvre dès qu’elle est libre.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouverte en lecture seule</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Base de données récupérée</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln en favori</numerusform>
            <numerusform>%Ln en favoris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln session sur %1 correspond</numerusform>
            <numerusform>%Ln sessions sur %1 correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>lu</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>écrit</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>sauvegardé avant sa mise à niveau</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 est verrouillé par un autre programme (un autre Planner ou un outil qui utilise la base de données)&#xa0;; fermez-le, puis réessayez</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: disque plein (plus de place sur le disque qui le contient)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: lecture seule (le fichier ne peut pas être écrit)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: disque en lecture seule (le disque qui le contient est monté en lecture seule)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: lecture seule (permission refusée pour le fichier ou son dossier)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: le nom du fichier est trop long</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: le dossier n’existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: dossier en lecture seule (permission refusée)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: lecture seule (permission refusée)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 ne peut pas être modifié&#xa0;: un autre programme a modifié les mêmes données entre-temps (rien n’a été enregistré&#xa0;; regardez à nouveau, puis réessayez)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: c’est %3, pas un fichier ordinaire&#xa0;; Planner n’écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1 ne peut pas être %2&#xa0;: ce n’est pas un fichier ordinaire&#xa0;; Planner n’écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 est %2, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 n’est pas un fichier ordinaire et ne peut donc pas être un fichier de base de données</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1&#xa0;; la base de données doit d’abord être mise à niveau</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1&#xa0;; Planner a ouvert la base de données en lecture seule</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, et la base de données est nouvelle et vide</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, et la base de données doit d’abord être mise à niveau</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 n’est pas une base de données SQLite (en-tête de fichier inconnu)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 est endommagé ou n’est pas une base de données (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 est une base de données SQLite d’un autre programme, pas une base de données Planner</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 a été écrit par un Planner plus récent (schéma %2)&#xa0;; mettez Planner à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Le fichier a été conservé tel quel sous le nom %2. Planner a démarré avec une nouvelle base de données.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Tout est affiché tel qu’enregistré&#xa0;; les modifications ne pourront être enregistrées qu’une fois le problème résolu (redémarrez ensuite Planner).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Synchronisation des calendriers</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Comment s’est passée la synchronisation de vos calendriers&#xa0;; cliquez pour ouvrir «&#xa0;Calendriers&#xa0;»</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Cliquez pour ouvrir «&#xa0;Calendriers&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>le %1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>dans %Ln s</numerusform>
            <numerusform>dans %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>dans %Ln min</numerusform>
            <numerusform>dans %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln changement en attente</numerusform>
            <numerusform>%Ln changements en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Fichier tenu à jour</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1&#xa0;: synchronisation, %2 événements sur %3 envoyés</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1&#xa0;: synchronisation…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1&#xa0;: hors ligne, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Nouvel essai %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1&#xa0;: non synchronisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1&#xa0;: pas encore synchronisé</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1&#xa0;: synchronisé %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Calendrier «&#xa0;%1&#xa0;» non synchronisé&#xa0;: %2 (et %Ln autre)</numerusform>
            <numerusform>Calendrier «&#xa0;%1&#xa0;» non synchronisé&#xa0;: %2 (et %Ln autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Calendrier «&#xa0;%1&#xa0;» non synchronisé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Synchronisation de %Ln calendrier…</numerusform>
            <numerusform>Synchronisation de %Ln calendriers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;»&#xa0;: %2 événements sur %3 envoyés</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Hors ligne, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Calendriers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Calendriers pas encore synchronisés</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Calendriers synchronisés %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>erreur d’entrée/sortie</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>trop de fichiers ouverts dans Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>trop de fichiers ouverts sur cet ordinateur</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>trop de liens symboliques (une boucle de liens)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>la connexion a été réinitialisée</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>aucune route vers l’hôte</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>le réseau est inaccessible</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>le nom d’hôte n’a pas pu être résolu (hôte inconnu ou pas de réseau)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>le certificat TLS n’a pas pu être vérifié</translation>
    </message>
</context>
<context>
    <name>TalkText</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <comment>a fact about a session: its name, its value</comment>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Untitled session: the program did not record its title; this label is drawn from its description.</source>
        <translation>Session sans titre&#xa0;: le programme n’indique pas son titre&#xa0;; ce libellé est tiré de sa description.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Annulée&#xa0;:&lt;/b&gt; cette session ne figure plus au programme. Elle reste dans votre agenda jusqu’à ce que vous la retiriez des favoris.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Votre heure</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Page de la session</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Ajouter un calendrier</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>p. ex. calendrier professionnel</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Un compte &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>Un &amp;dossier d’événements (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Un calendrier sur un serveur&#xa0;: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Un dossier de cet ordinateur avec un fichier par événement, que d’autres applications synchronisent</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>Compte CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>L’adresse du serveur, ou celle du calendrier&#xa0;; Planner y trouve vos calendriers</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>Le calendrier où tenir votre agenda&#xa0;; créé s’il n’existe pas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>Le mot de passe du compte, conservé dans le trousseau du bureau, pas dans les fichiers de Planner</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>La commande d’un gestionnaire de mots de passe l’affiche à chaque synchronisation&#xa0;; rien n’est enregistré</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>p. ex. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Commande du mot de passe</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Exécutée à chaque synchronisation&#xa0;; sa première ligne de sortie est le mot de passe</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Obtenir plutôt le mot de passe d’une c&amp;ommande</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande&#xa0;:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Dossier d’événements</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>p. ex. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Inclure les sessions du plan B (comme provisoires)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Me &amp;rappeler chaque session à l’avance</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutes d’avance du rappel</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Vos sessions en plan B vont aussi dans le calendrier, marquées provisoires</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Chaque session du calendrier reçoit un rappel que votre application de calendrier affiche</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Combien de minutes avant une session son rappel arrive</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Ajouter &amp;quand même</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Il se synchronise dès que le serveur est joignable</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Vérifier que le calendrier est joignable avec ce qu’indique le formulaire&#xa0;; n’enregistre rien</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Tester la connexion, puis garder le calendrier et y synchroniser votre agenda</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>conservé dans le trousseau&#xa0;; tapez pour le changer</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Aucun trousseau du bureau (GNOME Keyring, KWallet ou un autre Secret Service) n’est disponible sur cet ordinateur&#xa0;: Planner ne peut donc pas garder le mot de passe en sécurité. Indiquez plutôt une commande qui affiche le mot de passe, comme «&#xa0;pass show calendar&#xa0;».</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>pas de trousseau sur cet ordinateur&#xa0;: utilisez une commande</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Dossier d’événements</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La connexion fonctionne. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Indiquez l’adresse de votre serveur ou calendrier CalDAV.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Indiquez la commande qui affiche le mot de passe.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Choisissez le dossier où garder les événements.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>«&#xa0;%1&#xa0;» est conservé&#xa0;; il se synchronise dès qu’il est joignable.</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Quel fuseau horaire&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; donne des heures locales sans dire où a lieu la conférence.&lt;br&gt;Choisissez le fuseau horaire de la conférence&#xa0;:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Fuseau horaire de la conférence</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>Le fuseau horaire des heures du fichier&#xa0;; tapez pour en trouver un</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Jour de la grille horaire</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Favori&#xa0;: à voir absolument</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Favori&#xa0;: à voir</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Favori&#xa0;: peut-être</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>En conflit avec une autre session à laquelle vous assistez</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Correspondance serrée&#xa0;: trop peu de temps pour aller à une autre session à laquelle vous assistez, ou en revenir</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Y vont aussi&#xa0;: %1</translation>
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
        <translation>Grille horaire</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sans salle)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Aucune session ce jour-là</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Must see</source>
        <comment>priority</comment>
        <extracomment>The priority of a starred session.</extracomment>
        <translation>À voir absolument</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>À voir</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>J’y vais</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Je n’y vais pas</translation>
    </message>
</context>
</TS>
