<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Program wall</source>
        <translation>Programvegg</translation>
    </message>
    <message>
        <source>Schedule per space</source>
        <translation>Timeplan per rom</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ArenaDesk</source>
        <translation>Om ArenaDesk</translation>
    </message>
    <message>
        <source>Offline tool for facilitators and organisers of Åpen arena: plan and run the group sessions, fill the visual templates and write the group reports.</source>
        <translation>Verktøy uten nett for fasilitatorer og arrangører av Åpen arena: planlegg og led gruppeøktene, fyll ut de visuelle malene og skriv gruppenes rapporter.</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datafil</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne maskinen</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Laget med</translation>
    </message>
    <message>
        <source>Fonts: DejaVu (free licence). Icons: Material Design Icons via QtAwesome.</source>
        <translation>Skrift: DejaVu (fri lisens). Ikoner: Material Design Icons via QtAwesome.</translation>
    </message>
</context>
<context>
    <name>ActionItemsEditor</name>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Hvem har ansvar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Nytt neste skritt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nytt skritt</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Add people to %1</source>
        <translation>Legg deltakere til %1</translation>
    </message>
    <message>
        <source>Search name or organisation</source>
        <translation>Søk på navn eller organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Hva vil du gjøre?</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Åpne en annen fil …</translation>
    </message>
    <message>
        <source>Create a new file…</source>
        <translation>Lag en ny fil …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>ArenaDetailsForm</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Legg til en dag</translation>
    </message>
    <message>
        <source>Remove the last day</source>
        <translation>Fjern siste dag</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>ArenaExport</name>
    <message>
        <source>&amp;Arena report…</source>
        <translation>&amp;Arenarapport…</translation>
    </message>
    <message>
        <source>Export &amp;spreadsheet…</source>
        <translation>Eksporter &amp;regneark…</translation>
    </message>
    <message>
        <source>Export &amp;inputs and working reports…</source>
        <translation>Eksporter &amp;innspill og arbeidsrapporter…</translation>
    </message>
    <message>
        <source>Save the arena report</source>
        <translation>Lagre arenarapporten</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Leser rapportene …</translation>
    </message>
    <message>
        <source>Writing the arena report…</source>
        <translation>Skriver arenarapporten …</translation>
    </message>
    <message>
        <source>The arena report was saved:</source>
        <translation>Arenarapporten er lagret:</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Eksporter regneark</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>CSV, one file per table</source>
        <translation>CSV, én fil per tabell</translation>
    </message>
    <message>
        <source>The spreadsheet was saved:</source>
        <translation>Regnearket er lagret:</translation>
    </message>
    <message>
        <source>Export inputs and working reports</source>
        <translation>Eksporter innspill og arbeidsrapporter</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The inputs and working reports were saved:</source>
        <translation>Innspillene og arbeidsrapportene er lagret:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>ArenaDesk keeps a backup of this file when it is opened and every ten minutes while you work (the last ten, and one for each day before). Restoring replaces the file&apos;s content with the backup&apos;s; what the file holds now is kept as a backup first.</source>
        <translation>ArenaDesk tar en sikkerhetskopi av denne filen når den åpnes, og hvert tiende minutt mens du arbeider (de ti siste, og én for hver dag før det). Å gjenopprette erstatter innholdet i filen med sikkerhetskopiens; det filen inneholder nå, tas vare på som en sikkerhetskopi først.</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Det finnes ingen sikkerhetskopier av denne filen ennå.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <source>Reports filled</source>
        <translation>Rapporter utfylt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>(kept before a restore)</source>
        <translation>(tatt vare på før en gjenoppretting)</translation>
    </message>
    <message>
        <source>Replace the file&apos;s content with the backup from %1? What the file holds now is kept as a backup first, so this can be undone here.</source>
        <translation>Erstatte innholdet i filen med sikkerhetskopien fra %1? Det filen inneholder nå, tas vare på som en sikkerhetskopi først, så dette kan angres her.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Gjenoppretter sikkerhetskopien …</translation>
    </message>
    <message>
        <source>Export anonymised copy</source>
        <translation>Eksporter anonymisert kopi</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Board settings</source>
        <translation>Tavlens navn, økt og steg</translation>
    </message>
    <message>
        <source>No økt</source>
        <translation>Ingen økt</translation>
    </message>
    <message>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>No particular step</source>
        <translation>Ikke knyttet til et steg</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <source>Add note</source>
        <translation>Legg til lapp</translation>
    </message>
    <message>
        <source>Duplicate notes</source>
        <translation>Dupliser lapper</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Slett lapper</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Endre lapp</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Endre farge</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <source>Move note to another zone</source>
        <translation>Flytt lapp til et annet felt</translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Endre tekst</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Bilde (PNG) …</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Tegning (SVG) …</translation>
    </message>
    <message>
        <source>PDF with table…</source>
        <translation>PDF med tabell …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>Kopier bilde</translation>
    </message>
</context>
<context>
    <name>BoardsScreen</name>
    <message>
        <source>New board…</source>
        <translation>Ny tavle …</translation>
    </message>
    <message>
        <source>Name, økt and step…</source>
        <translation>Navn, økt og steg …</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Skriv en lapp og trykk Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Enter adds the note · Tab / Shift+Tab: next or previous zone · 1–9 on an empty line, or Alt+1–9: choose a zone · double-click a note to edit it</source>
        <translation>Enter legger til lappen · Tab / Shift+Tab: neste eller forrige felt · 1–9 på tom linje, eller Alt+1–9: velg felt · dobbeltklikk på en lapp for å endre den</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n lapp</numerusform>
            <numerusform>%n lapper</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Make a board first</source>
        <translation>Lag en tavle først</translation>
    </message>
    <message>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <source>The template “%1” is not on this computer; the notes are shown in plain columns.</source>
        <translation>Malen «%1» finnes ikke på denne maskinen; lappene vises i enkle kolonner.</translation>
    </message>
    <message>
        <source>Delete the board “%1” and its notes?</source>
        <translation>Slette tavlen «%1» og lappene på den?</translation>
    </message>
    <message>
        <source>Note for “%1”: %2 — Enter adds it</source>
        <translation>Lapp til «%1»: %2 – Enter legger den til</translation>
    </message>
    <message>
        <source>Select the notes to colour first.</source>
        <translation>Velg lappene som skal få farge, først.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>The board is on the clipboard as a picture.</source>
        <translation>Tavlen er kopiert som bilde.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export board</source>
        <translation>Eksporter tavle</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Check-in</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Type part of a name or organisation and press Enter</source>
        <translation>Skriv en del av et navn eller en organisasjon og trykk Enter</translation>
    </message>
    <message>
        <source>Late registration…</source>
        <translation>Ny påmelding på stedet …</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Angre siste oppmøte</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Present per group</source>
        <translation>Til stede per gruppe</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n present</source>
        <translation>
            <numerusform>%1 av %n til stede</numerusform>
            <numerusform>%1 av %n til stede</numerusform>
        </translation>
    </message>
    <message>
        <source>no group</source>
        <translation>ingen gruppe</translation>
    </message>
    <message>
        <source>Nobody matches. Add a late registration?</source>
        <translation>Ingen treff. Legge til en ny påmelding?</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 er registrert som til stede.</translation>
    </message>
    <message>
        <source>The last check-in was taken back.</source>
        <translation>Siste registrering av oppmøte er angret.</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <source>New group…</source>
        <translation>Ny gruppe …</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Åpne rapporten</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · N next · B back · + / − one minute · 5 five minutes · L started at · M sound · F5 projector</source>
        <translation>Taster: Mellomrom start/pause · N neste · B tilbake · + / − ett minutt · 5 fem minutter · L startet kl. · M lyd · F5 projektor</translation>
    </message>
    <message>
        <source>The computer slept for %1 min. The timer kept real time while it slept.</source>
        <translation>Maskinen sov i %1 min. Tidtakeren fulgte klokka mens den sov.</translation>
    </message>
    <message>
        <source>This arena has no challenge groups yet</source>
        <translation>Arenaen har ingen utfordringsgrupper ennå</translation>
    </message>
    <message>
        <source>Choose a group and an økt</source>
        <translation>Velg gruppe og økt</translation>
    </message>
    <message>
        <source>Create a group: its økter come from the støttemal, ready to run.</source>
        <translation>Lag en gruppe: øktene kommer fra støttemalen, klare til å kjøres.</translation>
    </message>
    <message>
        <source>The økt is finished: planned %1 min, actual %2 min.</source>
        <translation>Økta er ferdig: planlagt %1 min, faktisk %2 min.</translation>
    </message>
    <message>
        <source>The økt is finished</source>
        <translation>Økta er ferdig</translation>
    </message>
    <message>
        <source>Tips: %1</source>
        <translation>Tips: %1</translation>
    </message>
    <message>
        <source>End of the økt</source>
        <translation>Slutt på økta</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <source>Planned end %1</source>
        <translation>Planlagt ferdig %1</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>i rute</translation>
    </message>
    <message>
        <source>%1 min after plan</source>
        <translation>%1 min etter plan</translation>
    </message>
    <message>
        <source>%1 min ahead of plan</source>
        <translation>%1 min før plan</translation>
    </message>
    <message>
        <source>Ended %1, %2</source>
        <translation>Avsluttet %1, %2</translation>
    </message>
    <message>
        <source>Finished about %1, %2</source>
        <translation>Ferdig ca. %1, %2</translation>
    </message>
</context>
<context>
    <name>ConversationForm</name>
    <message>
        <source>New idea or topic</source>
        <translation>Ny idé eller nytt emne</translation>
    </message>
    <message>
        <source>Deepening of input no. N</source>
        <translation>Fordypning til innspill nr. N</translation>
    </message>
    <message>
        <source>Implementation proposal for input no. N</source>
        <translation>Iverksettingsforslag til innspill nr. N</translation>
    </message>
    <message>
        <source>Type of input (day 2)</source>
        <translation>Innspillstype (dag 2)</translation>
    </message>
    <message>
        <source>Input no.</source>
        <translation>Innspill nr.</translation>
    </message>
    <message>
        <source>One line, as in the list of inputs</source>
        <translation>Én linje, slik den står i innspillslista</translation>
    </message>
    <message>
        <source>Ideas and reflections</source>
        <translation>Ideer og refleksjoner</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Ett skritt per linje</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Documented by</source>
        <translation>Dokumentert av</translation>
    </message>
    <message>
        <source>Input (innspill): title</source>
        <translation>Innspill: tittel</translation>
    </message>
    <message>
        <source>Input: text</source>
        <translation>Innspill: tekst</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Samtalen (ideer og refleksjoner)</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Neste skritt</translation>
    </message>
    <message>
        <source>Photos of the sheets</source>
        <translation>Bilder av arkene</translation>
    </message>
    <message>
        <source>No topic chosen</source>
        <translation>Ingen emne valgt</translation>
    </message>
    <message>
        <source>Topics come from the program wall, or add one here.</source>
        <translation>Emnene kommer fra programveggen, eller legg til et her.</translation>
    </message>
    <message>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Rom %1</translation>
    </message>
    <message>
        <source>Convener: %1</source>
        <translation>Innkaller: %1</translation>
    </message>
    <message>
        <source>not on the wall yet (no number)</source>
        <translation>ikke på veggen ennå (uten nummer)</translation>
    </message>
    <message>
        <source>Choose the input it builds on</source>
        <translation>Velg innspillet det bygger på</translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <source>Inputs from the conversations</source>
        <translation>Innspill fra samtalene</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <source>The four principles</source>
        <translation>De fire prinsippene</translation>
    </message>
    <message>
        <source>The law of two feet</source>
        <translation>Loven om to føtter</translation>
    </message>
    <message>
        <source>Today&apos;s three input types</source>
        <translation>Dagens tre innspillstyper</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>Counted over the %n people whose perspective is given.</source>
        <translation>
            <numerusform>Regnet over den ene personen med oppgitt perspektiv.</numerusform>
            <numerusform>Regnet over de %n personene med oppgitt perspektiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>Legger til %n bilde …</numerusform>
            <numerusform>Legger til %n bilder …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n slettet</numerusform>
            <numerusform>%n slettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The setup file was taken in: %1. Your own newer changes were kept; %n conflict(s) are in the merge log.</source>
        <translation>
            <numerusform>Oppsettfilen er tatt inn: %1. Dine egne nyere endringer er beholdt; %n konflikt ligger i sammenslåingsloggen.</numerusform>
            <numerusform>Oppsettfilen er tatt inn: %1. Dine egne nyere endringer er beholdt; %n konflikter ligger i sammenslåingsloggen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayChecks</name>
    <message>
        <source>Tick none when the days are not given.</source>
        <translation>Kryss ikke av noen når dagene ikke er oppgitt.</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>DiversityView</name>
    <message>
        <source>No members yet.</source>
        <translation>Ingen deltakere ennå.</translation>
    </message>
    <message>
        <source>%1 % are %2: more than the arena&apos;s limit of 70 % from one perspective.</source>
        <translation>%1 % har perspektivet %2 – mer enn arenaens grense på 70 % fra ett perspektiv.</translation>
    </message>
    <message>
        <source>%1 % of those whose perspective is given are %2: more than the arena&apos;s limit of 70 % from one perspective.</source>
        <translation>%1 % av dem med oppgitt perspektiv er %2: mer enn arenaens grense på 70 % fra ett perspektiv.</translation>
    </message>
</context>
<context>
    <name>EmptyBoards</name>
    <message>
        <source>This arena has no challenge groups yet</source>
        <translation>Arenaen har ingen utfordringsgrupper ennå</translation>
    </message>
    <message>
        <source>Create a group first; its boards are made and filled here.</source>
        <translation>Lag en gruppe først; her lager og fyller du tavlene dens.</translation>
    </message>
    <message>
        <source>%1 has no boards yet</source>
        <translation>%1 har ingen tavler ennå</translation>
    </message>
    <message>
        <source>A board holds the group&apos;s notes on one of the visual templates (Toppen av fjellet, Gap-analyse …). Make one, then type a note and press Enter.</source>
        <translation>En tavle samler gruppas lapper på en av de visuelle malene (Toppen av fjellet, Gap-analyse …). Lag en, skriv så en lapp og trykk Enter.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The details are in the log in %1.</source>
        <translation>Detaljene står i loggen i %1.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Vis detaljer</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åpne loggmappen</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>Detaljene er kopiert</translation>
    </message>
</context>
<context>
    <name>GroupDetail</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hovedområde</translation>
    </message>
    <message>
        <source>Owner (organisation)</source>
        <translation>Eier (organisasjon)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Legg til deltakere …</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Ny deltaker …</translation>
    </message>
    <message>
        <source>Role and days…</source>
        <translation>Rolle og dager …</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Fjern fra gruppa</translation>
    </message>
    <message>
        <source>Paste a list…</source>
        <translation>Lim inn en liste…</translation>
    </message>
    <message>
        <source>Names one per line, “Name, title, organisation” or Excel cells</source>
        <translation>Navn ett per linje, «Navn, stilling, organisasjon» eller celler fra Excel</translation>
    </message>
    <message>
        <source>Move up in the list (and in the report)</source>
        <translation>Flytt opp i lista (og i rapporten)</translation>
    </message>
    <message>
        <source>Move down in the list (and in the report)</source>
        <translation>Flytt ned i lista (og i rapporten)</translation>
    </message>
    <message>
        <source>Mix of perspectives</source>
        <translation>Perspektiver i gruppa</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Ingen gruppe valgt</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Deltakere og aktørroller (%1)</translation>
    </message>
    <message>
        <source>Paste %1 people</source>
        <translation>Lim inn %1 personer</translation>
    </message>
    <message>
        <source>Remove %1 from group %2? The person stays in the arena.</source>
        <translation>Fjerne %1 fra gruppe %2? Personen blir værende i arenaen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New challenge group</source>
        <translation>Ny utfordringsgruppe</translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation>Endre gruppe %1</translation>
    </message>
    <message>
        <source>for example 1C, 4E-1 or 2B – 1 og 2</source>
        <translation>for eksempel 1C, 4E-1 eller 2B – 1 og 2</translation>
    </message>
    <message>
        <source>for example Møterom 3, 2nd floor</source>
        <translation>for eksempel Møterom 3, 2. etasje</translation>
    </message>
    <message>
        <source>The challenge, in the owner&apos;s words</source>
        <translation>Utfordringen, med eierens ord</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hovedområde</translation>
    </message>
    <message>
        <source>Owner (organisation)</source>
        <translation>Eier (organisasjon)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Utfordring</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>This arena has no challenge groups yet</source>
        <translation>Arenaen har ingen utfordringsgrupper ennå</translation>
    </message>
    <message>
        <source>Create a group, then add its members here: from the participant list, or pasted from a list of names.</source>
        <translation>Lag en gruppe, og legg så til medlemmene her: fra deltakerlisten, eller limt inn fra en liste med navn.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not used)</source>
        <translation>(brukes ikke)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <source>Wished group</source>
        <translation>Ønsket gruppe</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Dag 1</translation>
    </message>
    <message>
        <source>Day 2</source>
        <translation>Dag 2</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer deltakere</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Choose what each column holds; the first rows are shown below. People already in the arena (same e-mail, or same name and organisation) are updated, not added again.</source>
        <translation>
            <numerusform>%n rad. Velg hva hver kolonne inneholder; de første radene vises nedenfor. Personer som allerede er i arenaen (samme e-post, eller samme navn og organisasjon), blir oppdatert, ikke lagt til på nytt.</numerusform>
            <numerusform>%n rader. Velg hva hver kolonne inneholder; de første radene vises nedenfor. Personer som allerede er i arenaen (samme e-post, eller samme navn og organisasjon), blir oppdatert, ikke lagt til på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolonne %1)</translation>
    </message>
    <message>
        <source>Press Check to see what the import will do.</source>
        <translation>Trykk Sjekk for å se hva importen vil gjøre.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>De første radene</translation>
    </message>
</context>
<context>
    <name>ImportPackagesDialog</name>
    <message>
        <source>Import packages</source>
        <translation>Importer pakker</translation>
    </message>
    <message>
        <source>Choose the packages from the facilitators, or drop them here. Each one is checked before anything is merged; nothing changes until you press Merge.</source>
        <translation>Velg pakkene fra fasilitatorene, eller slipp dem her. Hver pakke kontrolleres før noe slås sammen; ingenting endres før du trykker Slå sammen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Legg til filer …</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>Velg pakker</translation>
    </message>
    <message>
        <source>Dated %1, more than a day ahead (the clock of “%2” is probably wrong): you are asked before it is merged</source>
        <translation>Datert %1, mer enn et døgn fram i tid (klokken på «%2» går trolig feil): du blir spurt før den slås sammen</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <source>Already imported; nothing changes</source>
        <translation>Allerede importert; ingenting endres</translation>
    </message>
    <message>
        <source>Another arena: you are asked before it is merged</source>
        <translation>En annen arena: du blir spurt før den slås sammen</translation>
    </message>
    <message>
        <source>Deletes a lot: you are asked before it is merged</source>
        <translation>Sletter mye: du blir spurt før den slås sammen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Sjekker pakkene …</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sjekker %1 …</translation>
    </message>
    <message>
        <source>No packages chosen yet.</source>
        <translation>Ingen pakker valgt ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) ready: %1.</source>
        <translation>
            <numerusform>%n pakke klar: %1.</numerusform>
            <numerusform>%n pakker klare: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from “%2”, dated %3</source>
        <translation>%1 fra «%2», datert %3</translation>
    </message>
    <message>
        <source>Dated ahead</source>
        <translation>Datert fram i tid</translation>
    </message>
    <message>
        <source>These packages have changes dated more than a day after this computer&apos;s clock; the laptop&apos;s clock is probably wrong:
%1

If you know the changes belong, merge them anyway: until that date they win over edits made elsewhere, and they do not move this file&apos;s clock.</source>
        <translation>Disse pakkene har endringer datert mer enn et døgn etter klokken på denne maskinen; klokken på den bærbare går trolig feil:
%1

Vet du at endringene hører med, kan du slå dem sammen likevel: fram til den datoen vinner de over endringer gjort andre steder, og de flytter ikke klokken til denne filen.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Hopp over dem</translation>
    </message>
    <message>
        <source>%1 from “%2” deletes %3</source>
        <translation>%1 fra «%2» sletter %3</translation>
    </message>
    <message>
        <source>These packages delete a great deal from this file:
%1

A backup is taken first, and the merge log keeps every deleted version.</source>
        <translation>Disse pakkene sletter mye fra denne filen:
%1

Det tas en sikkerhetskopi først, og sammenslåingsloggen tar vare på hver slettet versjon.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Slår sammen %1 …</translation>
    </message>
    <message>
        <source>Merging the packages…</source>
        <translation>Slår sammen pakkene …</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was merged, and the file is as it was.</source>
        <translation>Sammenslåingen er avbrutt: ingenting ble slått sammen, og filen er som før.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n package(s): %1 (see the merge log).</source>
        <translation>
            <numerusform>Slo sammen %n pakke: %1 (se sammenslåingsloggen).</numerusform>
            <numerusform>Slo sammen %n pakker: %1 (se sammenslåingsloggen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another arena</source>
        <translation>En annen arena</translation>
    </message>
    <message>
        <source>These packages belong to another arena than this file:
%1

Merge them too?</source>
        <translation>Disse pakkene tilhører en annen arena enn denne filen:
%1

Skal de slås sammen også?</translation>
    </message>
    <message>
        <source>Merge them too</source>
        <translation>Slå dem sammen også</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Slettinger</translation>
    </message>
    <message>
        <source>Merge them anyway</source>
        <translation>Slå sammen likevel</translation>
    </message>
    <message>
        <source>%1 not merged.</source>
        <translation>%1 ble ikke slått sammen.</translation>
    </message>
</context>
<context>
    <name>JoinGroupDialog</name>
    <message>
        <source>Add %1 to a group</source>
        <translation>Legg %1 i en gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>LateRegistrationDialog</name>
    <message>
        <source>Late registration</source>
        <translation>Ny påmelding på stedet</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>Ingen gruppe ennå</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>LateStartDialog</name>
    <message>
        <source>Correct the start time</source>
        <translation>Rett starttidspunktet</translation>
    </message>
    <message>
        <source>The step started at</source>
        <translation>Steget startet kl.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the arena file …</source>
        <translation>Åpner arena-filen …</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Åpner %1 …</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Support template (støttemal)</source>
        <translation>Støttemal</translation>
    </message>
    <message>
        <source>Run a session (økt)</source>
        <translation>Gjennomføring</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Tavler</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Program wall</source>
        <translation>Programvegg</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Innspill</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New arena file…</source>
        <translation>&amp;Ny arenafil …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne …</translation>
    </message>
    <message>
        <source>Connect to a database on a &amp;server…</source>
        <translation>Koble til database på &amp;server…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Nylig brukte filer</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Lagre en &amp;kopi som …</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Gjenopprett fra &amp;sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Export &amp;anonymised copy…</source>
        <translation>Eksporter &amp;anonymisert kopi…</translation>
    </message>
    <message>
        <source>Close the projector &amp;windows</source>
        <translation>Lukk projektor&amp;vinduene</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Åpne &amp;loggmappen</translation>
    </message>
    <message>
        <source>&amp;About ArenaDesk</source>
        <translation>&amp;Om ArenaDesk</translation>
    </message>
    <message>
        <source>No other files yet</source>
        <translation>Ingen andre filer ennå</translation>
    </message>
    <message>
        <source>Anonymised copy saved: %1</source>
        <translation>Anonymisert kopi lagret: %1</translation>
    </message>
    <message>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Datafil: %1</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>for example: last half of day 2</source>
        <translation>for eksempel: siste halvdel dag 2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Attendance note</source>
        <translation>Merknad om oppmøte</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <source>Merge log</source>
        <translation>Sammenslåingslogg</translation>
    </message>
    <message>
        <source>When two laptops changed the same thing, the newest change was kept and the other is listed here. Restore makes the chosen version current again.</source>
        <translation>Når to maskiner endret det samme, ble den nyeste endringen beholdt, og den andre står her. Gjenopprett gjør den valgte versjonen gjeldende igjen.</translation>
    </message>
    <message>
        <source>Also show ordinary older versions</source>
        <translation>Vis også vanlige eldre versjoner</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Hvilken</translation>
    </message>
    <message>
        <source>Lost version from</source>
        <translation>Tapt versjon fra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Undo an import…</source>
        <translation>Angre en import…</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Eldre versjon</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Erstattet ved gjenoppretting</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (slettet)</translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation>Ingen konflikter så langt.</translation>
    </message>
    <message>
        <source>Field: lost version → current version</source>
        <translation>Felt: tapt versjon → gjeldende versjon</translation>
    </message>
    <message>
        <source>The two versions have the same content.</source>
        <translation>De to versjonene har samme innhold.</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Gjenopprettet: %1</translation>
    </message>
    <message>
        <source>No import can be undone: no backup from before it.</source>
        <translation>Ingen import kan angres: det finnes ingen sikkerhetskopi fra før den.</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Angre en import</translation>
    </message>
    <message>
        <source>Go back to the file as it was before this import:</source>
        <translation>Gå tilbake til filen slik den var før denne importen:</translation>
    </message>
    <message>
        <source>Replace the file&apos;s content with the state before %1 was imported? Everything imported or changed since then is undone; what the file holds now is kept as a backup first.</source>
        <translation>Erstatte innholdet i filen med slik det var før «%1» ble importert? Alt som er importert eller endret siden, blir angret; det filen inneholder nå, tas vare på som sikkerhetskopi først.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move “%1”</source>
        <translation>Flytt «%1»</translation>
    </message>
    <message>
        <source>Not on the wall (the pile)</source>
        <translation>Ikke på veggen (bunken)</translation>
    </message>
    <message>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>swaps with “%1”</source>
        <translation>bytter plass med «%1»</translation>
    </message>
</context>
<context>
    <name>NewArenaDialog</name>
    <message>
        <source>New arena</source>
        <translation>Ny arena</translation>
    </message>
    <message>
        <source>for example Åpen arena 2027</source>
        <translation>for eksempel Åpen arena 2027</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Dag 1</translation>
    </message>
    <message>
        <source>Day 2</source>
        <translation>Dag 2</translation>
    </message>
</context>
<context>
    <name>NewTopicDialog</name>
    <message>
        <source>New topic</source>
        <translation>Nytt emne</translation>
    </message>
    <message>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <source>Not on the wall yet</source>
        <translation>Ikke på veggen ennå</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Innkaller</translation>
    </message>
    <message>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Legg til emne</translation>
    </message>
    <message>
        <source>«%1» is already in this place. Both are kept, and the wall shows them as a clash until one is moved.</source>
        <translation>«%1» står allerede på denne plassen. Begge beholdes, og veggen viser dem som en kollisjon til ett av dem flyttes.</translation>
    </message>
</context>
<context>
    <name>OpenSpaceProjector</name>
    <message>
        <source>ArenaDesk – Open Space on the projector</source>
        <translation>ArenaDesk – Open Space på projektor</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Filtrer grupper</translation>
    </message>
    <message>
        <source>The whole arena&apos;s mix of perspectives</source>
        <translation>Perspektiver i hele arenaen</translation>
    </message>
    <message>
        <source>No challenge groups yet. Create the first with New group, or import the registrations under Participants and let ArenaDesk suggest groups.</source>
        <translation>Ingen utfordringsgrupper ennå. Lag den første med Ny gruppe, eller importer påmeldingene under Deltakere og la ArenaDesk foreslå grupper.</translation>
    </message>
    <message numerus="yes">
        <source>Challenge groups (%1) · %n participant(s)</source>
        <translation>
            <numerusform>Utfordringsgrupper (%1) · %n deltaker</numerusform>
            <numerusform>Utfordringsgrupper (%1) · %n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete group %1 “%2”? Its %n member(s) stay in the arena&apos;s list of participants.</source>
        <translation>
            <numerusform>Slette gruppe %1 «%2»? Den ene deltakeren blir værende på arenaens deltakerliste.</numerusform>
            <numerusform>Slette gruppe %1 «%2»? De %n deltakerne blir værende på arenaens deltakerliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Slett gruppe</translation>
    </message>
</context>
<context>
    <name>PackageSizeRow</name>
    <message>
        <source>Package size: measuring…</source>
        <translation>Pakkens størrelse: måler …</translation>
    </message>
    <message>
        <source>Make the photos smaller</source>
        <translation>Gjør bildene mindre</translation>
    </message>
    <message>
        <source>Measuring the package…</source>
        <translation>Måler pakken …</translation>
    </message>
    <message>
        <source>Package size: %1</source>
        <translation>Pakkens størrelse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n bilde</numerusform>
            <numerusform>%n bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Larger than e-mail takes (about %1). Making the photos smaller (%2 pixels on the long side) brings it down; the reports then print them smaller too. A USB stick takes it as it is.</source>
        <translation>Større enn e-post tar (omtrent %1). Gjør du bildene mindre (%2 piksler på den lange siden), blir pakken mindre; rapportene skriver dem da også mindre ut. En minnepinne tar den som den er.</translation>
    </message>
    <message>
        <source>Making the photos smaller…</source>
        <translation>Gjør bildene mindre …</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Type a name or organisation; Enter adds</source>
        <translation>Skriv navn eller organisasjon; Enter legger til</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Number of participants: %1</source>
        <translation>Antall deltakere: %1</translation>
    </message>
    <message>
        <source>… %1 more: type more of the name</source>
        <translation>… %1 til: skriv mer av navnet</translation>
    </message>
    <message>
        <source>Add «%1» as a new participant</source>
        <translation>Legg til «%1» som ny deltaker</translation>
    </message>
    <message>
        <source>New participant «%1», organisation:</source>
        <translation>Ny deltaker «%1», organisasjon:</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title or role</source>
        <translation>Stilling eller rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
</context>
<context>
    <name>PastePeopleDialog</name>
    <message>
        <source>Paste a list of people into %1</source>
        <translation>Lim inn en liste med personer i %1</translation>
    </message>
    <message>
        <source>One person per line: a name, or “Name, job title, organisation”, or cells copied from Excel.</source>
        <translation>Én person per linje: et navn, «Navn, stilling, organisasjon», eller celler kopiert fra Excel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>In the arena</source>
        <translation>I arenaen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>already in the group</source>
        <translation>allerede i gruppa</translation>
    </message>
    <message>
        <source>known (%1)</source>
        <translation>kjent (%1)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>kjent</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the arena.</source>
        <translation>%1 nye, %2 finnes i arenaen fra før.</translation>
    </message>
    <message>
        <source>%1 lines left out (no name, or a repeat).</source>
        <translation>%1 linjer utelatt (uten navn, eller gjentatt).</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Search name, job title, organisation or group</source>
        <translation>Søk på navn, stilling, organisasjon eller gruppe</translation>
    </message>
    <message>
        <source>All perspectives</source>
        <translation>Alle perspektiver</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Ny deltaker …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Legg i gruppe …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Slett personopplysninger…</translation>
    </message>
    <message>
        <source>Remove everything about this person from the file, for good</source>
        <translation>Fjern alt om denne personen fra filen, for godt</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Uten gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s)</source>
        <translation>
            <numerusform>%1 av %n deltaker</numerusform>
            <numerusform>%1 av %n deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 from the arena? They are also removed from their groups.</source>
        <translation>Slette %1 fra arenaen? Personen fjernes også fra gruppene sine.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Slett deltaker</translation>
    </message>
    <message>
        <source>Erase all personal data about %1?

Their name, job title and organisation are blanked, they are removed from their groups, and their name is replaced by [slettet] in reports, next steps and notes. Automatic backups that still hold their name are deleted. When this file is merged, the organiser&apos;s file forgets them too.

This cannot be undone.</source>
        <translation>Slette alle personopplysninger om %1?

Navn, stilling og organisasjon blankes ut, personen fjernes fra gruppene sine, og navnet erstattes med [slettet] i rapporter, neste skritt og lapper. Automatiske sikkerhetskopier som fortsatt inneholder navnet, slettes. Når denne filen slås sammen, glemmer også arrangørens fil personen.

Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Slett for godt</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New participant</source>
        <translation>Ny deltaker</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Endre %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <source>(no group yet)</source>
        <translation>(ingen gruppe ennå)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>PhotoBeside</name>
    <message>
        <source>Photo beside the board</source>
        <translation>Bilde ved siden av tavla</translation>
    </message>
    <message>
        <source>Photo beside the board (Ctrl+Shift+P)</source>
        <translation>Bilde ved siden av tavla (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>PhotoEditDialog</name>
    <message>
        <source>Turn, straighten and crop</source>
        <translation>Drei, rett opp og beskjær</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Drei mot venstre</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Drei mot høyre</translation>
    </message>
    <message>
        <source>&amp;Straighten</source>
        <translation>&amp;Rett opp</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Beskjær</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Begynn på nytt</translation>
    </message>
    <message>
        <source>Drag the four numbered corners onto the corners of the poster; it becomes a straight rectangle. Keys: 1–4 choose a corner, the arrow keys move it (Shift: faster).</source>
        <translation>Dra de fire nummererte hjørnene til hjørnene på plakaten; den blir et rett rektangel. Taster: 1–4 velger et hjørne, piltastene flytter det (Shift: raskere).</translation>
    </message>
    <message>
        <source>Drag a corner to crop away what is not the poster. Keys: 1–4 choose a corner, the arrow keys move it (Shift: faster).</source>
        <translation>Dra et hjørne for å skjære bort det som ikke er plakaten. Taster: 1–4 velger et hjørne, piltastene flytter det (Shift: raskere).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Legg til bilder</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>innlimt bilde</translation>
    </message>
    <message>
        <source>Preparing the photos…</source>
        <translation>Gjør bildene klare …</translation>
    </message>
    <message>
        <source>Straightening the photo…</source>
        <translation>Retter opp bildet …</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Legg til bilder…</translation>
    </message>
    <message>
        <source>Paste a picture</source>
        <translation>Lim inn et bilde</translation>
    </message>
    <message>
        <source>Turn, straighten and crop…</source>
        <translation>Drei, rett opp og beskjær…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Flytt fram</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Flytt bakover</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Fjern bildet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Caption of the chosen photo, as in the report</source>
        <translation>Bildetekst til det valgte bildet, slik den står i rapporten</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <source>Drop photos here, or paste a picture (Ctrl+V). JPEG, PNG and HEIC.</source>
        <translation>Slipp bilder her, eller lim inn et bilde (Ctrl+V). JPEG, PNG og HEIC.</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(uten bildetekst)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture to paste.</source>
        <translation>Utklippstavla har ikke noe bilde å lime inn.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>La til %n bilde.</numerusform>
            <numerusform>La til %n bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a photo</source>
        <translation>Flytt et bilde</translation>
    </message>
    <message>
        <source>Remove a photo</source>
        <translation>Fjern et bilde</translation>
    </message>
    <message>
        <source>Photo removed. Ctrl+Z brings it back.</source>
        <translation>Bildet er fjernet. Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
        <source>Turn, straighten and crop</source>
        <translation>Drei, rett opp og beskjær</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Suggest groups</source>
        <translation>Foreslå grupper</translation>
    </message>
    <message numerus="yes">
        <source>%n people without a group are placed in %1 groups, within the 70 % rule where the mix allows, with wishes first. Drag people between groups to adjust; nothing is saved until you press Place in groups.</source>
        <translation>
            <numerusform>%n person uten gruppe fordeles på %1 grupper, innenfor 70 %-regelen der blandingen tillater det, og med ønsker først. Dra personer mellom gruppene for å justere; ingenting lagres før du trykker Plasser i grupper.</numerusform>
            <numerusform>%n personer uten gruppe fordeles på %1 grupper, innenfor 70 %-regelen der blandingen tillater det, og med ønsker først. Dra personer mellom gruppene for å justere; ingenting lagres før du trykker Plasser i grupper.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wished: %1</source>
        <translation>Ønsket: %1</translation>
    </message>
    <message>
        <source>Place in groups</source>
        <translation>Plasser i grupper</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>Over 70 % of one perspective: %1</source>
        <translation>Over 70 % fra ett perspektiv: %1</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliser …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer …</translation>
    </message>
    <message>
        <source>Template or plan</source>
        <translation>Mal eller plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Slett steg</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flytt opp (Alt+Pil opp)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flytt ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Mal: %1</translation>
    </message>
    <message>
        <source>Plan of group %1 %2</source>
        <translation>Plan for gruppe %1 %2</translation>
    </message>
    <message>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <source>%1–%2, %3 min planned</source>
        <translation>%1–%2, %3 min planlagt</translation>
    </message>
    <message>
        <source>Delete the step “%1”?</source>
        <translation>Slette steget «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopi av %1</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Eksporter mal</translation>
    </message>
    <message>
        <source>Support templates (*.json)</source>
        <translation>Støttemaler (*.json)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importer mal</translation>
    </message>
</context>
<context>
    <name>PreparingBar</name>
    <message>
        <source>Name badges…</source>
        <translation>Navneskilt …</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilt</translation>
    </message>
    <message>
        <source>Member lists per group…</source>
        <translation>Deltakerlister per gruppe …</translation>
    </message>
    <message>
        <source>Member lists</source>
        <translation>Deltakerlister</translation>
    </message>
    <message>
        <source>Attendance lists per day…</source>
        <translation>Oppmøtelister per dag …</translation>
    </message>
    <message>
        <source>Attendance lists</source>
        <translation>Oppmøtelister</translation>
    </message>
    <message>
        <source>Door signs…</source>
        <translation>Dørskilt …</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Dørskilt</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>Importer påmeldinger …</translation>
    </message>
    <message>
        <source>Suggest groups…</source>
        <translation>Foreslå grupper …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer påmeldinger</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Regneark (*.xlsx *.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n row(s)</source>
        <translation>
            <numerusform>Import av %n rad</numerusform>
            <numerusform>Import av %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placement of %n person(s)</source>
        <translation>
            <numerusform>Plassering av %n person</numerusform>
            <numerusform>Plassering av %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the report</source>
        <translation>Skriv ut rapporten</translation>
    </message>
</context>
<context>
    <name>ProjectorBase</name>
    <message>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <source>Close the projector</source>
        <translation>Lukk projektoren</translation>
    </message>
    <message>
        <source>Quit ArenaDesk</source>
        <translation>Avslutt ArenaDesk</translation>
    </message>
    <message>
        <source>Only one screen: the projector view opens as a window beside the controls. F11 makes it full screen, Ctrl+W closes it.</source>
        <translation>Bare én skjerm: projektorvisningen åpnes som et vindu ved siden av kontrollene. F11 gir fullskjerm, Ctrl+W lukker den.</translation>
    </message>
</context>
<context>
    <name>ProjectorBoard</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n lapp</numerusform>
            <numerusform>%n lapper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>ArenaDesk – projector</source>
        <translation>ArenaDesk – projektor</translation>
    </message>
    <message>
        <source>The økt is finished</source>
        <translation>Økta er ferdig</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Takk for innsatsen!</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>End of the økt</source>
        <translation>Slutt på økta</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save the report</source>
        <translation>Lagre rapporten</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>standardskriveren</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <source>Photos (Bilder)</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Describe the problem</source>
        <translation>Beskriv problemet</translation>
    </message>
    <message>
        <source>Result (from the group&apos;s work)</source>
        <translation>Resultat (fra gruppas arbeid)</translation>
    </message>
    <message>
        <source>Making the result concrete</source>
        <translation>Konkretisering av resultatet</translation>
    </message>
    <message>
        <source>Comments from the group</source>
        <translation>Kommentarer fra gruppa</translation>
    </message>
    <message>
        <source>Suggestions from the boards…</source>
        <translation>Forslag fra tavlene …</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Lagre som Word …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Participants and their roles in the group</source>
        <translation>Deltakere og aktørroller i gruppa</translation>
    </message>
    <message>
        <source>Edit the members on the Groups screen.</source>
        <translation>Deltakerne endres under Grupper.</translation>
    </message>
    <message>
        <source>Further work on the challenge (next steps)</source>
        <translation>Videre arbeid med utfordringen (neste skritt)</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Innkalles av</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Egenevaluering</translation>
    </message>
    <message>
        <source>Desired use of the website</source>
        <translation>Ønsket bruk av nettplassen</translation>
    </message>
    <message>
        <source>Report template…</source>
        <translation>Rapportmal…</translation>
    </message>
    <message>
        <source>This arena has no challenge groups yet</source>
        <translation>Arenaen har ingen utfordringsgrupper ennå</translation>
    </message>
    <message>
        <source>Create a group first; its report is written here.</source>
        <translation>Lag en gruppe først; her skriver du rapporten dens.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <source>the problem</source>
        <translation>problemet</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>resultatet</translation>
    </message>
    <message>
        <source>making it concrete</source>
        <translation>konkretiseringen</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>neste skritt</translation>
    </message>
    <message>
        <source>use of the website</source>
        <translation>bruk av nettplassen</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>kommentarer</translation>
    </message>
    <message>
        <source>self-evaluation</source>
        <translation>egenevalueringen</translation>
    </message>
    <message>
        <source>Still empty (left out of the report): %1</source>
        <translation>Fortsatt tomt (utelates fra rapporten): %1</translation>
    </message>
    <message>
        <source>Every section is filled in.</source>
        <translation>Alle delene er fylt ut.</translation>
    </message>
    <message>
        <source>Saved: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Lagret: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sendt til %1.</translation>
    </message>
</context>
<context>
    <name>ReportTemplateDialog</name>
    <message>
        <source>Participants and roles</source>
        <translation>Deltakere og roller</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Problemet</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Resultatet</translation>
    </message>
    <message>
        <source>Making it concrete</source>
        <translation>Konkretisering</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Neste skritt</translation>
    </message>
    <message>
        <source>Use of the website</source>
        <translation>Bruk av nettplassen</translation>
    </message>
    <message>
        <source>Comments from the group</source>
        <translation>Kommentarer fra gruppa</translation>
    </message>
    <message>
        <source>The boards</source>
        <translation>Tavlene</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Egenevaluering</translation>
    </message>
    <message>
        <source>ArenaDesk standard (2015 and 2017)</source>
        <translation>ArenaDesk standard (2015 og 2017)</translation>
    </message>
    <message>
        <source>The 2015 group reports</source>
        <translation>Gruppenes rapporter fra 2015</translation>
    </message>
    <message>
        <source>The 2017 arena report</source>
        <translation>Arenarapporten fra 2017</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Rapportmal</translation>
    </message>
    <message>
        <source>Use this layout</source>
        <translation>Bruk dette oppsettet</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start fra</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>I rapporten</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Add a section…</source>
        <translation>Legg til en del…</translation>
    </message>
    <message>
        <source>Remove the section</source>
        <translation>Fjern delen</translation>
    </message>
    <message>
        <source>A section a group leaves empty is left out of its report. Untick a section the arena does not use; its text is kept.</source>
        <translation>En del som en gruppe lar stå tom, utelates fra rapporten. Fjern haken for en del arenaen ikke bruker; teksten beholdes.</translation>
    </message>
    <message>
        <source>Extra section</source>
        <translation>Ekstra del</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Ny del</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <source>Projector (F5)</source>
        <translation>Projektor (F5)</translation>
    </message>
    <message>
        <source>The screen the projector view opens on</source>
        <translation>Skjermen projektorvisningen åpnes på</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Start på nytt …</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Hurtigtast: %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Started at…</source>
        <translation>Startet kl. …</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <source>Økt %1 · day %2 · %3–%4  %5</source>
        <translation>Økt %1 · dag %2 · %3–%4  %5</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Lyd på</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Lyd av</translation>
    </message>
    <message>
        <source>%1, økt %2</source>
        <translation>%1, økt %2</translation>
    </message>
    <message>
        <source>%1 is still running. Start %2, økt %3 as well? The other økt keeps its time.</source>
        <translation>%1 kjører fortsatt. Starte %2, økt %3 også? Den andre økta beholder tiden sin.</translation>
    </message>
    <message>
        <source>Another økt is running</source>
        <translation>En annen økt kjører</translation>
    </message>
    <message>
        <source>Start this økt</source>
        <translation>Start denne økta</translation>
    </message>
    <message>
        <source>Start the økt over</source>
        <translation>Start økta på nytt</translation>
    </message>
    <message>
        <source>Start this økt over from its first step? The times recorded so far are kept in the file&apos;s history but no longer shown.</source>
        <translation>Starte økta på nytt fra første steg? Tidene som er registrert så langt, blir liggende i filens historikk, men vises ikke lenger.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start på nytt</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationEditor</name>
    <message>
        <source>We have new tools and know other ways of working</source>
        <translation>Vi har fått nye verktøy og kjennskap til andre måter å jobbe på</translation>
    </message>
    <message>
        <source>Those who will act are sitting at the table</source>
        <translation>De som skal gjøre noe, sitter rundt bordet</translation>
    </message>
    <message>
        <source>The process has given energy and working power</source>
        <translation>Prosessen har gitt energi og arbeidskraft</translation>
    </message>
    <message>
        <source>Concrete, realistic action plans make it possible to start</source>
        <translation>Konkrete og realistiske handlingsplaner gjør det mulig å sette i gang</translation>
    </message>
    <message>
        <source>The result feeds into existing decision processes</source>
        <translation>Resultatet er et bidrag inn i eksisterende beslutningsprosesser</translation>
    </message>
    <message>
        <source>Ownership of the challenge is stronger</source>
        <translation>Eierforholdet til utfordringen er styrket</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>svært liten</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>liten</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stor</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>svært stor</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Concrete results achieved</source>
        <translation>Konkrete resultater oppnådd</translation>
    </message>
    <message>
        <source>Implementation strength (gjennomføringskraft)</source>
        <translation>Gjennomføringskraft</translation>
    </message>
    <message>
        <source>Why? Tick what fits, and add your own words:</source>
        <translation>Hvorfor? Kryss av for det som passer, og skriv med egne ord:</translation>
    </message>
    <message>
        <source>Tips and comments to the organisers</source>
        <translation>Tips og kommentarer til arrangørene</translation>
    </message>
</context>
<context>
    <name>SendPackageDialog</name>
    <message>
        <source>Export setup file</source>
        <translation>Eksporter oppsettfil</translation>
    </message>
    <message>
        <source>Send to organiser</source>
        <translation>Send til arrangør</translation>
    </message>
    <message>
        <source>The setup file holds the arena, its groups, participants and støttemal. Give it to each facilitator; they open it with File → Import setup file.</source>
        <translation>Oppsettfilen inneholder arenaen, gruppene, deltakerne og støttemalen. Gi den til hver fasilitator; de åpner den med Fil → Importer oppsettfil.</translation>
    </message>
    <message>
        <source>Your work is saved as one file for the organiser, for example on a USB stick. Your own file stays as it is, and you can keep working.</source>
        <translation>Arbeidet ditt lagres som én fil til arrangøren, for eksempel på en minnepinne. Din egen fil forblir som den er, og du kan arbeide videre.</translation>
    </message>
    <message>
        <source>USB stick or memory card: %1</source>
        <translation>Minnepinne eller minnekort: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumenter: %1</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Velg en annen mappe …</translation>
    </message>
    <message>
        <source>Save setup file</source>
        <translation>Lagre oppsettfil</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Lagre pakke</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Lagre i:</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Velg en mappe</translation>
    </message>
    <message>
        <source>Chosen folder: %1</source>
        <translation>Valgt mappe: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Lagret som %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a database on a server</source>
        <translation>Koble til database på server</translation>
    </message>
    <message>
        <source>An organiser&apos;s master database on a PostgreSQL server. An empty database is set up for ArenaDesk the first time.</source>
        <translation>Arrangørens hoveddatabase på en PostgreSQL-server. En tom database gjøres klar for ArenaDesk første gang.</translation>
    </message>
    <message>
        <source>for example arena.example.no</source>
        <translation>for eksempel arena.eksempel.no</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Or the whole address</source>
        <translation>Eller hele adressen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Kobler til serveren …</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Lay out the program wall</source>
        <translation>Lag programveggen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Økt</source>
        <translation>Økt</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Økter per day</source>
        <translation>Økter per dag</translation>
    </message>
    <message>
        <source>Number of spaces</source>
        <translation>Antall rom</translation>
    </message>
    <message>
        <source>Names of the spaces</source>
        <translation>Navn på rommene</translation>
    </message>
    <message>
        <source>The wall is a grid: the økter of each day down, the spaces (rooms, circles) across. You can add and remove økter and spaces later.</source>
        <translation>Veggen er et rutenett: hver dags økter nedover, rommene (rom, sirkler) bortover. Du kan legge til og fjerne økter og rom senere.</translation>
    </message>
    <message>
        <source>Times of the økter</source>
        <translation>Tidene for øktene</translation>
    </message>
    <message>
        <source>The wall can have at most %1 økter.</source>
        <translation>Veggen kan ha høyst %1 økter.</translation>
    </message>
    <message>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>The økt has set times</source>
        <translation>Økta har faste tider</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(no board)</source>
        <translation>(ingen tavle)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Question for the group</source>
        <translation>Spørsmål til gruppa</translation>
    </message>
    <message>
        <source>Facilitator tips</source>
        <translation>Fasilitatortips</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions from the boards</source>
        <translation>Forslag fra tavlene</translation>
    </message>
    <message>
        <source>These notes from the group&apos;s boards can be added. Nothing you have typed is changed; what is already there is not added again.</source>
        <translation>Disse lappene fra gruppas tavler kan legges til. Ingenting du har skrevet, blir endret, og det som allerede står der, legges ikke til igjen.</translation>
    </message>
    <message>
        <source>Problem (from the challenges and barriers)</source>
        <translation>Problemet (fra utfordringene og hindringene)</translation>
    </message>
    <message>
        <source>Result (from the goal and the vision)</source>
        <translation>Resultatet (fra målet og visjonen)</translation>
    </message>
    <message>
        <source>Next steps (from the road and the measures)</source>
        <translation>Neste skritt (fra veien dit og tiltakene)</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Edit the topic</source>
        <translation>Endre emnet</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Innkaller</translation>
    </message>
</context>
<context>
    <name>TopicList</name>
    <message>
        <source>Find a topic: number, title or convener</source>
        <translation>Finn emne: nummer, tittel eller innkaller</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nytt emne…</translation>
    </message>
    <message>
        <source>Økt %1 · day %2</source>
        <translation>Økt %1 · dag %2</translation>
    </message>
    <message>
        <source>Not on the wall</source>
        <translation>Ikke på veggen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s) documented</source>
        <translation>
            <numerusform>%1 av %n emne dokumentert</numerusform>
            <numerusform>%1 av %n emner dokumentert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>full</source>
        <translation>fullt</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 ledige</translation>
    </message>
    <message>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>dag %1</translation>
    </message>
    <message>
        <source>Convener: %1</source>
        <translation>Innkaller: %1</translation>
    </message>
    <message>
        <source>The conversation is documented.</source>
        <translation>Samtalen er dokumentert.</translation>
    </message>
    <message>
        <source>two</source>
        <translation>to</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tre</translation>
    </message>
    <message>
        <source>four</source>
        <translation>fire</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>%1 convenes %2 topics in økt %3: %4</source>
        <translation>%1 innkaller %2 emner i økt %3: %4</translation>
    </message>
    <message>
        <source>%2 topics are in %1 in økt %3: move one of them (%4)</source>
        <translation>%2 emner står i %1 i økt %3: flytt ett av dem (%4)</translation>
    </message>
</context>
<context>
    <name>WallProjectorWindow</name>
    <message>
        <source>ArenaDesk – program wall</source>
        <translation>ArenaDesk – programveggen</translation>
    </message>
    <message>
        <source>The program wall is empty</source>
        <translation>Programveggen er tom</translation>
    </message>
    <message>
        <source>Økt %1 of %2</source>
        <translation>Økt %1 av %2</translation>
    </message>
</context>
<context>
    <name>WallScreen</name>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Økter and spaces</source>
        <translation>Økter og rom</translation>
    </message>
    <message>
        <source>Print the wall (A3, PDF)…</source>
        <translation>Skriv ut programveggen (A3, PDF)…</translation>
    </message>
    <message>
        <source>Schedule per space (PDF)…</source>
        <translation>Timeplan per rom (PDF)…</translation>
    </message>
    <message>
        <source>Show on the projector</source>
        <translation>Vis på projektor</translation>
    </message>
    <message>
        <source>Topic as it is announced</source>
        <translation>Emnet slik det blir lest opp</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Innkaller</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Enter adds the topic to the next free space of the økt · drag a card to move it, onto another to swap · Alt+arrow keys move the chosen card · F2 edit · Ctrl+M move to… · Delete · right-click for more</source>
        <translation>Enter legger emnet i neste ledige rom i økta · dra et kort for å flytte det, over et annet for å bytte plass · Alt+piltaster flytter det valgte kortet · F2 endre · Ctrl+M flytt til… · Delete · høyreklikk for mer</translation>
    </message>
    <message>
        <source>Lay out the program wall…</source>
        <translation>Lag programveggen…</translation>
    </message>
    <message>
        <source>The program wall is empty. Lay it out first: the days, the økter of each day with their times, and the spaces where conversations meet.</source>
        <translation>Programveggen er tom. Lag den først: dagene, øktene hver dag med tidene sine, og rommene der samtalene møtes.</translation>
    </message>
    <message>
        <source>Not on the wall yet: %1</source>
        <translation>Ikke på veggen ennå: %1</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Legg til et emne</translation>
    </message>
    <message>
        <source>“%1” is %2, in %3.</source>
        <translation>«%1» er %2, i %3.</translation>
    </message>
    <message>
        <source>Every space of the økt is taken: “%1” waits beside the wall.</source>
        <translation>Alle rommene i økta er tatt: «%1» venter ved siden av veggen.</translation>
    </message>
</context>
<context>
    <name>WallSetUp</name>
    <message>
        <source>Add an økt…</source>
        <translation>Legg til en økt…</translation>
    </message>
    <message>
        <source>Change an økt&apos;s day and times…</source>
        <translation>Endre dag og tider for en økt…</translation>
    </message>
    <message>
        <source>Remove the last økt</source>
        <translation>Fjern den siste økta</translation>
    </message>
    <message>
        <source>Add a space</source>
        <translation>Legg til et rom</translation>
    </message>
    <message>
        <source>Rename a space…</source>
        <translation>Gi et rom nytt navn…</translation>
    </message>
    <message>
        <source>Remove the last space</source>
        <translation>Fjern det siste rommet</translation>
    </message>
    <message>
        <source>Add an økt</source>
        <translation>Legg til en økt</translation>
    </message>
    <message>
        <source>Økt %1</source>
        <translation>Økt %1</translation>
    </message>
    <message numerus="yes">
        <source>Its %n topic(s) go beside the wall (nothing is deleted).</source>
        <translation>
            <numerusform>Det ene emnet der legges ved siden av veggen (ingenting slettes).</numerusform>
            <numerusform>De %n emnene der legges ved siden av veggen (ingenting slettes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Rom %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
</context>
<context>
    <name>WallTopicActions</name>
    <message>
        <source>Edit…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Flytt til…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Document this conversation</source>
        <translation>Dokumenter denne samtalen</translation>
    </message>
    <message>
        <source>Move a topic</source>
        <translation>Flytt et emne</translation>
    </message>
    <message>
        <source>Edit a topic</source>
        <translation>Endre et emne</translation>
    </message>
    <message>
        <source>Delete a topic</source>
        <translation>Slett et emne</translation>
    </message>
    <message>
        <source>“%1” was deleted. Ctrl+Z brings it back.</source>
        <translation>«%1» ble slettet. Ctrl+Z henter det tilbake.</translation>
    </message>
    <message>
        <source>Take off the wall</source>
        <translation>Ta av veggen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ArenaDesk</source>
        <translation>Velkommen til ArenaDesk</translation>
    </message>
    <message>
        <source>ArenaDesk helps you plan and run the group sessions of an Åpen arena and write the group&apos;s report, all without internet.

This file has no arena yet. Start with the demo arena to look around (seven groups and 70 invented participants), or create your own arena.</source>
        <translation>ArenaDesk hjelper deg å planlegge og lede gruppeøktene på en Åpen arena og å skrive gruppas rapport – helt uten internett.

Denne filen har ingen arena ennå. Start med demoarenaen for å se deg rundt (sju grupper og 70 oppdiktede deltakere), eller lag din egen arena.</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Datafil: %1</translation>
    </message>
    <message>
        <source>Open the demo arena</source>
        <translation>Åpne demoarenaen</translation>
    </message>
    <message>
        <source>Create a new arena…</source>
        <translation>Lag en ny arena …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <source>Import report from &amp;Word…</source>
        <translation>Importer rapport fra &amp;Word…</translation>
    </message>
    <message>
        <source>Import a group report from Word</source>
        <translation>Importer en grupperapport fra Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <source>Import report from Word</source>
        <translation>Importer rapport fra Word</translation>
    </message>
    <message>
        <source>New group %1 %2</source>
        <translation>Ny gruppe %1 %2</translation>
    </message>
    <message>
        <source>New group (the document gives no code: choose a group)</source>
        <translation>Ny gruppe (dokumentet har ingen kode: velg en gruppe)</translation>
    </message>
    <message>
        <source>Replace sections the group has already filled in</source>
        <translation>Erstatt seksjoner gruppa allerede har fylt ut</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Inn i</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ZonePages</name>
    <message>
        <source>Page %1 of %2 ▸</source>
        <translation>Side %1 av %2 ▸</translation>
    </message>
</context>
<context>
    <name>ZoneTable</name>
    <message>
        <source>Zone</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>ArenaDesk files (*.sqlite);;All files (*)</source>
        <translation>ArenaDesk-filer (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Open arena file</source>
        <translation>Åpne arenafil</translation>
    </message>
    <message>
        <source>New arena file</source>
        <translation>Ny arenafil</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Lagre en kopi som</translation>
    </message>
    <message>
        <source>ArenaDesk packages (%1);;All files (*)</source>
        <translation>ArenaDesk-pakker (%1);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>self.screen</name>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Lagret: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Send to &amp;organiser…</source>
        <translation>Send til &amp;arrangør…</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importer pakker…</translation>
    </message>
    <message>
        <source>&amp;Merge log</source>
        <translation>Sa&amp;mmenslåingslogg</translation>
    </message>
    <message>
        <source>Export &amp;setup file…</source>
        <translation>Eksporter &amp;oppsettfil…</translation>
    </message>
    <message>
        <source>Import setup &amp;file…</source>
        <translation>Importer oppsett&amp;fil…</translation>
    </message>
    <message>
        <source>Import setup file</source>
        <translation>Importer oppsettfil</translation>
    </message>
    <message>
        <source>ArenaDesk setup files (*%1);;All files (*)</source>
        <translation>ArenaDesk-oppsettfiler (*%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1

A backup is taken first. Take it in anyway?</source>
        <translation>%1

Det tas en sikkerhetskopi først. Ta den inn likevel?</translation>
    </message>
    <message>
        <source>Take it in anyway</source>
        <translation>Ta inn likevel</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Slettinger</translation>
    </message>
    <message>
        <source>Taking in the setup file…</source>
        <translation>Tar inn oppsettfilen …</translation>
    </message>
    <message>
        <source>You now work in your own copy of the setup file: %1. The setup file itself is not changed, so it can stay on the USB stick.</source>
        <translation>Du arbeider nå i din egen kopi av oppsettfilen: %1. Selve oppsettfilen er ikke endret, så den kan bli liggende på minnepinnen.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>The arena&apos;s principle: at most 70 % of a group from one perspective, so that users, service providers, researchers, authorities and employers meet.</source>
        <translation>Arenaens prinsipp: høyst 70 % av en gruppe fra ett perspektiv, slik at brukere, tjenesteytere, forskere, myndigheter og arbeidsgivere møtes.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitatorer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>Mangfold</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>service provider</source>
        <translation>tjenesteyter</translation>
    </message>
    <message>
        <source>researcher</source>
        <translation>forsker</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>myndighet</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>arbeidsgiver</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltaker</translation>
    </message>
    <message>
        <source>resource person</source>
        <translation>ressursperson</translation>
    </message>
    <message>
        <source>Facilitated groups</source>
        <translation>Fasiliterte grupper</translation>
    </message>
    <message>
        <source>Open Space</source>
        <translation>Open Space</translation>
    </message>
    <message>
        <source>Facilitated groups and Open Space</source>
        <translation>Fasiliterte grupper og Open Space</translation>
    </message>
    <message>
        <source>Both days</source>
        <translation>Begge dager</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle dager</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>Days %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
</TS>
