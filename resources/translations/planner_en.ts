<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaFlow</name>
    <message numerus="yes">
        <source>Attending “%1”; %n moved to plan B.</source>
        <extracomment>%1: the session now attended; %n: how many others became plan B.</extracomment>
        <translation>
            <numerusform>Attending “%1”; %n moved to plan B.</numerusform>
            <numerusform>Attending “%1”; %n moved to plan B.</numerusform>
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
        <source>Clash: these %n overlap one another — pick one</source>
        <translation>
            <numerusform>Clash: these %n overlap one another — pick one</numerusform>
            <numerusform>Clash: these %n overlap one another — pick one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %n other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>Clash: attend %1, or %n other way</numerusform>
            <numerusform>Clash: attend %1, or %n other ways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %n more</source>
        <translation>
            <numerusform>collides with %1 and %n more</numerusform>
            <numerusform>collides with %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message numerus="yes">
        <source>%1 attends %n session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 attends %n session.</numerusform>
            <numerusform>%1 attends %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n of their sessions as maybe.</source>
        <translation>
            <numerusform>Starred %n of their sessions as maybe.</numerusform>
            <numerusform>Starred %n of their sessions as maybe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %n min</source>
        <translation>
            <numerusform>“%1” and “%2” overlap by %n min</numerusform>
            <numerusform>“%1” and “%2” overlap by %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %n min (within your tolerance)</source>
        <translation>
            <numerusform>“%1” and “%2” overlap by %n min (within your tolerance)</numerusform>
            <numerusform>“%1” and “%2” overlap by %n min (within your tolerance)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>Saved %n session(s) to %1.</source>
        <translation>
            <numerusform>Saved %n session to %1.</numerusform>
            <numerusform>Saved %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formats</name>
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
    <name>PhoneShareDialog</name>
    <message numerus="yes">
        <source>%n session(s) in the link.</source>
        <translation>
            <numerusform>%n session in the link.</numerusform>
            <numerusform>%n sessions in the link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in parallel</source>
        <translation>
            <numerusform>%n in parallel</numerusform>
            <numerusform>%n in parallel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %n min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 starts in %n min in %2</numerusform>
            <numerusform>%1 starts in %n min in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %n min</source>
        <translation>
            <numerusform>%1 starts in %n min</numerusform>
            <numerusform>%1 starts in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message numerus="yes">
        <source>%n change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%n change makes your agenda clash-free, keeping the sessions that matter most to you.</numerusform>
            <numerusform>%n changes make your agenda clash-free, keeping the sessions that matter most to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%n clash needs your decision.</numerusform>
            <numerusform>%n clashes need your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %n session clashes</numerusform>
            <numerusform>%1 · %n sessions clash</numerusform>
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
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n clash</numerusform>
            <numerusform>%n clashes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%n of %1 sessions matches</numerusform>
            <numerusform>%n of %1 sessions match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n calendars…</source>
        <translation>
            <numerusform>Syncing %n calendar…</numerusform>
            <numerusform>Syncing %n calendars…</numerusform>
        </translation>
    </message>
</context>
</TS>
