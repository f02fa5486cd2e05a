<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Reprendre les sessions d&apos;un collègue</translation>
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
        <translation>Marquez d’une étoile les sessions que vous voulez voir : sélectionnez-en une dans le Programme, la Liste ou la Grille horaire et appuyez sur S (ou cliquez sur son étoile ; 1, 2 et 3 disent à quel point vous y tenez). Elles apparaissent ici jour par jour, avec les conflits à régler et le temps libre à remplir.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exporter vers l&apos;agenda</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Inclure les sessions du &amp;plan B (comme provisoires)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Me &amp;rappeler chaque session à l&apos;avance</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutes avant le rappel</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Tenir ce fichier à jour quand mon agenda change</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Pour les applications d&apos;agenda abonnées à un fichier local</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importer un fichier une fois en fait un instantané&#xa0;: Thunderbird et Agenda de GNOME ne le mettent pas à jour quand une présentation change d&apos;horaire (seuls khal et l&apos;importation d&apos;Evolution le font). Pour que votre agenda reste juste, cochez «&#xa0;Tenir ce fichier à jour&#xa0;» et abonnez-vous au fichier (Thunderbird&#xa0;: Nouvel agenda ▸ Sur le réseau, file:///…&#xa0;; Evolution&#xa0;: Sur le Web), ou synchronisez un compte CalDAV ou un dossier khal avec «&#xa0;planner calendar add&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agendas (*.planner-agenda *.ics);;Tous les fichiers (*)</translation>
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

Vous seul&#xa0;:
%2

%5 seul&#xa0;:
%3

Libres en même temps&#xa0;:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 assiste à %n session.</numerusform>
            <numerusform>%1 assiste à %n sessions.</numerusform>
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
        <translation>Il a été établi à partir d&apos;une autre version du programme.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>%n de ses sessions ajoutée aux favoris comme «&#xa0;peut-être&#xa0;».</numerusform>
            <numerusform>%n de ses sessions ajoutées aux favoris comme «&#xa0;peut-être&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Ouvrir l&apos;agenda d&apos;un collègue</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Impossible d&apos;ouvrir cet agenda</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Afficher ou masquer l&apos;agenda d&apos;un collègue</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Supprimer l&apos;agenda d&apos;un collègue</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Vous et %1</translation>
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
        <source>☆ Star</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Ajouter cette session aux favoris</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Ajoute la session à votre agenda ou l&apos;en retire</translation>
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
        <translation>Statut&#xa0;: assister à cette session, la garder en plan B ou la laisser</translation>
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
        <source>Kept when you press Save note</source>
        <translation>Enregistrée quand vous appuyez sur «&#xa0;Enregistrer la note&#xa0;»</translation>
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
        <source>★ Starred</source>
        <translation>★ Favori</translation>
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
        <translation>Impossible d’ouvrir ce fichier</translation>
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
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
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
        <translation>Planner utilisera le %1 à partir du prochain démarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Plus de commandes</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 commence dans %n min en salle %2</numerusform>
            <numerusform>%1 commence dans %n min en salle %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 commence dans %n min</numerusform>
            <numerusform>%1 commence dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Prochaine session</translation>
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
    <name>TalkText</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <comment>a fact about a session: its name, its value</comment>
        <translation>&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Untitled session: the program did not record its title; this label is drawn from its description.</source>
        <translation>Session sans titre&#xa0;: le programme n&apos;indique pas son titre&#xa0;; ce libellé est tiré de sa description.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Annulée&#xa0;:&lt;/b&gt; cette session ne figure plus au programme. Elle reste dans votre agenda jusqu&apos;à ce que vous la retiriez des favoris.</translation>
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
        <translation>J&apos;y vais</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Je passe</translation>
    </message>
</context>
</TS>
