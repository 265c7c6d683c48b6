<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English: the sources are English already; this catalogue holds only the singular and plural
     of counts (tr("%n …", "", n)), which Qt takes from a translation. -->
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n articles found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n articles marked as read (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>%n article marked as read (Ctrl+Z to undo)</numerusform>
            <numerusform>%n articles marked as read (Ctrl+Z to undo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryTimelinePane</name>
    <message numerus="yes">
        <location filename="../../newsreader/ui/timeline_dialogs.py" line="0" />
        <source>%n dated events</source>
        <translation>
            <numerusform>%n dated event</numerusform>
            <numerusform>%n dated events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/timeline_dialogs.py" line="0" />
        <source>from %n articles</source>
        <translation>
            <numerusform>from %n article</numerusform>
            <numerusform>from %n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
