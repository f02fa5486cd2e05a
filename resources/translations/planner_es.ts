<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;Importar programa…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Importar el archivo del programa de una conferencia</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Importar de la &amp;web…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Importar el programa de una conferencia desde una URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Exportar al calendario…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Guardar su agenda como archivo iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Exportar esta sesión al calendario…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Guardar la sesión seleccionada como archivo iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ca&amp;lendarios…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>Los calendarios que Planner mantiene sincronizados con su agenda (CalDAV, una carpeta de eventos)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Sincronizar calendarios &amp;ahora</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Enviar ahora su agenda a todos los calendarios</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Guardar una agenda imprimible, día a día</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Imprimir su agenda de bolsillo</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>Compartir mi a&amp;genda…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Guardar su agenda como archivo para sus colegas</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Al &amp;móvil (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Llevar su agenda en el móvil: un código QR y un enlace para la aplicación Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Exportar a &amp;hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Guardar sus sesiones marcadas como archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>&amp;Pegar un enlace de Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Mostrar junto a las suyas las sesiones de un enlace de Giggity del portapapeles</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Abrir la agenda de un &amp;colega…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Mostrar la agenda de un colega junto a la suya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Marcar / desmarcar</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Marcar la sesión seleccionada o quitarle la marca</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Marcar como imprescindible</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Quiero verla</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Marcar como «quiero verla»</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Marcar como «quizá»</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Horas en la zona horaria del &amp;evento</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Buscar en títulos, resúmenes y ponentes</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>Mi a&amp;genda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>P&amp;onentes</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Recordarme antes de las sesiones</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 minutos antes</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 minutos antes</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Claro u oscuro como el escritorio, con su propio estilo</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Exportar agenda de bolsillo (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Horas en la zona horaria de es&amp;te equipo</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>&amp;Desplegar todos los días</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Le&amp;yenda</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>Mostrar en la barra de estado qué significan las estrellas y la marca de conflicto</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Una guía breve: marcar sesiones, resolver conflictos, compartir su agenda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Todos los atajos de teclado de Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Acerca de Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Asistir a esta</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Asistir a la sesión seleccionada; las que entran en conflicto con ella pasan a plan B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Asistir a la sesión seleccionada; las demás pasan a plan B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Resolver automáticamente…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Elegir el mejor plan sin conflictos (primero verá los cambios)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Tiempo de desplazamiento…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Minutos entre salas y cuánto puede llegar tarde</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Añadir bloque ocupado…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Reservar tiempo para sus compromisos (comida, turno en el estand)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Quitar bloque ocupado</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Quitar el bloque ocupado seleccionado</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Mostrar el horario más pequeño: una mayor parte del día a la vez</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Mostrar el horario más grande: más espacio para los títulos</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Marcar esta sesión</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Añadir la sesión mostrada a su agenda o quitarla</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Guardar su nota sobre esta sesión</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>Compar&amp;tir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Recordatorios</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Aparie&amp;ncia</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Colegas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Mostrar en «Mi agenda» y en el horario</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Marcar las sesiones del colega (como «quizá»)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Comparar con la mía…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
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
        <translation>Resolver un conflicto</translation>
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
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Seleccione primero una sesión en conflicto (o un plan B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Asistirá a «%1»; %Ln sesión en conflicto pasa a plan B.</numerusform>
            <numerusform>Asistirá a «%1»; %Ln sesiones en conflicto pasan a plan B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Tiempo de desplazamiento</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>No se puede añadir este bloque ocupado</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Añadir un bloque ocupado</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Seleccione primero uno de sus bloques ocupados.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Quitar un bloque ocupado</translation>
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
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Justo: %1 min para %2 min de camino de «%3» a «%4»</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(ocupado)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Libre durante %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Sugerencia: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
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
            <numerusform>%1 asiste</numerusform>
            <numerusform>%1 asisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Su bloque ocupado: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>«%1» y «%2»</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>No se puede asistir a ambas:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Selecciónela y pulse «Asistir a esta» para conservarla (lo que entra en conflicto con ella pasa a plan B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Más órdenes</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Muestra las órdenes que no caben en la ventana</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Resolver conflictos automáticamente</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Cambios propuestos</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Aplicar los cambios de la lista (Deshacer los revierte)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Añadir un bloque ocupado</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>p. ej. comida con un cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Cuándo empieza el bloque ocupado</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Cuándo termina el bloque ocupado</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>Desde (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>Ocupado</translation>
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
        <translation>Minutos de antelación del recordatorio</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Sus sesiones de plan B también van al archivo, marcadas como provisionales</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Cada sesión del archivo lleva un recordatorio que muestra su aplicación de calendario</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Cuántos minutos antes de una sesión llega su recordatorio</translation>
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
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importar un archivo una vez es una instantánea: Thunderbird y Calendario de GNOME no lo actualizan cuando una charla cambia de hora (solo khal y la importación de Evolution lo hacen). Para que su calendario esté al día, marque «Mantener este archivo al día» y suscríbase al archivo (Thunderbird: Nuevo calendario › En la red, file:///…; Evolution: En la web), o sincronice una cuenta CalDAV o una carpeta de khal con «planner calendar add».</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner mantiene su agenda en estos calendarios por sí solo: una cuenta CalDAV (Nextcloud, Fastmail, iCloud con una contraseña de aplicación, mailbox.org, Radicale…) o una carpeta de eventos que leen khal, vdirsyncer o Evolution. Los cambios se envían en segundos; sin conexión esperan y no se pierde nada.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Archivo sincronizado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendarios</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Calendarios sincronizados</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Aún no hay calendarios. Añada una cuenta CalDAV o una carpeta de eventos.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Detalles del calendario</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Sincronizar ahora el calendario seleccionado (F5: todos los calendarios)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Cambiar la dirección, la cuenta o las opciones del calendario seleccionado</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Comprobar que se puede acceder al calendario seleccionado, sin sincronizar</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Detener la sincronización en curso</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Detener esta sincronización; lo enviado se queda, el resto espera</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Añadir una cuenta CalDAV o una carpeta de eventos (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Dejar de sincronizar el calendario seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Archivo de calendario sincronizado</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>%1 de %2 eventos enviados</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Usuario: %1 (contraseña obtenida con una orden)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Usuario: %1 (contraseña del llavero)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Última sincronización: %1 añadidos, %2 actualizados, %3 quitados, %4 sin cambios.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner no lo vuelve a intentar por sí solo: edite el calendario para corregirlo.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Quitar calendario</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>¿Dejar de sincronizar «%1»? Lo que contiene se queda; Planner simplemente deja de actualizarlo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>el archivo de calendario sincronizado</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>«%1» ya no se sincroniza; lo que contiene se queda.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>No se pudo quitar «%1»: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La conexión funciona. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>su bloque ocupado «%1»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1 y luego %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Conflicto: %1 y %2 no pueden mantenerse ambas — solo usted puede decidir</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Conflicto: %1 no deja tiempo para %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Conflicto: estas 2 se solapan — elija una</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Conflicto: estas %Ln se solapan entre sí — elija una</numerusform>
            <numerusform>Conflicto: estas %Ln se solapan entre sí — elija una</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Conflicto: asistir a %1 o %Ln opción más</numerusform>
            <numerusform>Conflicto: asistir a %1 o %Ln opciones más</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Conflicto: asistir a %1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>se solapan %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min para %2 min de camino</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>entra en conflicto con %1 y %Ln más</numerusform>
            <numerusform>entra en conflicto con %1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>entra en conflicto con %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>En conflicto con:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Solo usted puede decidir: ninguna opción conserva todas las imprescindibles.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Solo se puede asistir a una: elija una.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Mejor plan: asistir a %1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>O asistir a %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>Marcada: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>Cancelada: ya no está en el programa.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Justo: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agendas y favoritos del móvil (*.planner-agenda *.ics *.csv *.json);;Todos los archivos (*)</translation>
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
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 asiste a %Ln sesión.</numerusform>
            <numerusform>%1 asiste a %Ln sesiones.</numerusform>
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
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>%Ln sesión del colega marcada como «quizá».</numerusform>
            <numerusform>%Ln sesiones del colega marcadas como «quizá».</numerusform>
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
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Temática</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Ponente / sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Sesiones marcadas (clic, S o Espacio para marcar; 1/2/3 para la prioridad)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Tiempo de desplazamiento y tolerancia</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Tiempo de desplazamiento entre salas</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>Los minutos que necesita para ir de una sala a otra entre sesiones</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Cuántos minutos pueden solaparse dos sesiones antes de entrar en conflicto</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>El tiempo de desplazamiento se aplica entre salas distintas. Con una tolerancia puede salir antes de una sesión o llegar tarde, como mucho ese tiempo: los solapamientos menores pasan a ser avisos.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Tiempo de desplazamiento entre salas:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Puedo salir antes / llegar tarde hasta:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>su bloque ocupado «%1»</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>«%1» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>cede el paso a %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>se mantiene (%1) frente a %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>imprescindible: siempre se mantiene</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>sin conflictos</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>temática %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>con %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>sobre %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>«%1» → «%2»: %3 min para %4 min de camino (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>«%1» y «%2» se solapan %Ln min</numerusform>
            <numerusform>«%1» y «%2» se solapan %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>«%1» y «%2» se solapan %Ln min (dentro de su tolerancia)</numerusform>
            <numerusform>«%1» y «%2» se solapan %Ln min (dentro de su tolerancia)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>hora %1 → %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>era %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>sala %1 → %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>título «%1» → «%2»</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>subtítulo cambiado</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>temática %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>ponentes %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>resumen cambiado</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>clave %1 → %2; su estrella la ha seguido</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>de nuevo en el programa</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>añadida: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>eliminada: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>movida: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>cambiada: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [marcada]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln ponente</numerusform>
            <numerusform>%Ln ponentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln sala</numerusform>
            <numerusform>%Ln salas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln temática</numerusform>
            <numerusform>%Ln temáticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 en %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>«%1» importado: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>«%1» actualizado: %2; %3 añadidas, %4 eliminadas, %5 movidas, %6 cambiadas</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>no se pudo verificar su certificado TLS</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>nombre de host desconocido</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>sin red o nombre de host desconocido</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>no se puede acceder a %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 rechazó el nombre de usuario o la contraseña (compruébelos o compruebe la contraseña de aplicación)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1 no pudo listar los eventos del calendario; la biblioteca CalDAV informó: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1 no pudo guardar un evento; la biblioteca CalDAV informó: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1 no pudo eliminar un evento; la biblioteca CalDAV informó: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1 no pudo encontrar ni crear el calendario; la biblioteca CalDAV informó: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>el servidor se negó a encontrar o crear el calendario (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>el servidor se negó a listar los eventos del calendario (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>el servidor se negó a guardar un evento (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>el servidor se negó a eliminar un evento (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: no aceptó el nombre de usuario o la contraseña</translation>
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
        <translation>%1: no se pudo escribir el archivo de calendario (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (tal como lo registró una versión anterior de Planner)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>no hay ningún llavero del escritorio disponible para guardar la contraseña de %1; edite el calendario para indicar una orden de contraseña</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>no hay contraseña para %1 en el llavero; añada de nuevo el calendario o indique --password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>la orden de contraseña falló (código de salida %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>la orden de contraseña falló (código de salida %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>la orden de contraseña no mostró ninguna contraseña</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>no se pudo leer el llavero (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>El llavero del escritorio no guardó la contraseña (%1). Desbloquéelo e inténtelo de nuevo, o indique en su lugar una orden que muestre la contraseña.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>la orden de contraseña no terminó a tiempo: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>no se pudo ejecutar la orden de contraseña (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>se puede escribir en %1</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: calendario «%2» creado en %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: calendario «%2» encontrado en %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S o Espacio marca la sesión seleccionada; 1, 2 y 3 fijan su prioridad.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Qué programa de conferencia muestra la ventana</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>El programa por día y temática; la sesión seleccionada se muestra al lado.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Cada sesión que coincide con la búsqueda y los filtros, una por fila.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>Las sesiones del día por sala y hora; las teclas de flecha permiten moverse entre ellas.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>El día que muestra el horario</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Todos los ponentes, con sus sesiones</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>La conferencia por día y temática (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Todas las sesiones en una tabla que puede buscar y filtrar (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>Las sesiones de un día por sala y hora (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Sus sesiones marcadas, sus conflictos y su tiempo libre (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Todos los ponentes y sus sesiones (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Mostrar solo las sesiones que ha marcado</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Sus sesiones marcadas día a día, con sus conflictos y el tiempo libre.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Mostrar solo sus sesiones marcadas en conflicto: se solapan o dejan muy poco tiempo para el camino</translation>
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
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Se guarda en cuanto sale del campo; no marca la sesión</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Marcar</translation>
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
        <translation>Estado: asistir a esta sesión, guardarla como plan B u omitirla</translation>
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
        <source>Starred</source>
        <translation>Marcada</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 seguirá su agenda.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln sesión guardada en %1.</numerusform>
            <numerusform>%Ln sesiones guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>«%1» guardada en %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Exportar agenda de bolsillo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 guardado (%Ln página).</numerusform>
            <numerusform>%1 guardado (%Ln páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Exportar a hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Compartir mi agenda</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Su nombre, tal como lo verán sus colegas:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Agenda de Planner (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Error al compartir</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Buscar títulos, resúmenes, ponentes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Vaciar el campo de búsqueda; los filtros se mantienen</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Solo palabras completas: «rust» encuentra «Rust» pero no «Trust» ni «rusty»</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filtrar por día</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrar por temática</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Cualquier temática</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filtrar por sala</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Cualquier sala</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Solo sesiones marcadas</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Solo sesiones en conflicto</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
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
        <translation>%1 a las %2</translation>
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
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Primeros pasos con Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Marque lo que quiere ver</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Seleccione una sesión en cualquier vista y pulse %1, o haga clic en su estrella. %2, %3 y %4 la marcan como imprescindible, quiero verla o quizá: cada una tiene su propia estrella. %5 encuentra sesiones por título, resumen o ponente.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Ver y resolver conflictos</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Las sesiones a las que asiste y que se solapan llevan el triángulo de aviso en todas las vistas (%1 explica las marcas). «Mi agenda» muestra cada conflicto: qué sesiones chocan y a qué puede asistir en su lugar. Seleccione una y elija %2 (las demás pasan a plan B), o deje que %3 encuentre el mejor plan; primero verá sus cambios, y %4 los deshace.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Su día en «Mi agenda»</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 muestra aquello a lo que asiste, día a día, con su plan B, su tiempo libre y sesiones que lo llenarían. Añada sus propios compromisos (comida, turno en el estand) con %2, y los minutos que necesita para ir de una sala a otra con %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Llévela a su calendario</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 guarda su agenda como un archivo iCalendar que cualquier aplicación de calendario puede importar. Para que un calendario siga al día cuando cambien sus planes, añádalo en %2 (una cuenta CalDAV como Nextcloud, o una carpeta de eventos): Planner le envía cada cambio, y %3 lo hace al momento. %4 crea una agenda de bolsillo para imprimir.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Planifique con sus colegas</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 guarda su agenda como un archivo para enviar a sus colegas. %2 muestra la agenda de un colega junto a la suya, en «Mi agenda» y el horario; también lee los favoritos que exportan las aplicaciones móviles (FOSDEM Companion, Sojourner, EventFahrplan). En el menú %3 puede comparar la agenda de un colega con la suya o marcar las sesiones de ese colega como «quizá».</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Lléveselo en el móvil</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 muestra un código QR y un enlace que llevan su agenda a la aplicación Giggity de su móvil. ¿Le han enviado un enlace de Giggity? Cópielo y elija %2 para ver las sesiones del enlace junto a las suyas.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner guarda su agenda de la conferencia en este ordenador y funciona sin conexión. Estos pasos le llevan del programa a un plan que puede llevar consigo.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 muestra todos los atajos.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Planifique su agenda de la conferencia sin conexión: marque sesiones, resuelva conflictos, exporte a su calendario.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Importar el programa de una conferencia</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Programas de conferencias (*.json *.xml *.ics *.xcs);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Importar de la web</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Dirección del programa (http:// o https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Importación de %1 cancelada.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Importación rechazada: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>«%1» está al día.</translation>
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
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Marcada: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
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
        <translation>Idioma de Planner a partir del próximo inicio: %1. ¿Reiniciar ahora?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Quiero verla</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Tiempo justo</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Estrella llena: imprescindible. Media estrella: quiero verla. Estrella vacía: quizá. Triángulo de aviso: un conflicto.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Triángulo de aviso vacío: un traslado con el tiempo justo.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Cómo marca Planner las sesiones en cada vista, el PDF y la impresión:
estrella llena: imprescindible · media estrella: quiero verla · estrella vacía: quizá
triángulo de aviso: un conflicto con otra sesión a la que asiste (pase el ratón por encima para ver las opciones)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>triángulo de aviso vacío: un traslado con el tiempo justo – sin conflicto, pero con menos tiempo que el camino hasta la sala de la siguiente sesión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>Mi a&amp;genda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>P&amp;onentes</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Más de la barra de herramientas</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Muestra las órdenes que no caben en la ventana</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Conferencia:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>sesión %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>día %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>marcador %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>el enlace de Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>un evento sin nombre</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 indica %2 el %3, una hora que no existe en %4 (se adelantan los relojes); se lee como %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 indica %2 el %3, una hora que ocurre dos veces en %4 (se atrasan los relojes); se lee como la primera</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 termina a las %2; el final se mueve con el inicio a las %3 (se mantiene la duración de %Ln minuto)</numerusform>
            <numerusform>%1 termina a las %2; el final se mueve con el inicio a las %3 (se mantiene la duración de %Ln minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 tiene límites fuera de rango; se ignoran</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 no tiene título; se muestra como «%2»</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 («%2») termina antes de empezar, porque %3 el %4 no existe en %5 (se adelantan los relojes) y se lee como %6; se omite</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 («%2») está fuera del rango de fechas que Planner guarda en %3; se omite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln sesión repite un id o GUID usado antes en el archivo; se conservaron todas</numerusform>
            <numerusform>%Ln sesiones repiten un id o GUID usado antes en el archivo; se conservaron todas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln sesión sin id repite el título, el inicio y la sala de una anterior; se conservaron todas</numerusform>
            <numerusform>%Ln sesiones sin id repiten el título, el inicio y la sala de una anterior; se conservaron todas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… y %Ln advertencia más</numerusform>
            <numerusform>… y %Ln advertencias más</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>zona horaria desconocida «%1» en el archivo; se ignora</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>el archivo indica la zona horaria %1; se usa %2, como se pidió</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>el archivo indica la zona horaria %1, pero sus horas tienen otros desfases respecto a UTC; se muestran en %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>el archivo no indica zona horaria; las horas conservan su desfase UTC y se muestran en %1 (importe con una zona horaria para cambiarlo)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>el archivo indica su zona horaria, %1; la zona horaria pedida (%2) no se usa en los archivos de programa de Planner</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 («%2») está marcado como cancelado; se omite</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 («%2») no tiene inicio; se omite</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 («%2») se repite; solo se conserva su primera aparición</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 («%2») tiene una hora ilegible (%3); se omite</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 («%2») no está programada; se omite</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 («%2») tiene una hora fuera de rango; se omite</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>el archivo no tiene sección &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>el archivo marca horas locales como UTC («Z»); se leyeron como horas de %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 («%2») no tiene fecha ni hora de inicio utilizables; se omite</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: duración ilegible «%2»; se muestra como 0 minutos</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 («%2») no tiene duración; se muestra como 0 minutos</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] no es un objeto; se omite</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms no es un objeto; se omite</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] no es una lista; se omite</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>un evento de la sala «%1» no es un objeto; se omite</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 («%2») no tiene un inicio utilizable; se omite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln id de evento escrito como texto donde el esquema pide números; se acepta</numerusform>
            <numerusform>%Ln ids de evento escritos como texto donde el esquema pide números; se aceptan</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>sin conexión: %1; se usó la copia descargada el %2</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>la temática «%1» guardada en favoritos (una temática entera, no una sesión; marque aquí sus sesiones)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln evento oculto en Giggity (ocultar no es un favorito; no se importa)</numerusform>
            <numerusform>%Ln eventos ocultos en Giggity (ocultar no es un favorito; no se importan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: coincide con más de una sesión</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: no está en este programa</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» se eliminó en su calendario: Planner no volverá a añadirlo salvo que la sesión cambie</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» se editó en su calendario: se deja como está</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» se editó en su calendario, así que Planner conservó esa versión y no envió su propio cambio; elimine allí el evento para obtener la versión de Planner</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>«%1» cambió en su calendario durante la sincronización: se deja como está</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: ya no está en su agenda, pero se editó en su calendario, así que Planner no lo eliminó allí</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: cambió en su calendario: no se eliminó</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: no leído: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>se eliminó %Ln carácter de control (%1) que XML prohíbe</numerusform>
            <numerusform>se eliminaron %Ln caracteres de control (%1) que XML prohíbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, en la línea %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, en las líneas %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Aviso del programa</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>No se pudieron mostrar los últimos cambios</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>El portapapeles no contiene un enlace de Giggity (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Al móvil (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Instale &lt;b&gt;Giggity&lt;/b&gt; en su móvil Android (F-Droid o Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Escanee este código con la cámara del móvil o abra allí el enlace.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity carga el programa y muestra sus sesiones: toque &lt;b&gt;Import all&lt;/b&gt; y luego &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>p. ej. https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Dirección web del programa</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Crear el enlace con esta dirección (Planner la recuerda)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>Incluir el &amp;plan B</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity también le recuerda sus sesiones de plan B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Guardar como P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Guardar como S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>El enlace que abre el móvil: su agenda para Giggity, también en el código QR</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Copiar el enlace para enviarlo a su móvil</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Guardar el código QR como imagen PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Guardar el código QR como imagen SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Dirección web del programa:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Creando el enlace…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Escriba la dirección web en la que se publica el programa: la que usa Giggity para cargarlo (el XML del programa en el sitio de la conferencia).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>La dirección desde la que Planner descargó el programa.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Tal como la indicó antes.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Recordada para esta conferencia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln sesión en el enlace.</numerusform>
            <numerusform>%Ln sesiones en el enlace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Aún no asiste a nada: el enlace abre el programa en Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>No están en el enlace (el programa no les da un id que Giggity conozca): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>Guardar el código QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Mi agenda · horas en %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Escanee con su móvil para llevar esta agenda en Giggity (Android): sus marcas, sobre el programa que carga de la web.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Aún no hay nada marcado.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(ocupado hasta las %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plan B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — mi agenda</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln en paralelo</numerusform>
            <numerusform>%Ln en paralelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Marcada: %1 (clic para desmarcar)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Sin marcar (clic para marcar)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(sin título: etiqueta tomada de la descripción)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(cancelada: ya no está en el programa)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>marcada, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>Programa de la conferencia</translation>
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
        <translation>%1 (línea %2, columna %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>un programa de conferencia</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>un archivo de favoritos</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>un archivo de marcadores</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>un archivo de agenda</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>favoritos compartidos</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>una instantánea de inicio rápido</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>un archivo de evento</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>un elemento especial del sistema de archivos</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>la conferencia</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>un ponente</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>una temática</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>una sala</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>título</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>clave</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>resumen</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>descripción</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>sala</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>temática</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>subtítulo</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>tipo</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>idioma</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>a text of a program</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a text of a program</comment>
        <translation>enlace</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>título del enlace</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organización</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>biografía</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>sigla</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>versión</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>aviso</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>el archivo ocupa %1, por encima del límite de %2 MiB para %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>zona horaria desconocida «%1»</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>es %1, no un archivo; Planner solo lee archivos</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>no es un archivo normal; Planner solo lee archivos</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>contiene datos binarios, no es un archivo de texto</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>contiene datos binarios, no es un programa de conferencia</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>no es texto %1 válido (byte incorrecto en la posición %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>no es texto %1 válido</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>no es un programa de conferencia en ninguno de los formatos que lee Planner (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>está anidado a demasiada profundidad para ser un programa de conferencia</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>tiene una fecha u hora fuera de rango</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>solo se pueden importar direcciones http:// y https:// (o un archivo)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>no es JSON válido: un número con miles de cifras</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 debería ser un objeto</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: «%2» debería ser texto</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: «%2» tiene %3 caracteres (límite %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: falta «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: «%2» debería ser una lista</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: «%2» debería ser true o false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: «%2» no es una fecha (AAAA-MM-DD): «%3»</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: «%2» no es una fecha y hora ISO 8601: «%3»</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: «%2» está fuera del rango de fechas que guarda Planner: «%3»</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 («%2») tiene una fecha y hora fuera del rango que guarda Planner: de «%3» a «%4»</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>no es un archivo de programa de Planner (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>la versión %1 del formato de programa de Planner no es compatible (esta versión de Planner lee la versión %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; es anterior a &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] debería ser un nombre de sala</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: la clave «%2» se usa dos veces</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; debería ser una lista de nombres</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>no es XML bien formado (más de %1 caracteres de control que XML prohíbe)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>declara entidades XML, que Planner se niega a expandir (una forma habitual de atacar a los lectores de XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>hace referencia a recursos XML externos, que Planner nunca carga</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>usa una función de XML que Planner rechaza (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>no es XML bien formado (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>no se puede leer como XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>no es un archivo iCalendar (no empieza por BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>no es iCalendar válido (un TZID no nombra ninguna zona horaria)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>no es iCalendar válido (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>no contiene eventos (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>es una lista de ponentes de Sessionize sin sesiones; exporte en su lugar la vista «All» o «Sessions»</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>no contiene sesiones de Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>es XML, pero no un programa frab (su elemento raíz es &lt;%1&gt;, no &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>no contiene sesiones (ningún &lt;event&gt; dentro de un &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>es XML, pero no xCal (falta el elemento raíz &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>es un archivo xCal sin calendario</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>no contiene eventos (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>es JSON, pero no un programa frab (falta schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>no contiene sesiones</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>no contiene sesiones dentro del rango de fechas que guarda Planner</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>tiene más de %1 ponentes</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>tiene más de %1 sesiones</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 tiene %3 caracteres (límite %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>temática «%1»: el color tiene %2 caracteres (límite %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 («%2») termina antes de empezar</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 («%2») dura %3 días</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1 tiene %2 ponentes (límite %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: su GUID o id es demasiado largo para servir de identificador (%2 caracteres; límite %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>ya hay un calendario llamado «%1»</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>un calendario necesita un nombre</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: una dirección CalDAV debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: indique el nombre de usuario por separado (--username) y ninguna contraseña en la dirección (la guarda el llavero o --password-command)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>una carpeta no necesita nombre de usuario ni contraseña</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>la dirección del programa no es una dirección web válida: «%1»</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>la dirección del programa debe ser una dirección web (http o https), no «%1»</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>la dirección del programa no debe contener nombre de usuario ni contraseña: «%1» (un enlace para el móvil se comparte, y con él todo lo que contiene)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>el enlace ocupa %1 bytes; un código QR admite como máximo %2 (comparta el enlace en sí, o menos sesiones)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>no indica zona horaria; indique una, p. ej. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>no indica zona horaria (los archivos de Sessionize nunca lo hacen); indique una, p. ej. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>no indica zona horaria (sus horas están marcadas como UTC pero coinciden con las horas locales de &lt;start&gt;); indique una, p. ej. --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>ocupa %1; un archivo de agenda ocupa como máximo %2 MiB</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>no es un archivo de agenda de Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>es un archivo de agenda de la versión %1; esta versión de Planner lee la versión %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>no tiene suma de comprobación (no lo escribió Planner o está truncado)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>se modificó o dañó después de compartirse (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>contiene %1 sesiones (límite %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 «%2» no es ninguno de los valores %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>es una agenda de «%1», que no es la conferencia abierta aquí; importe primero el programa de esa conferencia</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>«%1» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>«%1» no tiene desfase UTC y no se conoce ninguna zona horaria</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 está fuera del rango de fechas que guarda Planner</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>ocupa %1; %2 ocupa como máximo %3 MiB</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>contiene datos binarios, no es %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>no es texto UTF-8 (el byte %1 no es UTF-8 válido)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>no es CSV válido (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>contiene %1 favoritos (límite %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 no es texto</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 tiene %3 caracteres</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: «%2» no es una hora del día</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: «%2» no es una fecha y hora</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: «%2» no tiene zona horaria</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>no es un archivo de favoritos de Sojourner (falta la cabecera %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 tiene %2 campos, no %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 no tiene %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: «%2» no es un día de la semana</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>no es una exportación de favoritos de EventFahrplan (falta el campo lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>no es un archivo de marcadores de la PWA de FOSDEM (falta la cabecera type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 tiene %2 campos y la cabecera %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type «%2» no es event ni track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day «%2» no es un número de día</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: el UID «%2» no es de los que escribe FOSDEM Companion</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>mezcla marcadores de varios años de FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 no es una fecha y hora</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 no es una fecha y hora en UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>tiene %1 caracteres; demasiado largo para un enlace</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>no es un enlace de Giggity (estos empiezan por %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>no indica ningún programa (falta su parte url= o está vacía)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>indica un programa en «%1», que no es una dirección web</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>no contiene ningún evento (no tiene parte see= ni del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está dañado: su parte %1= no es texto base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>está dañado: su parte %1= no se puede descomprimir (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está dañado: su parte %1= se descomprime en demasiados datos</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está truncado: su parte %1= termina antes de tiempo</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está dañado: su parte %1= no es una lista JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>contiene %1 eventos en %2= (límite %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está dañado: el elemento %1 de su parte %2= no es un id de evento</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>es una dirección web pero no un enlace de Giggity (%1…); guarde el archivo al que apunta e impórtelo</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>es un enlace de «%1», que no es la conferencia abierta aquí</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>contiene favoritos de %1 de %2; «%3» se celebra en %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>no contiene ninguna de las sesiones de «%1»; están en «%2»</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>no contiene ninguna de las sesiones de «%1» ni de ninguna conferencia de aquí</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>no contiene ninguna sesión de las conferencias importadas aquí</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>no contiene ninguna sesión de las conferencias de %1 importadas aquí</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>es un enlace del programa en %1, que no se ha importado aquí; impórtelo primero o indique para qué conferencia es</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>solo se pueden importar direcciones http:// y https://</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>no se puede importar una dirección web con nombre de usuario o contraseña (Planner no envía credenciales y guardaría la contraseña en texto plano)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>no es una dirección web válida (contiene espacios o caracteres de control)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>no es una dirección web válida (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>ocupa %1, por encima del límite de %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>supera el límite de %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>la conexión se cerró antes de que llegara el archivo completo (%1 de %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>no terminó de descargarse en %1 segundos</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>el servidor respondió 304 Not Modified, pero Planner pidió el archivo completo (no tiene ninguna copia que conservar)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>el servidor redirigió a una dirección que no es web; redirección rechazada</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>el servidor redirige en bucle (o más de 10 veces)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>no respondió en %1 segundos</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>no es accesible (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>la conexión se cerró antes de que llegara el archivo completo</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>el servidor envió una línea de cabecera más larga de lo que aceptan los clientes HTTP</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>la respuesta del servidor no es HTTP (línea de estado incorrecta)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>el servidor envió más cabeceras de las que aceptan los clientes HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>la respuesta del servidor no es HTTP válido (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>no es una dirección o respuesta web válida (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>la descarga falló (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND no es una fecha ni una fecha y hora: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION no es una duración: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>no es una fecha ni una fecha y hora: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>valor de fecha fuera de rango</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>las horas de un bloque ocupado necesitan una zona horaria</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>un bloque ocupado debe terminar después de empezar</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>un bloque ocupado debe empezar el %1 o después y terminar a más tardar el %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>el tiempo de desplazamiento debe estar entre 0 y %1 minutos, no %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>la tolerancia debe estar entre 0 y %1 minutos, no %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>el tiempo de desplazamiento entre %1 y %2 debe estar entre 0 y %3 minutos, no %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>el recordatorio debe ser entre 0 y %1 minutos antes</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>indique --caldav URL o --vdir DIR, uno de los dos</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>indique una contraseña o un --password-command, no ambos</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>No hay ningún llavero del escritorio (GNOME Keyring, KWallet u otro Secret Service) disponible en este ordenador, así que Planner no puede guardar la contraseña de forma segura. Indique en su lugar una orden que muestre la contraseña, como «pass show calendar».</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>No hay ningún llavero del escritorio (GNOME Keyring, KWallet u otro Secret Service) disponible en este ordenador, así que Planner no puede guardar la contraseña de forma segura. Indique en su lugar una orden que muestre la contraseña, como «pass show calendar». (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>«%1» no es texto UTF-8; Planner guarda los nombres, las claves, las direcciones y los archivos que recuerda como UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>se ha indicado un número mayor de lo que la base de datos puede guardar (como máximo %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>formato desconocido «%1»; elija entre auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: un código QR se guarda como .png o .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner no sabe dónde se publica el programa de «%1»; indique su dirección web una vez con --program-url URL (la dirección desde la que Giggity lo carga, p. ej. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 empieza dentro de %Ln min en %2</numerusform>
            <numerusform>%1 empieza dentro de %Ln min en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 empieza dentro de %Ln min</numerusform>
            <numerusform>%1 empieza dentro de %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Su agenda ya es el mejor plan: nada que cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln cambio deja su agenda sin conflictos y conserva las sesiones que más le importan.</numerusform>
            <numerusform>%Ln cambios dejan su agenda sin conflictos y conservan las sesiones que más le importan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln conflicto necesita su decisión.</numerusform>
            <numerusform>%Ln conflictos necesitan su decisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln sesión en conflicto</numerusform>
            <numerusform>%1 · %Ln sesiones en conflicto</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Otros cambios</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; «%2» — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Se mantiene: «%1» — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>conflicto: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Su decisión (la resolución automática nunca descarta una imprescindible)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>marcada, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(sin título: etiqueta tomada de la descripción)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 asiste</numerusform>
            <numerusform>%1 asisten</numerusform>
        </translation>
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
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>marcada, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>Esperando a la base de datos</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner sigue intentándolo y la abre en cuanto quede libre.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 no puede iniciarse</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierta en solo lectura</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Base de datos recuperada</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln marcada</numerusform>
            <numerusform>%Ln marcadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln de %1 sesiones coincide</numerusform>
            <numerusform>%Ln de %1 sesiones coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>escribir</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>abrir</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>usar</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>crear</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>modificar</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>copiar antes de su actualización</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 está bloqueado por otro programa (otro Planner o una herramienta que usa la base de datos); ciérrelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: disco lleno (no queda espacio en el disco que lo contiene)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: solo lectura (el archivo no se puede escribir)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: disco de solo lectura (el disco que lo contiene está montado como solo lectura)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: permiso denegado</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: solo lectura (permiso denegado para el archivo o su carpeta)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: la carpeta no existe</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: carpeta de solo lectura (permiso denegado)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 no se puede %2: solo lectura (permiso denegado)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 no se puede modificar: otro programa cambió los mismos datos mientras tanto (no se guardó nada; vuelva a mirar e inténtelo de nuevo)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1 no se puede %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 no se puede %2: es %3, no un archivo normal; Planner solo escribe archivos normales</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1 no se puede %2: no es un archivo normal; Planner solo escribe archivos normales</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 es %2, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 no es un archivo normal, así que no puede ser un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; primero necesita una actualización</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner lo abrió en solo lectura</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, y es nuevo y está vacío</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, y primero necesita una actualización</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 no es una base de datos SQLite (cabecera de archivo desconocida)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 está dañado (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 está dañado o no es una base de datos (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de Planner</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 lo escribió un Planner más reciente (esquema %2); actualice Planner para abrirlo</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. Se conservó sin cambios como %2. Planner se inició con una base de datos nueva.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Todo se muestra tal como se guardó; no se podrán guardar cambios hasta que se solucione (después, reinicie Planner).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Sincronización de calendarios</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Cómo fue la sincronización de sus calendarios; haga clic para abrir los calendarios</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Haga clic para abrir los calendarios.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>el %1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>en %Ln s</numerusform>
            <numerusform>en %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>en %Ln min</numerusform>
            <numerusform>en %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio pendiente</numerusform>
            <numerusform>%Ln cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Archivo sincronizado</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: sincronizando, %2 de %3 eventos enviados</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: sincronizando…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: sin conexión, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Se reintentará %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: no sincronizado: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: aún no sincronizado</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: sincronizado %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Calendario «%1» no sincronizado: %2 (y %Ln más)</numerusform>
            <numerusform>Calendario «%1» no sincronizado: %2 (y %Ln más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Calendario «%1» no sincronizado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Sincronizando %Ln calendario…</numerusform>
            <numerusform>Sincronizando %Ln calendarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>Sincronizando «%1»: %2 de %3 eventos enviados</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Sincronizando «%1»…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Sin conexión, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Calendarios: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Calendarios aún no sincronizados</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Calendarios sincronizados %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se agotó la cuota de disco</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>demasiados archivos abiertos en Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>demasiados archivos abiertos en este ordenador</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>demasiados enlaces simbólicos (un bucle de enlaces)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>se restableció la conexión</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>se interrumpió la conexión</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>no hay ruta hacia el host</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>la red no está accesible</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>no se pudo resolver el nombre de host (host desconocido o sin red)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>no se pudo verificar el certificado TLS</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>Añadir un calendario</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>p. ej. Calendario del trabajo</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Una cuenta &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>Una carpeta de e&amp;ventos (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Un calendario en un servidor: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Una carpeta de este equipo con un archivo por evento, que otras aplicaciones sincronizan</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>Cuenta CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>La dirección del servidor o la del propio calendario; Planner encuentra allí sus calendarios</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>El calendario donde guardar su agenda; se crea si no existe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>La contraseña de la cuenta, guardada en el llavero del escritorio, no en los archivos de Planner</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>La orden de un gestor de contraseñas la muestra en cada sincronización; no se guarda nada</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>p. ej. pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Orden de la contraseña</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Se ejecuta en cada sincronización; la primera línea de su salida es la contraseña</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Obtener la contraseña de una &amp;orden en su lugar</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>D&amp;irección:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Or&amp;den:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Carpeta de eventos</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>p. ej. ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Incluir las sesiones del plan B (como provisionales)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Recordarme antes de cada sesión</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutos de antelación del recordatorio</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Sus sesiones de plan B también van al calendario, marcadas como provisionales</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Cada sesión del calendario lleva un recordatorio que muestra su aplicación de calendario</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Cuántos minutos antes de una sesión llega su recordatorio</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Añadir de todos &amp;modos</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Se sincroniza en cuanto se pueda llegar al servidor</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Comprobar que se puede acceder al calendario con los datos del formulario; no guarda nada</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Probar la conexión, luego guardar el calendario y sincronizar su agenda con él</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>guardada en el llavero; escriba para cambiarla</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>No hay ningún llavero del escritorio (GNOME Keyring, KWallet u otro Secret Service) disponible en este ordenador, así que Planner no puede guardar la contraseña de forma segura. Indique en su lugar una orden que muestre la contraseña, como «pass show calendar».</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>no hay llavero en este equipo: use una orden</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Carpeta de eventos</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La conexión funciona. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Indique la dirección de su servidor o calendario CalDAV.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Indique la orden que muestra la contraseña.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Elija la carpeta donde guardar los eventos.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>«%1» se conserva; se sincroniza en cuanto se pueda llegar a él.</translation>
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
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>La zona horaria de las horas del archivo; escriba para buscar una</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Día del horario</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
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
        <translation>En conflicto con otra sesión a la que asiste</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Traslado con el tiempo justo: muy poco tiempo para ir a otra sesión a la que asiste o venir de ella</translation>
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
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>No hay sesiones este día</translation>
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
        <translation>No asistiré</translation>
    </message>
</context>
</TS>
