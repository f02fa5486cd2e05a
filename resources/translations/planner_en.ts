<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaFlow</name>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Attending “%1”; %Ln moved to plan B.</numerusform>
            <numerusform>Attending “%1”; %Ln moved to plan B.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 attends</numerusform>
            <numerusform>%1 attend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>Clash: these %Ln overlap one another — pick one</numerusform>
            <numerusform>Clash: these %Ln overlap one another — pick one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Clash: attend %1, or %Ln other way</numerusform>
            <numerusform>Clash: attend %1, or %Ln other ways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>collides with %1 and %Ln more</numerusform>
            <numerusform>collides with %1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message numerus="yes">
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 attends %Ln session.</numerusform>
            <numerusform>%1 attends %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>Starred %Ln of their sessions as maybe.</numerusform>
            <numerusform>Starred %Ln of their sessions as maybe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>“%1” and “%2” overlap by %Ln min</numerusform>
            <numerusform>“%1” and “%2” overlap by %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>“%1” and “%2” overlap by %Ln min (within your tolerance)</numerusform>
            <numerusform>“%1” and “%2” overlap by %Ln min (within your tolerance)</numerusform>
        </translation>
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
            <numerusform>%Ln speaker</numerusform>
            <numerusform>%Ln speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln room</numerusform>
            <numerusform>%Ln rooms</numerusform>
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
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln session to %1.</numerusform>
            <numerusform>Saved %Ln sessions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%Ln page).</numerusform>
            <numerusform>Saved %1 (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formats</name>
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
    <name>NoteTexts</name>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute)</numerusform>
            <numerusform>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>%Ln session repeats an id or GUID used earlier in the file; all were kept</numerusform>
            <numerusform>%Ln sessions repeat an id or GUID used earlier in the file; all were kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>%Ln session without an id repeats the title, start and room of an earlier one; all were kept</numerusform>
            <numerusform>%Ln sessions without an id repeat the title, start and room of an earlier one; all were kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… and %Ln more warning</numerusform>
            <numerusform>… and %Ln more warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>%Ln event id written as text where the schema wants numbers; accepted</numerusform>
            <numerusform>%Ln event ids written as text where the schema wants numbers; accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>%Ln event hidden in Giggity (hiding is not a favourite; it is not imported)</numerusform>
            <numerusform>%Ln events hidden in Giggity (hiding is not a favourite; they are not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>removed %Ln control character (%1) that XML forbids</numerusform>
            <numerusform>removed %Ln control characters (%1) that XML forbids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln session in the link.</numerusform>
            <numerusform>%Ln sessions in the link.</numerusform>
        </translation>
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
            <numerusform>%Ln in parallel</numerusform>
            <numerusform>%Ln in parallel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 starts in %Ln min in %2</numerusform>
            <numerusform>%1 starts in %Ln min in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 starts in %Ln min</numerusform>
            <numerusform>%1 starts in %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln change makes your agenda clash-free, keeping the sessions that matter most to you.</numerusform>
            <numerusform>%Ln changes make your agenda clash-free, keeping the sessions that matter most to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln clash needs your decision.</numerusform>
            <numerusform>%Ln clashes need your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln session clashes</numerusform>
            <numerusform>%1 · %Ln sessions clash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 attends</numerusform>
            <numerusform>%1 attend</numerusform>
        </translation>
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
            <numerusform>%Ln starred</numerusform>
            <numerusform>%Ln starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln clash</numerusform>
            <numerusform>%Ln clashes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln of %1 sessions matches</numerusform>
            <numerusform>%Ln of %1 sessions match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>in %Ln s</numerusform>
            <numerusform>in %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln min</numerusform>
            <numerusform>in %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>Calendar “%1” not synced: %2 (and %Ln more)</numerusform>
            <numerusform>Calendar “%1” not synced: %2 (and %Ln more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>Syncing %Ln calendar…</numerusform>
            <numerusform>Syncing %Ln calendars…</numerusform>
        </translation>
    </message>
</context>
</TS>
