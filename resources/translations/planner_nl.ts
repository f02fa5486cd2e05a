<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
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
        <source>Also attending: %1</source>
        <translation>Gaan ook: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the parts of a session&apos;s description</comment>
        <translation>; </translation>
    </message>
</context>
</TS>
