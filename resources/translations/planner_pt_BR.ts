<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>Sua agenda ainda está vazia.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>Marque com estrela as sessões que você quer ver: selecione uma no Programa, na Lista ou na Grade e pressione S (ou clique na estrela; 1, 2 e 3 dizem o quanto você quer). Elas aparecem aqui dia a dia, com os conflitos a resolver e o tempo livre a preencher.</translation>
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
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;Manter este arquivo atualizado quando minha agenda mudar</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>Para aplicativos de calendário que assinam um arquivo local</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar ▸ On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>Importar um arquivo uma vez é um retrato do momento: o Thunderbird e o Agenda do GNOME não o atualizam quando uma palestra muda de horário (só o khal e a importação do Evolution fazem isso). Para manter seu calendário fiel, marque “Manter este arquivo atualizado” e assine o arquivo (Thunderbird: Nova agenda ▸ Na rede, file:///…; Evolution: Na web), ou sincronize uma conta CalDAV ou uma pasta do khal com “planner calendar add”.</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas (*.planner-agenda *.ics);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>Agendas (*.planner-agenda *.ics);;Todos os arquivos (*)</translation>
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
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 vai a %n sessão.</numerusform>
            <numerusform>%1 vai a %n sessões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>Fora desta programação: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>Ela foi feita a partir de outra versão da programação.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>%n das sessões dessa pessoa marcada como “talvez”.</numerusform>
            <numerusform>%n das sessões dessa pessoa marcadas como “talvez”.</numerusform>
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
        <source>☆ Star</source>
        <translation>☆ Marcar</translation>
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
        <source>Kept when you press Save note</source>
        <translation>Fica salva quando você clica em “Salvar anotação”</translation>
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
        <translation>Não é possível abrir este arquivo</translation>
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
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
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
    <name>MainWindow</name>
    <message>
        <source>More commands</source>
        <translation>Mais comandos</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 começa em %n min em %2</numerusform>
            <numerusform>%1 começa em %n min em %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 começa em %n min</numerusform>
            <numerusform>%1 começa em %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sessão</translation>
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
        <source>Also attending: %1</source>
        <translation>Também vão: %1</translation>
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
