<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Od następnego uruchomienia Planner będzie używać języka: %1. Uruchomić ponownie teraz?</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Odwołana: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Oznaczona: koniecznie</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Oznaczona: chcę zobaczyć</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Oznaczona: może</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Koliduje z inną sesją, w której uczestniczysz</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Idą też: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the parts of a session&apos;s description</comment>
        <translation>; </translation>
    </message>
</context>
</TS>
