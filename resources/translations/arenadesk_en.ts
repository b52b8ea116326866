<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BoardsScreen</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message numerus="yes">
        <source>%1 of %n present</source>
        <translation>
            <numerusform>%1 of %n present</numerusform>
            <numerusform>%1 of %n present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>Counted over the %n people whose perspective is given.</source>
        <translation>
            <numerusform>Counted over the one person whose perspective is given.</numerusform>
            <numerusform>Counted over the %n people whose perspective is given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Adding %n photo…</numerusform>
            <numerusform>Adding %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The setup file was taken in: %1. Your own newer changes were kept; %n conflict(s) are in the merge log.</source>
        <translation>
            <numerusform>The setup file was taken in: %1. Your own newer changes were kept; %n conflict is in the merge log.</numerusform>
            <numerusform>The setup file was taken in: %1. Your own newer changes were kept; %n conflicts are in the merge log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s). Choose what each column holds; the first rows are shown below. People already in the arena (same e-mail, or same name and organisation) are updated, not added again.</source>
        <translation>
            <numerusform>%n row. Choose what each column holds; the first rows are shown below. People already in the arena (same e-mail, or same name and organisation) are updated, not added again.</numerusform>
            <numerusform>%n rows. Choose what each column holds; the first rows are shown below. People already in the arena (same e-mail, or same name and organisation) are updated, not added again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPackagesDialog</name>
    <message numerus="yes">
        <source>%n package(s) ready: %1.</source>
        <translation>
            <numerusform>%n package ready: %1.</numerusform>
            <numerusform>%n packages ready: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n package(s): %1 (see the merge log).</source>
        <translation>
            <numerusform>Merged %n package: %1 (see the merge log).</numerusform>
            <numerusform>Merged %n packages: %1 (see the merge log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message numerus="yes">
        <source>Challenge groups (%1) · %n participant(s)</source>
        <translation>
            <numerusform>Challenge groups (%1) · %n participant</numerusform>
            <numerusform>Challenge groups (%1) · %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete group %1 “%2”? Its %n member(s) stay in the arena&apos;s list of participants.</source>
        <translation>
            <numerusform>Delete group %1 “%2”? Its %n member stays in the arena&apos;s list of participants.</numerusform>
            <numerusform>Delete group %1 “%2”? Its %n members stay in the arena&apos;s list of participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageSizeRow</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message numerus="yes">
        <source>%1 of %n participant(s)</source>
        <translation>
            <numerusform>%1 of %n participant</numerusform>
            <numerusform>%1 of %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>Added %n photo.</numerusform>
            <numerusform>Added %n photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message numerus="yes">
        <source>%n people without a group are placed in %1 groups, within the 70 % rule where the mix allows, with wishes first. Drag people between groups to adjust; nothing is saved until you press Place in groups.</source>
        <translation>
            <numerusform>%n person without a group is placed in %1 groups, within the 70 % rule where the mix allows, with wishes first. Drag people between groups to adjust; nothing is saved until you press Place in groups.</numerusform>
            <numerusform>%n people without a group are placed in %1 groups, within the 70 % rule where the mix allows, with wishes first. Drag people between groups to adjust; nothing is saved until you press Place in groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreparingBar</name>
    <message numerus="yes">
        <source>Import of %n row(s)</source>
        <translation>
            <numerusform>Import of %n row</numerusform>
            <numerusform>Import of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placement of %n person(s)</source>
        <translation>
            <numerusform>Placement of %n person</numerusform>
            <numerusform>Placement of %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorBoard</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicList</name>
    <message numerus="yes">
        <source>%1 of %n topic(s) documented</source>
        <translation>
            <numerusform>%1 of %n topic documented</numerusform>
            <numerusform>%1 of %n topics documented</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallSetUp</name>
    <message numerus="yes">
        <source>Its %n topic(s) go beside the wall (nothing is deleted).</source>
        <translation>
            <numerusform>Its %n topic goes beside the wall (nothing is deleted).</numerusform>
            <numerusform>Its %n topics go beside the wall (nothing is deleted).</numerusform>
        </translation>
    </message>
</context>
</TS>
