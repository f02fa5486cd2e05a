<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;Importar programação…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>Importar o arquivo da programação de uma conferência</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>Importar da &amp;web…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>Importar a programação de uma conferência a partir de uma URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>&amp;Exportar para o calendário…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>Salvar sua agenda como arquivo iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>Exportar esta sessão para o calendário…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>Salvar a sessão selecionada como arquivo iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>Ca&amp;lendários…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>Os calendários que o Planner mantém sincronizados com sua agenda (CalDAV, uma pasta de eventos)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>Sincronizar calendários &amp;agora</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>Enviar agora sua agenda para todos os calendários</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>Salvar uma agenda para impressão, dia a dia</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>Imprimir sua agenda de bolso</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>Compartilhar &amp;minha agenda…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>Salvar sua agenda como arquivo para colegas</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>Para o &amp;celular (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>Leve sua agenda no celular: um código QR e um link para o app Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>Exportar para pla&amp;nilha (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>Salvar suas sessões marcadas como arquivo CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>&amp;Colar um link do Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>Mostrar ao lado das suas as sessões de um link do Giggity na área de transferência</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>Abrir a agenda de um &amp;colega…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>Mostrar a agenda de um colega ao lado da sua</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Marcar / desmarcar</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>Marcar a sessão selecionada ou tirar a marca</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>Imperdível</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>Marcar como imperdível</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>Quero ver</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>Marcar como “quero ver”</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Talvez</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>Marcar como “talvez”</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>Horários no fuso do &amp;evento</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>Pesquisar títulos, resumos e palestrantes</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programação</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Grade horária</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>Minha age&amp;nda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Pales&amp;trantes</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>Lembrar-me antes das sessões</translation>
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
        <translation>Tela c&amp;heia</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>Claro ou escuro como a área de trabalho, no estilo dela</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>Exportar agenda de bolso (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>Horários no fuso deste &amp;computador</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>E&amp;xpandir todos os dias</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>Legen&amp;da</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>Mostrar na barra de status o que significam as estrelas e a marca de conflito</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>Um guia curto: marcar sessões, resolver conflitos, compartilhar sua agenda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>Todos os atalhos de teclado do Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;Sobre o Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>Assistir a esta</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>Assistir à sessão selecionada; as que conflitam com ela viram plano B</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>Assistir à sessão selecionada; as outras viram plano B</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>Resolver automaticamente…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>Escolher o melhor plano sem conflitos (você vê as alterações antes)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>Tempo de deslocamento…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>Minutos entre as salas e quanto você pode se atrasar</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>Adicionar horário ocupado…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>Reservar tempo para seus compromissos (almoço, plantão no estande)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>Remover horário ocupado</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>Remover o horário ocupado selecionado</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>Mostrar a grade horária menor: mais do dia de uma vez</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>Mostrar a grade horária maior: mais espaço para os títulos</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>Marcar esta sessão</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>Adicionar a sessão mostrada à sua agenda ou retirá-la</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Salvar anotação</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>Guardar sua anotação sobre esta sessão</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Limpar a pesquisa e todos os filtros</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar a pesquisa e os filtros</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>Compar&amp;tilhar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>Le&amp;mbretes</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>&amp;Colegas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>Mostrar em “Minha agenda” e na grade horária</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>Marcar as sessões dessa pessoa (como “talvez”)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>Comparar com a minha…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>Como o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Marcar “%1”</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Desmarcar “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>Marcar “%1” como “%2”</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>Definir “%1” como “%2”</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>Editar a anotação de “%1”</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>Resolver um conflito</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>Resolver automaticamente</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>Adotar as sessões de um colega</translation>
    </message>
</context>
<context>
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>Selecione primeiro uma sessão em conflito (ou um plano B).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Você vai a “%1”; %Ln outra virou plano B.</numerusform>
            <numerusform>Você vai a “%1”; %Ln outras viraram plano B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>Tempo de deslocamento</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>Não é possível adicionar este horário ocupado</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>Adicionar um horário ocupado</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>Selecione primeiro um dos seus horários ocupados.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>Remover um horário ocupado</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Sua agenda ainda está vazia.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Marque com estrela as sessões que você quer ver: selecione uma na Programação, na Lista ou na Grade horária e pressione S (ou clique na estrela; 1, 2 e 3 dizem o quanto você quer). Elas aparecem aqui dia a dia, com os conflitos a resolver e o tempo livre a preencher.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>Apertado: %1 min para %2 min de caminhada de “%3” até “%4”</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(ocupado)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>Livre por %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>Sugestão: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>Plano B: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 assiste</numerusform>
            <numerusform>%1 assistem</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>Seu horário ocupado: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>“%1” e “%2”</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>Não é possível assistir às duas:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>Selecione-a e clique em “Assistir a esta” para mantê-la (o que conflita com ela vira plano B).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>Minha agenda</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Mais comandos</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Mostra os comandos que não cabem na janela</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>Resolver conflitos automaticamente</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Alterações propostas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>Aplicar as alterações listadas (Desfazer as reverte)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>Adicionar um horário ocupado</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>ex.: Almoço com um cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>Quando o horário ocupado começa</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>Quando o horário ocupado termina</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>O quê:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>De (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Até:</translation>
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
        <translation>Exportar para o calendário</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>Incluir as sessões do &amp;plano B (como provisórias)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Lembrar-me antes de cada sessão</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> min antes</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutos do lembrete</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>Suas sessões do plano B também vão para o arquivo, marcadas como provisórias</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>Cada sessão do arquivo recebe um lembrete que seu app de calendário mostra</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Quantos minutos antes de uma sessão vem o lembrete</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Manter este arquivo atualizado quando minha agenda mudar</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Para apps de calendário que assinam um arquivo local</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importar um arquivo uma vez é um retrato do momento: o Thunderbird e o Agenda do GNOME não o atualizam quando uma palestra muda de horário (só o khal e a importação do Evolution fazem isso). Para manter seu calendário fiel, marque “Manter este arquivo atualizado” e assine o arquivo (Thunderbird: Nova agenda › Na rede, file:///…; Evolution: Na web), ou sincronize uma conta CalDAV ou uma pasta do khal com “planner calendar add”.</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>O Planner mantém sua agenda nestes calendários por conta própria: uma conta CalDAV (Nextcloud, Fastmail, iCloud com uma senha de app, mailbox.org, Radicale…) ou uma pasta de eventos que o khal, o vdirsyncer ou o Evolution leem. As alterações são enviadas em segundos; offline elas aguardam, e nada se perde.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Arquivo sincronizado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendários</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>Calendários sincronizados</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>Nenhum calendário ainda. Adicione uma conta CalDAV ou uma pasta de eventos.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>Detalhes do calendário</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>Sincronizar agora o calendário selecionado (F5: todos os calendários)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>Alterar o endereço, a conta ou as opções do calendário selecionado</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>Verificar se o calendário selecionado pode ser acessado, sem sincronizar</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>Parar a sincronização em andamento</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>Parar esta sincronização; o que foi enviado fica, o resto aguarda</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>Adicionar uma conta CalDAV ou uma pasta de eventos (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>Parar de sincronizar o calendário selecionado (Delete)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>Arquivo de calendário sincronizado</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>%1 de %2 eventos enviados</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Endereço: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendário: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>Usuário: %1 (senha de um comando)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>Usuário: %1 (senha do chaveiro)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Onde: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>Última sincronização: %1 adicionados, %2 atualizados, %3 removidos, %4 inalterados.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>O Planner não tenta de novo sozinho: edite o calendário para corrigir isso.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>Remover calendário</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>Parar de sincronizar “%1”? O que ele contém fica; o Planner apenas deixa de atualizá-lo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>o arquivo de calendário sincronizado</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>“%1” não é mais sincronizado; o que ele contém fica.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>Não foi possível remover “%1”: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>A conexão funciona. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>A conexão falhou: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>seu horário ocupado “%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1 e depois %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>Conflito: %1 e %2 não podem ficar juntas — só você pode decidir</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>Conflito: %1 não deixa tempo para %2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>Conflito: estas 2 se sobrepõem — escolha uma</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Conflito: estas %Ln se sobrepõem — escolha uma</numerusform>
            <numerusform>Conflito: estas %Ln se sobrepõem — escolha uma</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1, ou %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Conflito: assistir a %1, ou %Ln outra opção</numerusform>
            <numerusform>Conflito: assistir a %1, ou %Ln outras opções</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>Conflito: assistir a %1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>elas se sobrepõem em %1 min</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 min para %2 min de caminhada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>conflita com %1 e mais %Ln</numerusform>
            <numerusform>conflita com %1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>conflita com %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>Conflita com:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>Só você pode decidir: nenhuma opção mantém todas as imperdíveis.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>Só é possível assistir a uma: escolha uma.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>Melhor plano: assistir a %1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>Ou assistir a %1.</translation>
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
        <translation>Cancelada: não está mais na programação.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>Apertado: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agendas e favoritos do celular (*.planner-agenda *.ics *.csv *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (nenhuma)</translation>
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

Só você:
%2

Só %5:
%3

Livres ao mesmo tempo:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 assiste a %Ln sessão.</numerusform>
            <numerusform>%1 assiste a %Ln sessões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Fora desta programação: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importados: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Esta agenda foi feita com outra versão da programação.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>%Ln das sessões dessa pessoa marcada como “talvez”.</numerusform>
            <numerusform>%Ln das sessões dessa pessoa marcadas como “talvez”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>Abrir a agenda de um colega</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>Não é possível abrir esta agenda</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>Mostrar ou ocultar a agenda de um colega</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>Remover a agenda de um colega</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>Você e %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
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
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Palestrantes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>Palestrante / sessão</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>Sessões marcadas (clique, S ou Espaço para marcar; 1/2/3 para a prioridade)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>Tempo de deslocamento e tolerância</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>Tempo de deslocamento entre salas</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>Os minutos de que você precisa para ir de uma sala a outra entre as sessões</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>Quantos minutos duas sessões podem se sobrepor antes de entrar em conflito</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>O tempo de deslocamento vale entre salas diferentes. Com uma tolerância, você pode sair de uma sessão mais cedo ou chegar mais tarde, até esse limite: sobreposições menores viram avisos.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>Tempo de deslocamento entre salas:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>Posso sair antes / chegar atrasado até:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>seu horário ocupado “%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>“%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 e mais %Ln</numerusform>
            <numerusform>%1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>dá lugar a %1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>mantida (%1) em vez de %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>imperdível: sempre mantida</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>sem conflito</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>trilha %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>com %1</translation>
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
        <translation>“%1” → “%2”: %3 min para %4 min de caminhada (%5 → %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>“%1” e “%2” se sobrepõem em %Ln min</numerusform>
            <numerusform>“%1” e “%2” se sobrepõem em %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>“%1” e “%2” se sobrepõem em %Ln min (dentro da sua tolerância)</numerusform>
            <numerusform>“%1” e “%2” se sobrepõem em %Ln min (dentro da sua tolerância)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>horário %1 → %2</translation>
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
        <translation>título “%1” → “%2”</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>subtítulo alterado</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>trilha %1 → %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>palestrantes %1 → %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>resumo alterado</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>chave %1 → %2; sua estrela a acompanhou</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>de volta à programação</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>adicionada: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>removida: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>movida: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>alterada: %1</translation>
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
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln palestrante</numerusform>
            <numerusform>%Ln palestrantes</numerusform>
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
            <numerusform>%Ln trilha</numerusform>
            <numerusform>%Ln trilhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 em %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>“%1” importado: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>“%1” atualizado: %2; %3 adicionadas, %4 removidas, %5 movidas, %6 alteradas</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>não foi possível verificar o certificado TLS</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>nome de host desconhecido</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>sem rede ou nome de host desconhecido</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>não foi possível acessar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 recusou o nome de usuário ou a senha (verifique-os, ou a senha de app)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1 não conseguiu listar os eventos do calendário; a biblioteca CalDAV informou: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1 não conseguiu salvar um evento; a biblioteca CalDAV informou: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1 não conseguiu excluir um evento; a biblioteca CalDAV informou: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1 não conseguiu encontrar nem criar o calendário; a biblioteca CalDAV informou: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>o servidor se recusou a encontrar ou criar o calendário (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>o servidor se recusou a listar os eventos do calendário (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>o servidor se recusou a salvar um evento (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>o servidor se recusou a excluir um evento (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: o nome de usuário ou a senha não foram aceitos</translation>
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
        <translation>%1: não foi possível gravar o arquivo de calendário (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (como registrado por uma versão anterior do Planner)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>nenhum chaveiro da área de trabalho está disponível para guardar a senha de %1; edite o calendário para informar um comando de senha</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>não há senha para %1 no chaveiro; adicione o calendário de novo ou informe um --password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>o comando de senha falhou (código de saída %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>o comando de senha falhou (código de saída %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>o comando de senha não imprimiu nenhuma senha</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>não foi possível ler o chaveiro (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>O chaveiro da área de trabalho não guardou a senha (%1). Desbloqueie-o e tente de novo, ou informe um comando que imprima a senha.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>o comando de senha não terminou a tempo: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>não foi possível executar o comando de senha (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>%1 pode ser gravado</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: calendário “%2” criado em %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: calendário “%2” encontrado em %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S ou Espaço marca a sessão selecionada; 1, 2 e 3 definem sua prioridade.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>Qual programação de conferência a janela mostra</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>A programação por dia e trilha; a sessão selecionada aparece ao lado.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>Cada sessão que corresponde à pesquisa e aos filtros, uma por linha.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>As sessões do dia por sala e horário; as setas passam de uma para outra.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>O dia que a grade horária mostra</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>Todos os palestrantes, com suas sessões</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>A conferência por dia e trilha (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>Todas as sessões em uma tabela que você pode pesquisar e filtrar (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>As sessões de um dia por sala e horário (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>Suas sessões marcadas, seus conflitos e seu tempo livre (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>Todos os palestrantes e suas sessões (%1)</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>Mostrar só as sessões que você marcou</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>Suas sessões marcadas dia a dia, com seus conflitos e o tempo livre.</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>Mostrar só as sessões marcadas em conflito: elas se sobrepõem ou deixam pouco tempo para o deslocamento</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>Detalhes da sessão</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>Tudo sobre a sessão selecionada</translation>
    </message>
    <message>
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>Fica salva assim que você sai do campo; não marca a sessão</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>Marcar esta sessão</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>Adiciona a sessão à sua agenda ou a retira</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>Prioridade: quanto você quer ver esta sessão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>Situação: assistir a esta sessão, mantê-la como plano B ou pulá-la</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>Sua anotação sobre esta sessão…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>Anotação pessoal</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anotação:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salvar anotação</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>Selecione uma sessão para ver os detalhes.</translation>
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
        <translation>Exportar para o calendário</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 será atualizado junto com sua agenda.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>%Ln sessão salva em %1.</numerusform>
            <numerusform>%Ln sessões salvas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Exportar sessão</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>“%1” salva em %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>Exportar agenda de bolso</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 salvo (%Ln página).</numerusform>
            <numerusform>%1 salvo (%Ln páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Exportar para planilha</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>Compartilhar minha agenda</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>Seu nome, como os colegas vão vê-lo:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>Agenda do Planner (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>Falha ao compartilhar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>Pesquisar títulos, resumos, palestrantes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>Limpar o campo de pesquisa; os filtros continuam</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Pesquisar sessões</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palavras inteiras</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>Só palavras inteiras: “rust” encontra “Rust”, mas não “Trust” nem “rusty”</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>Só palavras inteiras</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>Filtrar por dia</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Qualquer dia</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrar por trilha</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Qualquer trilha</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>Filtrar por sala</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>Qualquer sala</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualquer idioma</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>Só sessões marcadas</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>Em conflito</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>Só sessões em conflito</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar a pesquisa e os filtros</translation>
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
        <translation>%1 às %2</translation>
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
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>Primeiros passos com o Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>Marque o que você quer ver</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>Selecione uma sessão em qualquer visualização e pressione %1, ou clique na estrela dela. %2, %3 e %4 a marcam como “imperdível”, “quero ver” ou “talvez”: cada uma tem sua própria estrela. %5 encontra sessões por título, resumo ou palestrante.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>Ver e resolver conflitos</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>Sessões a que você vai e que se sobrepõem levam o triângulo de aviso em todas as visualizações (%1 explica as marcas). “Minha agenda” mostra cada conflito: quais sessões colidem e a que você pode ir no lugar. Selecione uma e escolha %2 (as outras viram plano B), ou deixe %3 achar o melhor plano; você vê as alterações antes, e %4 as desfaz.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>Seu dia em “Minha agenda”</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 lista aquilo a que você vai, dia a dia, com seu plano B, seu tempo livre e sessões que o preencheriam. Adicione seus próprios compromissos (almoço, plantão no estande) com %2, e os minutos de que precisa para ir de uma sala a outra com %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>Coloque-a no seu calendário</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 salva sua agenda como um arquivo iCalendar que qualquer app de calendário pode importar. Para manter um calendário em dia quando seus planos mudam, adicione-o em %2 (uma conta CalDAV como o Nextcloud, ou uma pasta de eventos): o Planner envia cada alteração, e %3 faz isso na hora. %4 cria uma agenda de bolso para imprimir.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>Planeje com colegas</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 salva sua agenda como um arquivo para enviar a colegas. %2 mostra a agenda de um colega ao lado da sua, em “Minha agenda” e na grade horária; também lê os favoritos que apps de celular exportam (FOSDEM Companion, Sojourner, EventFahrplan). No menu %3 você pode comparar a agenda dele com a sua ou marcar as sessões dele como “talvez”.</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>Leve-a no celular</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 mostra um código QR e um link que levam sua agenda ao app Giggity no seu celular. Alguém mandou um link do Giggity? Copie-o e escolha %2 para ver as sessões dele ao lado das suas.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>O Planner guarda sua agenda da conferência neste computador e funciona offline. Estes passos levam você da programação a um plano que vai com você.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 lista todos os atalhos.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>Planeje sua agenda da conferência offline: marque sessões, resolva conflitos, exporte para o seu calendário.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>Importar a programação de uma conferência</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>Programações de conferências (*.json *.xml *.ics *.xcs);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>Importar da web</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>Endereço da programação (http:// ou https://):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Não é possível abrir este arquivo</translation>
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
        <translation>Importação</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>Importação de %1 cancelada.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>Importação recusada: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>“%1” já está atualizado.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>Programação atualizada</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>Marcada: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>Aviso: %1</translation>
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
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>O Planner usará o idioma %1 a partir da próxima inicialização. Reiniciar agora?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>Imperdível</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>Quero ver</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Talvez</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>Troca apertada</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>Estrela cheia: imperdível. Meia estrela: quero ver. Estrela vazada: talvez. Triângulo de aviso: um conflito.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>Triângulo de aviso vazado: uma troca apertada.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>Como o Planner marca as sessões em cada visualização, no PDF e na impressão:
estrela cheia: imperdível · meia estrela: quero ver · estrela vazada: talvez
triângulo de aviso: conflito com outra sessão à qual você vai assistir (passe o mouse para ver as opções)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>triângulo de aviso vazado: uma troca apertada – sem conflito, mas com menos tempo do que o caminho até a sala da próxima sessão</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Palestrantes</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programação</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Grade horária</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>Minha age&amp;nda</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Pales&amp;trantes</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>Mais itens da barra de ferramentas</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>Mostra os comandos que não cabem na janela</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Conferência:</translation>
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
        <translation>sessão %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>dia %1</translation>
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
        <translation>o link do Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>um evento sem nome</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1 indica %2 de %3, um horário que não existe em %4 (os relógios são adiantados); lido como %5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1 indica %2 de %3, um horário que ocorre duas vezes em %4 (os relógios são atrasados); lido como o primeiro</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 termina às %2; o fim foi movido com o início para %3 (mantém a duração de %Ln minuto)</numerusform>
            <numerusform>%1 termina às %2; o fim foi movido com o início para %3 (mantém a duração de %Ln minutos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>%1 tem limites fora do intervalo; ignorados</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>%1 não tem título; aparece como “%2”</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 (“%2”) termina antes de começar, porque %3 de %4 não existe em %5 (os relógios são adiantados) e é lido como %6; ignorado</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 (“%2”) está fora do intervalo de datas que o Planner guarda em %3; ignorado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln sessão repete um id ou GUID usado antes no arquivo; todas foram mantidas</numerusform>
            <numerusform>%Ln sessões repetem um id ou GUID usado antes no arquivo; todas foram mantidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln sessão sem id repete o título, o início e a sala de uma anterior; todas foram mantidas</numerusform>
            <numerusform>%Ln sessões sem id repetem o título, o início e a sala de uma anterior; todas foram mantidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… e mais %Ln aviso</numerusform>
            <numerusform>… e mais %Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>fuso horário desconhecido “%1” no arquivo; ignorado</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>o arquivo indica o fuso horário %1; usando %2, como pedido</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>o arquivo indica o fuso horário %1, mas seus horários têm outros deslocamentos; exibidos em %2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>o arquivo não indica fuso horário; os horários mantêm seu deslocamento UTC e são exibidos em %1 (importe com um fuso horário para mudar isso)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>o arquivo indica seu fuso horário, %1; o fuso horário pedido (%2) não é usado em arquivos de programa do Planner</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 (“%2”) está marcado como cancelado; ignorado</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>%1 (“%2”) não tem início; ignorado</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 (“%2”) se repete; só a primeira ocorrência é mantida</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>%1 (“%2”) tem um horário ilegível (%3); ignorado</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>%1 (“%2”) não está agendada; ignorada</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>%1 (“%2”) tem um horário fora do intervalo; ignorado</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>o arquivo não tem a seção &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>o arquivo marca horários locais como UTC (“Z”); foram lidos como horários de %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>%1 (“%2”) não tem data nem horário de início utilizáveis; ignorado</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: duração ilegível “%2”; exibida como 0 minutos</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>%1 (“%2”) não tem duração; exibida como 0 minutos</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] não é um objeto; ignorado</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms não é um objeto; ignorado</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] não é uma lista; ignorado</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>um evento da sala “%1” não é um objeto; ignorado</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>%1 (“%2”) não tem um início utilizável; ignorado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln id de evento escrito como texto onde o esquema pede números; aceito</numerusform>
            <numerusform>%Ln ids de evento escritos como texto onde o esquema pede números; aceitos</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>offline: %1; usada a cópia de %2</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>a trilha “%1” nos favoritos (uma trilha inteira, não uma sessão; marque as sessões dela com estrela aqui)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln evento oculto no Giggity (ocultar não é favoritar; ele não é importado)</numerusform>
            <numerusform>%Ln eventos ocultos no Giggity (ocultar não é favoritar; eles não são importados)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: corresponde a mais de uma sessão</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: não está neste programa</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>“%1” foi excluído no seu calendário: o Planner não o adicionará de novo a menos que a sessão mude</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>“%1” foi editado no seu calendário: mantido como está</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>“%1” foi editado no seu calendário, então o Planner manteve a sua versão e não enviou a alteração dele; exclua o evento lá para receber a versão do Planner</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>“%1” mudou no seu calendário durante a sincronização: mantido como está</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: não está mais na sua agenda, mas foi editado no seu calendário, então o Planner não o excluiu lá</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: alterado no seu calendário: não excluído</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: não lido: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>removido %Ln caractere de controle (%1) que o XML proíbe</numerusform>
            <numerusform>removidos %Ln caracteres de controle (%1) que o XML proíbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 e mais %Ln</numerusform>
            <numerusform>%1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, na linha %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, nas linhas %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>Aviso da programação</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>Não foi possível mostrar as últimas alterações</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível salvar</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>A área de transferência não tem um link do Giggity (%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>Para o celular (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>Instale o &lt;b&gt;Giggity&lt;/b&gt; no seu celular Android (F-Droid ou Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>Escaneie este código com a câmera do celular ou abra o link nele.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>O Giggity carrega a programação e lista suas sessões: toque em &lt;b&gt;Import all&lt;/b&gt; e depois em &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>ex.: https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>Endereço web da programação</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>Criar o link com este endereço (o Planner se lembra dele)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>Incluir o &amp;plano B</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>O Giggity também lembra você das sessões do plano B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Salvar como P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Salvar como S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>O link que o celular abre: sua agenda para o Giggity, também no código QR</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>Copiar o link, para enviá-lo ao seu celular</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Salvar o código QR como imagem PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>Salvar o código QR como imagem SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>Endereço web da programação:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>Criando o link…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>Digite o endereço web em que a programação é publicada: aquele de onde o Giggity a carrega (o XML da programação no site da conferência).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>De onde o Planner baixou a programação.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>Como você informou antes.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>Lembrado para esta conferência.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln sessão no link.</numerusform>
            <numerusform>%Ln sessões no link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>Nada marcado para assistir ainda: o link abre a programação no Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>Fora do link (a programação não dá a elas um id que o Giggity conheça): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>Salvar o código QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>Minha agenda · horários em %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>Escaneie com o celular para levar esta agenda no Giggity (Android): as marcações, na programação que ele carrega da web.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>Nada marcado ainda.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(ocupado até %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>Plano B: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>conflito: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — minha agenda</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln em paralelo</numerusform>
            <numerusform>%Ln em paralelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>Marcada: %1 (clique para desmarcar)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Não marcada (clique para marcar)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(sem título: rótulo tirado da descrição)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(cancelada: não está mais na programação)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>marcada, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>não marcada</translation>
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
        <translation>Programação da conferência</translation>
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
        <translation>%1 (linha %2, coluna %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linha %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>uma programação de conferência</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>um arquivo de favoritos</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>um arquivo de marcadores</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>um arquivo de agenda</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>favoritos compartilhados</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>um instantâneo de início rápido</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>um arquivo de evento</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>um pipe nomeado (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>um socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>um dispositivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não um arquivo comum</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>a conferência</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>um palestrante</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>uma trilha</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>uma sala</translation>
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
        <translation>chave</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>resumo</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>descrição</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>sala</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>trilha</translation>
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
        <translation>link</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>título do link</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>nome</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>organização</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>biografia</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>sigla</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>versão</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>aviso</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>o arquivo tem %1, acima do limite de %2 MiB para %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>fuso horário desconhecido “%1”</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>é %1, não um arquivo; o Planner só lê arquivos</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>não é um arquivo comum; o Planner só lê arquivos</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>contém dados binários, não é um arquivo de texto</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>contém dados binários, não é uma programação de conferência</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>não é texto %1 válido (byte inválido na posição %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>não é texto %1 válido</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>não é uma programação de conferência em nenhum dos formatos que o Planner lê (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>está aninhado fundo demais para ser uma programação de conferência</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>tem uma data ou hora fora do intervalo</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>só podem ser importados endereços http:// e https:// (ou um arquivo)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON aninhado em mais de %1 níveis</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON aninhado fundo demais</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>não é JSON válido: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>não é JSON válido: um número com milhares de dígitos</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 deveria ser um objeto</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: “%2” deveria ser texto</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: “%2” tem %3 caracteres (limite %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: falta “%2”</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: “%2” deveria ser uma lista</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: “%2” deveria ser true ou false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: “%2” não é uma data (AAAA-MM-DD): “%3”</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: “%2” não é uma data e hora ISO 8601: “%3”</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: “%2” está fora do intervalo de datas que o Planner guarda: “%3”</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 (“%2”) tem uma data e hora fora do intervalo que o Planner guarda: “%3” a “%4”</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>não é um arquivo de programação do Planner (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>a versão %1 do formato dos arquivos de programação do Planner não é suportada (esta versão lê a versão %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; é anterior a &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] deveria ser o nome de uma sala</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: a chave “%2” é usada duas vezes</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; deveria ser uma lista de nomes</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>não é XML bem formado (mais de %1 caracteres de controle que o XML proíbe)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>declara entidades XML, que o Planner se recusa a expandir (uma forma comum de atacar leitores de XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>faz referência a recursos XML externos, que o Planner nunca carrega</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>usa um recurso de XML que o Planner recusa (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>não é XML bem formado (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>não pode ser lido como XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML aninhado em mais de %1 níveis</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>não é um arquivo iCalendar (não começa com BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>não é iCalendar válido (um TZID não indica nenhum fuso horário)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>não é iCalendar válido (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>não contém eventos (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>é uma lista de palestrantes do Sessionize sem sessões; exporte em vez disso a visualização “All” ou “Sessions”</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>não contém sessões do Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>é XML, mas não uma programação frab (seu elemento raiz é &lt;%1&gt;, não &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>não contém sessões (nenhum &lt;event&gt; dentro de um &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>é XML, mas não xCal (falta o elemento raiz &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>é um arquivo xCal sem calendário</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>não contém eventos (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>é JSON, mas não uma programação frab (falta schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>não contém sessões</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>não contém sessões dentro do intervalo de datas que o Planner guarda</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>tem mais de %1 palestrantes</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>tem mais de %1 sessões</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 tem %3 caracteres (limite %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>trilha “%1”: a cor tem %2 caracteres (limite %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 (“%2”) termina antes de começar</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 (“%2”) dura %3 dias</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>%1 tem %2 palestrantes (limite %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: seu GUID ou id é longo demais para identificá-la (%2 caracteres; limite %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>já existe um calendário chamado “%1”</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>um calendário precisa de um nome</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: um endereço CalDAV deve ser uma URL http:// ou https://</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: informe o nome de usuário à parte (--username) e nenhuma senha no endereço (o chaveiro ou --password-command a guarda)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>uma pasta não precisa de nome de usuário nem senha</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>o endereço da programação não é um endereço web válido: “%1”</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>o endereço da programação deve ser um endereço web (http ou https), não “%1”</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>o endereço da programação não pode conter nome de usuário nem senha: “%1” (um link para celular é compartilhado, e tudo o que ele contém vai junto)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>o link tem %1 bytes; um código QR comporta no máximo %2 (compartilhe o próprio link, ou menos sessões)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>não informa fuso horário; informe um, por exemplo --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>não informa fuso horário (arquivos do Sessionize nunca informam); informe um, por exemplo --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>não informa fuso horário (os horários estão marcados como UTC, mas coincidem com os horários locais de &lt;start&gt;); informe um, por exemplo --tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>tem %1; um arquivo de agenda pode ter no máximo %2 MiB</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>não é um arquivo de agenda do Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>é um arquivo de agenda da versão %1; este Planner lê a versão %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>não tem soma de verificação (não foi gravado pelo Planner, ou está cortado)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>foi alterado ou danificado depois de compartilhado (a soma de verificação não confere)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>lista %1 sessões (limite %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>termina antes de começar</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 “%2” não está entre os valores permitidos: %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>é uma agenda de “%1”, que não é a conferência aberta aqui; importe primeiro a programação dessa conferência</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>“%1” não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>“%1” não é uma data e hora ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>“%1” não tem deslocamento UTC e nenhum fuso horário é conhecido</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 está fora do intervalo de datas que o Planner guarda</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>tem %1; %2 pode ter no máximo %3 MiB</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>contém dados binários, não é %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>não é texto UTF-8 (o byte %1 não é UTF-8 válido)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>não é CSV válido (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>lista %1 favoritos (limite %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 não é texto</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 tem %3 caracteres</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: “%2” não é uma hora do dia</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: “%2” não é uma data e hora</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: “%2” não tem fuso horário</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>não é um arquivo de favoritos do Sojourner (sem %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>%1 tem %2 campos, não %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>%1 não tem %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: “%2” não é um dia da semana</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>não é uma exportação de favoritos do EventFahrplan (sem lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>não é um arquivo de marcadores do PWA do FOSDEM (sem o cabeçalho type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>%1 tem %2 campos, e o cabeçalho, %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type “%2” não é event nem track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day “%2” não é um número de dia</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: o UID “%2” não é dos que o FOSDEM Companion grava</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>mistura marcadores de vários anos do FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 não é uma data e hora</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 não é uma data e hora em UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>tem %1 caracteres; longo demais para um link</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>não é um link do Giggity (esses começam com %1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>não indica nenhuma programação (a parte url= falta ou está vazia)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>indica uma programação em “%1”, que não é um endereço web</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>não lista nenhum evento (não tem parte see= nem del=)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está danificado: a parte %1= não é texto base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>está danificado: a parte %1= não se descompacta (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está danificado: a parte %1= se descompacta em dados demais</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está cortado: a parte %1= termina antes do esperado</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está danificado: a parte %1= não é uma lista JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>lista %1 eventos em %2= (limite %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>está danificado: o item %1 da parte %2= não é um id de evento</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>é um endereço web, mas não um link do Giggity (%1…); salve o arquivo para o qual ele aponta e importe-o</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>é um link de “%1”, que não é a conferência aberta aqui</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>contém favoritos do %1 de %2; “%3” é de %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>não indica nenhuma das sessões de “%1”; as que ele indica são de “%2”</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>não indica nenhuma das sessões de “%1”, nem de nenhuma conferência aqui</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>não indica nenhuma sessão das conferências importadas aqui</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>não indica nenhuma sessão das conferências de %1 importadas aqui</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>é um link da programação em %1, que não foi importada aqui; importe-a primeiro ou diga para qual conferência ele é</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>só endereços http:// e https:// podem ser importados</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>um endereço web com nome de usuário ou senha não pode ser importado (o Planner não envia credenciais e guardaria a senha em texto puro)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>não é um endereço web válido (contém espaços ou caracteres de controle)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>não é um endereço web válido (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>tem %1, acima do limite de %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>excede o limite de %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>a conexão foi fechada antes de o arquivo inteiro chegar (%1 de %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>não terminou de baixar em %1 segundos</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>o servidor respondeu 304 Not Modified, mas o Planner pediu o arquivo inteiro (ele não tem cópia para manter)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>o servidor redirecionou para um endereço que não é web; redirecionamento recusado</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>o servidor redireciona em ciclo (ou mais de 10 vezes)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>o servidor respondeu %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>não respondeu em %1 segundos</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>não está acessível (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>a conexão foi fechada antes de o arquivo inteiro chegar</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>o servidor enviou uma linha de cabeçalho mais longa do que os clientes HTTP aceitam</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>o servidor fechou a conexão sem responder</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>a resposta do servidor não é HTTP (linha de status inválida)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>o servidor enviou mais cabeçalhos do que os clientes HTTP aceitam</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>a resposta do servidor não é HTTP válido (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>não é um endereço ou resposta web válida (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>o download falhou (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND não é uma data nem uma data e hora: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION não é uma duração: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>não é uma data nem uma data e hora: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>valor de data fora do intervalo</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>o início e o fim de um horário ocupado precisam de um fuso horário</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>um horário ocupado deve terminar depois de começar</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>um horário ocupado deve começar em %1 ou depois e terminar até %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>o tempo de deslocamento deve estar entre 0 e %1 minutos, não %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>a tolerância deve estar entre 0 e %1 minutos, não %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>o tempo de deslocamento entre %1 e %2 deve estar entre 0 e %3 minutos, não %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>o lembrete deve vir entre 0 e %1 minutos antes</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>informe --caldav URL ou --vdir DIR, um dos dois</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>informe uma senha ou um --password-command, não ambos</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Nenhum chaveiro da área de trabalho (GNOME Keyring, KWallet ou outro Secret Service) está disponível neste computador, então o Planner não pode guardar a senha com segurança. Informe um comando que imprima a senha, como “pass show calendar”.</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>Nenhum chaveiro da área de trabalho (GNOME Keyring, KWallet ou outro Secret Service) está disponível neste computador, então o Planner não pode guardar a senha com segurança. Em vez disso, informe um comando que imprima a senha, como “pass show calendar”. (planner calendar add … --password-command CMD)</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>“%1” não é texto UTF-8; o Planner guarda nomes, chaves, endereços e os arquivos que lembra em UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>foi informado um número maior do que o banco de dados pode guardar (no máximo %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>formato desconhecido “%1”; escolha entre auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: um código QR é salvo como .png ou .svg</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>O Planner não sabe onde a programação de “%1” é publicada; informe o endereço web dela uma vez com --program-url URL (o endereço de onde o Giggity a carrega, p. ex. https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 começa daqui a %Ln min em %2</numerusform>
            <numerusform>%1 começa daqui a %Ln min em %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 começa daqui a %Ln min</numerusform>
            <numerusform>%1 começa daqui a %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sessão</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>Sua agenda já é o melhor plano: nada a mudar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln alteração deixa sua agenda sem conflitos, mantendo as sessões que mais importam para você.</numerusform>
            <numerusform>%Ln alterações deixam sua agenda sem conflitos, mantendo as sessões que mais importam para você.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln conflito precisa da sua decisão.</numerusform>
            <numerusform>%Ln conflitos precisam da sua decisão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln sessão em conflito</numerusform>
            <numerusform>%1 · %Ln sessões em conflito</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Outras alterações</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>Continua: “%1” — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>conflito: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>Sua decisão (a resolução automática nunca descarta uma imperdível)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
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
        <translation>não marcada</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(sem título: rótulo tirado da descrição)</translation>
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
            <numerusform>%1 assiste</numerusform>
            <numerusform>%1 assistem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>As teclas das visualizações (S, Espaço, 1, 2, 3) agem sobre a sessão selecionada quando uma visualização tem o foco, não enquanto você digita.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Em outros lugares</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
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
        <translation>Aguardando o banco de dados</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>O Planner continua tentando e o abre assim que estiver livre.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>Não é possível iniciar o %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Aberto somente para leitura</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Banco de dados recuperado</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
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
            <numerusform>%Ln conflito</numerusform>
            <numerusform>%Ln conflitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln de %1 sessões corresponde</numerusform>
            <numerusform>%Ln de %1 sessões correspondem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>lido</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>gravado</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>aberto</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>usado</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>criado</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>alterado</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>excluído</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>copiado antes da atualização</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 está bloqueado por outro programa (outro Planner, ou uma ferramenta que usa o banco de dados); feche-o e tente novamente</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: disco cheio (não há espaço no disco que o contém)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: somente leitura (o arquivo não pode ser gravado)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: disco somente leitura (o disco que o contém está montado como somente leitura)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: permissão negada</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: somente leitura (permissão negada para o arquivo ou sua pasta)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: parte do caminho não é uma pasta</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: o nome do arquivo é longo demais</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: a pasta não existe</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: pasta somente leitura (permissão negada)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1 não pode ser %2: somente leitura (permissão negada)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 não pode ser alterado: outro programa alterou os mesmos dados nesse meio-tempo (nada foi salvo; confira e tente novamente)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1 não pode ser %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 não pode ser %2: é %3, não um arquivo comum; o Planner só grava arquivos comuns</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1 não pode ser %2: não é um arquivo comum; o Planner só grava arquivos comuns</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 é %2, não um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 não é um arquivo comum, então não pode ser um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; ele precisa primeiro de uma atualização</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; o Planner o abriu como somente leitura</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, e ele é novo e vazio</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, e ele precisa primeiro de uma atualização</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 é uma pasta, não um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 não é um banco de dados SQLite (cabeçalho de arquivo desconhecido)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 está danificado (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 está danificado ou não é um banco de dados (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 é um banco de dados SQLite de outro programa, não um banco de dados do Planner</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 foi gravado por um Planner mais novo (esquema %2); atualize o Planner para abri-lo</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. O arquivo foi mantido sem alterações como %2. O Planner foi iniciado com um novo banco de dados.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. Tudo é mostrado como foi salvo; as alterações não poderão ser salvas até que isso seja corrigido (depois, reinicie o Planner).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>Sincronização de calendários</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>Como foi a sincronização dos seus calendários; clique para abrir os calendários</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>Clique para abrir os calendários.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>há %Ln min</numerusform>
            <numerusform>há %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>há %Ln h</numerusform>
            <numerusform>há %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>em %1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>em %Ln s</numerusform>
            <numerusform>em %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>em %Ln min</numerusform>
            <numerusform>em %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln alteração pendente</numerusform>
            <numerusform>%Ln alterações pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>Arquivo sincronizado</translation>
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
        <translation>%1: offline, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>Nova tentativa %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: não sincronizado: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: ainda não sincronizado</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: sincronizado %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Calendário “%1” não sincronizado: %2 (e mais %Ln)</numerusform>
            <numerusform>Calendário “%1” não sincronizado: %2 (e mais %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>Calendário “%1” não sincronizado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Sincronizando %Ln calendário…</numerusform>
            <numerusform>Sincronizando %Ln calendários…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>Sincronizando “%1”: %2 de %3 eventos enviados</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Sincronizando “%1”…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>Offline, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>Calendários: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>Calendários ainda não sincronizados</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>Calendários sincronizados %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>não há mais espaço no disco</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>a cota de disco se esgotou</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operação não permitida</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>arquivo ou pasta não encontrado</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>parte do caminho não é uma pasta</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>o nome do arquivo é longo demais</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>erro de entrada/saída</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>arquivos abertos demais no Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>arquivos abertos demais neste computador</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>links simbólicos demais (um ciclo de links)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>a conexão foi redefinida</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>a conexão foi interrompida</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>não há rota para o host</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>a rede está inacessível</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>não foi possível resolver o nome do host (host desconhecido ou sem rede)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>não foi possível verificar o certificado TLS</translation>
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
        <translation>Sessão sem título: a programação não registrou o título; este rótulo vem da descrição.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;Cancelada:&lt;/b&gt; esta sessão não está mais na programação. Ela fica na sua agenda até você desmarcá-la.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Seu horário</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Trilha</translation>
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
        <translation>Palestrantes</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>Página da sessão</translation>
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
        <translation>Adicionar um calendário</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>ex.: Calendário do trabalho</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>Uma conta &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>Uma &amp;pasta de eventos (khal, vdirsyncer, Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>Um calendário em um servidor: Nextcloud, Fastmail, iCloud, Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>Uma pasta deste computador com um arquivo por evento, que outros apps sincronizam</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>Conta CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>O endereço do servidor ou o do próprio calendário; o Planner encontra seus calendários lá</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>O calendário onde manter sua agenda; criado se não existir</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>A senha da conta, guardada no chaveiro da área de trabalho, não nos arquivos do Planner</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>O comando de um gerenciador de senhas a imprime a cada sincronização; nada é guardado</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>ex.: pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Comando da senha</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>Executado a cada sincronização; a primeira linha da saída é a senha</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>Obter a senha de um coman&amp;do em vez disso</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendário:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>Pasta de eventos</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>ex.: ~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>Incluir as sessões do plano B (como provisórias)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Lem&amp;brar-me antes de cada sessão</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>Minutos do lembrete</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>Suas sessões do plano B também vão para o calendário, marcadas como provisórias</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>Cada sessão do calendário recebe um lembrete que seu app de calendário mostra</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>Quantos minutos antes de uma sessão vem o lembrete</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>Adicionar mesmo ass&amp;im</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>Ele sincroniza assim que o servidor estiver acessível</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>Verificar se o calendário pode ser acessado com os dados do formulário; não salva nada</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>Testar a conexão, depois manter o calendário e sincronizar sua agenda com ele</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>guardada no chaveiro; digite para mudá-la</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>Nenhum chaveiro da área de trabalho (GNOME Keyring, KWallet ou outro Secret Service) está disponível neste computador, então o Planner não pode guardar a senha com segurança. Informe um comando que imprima a senha, como “pass show calendar”.</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>sem chaveiro neste computador: use um comando</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>Pasta de eventos</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>a pasta</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>A conexão funciona. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>Informe o endereço do seu servidor ou calendário CalDAV.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>Informe o comando que imprime a senha.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>Escolha a pasta onde guardar os eventos.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Salvando “%1”…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>“%1” foi guardado; ele sincroniza assim que estiver acessível.</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>Qual fuso horário?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; informa horários locais, mas não diz onde é a conferência.&lt;br&gt;Escolha o fuso horário da conferência:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>Fuso horário da conferência</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>O fuso horário dos horários do arquivo; digite para encontrar um</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>Dia da grade horária</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dia:</translation>
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
        <translation>Marcada: imperdível</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Marcada: quero ver</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Marcada: talvez</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Conflita com outra sessão à qual você vai assistir</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>Troca apertada: pouco tempo para ir a outra sessão à qual você vai assistir, ou vir dela</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Também assistem: %1</translation>
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
        <translation>Grade horária</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sem sala)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>Nenhuma sessão neste dia</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Must see</source>
        <comment>priority</comment>
        <extracomment>The priority of a starred session.</extracomment>
        <translation>Imperdível</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>Quero ver</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>Talvez</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>Vou assistir</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>Plano B</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>Vou pular</translation>
    </message>
</context>
</TS>
