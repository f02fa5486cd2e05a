<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Marcar «%1»</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Desmarcar «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>Marcar «%1» como «%2»</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>Poner «%1» en «%2»</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Editar la nota de «%1»</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Resolver una coincidencia</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Resolver automáticamente</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Adoptar las sesiones de un colega</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Su agenda aún está vacía.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Marque con una estrella las sesiones que quiere ver: seleccione una en el Programa, la Lista o el Horario y pulse S (o haga clic en su estrella; 1, 2 y 3 indican cuánto le interesa). Aparecerán aquí día a día, con los conflictos por resolver y el tiempo libre por llenar.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Incluir las sesiones del &amp;plan B (como provisionales)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Recordarme antes de cada sesión</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min antes</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutos del recordatorio</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Mantener este archivo al día cuando cambie mi agenda</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Para aplicaciones de calendario que se suscriben a un archivo local</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importar un archivo una vez es una instantánea: Thunderbird y Calendario de GNOME no lo actualizan cuando una charla cambia de hora (solo khal y la importación de Evolution lo hacen). Para que su calendario sea fiel, marque «Mantener este archivo al día» y suscríbase al archivo (Thunderbird: Nuevo calendario ▸ En la red, file:///…; Evolution: En la web), o sincronice una cuenta CalDAV o una carpeta de khal con «planner calendar add».</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agendas (*.planner-agenda *.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (ninguna)</translation>
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
        <translation>Juntos:
%1

Solo usted:
%2

Solo %5:
%3

Libres a la vez:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 asiste a %n sesión.</numerusform>
            <numerusform>%1 asiste a %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>No están en este programa: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Se hizo a partir de otra versión del programa.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>%n de sus sesiones marcada como «quizá».</numerusform>
            <numerusform>%n de sus sesiones marcadas como «quizá».</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Abrir la agenda de un colega</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>No se puede abrir esta agenda</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Mostrar u ocultar la agenda de un colega</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Quitar la agenda de un colega</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Usted y %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Todo sobre la sesión seleccionada</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Marcar</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Marcar esta sesión</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Añade la sesión a su agenda o la quita</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Prioridad: cuánto quiere ver esta sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Estado: asistir a esta sesión, guardarla como plan B o saltarla</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Su nota sobre esta sesión…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Nota personal</translation>
    </message>
    <message>
        <source>Kept when you press Save note</source>
        <translation>Se guarda al pulsar «Guardar nota»</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Seleccione una sesión para ver sus detalles.</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Marcada</translation>
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
        <translation>No se puede abrir este archivo</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Programa actualizado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Planner usará el %1 a partir del próximo inicio. ¿Reiniciar ahora?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Más órdenes</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 empieza dentro de %n min en %2</numerusform>
            <numerusform>%1 empieza dentro de %n min en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 empieza dentro de %n min</numerusform>
            <numerusform>%1 empieza dentro de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>Las teclas de las vistas (S, Espacio, 1, 2, 3) actúan sobre la sesión seleccionada cuando una vista tiene el foco, no mientras escribe.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otros lugares</translation>
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
        <translation>Sesión sin título: el programa no indica su título; esta etiqueta procede de su descripción.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Cancelada:&lt;/b&gt; esta sesión ya no figura en el programa. Sigue en su agenda hasta que la desmarque.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Su hora</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Temática</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Página de la sesión</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>¿Qué zona horaria?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; da horas locales, pero no dice dónde es la conferencia.&lt;br&gt;Elija la zona horaria de la conferencia:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Zona horaria de la conferencia</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Marcada: imprescindible</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Marcada: quiero verla</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Marcada: quizá</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Coincide con otra sesión a la que asiste</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>También asisten: %1</translation>
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
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Quiero verla</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Asistiré</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>La salto</translation>
    </message>
</context>
</TS>
