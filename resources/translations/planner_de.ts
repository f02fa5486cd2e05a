<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Planner verwendet ab dem nächsten Start %1. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Abgesagt: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Raum: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Vorgemerkt: unbedingt ansehen</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Vorgemerkt: möchte ich sehen</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Vorgemerkt: vielleicht</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>Überschneidet sich mit einer anderen Session, die Sie besuchen</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Ebenfalls dabei: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the parts of a session&apos;s description</comment>
        <translation>; </translation>
    </message>
</context>
</TS>
