<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>Planner utilisera le %1 à partir du prochain démarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>Favori&#xa0;: à voir absolument</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>Favori&#xa0;: à voir</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>Favori&#xa0;: peut-être</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>En conflit avec une autre session à laquelle vous assistez</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>Y vont aussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the parts of a session&apos;s description</comment>
        <translation>; </translation>
    </message>
</context>
</TS>
