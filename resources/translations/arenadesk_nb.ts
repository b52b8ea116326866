<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_output.py" line="38"/>
        <source>Program wall</source>
        <translation>Programvegg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_output.py" line="38"/>
        <source>Schedule per space</source>
        <translation>Timeplan per rom</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="124"/>
        <source>About ArenaDesk</source>
        <translation>Om ArenaDesk</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="129"/>
        <source>Offline tool for facilitators and organisers of Åpen arena: plan and run the group sessions, fill the visual templates and write the group reports.</source>
        <translation>Verktøy uten nett for fasilitatorer og arrangører av Åpen arena: planlegg og led gruppeøktene, fyll ut de visuelle malene og skriv gruppenes rapporter.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="139"/>
        <source>Data file</source>
        <translation>Datafil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="140"/>
        <source>This computer</source>
        <translation>Denne maskinen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="142"/>
        <source>Built with</source>
        <translation>Laget med</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="149"/>
        <source>Fonts: DejaVu (free licence). Icons: Material Design Icons via QtAwesome.</source>
        <translation>Skrift: DejaVu (fri lisens). Ikoner: Material Design Icons via QtAwesome.</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="94"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="94"/>
        <source>Responsible</source>
        <translation>Hvem har ansvar</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="94"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="103"/>
        <source>New next step</source>
        <translation>Nytt neste skritt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="105"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="158"/>
        <source>New step</source>
        <translation>Nytt skritt</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="251"/>
        <source>Add people to %1</source>
        <translation>Legg deltakere til %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="254"/>
        <source>Search name or organisation</source>
        <translation>Søk på navn eller organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="274"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="275"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../src/arenadesk/app.py" line="118"/>
        <source>What would you like to do?</source>
        <translation>Hva vil du gjøre?</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/app.py" line="120"/>
        <source>Open another file…</source>
        <translation>Åpne en annen fil …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/app.py" line="124"/>
        <source>Create a new file…</source>
        <translation>Lag en ny fil …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/app.py" line="128"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>ArenaDetailsForm</name>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="83"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="85"/>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="86"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="88"/>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="89"/>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="90"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="99"/>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="100"/>
        <source>Add a day</source>
        <translation>Legg til en dag</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="101"/>
        <source>Remove the last day</source>
        <translation>Fjern siste dag</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="124"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="126"/>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>ArenaExport</name>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="29"/>
        <source>&amp;Arena report…</source>
        <translation>&amp;Arenarapport…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="33"/>
        <source>Export &amp;spreadsheet…</source>
        <translation>Eksporter &amp;regneark…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="38"/>
        <source>Export &amp;inputs and working reports…</source>
        <translation>Eksporter &amp;innspill og arbeidsrapporter…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="80"/>
        <source>Save the arena report</source>
        <translation>Lagre arenarapporten</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="83"/>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="149"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="84"/>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="150"/>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="100"/>
        <source>The arena report was saved:</source>
        <translation>Arenarapporten er lagret:</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="113"/>
        <source>Export spreadsheet</source>
        <translation>Eksporter regneark</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="116"/>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="151"/>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="117"/>
        <source>CSV, one file per table</source>
        <translation>CSV, én fil per tabell</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="132"/>
        <source>The spreadsheet was saved:</source>
        <translation>Regnearket er lagret:</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="146"/>
        <source>Export inputs and working reports</source>
        <translation>Eksporter innspill og arbeidsrapporter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="152"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="169"/>
        <source>The inputs and working reports were saved:</source>
        <translation>Innspillene og arbeidsrapportene er lagret:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="47"/>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="146"/>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="51"/>
        <source>ArenaDesk keeps a backup of this file when it is opened and every ten minutes while you work (the last ten, and one for each day before). Restoring replaces the file&apos;s content with the backup&apos;s; what the file holds now is kept as a backup first.</source>
        <translation>ArenaDesk tar en sikkerhetskopi av denne filen når den åpnes, og hvert tiende minutt mens du arbeider (de ti siste, og én for hver dag før det). Å gjenopprette erstatter innholdet i filen med sikkerhetskopiens; det filen inneholder nå, tas vare på som en sikkerhetskopi først.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="58"/>
        <source>There are no backups of this file yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne filen ennå.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="62"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="63"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="64"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="65"/>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="66"/>
        <source>Reports filled</source>
        <translation>Rapporter utfylt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="80"/>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="146"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="131"/>
        <source>(kept before a restore)</source>
        <translation>(tatt vare på før en gjenoppretting)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="143"/>
        <source>Replace the file&apos;s content with the backup from %1? What the file holds now is kept as a backup first, so this can be undone here.</source>
        <translation>Erstatte innholdet i filen med sikkerhetskopien fra %1? Det filen inneholder nå, tas vare på som en sikkerhetskopi først, så dette kan angres her.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="166"/>
        <source>Export anonymised copy</source>
        <translation>Eksporter anonymisert kopi</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="41"/>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="41"/>
        <source>Board settings</source>
        <translation>Tavlens navn, økt og steg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="55"/>
        <source>No økt</source>
        <translation>Ingen økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="57"/>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="64"/>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="66"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="68"/>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="69"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_dialogs.py" line="100"/>
        <source>No particular step</source>
        <translation>Ikke knyttet til et steg</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="86"/>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="103"/>
        <source>Duplicate notes</source>
        <translation>Dupliser lapper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="112"/>
        <source>Delete notes</source>
        <translation>Slett lapper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="117"/>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="123"/>
        <source>Change colour</source>
        <translation>Endre farge</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="136"/>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_editor.py" line="148"/>
        <source>Move note to another zone</source>
        <translation>Flytt lapp til et annet felt</translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="19"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="20"/>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="21"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="22"/>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="23"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="24"/>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="25"/>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="37"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="40"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="52"/>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="55"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="58"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="61"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="64"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="66"/>
        <source>Edit text</source>
        <translation>Endre tekst</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="76"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="82"/>
        <source>Picture (PNG)…</source>
        <translation>Bilde (PNG) …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="83"/>
        <source>Drawing (SVG)…</source>
        <translation>Tegning (SVG) …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="84"/>
        <source>PDF with table…</source>
        <translation>PDF med tabell …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="86"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_toolbar.py" line="92"/>
        <source>Copy picture</source>
        <translation>Kopier bilde</translation>
    </message>
</context>
<context>
    <name>BoardsScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="66"/>
        <source>New board…</source>
        <translation>Ny tavle …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="68"/>
        <source>Name, økt and step…</source>
        <translation>Navn, økt og steg …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="70"/>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="265"/>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="75"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="77"/>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="103"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="104"/>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="112"/>
        <source>Type a note and press Enter</source>
        <translation>Skriv en lapp og trykk Enter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="116"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="122"/>
        <source>Enter adds the note · Tab / Shift+Tab: next or previous zone · 1–9 on an empty line, or Alt+1–9: choose a zone · double-click a note to edit it</source>
        <translation>Enter legger til lappen · Tab / Shift+Tab: neste eller forrige felt · 1–9 på tom linje, eller Alt+1–9: velg felt · dobbeltklikk på en lapp for å endre den</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="265"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="208"/>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="211"/>
        <source>1 note</source>
        <translation>1 lapp</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="211"/>
        <source>%1 notes</source>
        <translation>%1 lapper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="234"/>
        <source>The template “%1” is not on this computer; the notes are shown in plain columns.</source>
        <translation>Malen «%1» finnes ikke på denne maskinen; lappene vises i enkle kolonner.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="264"/>
        <source>Delete the board “%1” and its notes?</source>
        <translation>Slette tavlen «%1» og lappene på den?</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="281"/>
        <source>Note for “%1”: %2 — Enter adds it</source>
        <translation>Lapp til «%1»: %2 – Enter legger den til</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="311"/>
        <source>Select the notes to colour first.</source>
        <translation>Velg lappene som skal få farge, først.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="372"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="373"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="374"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="378"/>
        <source>Export board</source>
        <translation>Eksporter tavle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="398"/>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/boards_screen.py" line="403"/>
        <source>The board is on the clipboard as a picture.</source>
        <translation>Tavlen er kopiert som bilde.</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="32"/>
        <source>New idea or topic</source>
        <translation>Ny idé eller nytt emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="33"/>
        <source>Deepening of input no. N</source>
        <translation>Fordypning til innspill nr. N</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="34"/>
        <source>Implementation proposal for input no. N</source>
        <translation>Iverksettingsforslag til innspill nr. N</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="81"/>
        <source>Type of input (day 2)</source>
        <translation>Innspillstype (dag 2)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="99"/>
        <source>Input no.</source>
        <translation>Innspill nr.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="106"/>
        <source>One line, as in the list of inputs</source>
        <translation>Én linje, slik den står i innspillslista</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="109"/>
        <source>Ideas and reflections</source>
        <translation>Ideer og refleksjoner</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="111"/>
        <source>One step per line</source>
        <translation>Ett skritt per linje</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="130"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="136"/>
        <source>Documented by</source>
        <translation>Dokumentert av</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="142"/>
        <source>Input (innspill): title</source>
        <translation>Innspill: tittel</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="143"/>
        <source>Input: text</source>
        <translation>Innspill: tekst</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="151"/>
        <source>The conversation</source>
        <translation>Samtalen (ideer og refleksjoner)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="152"/>
        <source>Next steps</source>
        <translation>Neste skritt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="194"/>
        <source>No topic chosen</source>
        <translation>Ingen emne valgt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="195"/>
        <source>Topics come from the program wall, or add one here.</source>
        <translation>Emnene kommer fra programveggen, eller legg til et her.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="229"/>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="232"/>
        <source>Space %1</source>
        <translation>Rom %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="236"/>
        <source>Convener: %1</source>
        <translation>Innkaller: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="238"/>
        <source>not on the wall yet (no number)</source>
        <translation>ikke på veggen ennå (uten nummer)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_form.py" line="257"/>
        <source>Choose the input it builds on</source>
        <translation>Velg innspillet det bygger på</translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_screen.py" line="43"/>
        <source>Inputs from the conversations</source>
        <translation>Innspill fra samtalene</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_screen.py" line="48"/>
        <source>Show on the projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_screen.py" line="55"/>
        <source>The four principles</source>
        <translation>De fire prinsippene</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_screen.py" line="56"/>
        <source>The law of two feet</source>
        <translation>Loven om to føtter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_screen.py" line="57"/>
        <source>Today&apos;s three input types</source>
        <translation>Dagens tre innspillstyper</translation>
    </message>
</context>
<context>
    <name>DayChecks</name>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="71"/>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>DiversityView</name>
    <message>
        <location filename="../../src/arenadesk/ui/diversity_view.py" line="78"/>
        <source>No members yet.</source>
        <translation>Ingen deltakere ennå.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/diversity_view.py" line="89"/>
        <source>%1 % are %2: more than the arena&apos;s limit of 70 % from one perspective.</source>
        <translation>%1 % har perspektivet %2 – mer enn arenaens grense på 70 % fra ett perspektiv.</translation>
    </message>
</context>
<context>
    <name>GroupDetail</name>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="73"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="74"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="76"/>
        <source>Main area</source>
        <translation>Hovedområde</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="77"/>
        <source>Owner (organisation)</source>
        <translation>Eier (organisasjon)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="78"/>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="93"/>
        <source>Add people…</source>
        <translation>Legg til deltakere …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="95"/>
        <source>New participant…</source>
        <translation>Ny deltaker …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="97"/>
        <source>Role and days…</source>
        <translation>Rolle og dager …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="99"/>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="217"/>
        <source>Remove from group</source>
        <translation>Fjern fra gruppa</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="115"/>
        <source>Mix of perspectives</source>
        <translation>Perspektiver i gruppa</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="132"/>
        <source>No group selected</source>
        <translation>Ingen gruppe valgt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="157"/>
        <source>Members (%1)</source>
        <translation>Deltakere og aktørroller (%1)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="213"/>
        <source>Remove %1 from group %2? The person stays in the arena.</source>
        <translation>Fjerne %1 fra gruppe %2? Personen blir værende i arenaen.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="217"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="96"/>
        <source>New challenge group</source>
        <translation>Ny utfordringsgruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="98"/>
        <source>Edit group %1</source>
        <translation>Endre gruppe %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="102"/>
        <source>for example 1C or 4E-1</source>
        <translation>for eksempel 1C eller 4E-1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="114"/>
        <source>The challenge, in the owner&apos;s words</source>
        <translation>Utfordringen, med eierens ord</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="116"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="117"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="118"/>
        <source>Main area</source>
        <translation>Hovedområde</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="119"/>
        <source>Owner (organisation)</source>
        <translation>Eier (organisasjon)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="120"/>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/groups_screen.py" line="238"/>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
</context>
<context>
    <name>ImportPackagesDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="56"/>
        <source>Import packages</source>
        <translation>Importer pakker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="61"/>
        <source>Choose the packages from the facilitators, or drop them here. Each one is checked before anything is merged; nothing changes until you press Merge.</source>
        <translation>Velg pakkene fra fasilitatorene, eller slipp dem her. Hver pakke kontrolleres før noe slås sammen; ingenting endres før du trykker Slå sammen.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="69"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="70"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="71"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="72"/>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="73"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="74"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="75"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="94"/>
        <source>Add files…</source>
        <translation>Legg til filer …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="96"/>
        <source>Remove from list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="101"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="122"/>
        <source>Choose packages</source>
        <translation>Velg pakker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="156"/>
        <source>Rejected: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="160"/>
        <source>Already imported; nothing changes</source>
        <translation>Allerede importert; ingenting endres</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="162"/>
        <source>Another arena: you are asked before it is merged</source>
        <translation>En annen arena: du blir spurt før den slås sammen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="163"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="203"/>
        <source>No packages chosen yet.</source>
        <translation>Ingen pakker valgt ennå.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="208"/>
        <source>%1 packages ready: %2 new, %3 changed, %4 deleted, %5 conflicts.</source>
        <translation>%1 pakker klare: %2 nye, %3 endret, %4 slettet, %5 konflikter.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="227"/>
        <source>Another arena</source>
        <translation>En annen arena</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="229"/>
        <source>These packages belong to another arena than this file:
%1

Merge them too?</source>
        <translation>Disse pakkene tilhører en annen arena enn denne filen:
%1

Skal de slås sammen også?</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="231"/>
        <source>Merge them too</source>
        <translation>Slå dem sammen også</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="243"/>
        <source>Merged %1 packages: %2 new, %3 changed, %4 deleted, %5 conflicts (see the merge log).</source>
        <translation>Slo sammen %1 pakker: %2 nye, %3 endret, %4 slettet, %5 konflikter (se sammenslåingsloggen).</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="253"/>
        <source>%1 not merged.</source>
        <translation>%1 ble ikke slått sammen.</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="357"/>
        <source>Add %1 to a group</source>
        <translation>Legg %1 i en gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="367"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="368"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="369"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>LateStartDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/runner_dialogs.py" line="18"/>
        <source>Correct the start time</source>
        <translation>Rett starttidspunktet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_dialogs.py" line="22"/>
        <source>The step started at</source>
        <translation>Steget startet kl.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="89"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="90"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="91"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="92"/>
        <source>Støttemal</source>
        <translation>Støttemal</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="93"/>
        <source>Run an økt</source>
        <translation>Gjennomføring</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="94"/>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="95"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="96"/>
        <source>Program wall</source>
        <translation>Programvegg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="97"/>
        <source>Inputs</source>
        <translation>Innspill</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="144"/>
        <source>&amp;New arena file…</source>
        <translation>&amp;Ny arenafil …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="149"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="152"/>
        <source>Connect to a database on a &amp;server…</source>
        <translation>Koble til database på &amp;server…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="154"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Nylig brukte filer</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="162"/>
        <source>Save a &amp;copy as…</source>
        <translation>Lagre en &amp;kopi som …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="167"/>
        <source>Restore from &amp;backup…</source>
        <translation>Gjenopprett fra &amp;sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="170"/>
        <source>Export &amp;anonymised copy…</source>
        <translation>Eksporter &amp;anonymisert kopi…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="180"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="191"/>
        <source>&amp;About ArenaDesk</source>
        <translation>&amp;Om ArenaDesk</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="211"/>
        <source>No other files yet</source>
        <translation>Ingen andre filer ennå</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="262"/>
        <source>Anonymised copy saved: %1</source>
        <translation>Anonymisert kopi lagret: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/main_window.py" line="379"/>
        <source>Data file: %1</source>
        <translation>Datafil: %1</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="329"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="330"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="47"/>
        <source>Merge log</source>
        <translation>Sammenslåingslogg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="51"/>
        <source>When two laptops changed the same thing, the newest change was kept and the other is listed here. Restore makes the chosen version current again.</source>
        <translation>Når to maskiner endret det samme, ble den nyeste endringen beholdt, og den andre står her. Gjenopprett gjør den valgte versjonen gjeldende igjen.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="56"/>
        <source>Also show ordinary older versions</source>
        <translation>Vis også vanlige eldre versjoner</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="61"/>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="62"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="63"/>
        <source>Which</source>
        <translation>Hvilken</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="64"/>
        <source>Lost version from</source>
        <translation>Tapt versjon fra</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="65"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="66"/>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="91"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="114"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="115"/>
        <source>Older version</source>
        <translation>Eldre versjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="116"/>
        <source>Replaced by a restore</source>
        <translation>Erstattet ved gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="128"/>
        <source> (deleted)</source>
        <translation> (slettet)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="140"/>
        <source>No conflicts so far.</source>
        <translation>Ingen konflikter så langt.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="152"/>
        <source>Field: lost version → current version</source>
        <translation>Felt: tapt versjon → gjeldende versjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="163"/>
        <source>The two versions have the same content.</source>
        <translation>De to versjonene har samme innhold.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_log.py" line="178"/>
        <source>Restored: %1</source>
        <translation>Gjenopprettet: %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="270"/>
        <source>Move “%1”</source>
        <translation>Flytt «%1»</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="272"/>
        <source>Not on the wall (the pile)</source>
        <translation>Ikke på veggen (bunken)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="280"/>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="281"/>
        <source>Space</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="300"/>
        <source>swaps with “%1”</source>
        <translation>bytter plass med «%1»</translation>
    </message>
</context>
<context>
    <name>NewArenaDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="38"/>
        <source>New arena</source>
        <translation>Ny arena</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="41"/>
        <source>for example Åpen arena 2027</source>
        <translation>for eksempel Åpen arena 2027</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="50"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="52"/>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="53"/>
        <source>Day 1</source>
        <translation>Dag 1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="54"/>
        <source>Day 2</source>
        <translation>Dag 2</translation>
    </message>
</context>
<context>
    <name>NewTopicDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="237"/>
        <source>New topic</source>
        <translation>Nytt emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="242"/>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="245"/>
        <source>Not on the wall yet</source>
        <translation>Ikke på veggen ennå</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="260"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="262"/>
        <source>Convener</source>
        <translation>Innkaller</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="264"/>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="265"/>
        <source>Space</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="271"/>
        <source>Add topic</source>
        <translation>Legg til emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="301"/>
        <source>«%1» is already in this place. Both are kept, and the wall shows them as a clash until one is moved.</source>
        <translation>«%1» står allerede på denne plassen. Begge beholdes, og veggen viser dem som en kollisjon til ett av dem flyttes.</translation>
    </message>
</context>
<context>
    <name>OpenSpaceProjector</name>
    <message>
        <location filename="../../src/arenadesk/ui/open_space_projector.py" line="81"/>
        <source>ArenaDesk – Open Space on the projector</source>
        <translation>ArenaDesk – Open Space på projektor</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="238"/>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="239"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="240"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="241"/>
        <source>Filter groups</source>
        <translation>Filtrer grupper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="242"/>
        <source>The whole arena&apos;s mix of perspectives</source>
        <translation>Perspektiver i hele arenaen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="253"/>
        <source>Challenge groups (%1) · %2 participants</source>
        <translation>Utfordringsgrupper (%1) · %2 deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="291"/>
        <source>Delete group %1 “%2”? Its %3 members stay in the arena&apos;s list of participants.</source>
        <translation>Slette gruppe %1 «%2»? De %3 deltakerne blir værende på arenaens deltakerliste.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/overview_screen.py" line="297"/>
        <source>Delete group</source>
        <translation>Slett gruppe</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="73"/>
        <source>Type a name or organisation; Enter adds</source>
        <translation>Skriv navn eller organisasjon; Enter legger til</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="93"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="108"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="153"/>
        <source>Number of participants: %1</source>
        <translation>Antall deltakere: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="170"/>
        <source>… %1 more: type more of the name</source>
        <translation>… %1 til: skriv mer av navnet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="177"/>
        <source>Add «%1» as a new participant</source>
        <translation>Legg til «%1» som ny deltaker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_participants.py" line="229"/>
        <source>New participant «%1», organisation:</source>
        <translation>Ny deltaker «%1», organisasjon:</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="42"/>
        <source>Search name, job title, organisation or group</source>
        <translation>Søk på navn, stilling, organisasjon eller gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="45"/>
        <source>All perspectives</source>
        <translation>Alle perspektiver</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="66"/>
        <source>New participant…</source>
        <translation>Ny deltaker …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="68"/>
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="70"/>
        <source>Add to group…</source>
        <translation>Legg i gruppe …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="72"/>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="174"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="74"/>
        <source>Erase personal data…</source>
        <translation>Slett personopplysninger…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="76"/>
        <source>Remove everything about this person from the file, for good</source>
        <translation>Fjern alt om denne personen fra filen, for godt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="104"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="105"/>
        <source>Not in a group</source>
        <translation>Uten gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="130"/>
        <source>%1 of %2 participants</source>
        <translation>%1 av %2 deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="172"/>
        <source>Delete %1 from the arena? They are also removed from their groups.</source>
        <translation>Slette %1 fra arenaen? Personen fjernes også fra gruppene sine.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="174"/>
        <source>Delete participant</source>
        <translation>Slett deltaker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="184"/>
        <source>Erase all personal data about %1?

Their name, job title and organisation are blanked, they are removed from their groups, and their name is replaced by [slettet] in reports, next steps and notes. Automatic backups that still hold their name are deleted. When this file is merged, the organiser&apos;s file forgets them too.

This cannot be undone.</source>
        <translation>Slette alle personopplysninger om %1?

Navn, stilling og organisasjon blankes ut, personen fjernes fra gruppene sine, og navnet erstattes med [slettet] i rapporter, neste skritt og lapper. Automatiske sikkerhetskopier som fortsatt inneholder navnet, slettes. Når denne filen slås sammen, glemmer også arrangørens fil personen.

Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="190"/>
        <source>Erase personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/people_screen.py" line="190"/>
        <source>Erase for good</source>
        <translation>Slett for godt</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="162"/>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="164"/>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="186"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="187"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="188"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="189"/>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="194"/>
        <source>(no group yet)</source>
        <translation>(ingen gruppe ennå)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="197"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="198"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/dialogs.py" line="199"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="144"/>
        <source>Duplicate…</source>
        <translation>Dupliser …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="146"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="148"/>
        <source>Import…</source>
        <translation>Importer …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="151"/>
        <source>Template or plan</source>
        <translation>Mal eller plan</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="166"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="168"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="179"/>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="347"/>
        <source>New step</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="181"/>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="359"/>
        <source>Delete step</source>
        <translation>Slett steg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="184"/>
        <source>Move up (Alt+Up)</source>
        <translation>Flytt opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="187"/>
        <source>Move down (Alt+Down)</source>
        <translation>Flytt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="228"/>
        <source>Template: %1</source>
        <translation>Mal: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="232"/>
        <source>Plan of group %1 %2</source>
        <translation>Plan for gruppe %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="271"/>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="304"/>
        <source>%1–%2, %3 min planned</source>
        <translation>%1–%2, %3 min planlagt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="358"/>
        <source>Delete the step “%1”?</source>
        <translation>Slette steget «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="359"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="393"/>
        <source>Copy of %1</source>
        <translation>Kopi av %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="403"/>
        <source>Export template</source>
        <translation>Eksporter mal</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="405"/>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="415"/>
        <source>Støttemal (*.json)</source>
        <translation>Støttemal (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="415"/>
        <source>Import template</source>
        <translation>Importer mal</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/arenadesk/ui/projector.py" line="31"/>
        <source>ArenaDesk – projector</source>
        <translation>ArenaDesk – projektor</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/projector.py" line="110"/>
        <source>The økt is finished</source>
        <translation>Økta er ferdig</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/projector.py" line="110"/>
        <source>Thank you!</source>
        <translation>Takk for innsatsen!</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/projector.py" line="116"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/projector.py" line="112"/>
        <source>End of the økt</source>
        <translation>Slutt på økta</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/projector.py" line="117"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="55"/>
        <source>Describe the problem</source>
        <translation>Beskriv problemet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="56"/>
        <source>Result (from the group&apos;s work)</source>
        <translation>Resultat (fra gruppas arbeid)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="57"/>
        <source>Making the result concrete</source>
        <translation>Konkretisering av resultatet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="60"/>
        <source>Desired use of the website (optional)</source>
        <translation>Ønsket bruk av nettplassen (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="61"/>
        <source>Comments from the group</source>
        <translation>Kommentarer fra gruppa</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="120"/>
        <source>Suggestions from the boards…</source>
        <translation>Forslag fra tavlene …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="122"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="124"/>
        <source>Save as Word…</source>
        <translation>Lagre som Word …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="126"/>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="130"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="147"/>
        <source>Participants and their roles in the group</source>
        <translation>Deltakere og aktørroller i gruppa</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="151"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="152"/>
        <source>Job title or role</source>
        <translation>Stilling eller rolle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="153"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="154"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="164"/>
        <source>Edit the members on the Groups screen.</source>
        <translation>Deltakerne endres under Grupper.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="170"/>
        <source>Further work on the challenge (next steps)</source>
        <translation>Videre arbeid med utfordringen (neste skritt)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="178"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="179"/>
        <source>Called by</source>
        <translation>Innkalles av</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="185"/>
        <source>Self-evaluation</source>
        <translation>Egenevaluering</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="279"/>
        <source>participants</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="280"/>
        <source>the problem</source>
        <translation>problemet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="281"/>
        <source>the result</source>
        <translation>resultatet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="282"/>
        <source>making it concrete</source>
        <translation>konkretiseringen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="283"/>
        <source>next steps</source>
        <translation>neste skritt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="284"/>
        <source>comments</source>
        <translation>kommentarer</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="285"/>
        <source>self-evaluation</source>
        <translation>egenevalueringen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="292"/>
        <source>Still empty: %1</source>
        <translation>Ikke fylt ut ennå: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="296"/>
        <source>Every section is filled in.</source>
        <translation>Alle delene er fylt ut.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="338"/>
        <source>Save the report</source>
        <translation>Lagre rapporten</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="349"/>
        <source>Saved: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Lagret: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="375"/>
        <source>the default printer</source>
        <translation>standardskriveren</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="386"/>
        <source>Sent to %1.</source>
        <translation>Sendt til %1.</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="67"/>
        <source>Projector (F5)</source>
        <translation>Projektor (F5)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="75"/>
        <source>The screen the projector view opens on</source>
        <translation>Skjermen projektorvisningen åpnes på</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="76"/>
        <source>Start over…</source>
        <translation>Start på nytt …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="79"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="81"/>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="90"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="90"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="90"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="90"/>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="102"/>
        <source>Open the report</source>
        <translation>Åpne rapporten</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="140"/>
        <source>Shortcut: %1</source>
        <translation>Hurtigtast: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="167"/>
        <source>Keys: Space start/pause · N next · B back · + / − one minute · 5 five minutes · L started at · M sound · F5 projector</source>
        <translation>Taster: Mellomrom start/pause · N neste · B tilbake · + / − ett minutt · 5 fem minutter · L startet kl. · M lyd · F5 projektor</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="194"/>
        <source>◀ Back</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="195"/>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="365"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="196"/>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="197"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="198"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="199"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="200"/>
        <source>Started at…</source>
        <translation>Startet kl. …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="201"/>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="234"/>
        <source>Økt %1 · day %2 · %3–%4  %5</source>
        <translation>Økt %1 · dag %2 · %3–%4  %5</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="293"/>
        <source>The økt is finished: planned %1 min, actual %2 min.</source>
        <translation>Økta er ferdig: planlagt %1 min, faktisk %2 min.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="309"/>
        <source>The computer slept for %1 min. The timer kept real time while it slept.</source>
        <translation>Maskinen sov i %1 min. Tidtakeren fulgte klokka mens den sov.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="318"/>
        <source>Choose a group and an økt</source>
        <translation>Velg gruppe og økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="334"/>
        <source>The økt is finished</source>
        <translation>Økta er ferdig</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="341"/>
        <source>Tips: %1</source>
        <translation>Tips: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="348"/>
        <source>End of the økt</source>
        <translation>Slutt på økta</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="349"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="352"/>
        <source>on plan</source>
        <translation>etter planen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="354"/>
        <source>%1 min after plan</source>
        <translation>%1 min etter plan</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="356"/>
        <source>%1 min ahead of plan</source>
        <translation>%1 min før plan</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="360"/>
        <source>Finished about %1, %2</source>
        <translation>Ferdig ca. %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="366"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="367"/>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="368"/>
        <source>Finished</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="372"/>
        <source>Sound on</source>
        <translation>Lyd på</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="372"/>
        <source>Sound off</source>
        <translation>Lyd av</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="417"/>
        <source>Start the økt over</source>
        <translation>Start økta på nytt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="419"/>
        <source>Start this økt over from its first step? The times recorded so far are kept in the file&apos;s history but no longer shown.</source>
        <translation>Starte økta på nytt fra første steg? Tidene som er registrert så langt, blir liggende i filens historikk, men vises ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/runner_screen.py" line="422"/>
        <source>Start over</source>
        <translation>Start på nytt</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationEditor</name>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="35"/>
        <source>We have new tools and know other ways of working</source>
        <translation>Vi har fått nye verktøy og kjennskap til andre måter å jobbe på</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="38"/>
        <source>Those who will act are sitting at the table</source>
        <translation>De som skal gjøre noe, sitter rundt bordet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="41"/>
        <source>The process has given energy and working power</source>
        <translation>Prosessen har gitt energi og arbeidskraft</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="44"/>
        <source>Concrete, realistic action plans make it possible to start</source>
        <translation>Konkrete og realistiske handlingsplaner gjør det mulig å sette i gang</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="47"/>
        <source>The result feeds into existing decision processes</source>
        <translation>Resultatet er et bidrag inn i eksisterende beslutningsprosesser</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="50"/>
        <source>Ownership of the challenge is stronger</source>
        <translation>Eierforholdet til utfordringen er styrket</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="55"/>
        <source>very weak</source>
        <translation>svært liten</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="56"/>
        <source>weak</source>
        <translation>liten</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="57"/>
        <source>moderate</source>
        <translation>middels</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="58"/>
        <source>strong</source>
        <translation>stor</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="59"/>
        <source>very strong</source>
        <translation>svært stor</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="191"/>
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="209"/>
        <source>Concrete results achieved</source>
        <translation>Konkrete resultater oppnådd</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="211"/>
        <source>Implementation strength (gjennomføringskraft)</source>
        <translation>Gjennomføringskraft</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="213"/>
        <source>Why? Tick what fits, and add your own words:</source>
        <translation>Hvorfor? Kryss av for det som passer, og skriv med egne ord:</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_sections.py" line="216"/>
        <source>Tips and comments to the organisers</source>
        <translation>Tips og kommentarer til arrangørene</translation>
    </message>
</context>
<context>
    <name>SendPackageDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="40"/>
        <source>Export setup file</source>
        <translation>Eksporter oppsettfil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="40"/>
        <source>Send to organiser</source>
        <translation>Send til arrangør</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="44"/>
        <source>The setup file holds the arena, its groups, participants and støttemal. Give it to each facilitator; they open it with File → Import setup file.</source>
        <translation>Oppsettfilen inneholder arenaen, gruppene, deltakerne og støttemalen. Gi den til hver fasilitator; de åpner den med Fil → Importer oppsettfil.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="49"/>
        <source>Your work is saved as one file for the organiser, for example on a USB stick. Your own file stays as it is, and you can keep working.</source>
        <translation>Arbeidet ditt lagres som én fil til arrangøren, for eksempel på en minnepinne. Din egen fil forblir som den er, og du kan arbeide videre.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="58"/>
        <source>USB stick or memory card: %1</source>
        <translation>Minnepinne eller minnekort: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="59"/>
        <source>Documents: %1</source>
        <translation>Dokumenter: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="61"/>
        <source>Choose another folder…</source>
        <translation>Velg en annen mappe …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="71"/>
        <source>Save setup file</source>
        <translation>Lagre oppsettfil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="71"/>
        <source>Save package</source>
        <translation>Lagre pakke</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="80"/>
        <source>Save in:</source>
        <translation>Lagre i:</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="96"/>
        <source>Choose a folder</source>
        <translation>Velg en mappe</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="99"/>
        <source>Chosen folder: %1</source>
        <translation>Valgt mappe: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_send.py" line="117"/>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="47"/>
        <source>Connect to a database on a server</source>
        <translation>Koble til database på server</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="50"/>
        <source>An organiser&apos;s master database on a PostgreSQL server. An empty database is set up for ArenaDesk the first time.</source>
        <translation>Arrangørens hoveddatabase på en PostgreSQL-server. En tom database gjøres klar for ArenaDesk første gang.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="56"/>
        <source>for example arena.example.no</source>
        <translation>for eksempel arena.eksempel.no</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="75"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="76"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="77"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="78"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="79"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="80"/>
        <source>Or the whole address</source>
        <translation>Eller hele adressen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="83"/>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/server_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="77"/>
        <source>Lay out the program wall</source>
        <translation>Lag programveggen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="88"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="92"/>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="92"/>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="92"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="100"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="101"/>
        <source>Økter per day</source>
        <translation>Økter per dag</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="102"/>
        <source>Number of spaces</source>
        <translation>Antall rom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="103"/>
        <source>Names of the spaces</source>
        <translation>Navn på rommene</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="109"/>
        <source>The wall is a grid: the økter of each day down, the spaces (rooms, circles) across. You can add and remove økter and spaces later.</source>
        <translation>Veggen er et rutenett: hver dags økter nedover, rommene (rom, sirkler) bortover. Du kan legge til og fjerne økter og rom senere.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="116"/>
        <source>Times of the økter</source>
        <translation>Tidene for øktene</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="140"/>
        <source>The wall can have at most %1 økter.</source>
        <translation>Veggen kan ha høyst %1 økter.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="152"/>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="199"/>
        <source>The økt has set times</source>
        <translation>Økta har faste tider</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="210"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="212"/>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="213"/>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="71"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="76"/>
        <source>(no board)</source>
        <translation>(ingen tavle)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="88"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="90"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="91"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="92"/>
        <source>Question for the group</source>
        <translation>Spørsmål til gruppa</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="93"/>
        <source>Facilitator tips</source>
        <translation>Fasilitatortips</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/plan_screen.py" line="94"/>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="70"/>
        <source>Suggestions from the boards</source>
        <translation>Forslag fra tavlene</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="75"/>
        <source>These notes from the group&apos;s boards can be added. Nothing you have typed is changed; what is already there is not added again.</source>
        <translation>Disse lappene fra gruppas tavler kan legges til. Ingenting du har skrevet, blir endret, og det som allerede står der, legges ikke til igjen.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="82"/>
        <source>Problem (from the challenges and barriers)</source>
        <translation>Problemet (fra utfordringene og hindringene)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="83"/>
        <source>Result (from the goal and the vision)</source>
        <translation>Resultatet (fra målet og visjonen)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/report_screen.py" line="84"/>
        <source>Next steps (from the road and the measures)</source>
        <translation>Neste skritt (fra veien dit og tiltakene)</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="238"/>
        <source>Edit the topic</source>
        <translation>Endre emnet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="249"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="250"/>
        <source>Convener</source>
        <translation>Innkaller</translation>
    </message>
</context>
<context>
    <name>TopicList</name>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="61"/>
        <source>Find a topic: number, title or convener</source>
        <translation>Finn emne: nummer, tittel eller innkaller</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="77"/>
        <source>New topic…</source>
        <translation>Nytt emne…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="95"/>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="99"/>
        <source>Not on the wall</source>
        <translation>Ikke på veggen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/conversation_topics.py" line="125"/>
        <source>%1 of %2 topics documented</source>
        <translation>%1 av %2 emner dokumentert</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="349"/>
        <source>full</source>
        <translation>fullt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_dialogs.py" line="351"/>
        <source>%1 free</source>
        <translation>%1 ledige</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="61"/>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="62"/>
        <source>day %1</source>
        <translation>dag %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="73"/>
        <source>Convener: %1</source>
        <translation>Innkaller: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="77"/>
        <source>The conversation is documented.</source>
        <translation>Samtalen er dokumentert.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="254"/>
        <source>two</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="255"/>
        <source>three</source>
        <translation>tre</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="256"/>
        <source>four</source>
        <translation>fire</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="263"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="267"/>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="280"/>
        <source>%1 convenes %2 topics in økt %3: %4</source>
        <translation>%1 innkaller %2 emner i økt %3: %4</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_model.py" line="284"/>
        <source>%2 topics are in %1 in økt %3: move one of them (%4)</source>
        <translation>%2 emner står i %1 i økt %3: flytt ett av dem (%4)</translation>
    </message>
</context>
<context>
    <name>WallProjectorWindow</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_projector.py" line="92"/>
        <source>ArenaDesk – program wall</source>
        <translation>ArenaDesk – programveggen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_projector.py" line="186"/>
        <source>The program wall is empty</source>
        <translation>Programveggen er tom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_projector.py" line="195"/>
        <source>%1 of %2 · ← → or PageUp/PageDown: another økt · Esc: leave full screen</source>
        <translation>%1 av %2 · ← → eller PageUp/PageDown: en annen økt · Esc: ut av fullskjerm</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="59"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="61"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="67"/>
        <source>Økter and spaces</source>
        <translation>Økter og rom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="71"/>
        <source>Print the wall (A3, PDF)…</source>
        <translation>Skriv ut programveggen (A3, PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="74"/>
        <source>Schedule per space (PDF)…</source>
        <translation>Timeplan per rom (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="77"/>
        <source>Show on the projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="90"/>
        <source>Topic as it is announced</source>
        <translation>Emnet slik det blir lest opp</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="92"/>
        <source>Convener</source>
        <translation>Innkaller</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="99"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="147"/>
        <source>Enter adds the topic to the next free space of the økt · drag a card to move it, onto another to swap · Alt+arrow keys move the chosen card · F2 edit · Ctrl+M move to… · Delete · right-click for more</source>
        <translation>Enter legger emnet i neste ledige rom i økta · dra et kort for å flytte det, over et annet for å bytte plass · Alt+piltaster flytter det valgte kortet · F2 endre · Ctrl+M flytt til… · Delete · høyreklikk for mer</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="164"/>
        <source>Lay out the program wall…</source>
        <translation>Lag programveggen…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="171"/>
        <source>The program wall is empty. Lay it out first: the days, the økter of each day with their times, and the spaces where conversations meet.</source>
        <translation>Programveggen er tom. Lag den først: dagene, øktene hver dag med tidene sine, og rommene der samtalene møtes.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="206"/>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="379"/>
        <source>Edit…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="207"/>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="382"/>
        <source>Move to…</source>
        <translation>Flytt til…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="208"/>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="393"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="209"/>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="389"/>
        <source>Document this conversation</source>
        <translation>Dokumenter denne samtalen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="246"/>
        <source>Not on the wall yet: %1</source>
        <translation>Ikke på veggen ennå: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="300"/>
        <source>Add a topic</source>
        <translation>Legg til et emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="305"/>
        <source>“%1” is %2, in %3.</source>
        <translation>«%1» er %2, i %3.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="314"/>
        <source>Every space of the økt is taken: “%1” waits beside the wall.</source>
        <translation>Alle rommene i økta er tatt: «%1» venter ved siden av veggen.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="333"/>
        <source>Move a topic</source>
        <translation>Flytt et emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="358"/>
        <source>Edit a topic</source>
        <translation>Endre et emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="366"/>
        <source>Delete a topic</source>
        <translation>Slett et emne</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="370"/>
        <source>“%1” was deleted. Ctrl+Z brings it back.</source>
        <translation>«%1» ble slettet. Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_screen.py" line="386"/>
        <source>Take off the wall</source>
        <translation>Ta av veggen</translation>
    </message>
</context>
<context>
    <name>WallSetUp</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="34"/>
        <source>Add an økt…</source>
        <translation>Legg til en økt…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="35"/>
        <source>Change an økt&apos;s day and times…</source>
        <translation>Endre dag og tider for en økt…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="36"/>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="126"/>
        <source>Remove the last økt</source>
        <translation>Fjern den siste økta</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="37"/>
        <source>Add a space</source>
        <translation>Legg til et rom</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="38"/>
        <source>Rename a space…</source>
        <translation>Gi et rom nytt navn…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="39"/>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="169"/>
        <source>Remove the last space</source>
        <translation>Fjern det siste rommet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="83"/>
        <source>Add an økt</source>
        <translation>Legg til en økt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="100"/>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="112"/>
        <source>Its %1 topics go beside the wall (nothing is deleted).</source>
        <translation>De %1 emnene der legges ved siden av veggen (ingenting slettes).</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="115"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="149"/>
        <source>Space %1</source>
        <translation>Rom %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_setup.py" line="150"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="88"/>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="89"/>
        <source>Welcome to ArenaDesk</source>
        <translation>Velkommen til ArenaDesk</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="93"/>
        <source>ArenaDesk helps you plan and run the group sessions of an Åpen arena and write the group&apos;s report, all without internet.

This file has no arena yet. Start with the demo arena to look around (seven groups and 70 invented participants), or create your own arena.</source>
        <translation>ArenaDesk hjelper deg å planlegge og lede gruppeøktene på en Åpen arena og å skrive gruppas rapport – helt uten internett.

Denne filen har ingen arena ennå. Start med demoarenaen for å se deg rundt (sju grupper og 70 oppdiktede deltakere), eller lag din egen arena.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="100"/>
        <source>Data file: %1</source>
        <translation>Datafil: %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="104"/>
        <source>Open the demo arena</source>
        <translation>Åpne demoarenaen</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="107"/>
        <source>Create a new arena…</source>
        <translation>Lag en ny arena …</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/start_dialogs.py" line="109"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>ZoneTable</name>
    <message>
        <location filename="../../src/arenadesk/ui/board_table.py" line="70"/>
        <source>Zone</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/board_table.py" line="72"/>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../src/arenadesk/ui/arena_export.py" line="184"/>
        <location filename="../../src/arenadesk/ui/forms.py" line="96"/>
        <location filename="../../src/arenadesk/ui/forms.py" line="115"/>
        <location filename="../../src/arenadesk/ui/sync_setup.py" line="27"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/forms.py" line="97"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/forms.py" line="98"/>
        <location filename="../../src/arenadesk/ui/forms.py" line="129"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/forms.py" line="99"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/forms.py" line="100"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/forms.py" line="101"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../src/arenadesk/ui/backup_dialog.py" line="168"/>
        <location filename="../../src/arenadesk/ui/file_actions.py" line="22"/>
        <source>ArenaDesk files (*.sqlite);;All files (*)</source>
        <translation>ArenaDesk-filer (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/file_actions.py" line="54"/>
        <source>Open arena file</source>
        <translation>Åpne arenafil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/file_actions.py" line="62"/>
        <source>New arena file</source>
        <translation>Ny arenafil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/file_actions.py" line="98"/>
        <source>Save a copy as</source>
        <translation>Lagre en kopi som</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_import.py" line="124"/>
        <source>ArenaDesk packages (%1);;All files (*)</source>
        <translation>ArenaDesk-pakker (%1);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/arenadesk/ui/print_dialog.py" line="31"/>
        <source>Print the report</source>
        <translation>Skriv ut rapporten</translation>
    </message>
</context>
<context>
    <name>self.screen</name>
    <message>
        <location filename="../../src/arenadesk/ui/wall_output.py" line="46"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/wall_output.py" line="67"/>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../src/arenadesk/ui/sync_menu.py" line="24"/>
        <source>Send to &amp;organiser…</source>
        <translation>Send til &amp;arrangør…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_menu.py" line="30"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importer pakker…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_menu.py" line="36"/>
        <source>&amp;Merge log</source>
        <translation>Sa&amp;mmenslåingslogg</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_menu.py" line="42"/>
        <source>Export &amp;setup file…</source>
        <translation>Eksporter &amp;oppsettfil…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_menu.py" line="48"/>
        <source>Import setup &amp;file…</source>
        <translation>Importer oppsett&amp;fil…</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_setup.py" line="34"/>
        <source>Import setup file</source>
        <translation>Importer oppsettfil</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_setup.py" line="36"/>
        <source>ArenaDesk setup files (*%1);;All files (*)</source>
        <translation>ArenaDesk-oppsettfiler (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_setup.py" line="57"/>
        <source>The setup file was taken in: %1 new, %2 changed, %3 deleted. Your own newer changes were kept; %4 conflicts are in the merge log.</source>
        <translation>Oppsettfilen er tatt inn: %1 nye, %2 endret, %3 slettet. Dine egne nyere endringer er beholdt; %4 konflikter ligger i sammenslåingsloggen.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/sync_setup.py" line="70"/>
        <source>You now work in your own copy of the setup file: %1. The setup file itself is not changed, so it can stay on the USB stick.</source>
        <translation>Du arbeider nå i din egen kopi av oppsettfilen: %1. Selve oppsettfilen er ikke endret, så den kan bli liggende på minnepinnen.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="86"/>
        <source>The arena&apos;s principle: at most 70 % of a group from one perspective, so that users, service providers, researchers, authorities and employers meet.</source>
        <translation>Arenaens prinsipp: høyst 70 % av en gruppe fra ett perspektiv, slik at brukere, tjenesteytere, forskere, myndigheter og arbeidsgivere møtes.</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="98"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="99"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="101"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="104"/>
        <source>Facilitators</source>
        <translation>Fasilitatorer</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="105"/>
        <source>Members</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="106"/>
        <source>Diversity</source>
        <translation>Mangfold</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="129"/>
        <location filename="../../src/arenadesk/ui/table_models.py" line="152"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="130"/>
        <location filename="../../src/arenadesk/ui/table_models.py" line="154"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="131"/>
        <location filename="../../src/arenadesk/ui/table_models.py" line="155"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="133"/>
        <location filename="../../src/arenadesk/ui/table_models.py" line="157"/>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="137"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="153"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/table_models.py" line="161"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="14"/>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="15"/>
        <source>service provider</source>
        <translation>tjenesteyter</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="16"/>
        <source>researcher</source>
        <translation>forsker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="17"/>
        <source>authority</source>
        <translation>myndighet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="18"/>
        <source>employer</source>
        <translation>arbeidsgiver</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="19"/>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="26"/>
        <source>facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="27"/>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="28"/>
        <source>participant</source>
        <translation>deltaker</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="29"/>
        <source>resource person</source>
        <translation>ressursperson</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="36"/>
        <source>Facilitated groups</source>
        <translation>Fasiliterte grupper</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="37"/>
        <source>Open Space</source>
        <translation>Open Space</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="38"/>
        <source>Facilitated groups and Open Space</source>
        <translation>Fasiliterte grupper og Open Space</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="50"/>
        <source>Both days</source>
        <translation>Begge dager</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="52"/>
        <source>All days</source>
        <translation>Alle dager</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="54"/>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../src/arenadesk/ui/texts.py" line="55"/>
        <source>Days %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
</TS>
