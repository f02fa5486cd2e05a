<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
