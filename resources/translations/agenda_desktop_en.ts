<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>okänd version</source>
        <translation>unknown version</translation>
    </message>
    <message>
        <source>Om Agenda Desktop</source>
        <translation>About Agenda Desktop</translation>
    </message>
    <message>
        <source>Agenda Desktop är fri programvara under GPL-3.0 eller senare.</source>
        <translation>Agenda Desktop is free software under GPL-3.0 or later.</translation>
    </message>
    <message>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Bibliotek som följer med programmet</source>
        <translation>Libraries bundled with the program</translation>
    </message>
    <message>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Mål och delmål: FN (Open SDG, MIT)</source>
        <translation>Goals and targets: United Nations (Open SDG, MIT)</translation>
    </message>
    <message>
        <source>Nyckeltal: Källa: Kolada</source>
        <translation>Key indicators: Source: Kolada</translation>
    </message>
    <message>
        <source>Stöd för kommunens arbete med Agenda 2030: nulägesanalys, mål, handlingsplan, dialog, uppföljning, nyckeltal, möten och nätverk.</source>
        <translation>Support for the municipality&apos;s work with Agenda 2030: status analysis, goals, action plan, dialogue, follow-up, key indicators, meetings and networks.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
</context>
<context>
    <name>AboutIndicatorPanel</name>
    <message>
        <source>Källa:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Typ:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Värden i databasen:</source>
        <translation>Values in the database:</translation>
    </message>
    <message>
        <source>Mål och delmål</source>
        <translation>Goals and targets</translation>
    </message>
    <message>
        <source>&amp;Koppla till mål…</source>
        <translation>Lin&amp;k to goal…</translation>
    </message>
    <message>
        <source>Ta bort ko&amp;pplingen</source>
        <translation>&amp;Remove link</translation>
    </message>
    <message>
        <source>Målvärden</source>
        <translation>Target values</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Lägg till målvärde…</source>
        <translation>&amp;Add target value…</translation>
    </message>
    <message>
        <source>Ta bort målvär&amp;det</source>
        <translation>Re&amp;move target value</translation>
    </message>
    <message>
        <source>Ingen beskrivning.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <source>Ingen källa angiven</source>
        <translation>No source given</translation>
    </message>
    <message>
        <source>Ingen enhet angiven</source>
        <translation>No unit given</translation>
    </message>
    <message>
        <source>Lokalt nyckeltal</source>
        <translation>Local indicator</translation>
    </message>
    <message>
        <source>Koladas nyckeltal</source>
        <translation>Kolada indicator</translation>
    </message>
    <message>
        <source>, könsuppdelat</source>
        <translation>, split by gender</translation>
    </message>
    <message>
        <source>, redovisas inte längre av Kolada</source>
        <translation>, no longer reported by Kolada</translation>
    </message>
    <message>
        <source>Delmål {code} (mål {number} {name})</source>
        <translation>Target {code} (goal {number} {name})</translation>
    </message>
    <message>
        <source>Mål {number} {name}</source>
        <translation>Goal {number} {name}</translation>
    </message>
    <message>
        <source>Inte kopplat till något mål ännu.</source>
        <translation>Not linked to any goal yet.</translation>
    </message>
    <message>
        <source>I RKA:s urval för Agenda 2030 visas nyckeltalet under mål {goals}.</source>
        <translation>In RKA&apos;s Agenda 2030 selection this indicator is shown under goal {goals}.</translation>
    </message>
    <message>
        <source>Ta bort målvärdet {value} för {year}?</source>
        <translation>Remove the target value {value} for {year}?</translation>
    </message>
    <message>
        <source>Ta bort målvärde</source>
        <translation>Remove target value</translation>
    </message>
</context>
<context>
    <name>ActionDisplay</name>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Egen rådighet</source>
        <translation>Own control</translation>
    </message>
    <message>
        <source>Delad rådighet</source>
        <translation>Shared control</translation>
    </message>
    <message>
        <source>Kräver samverkan</source>
        <translation>Requires collaboration</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kommunalt bolag</source>
        <translation>Municipal company</translation>
    </message>
</context>
<context>
    <name>ActionEditorDialog</name>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Ändra åtgärd</source>
        <translation>Change action</translation>
    </message>
    <message>
        <source>t.ex. Ta fram en cykelplan för tätorterna</source>
        <translation>e.g. Draw up a cycling plan for the towns</translation>
    </message>
    <message>
        <source>(ingen ansvarig enhet)</source>
        <translation>(no responsible unit)</translation>
    </message>
    <message>
        <source>Har startdatum</source>
        <translation>Has a start date</translation>
    </message>
    <message>
        <source>Har slutdatum</source>
        <translation>Has an end date</translation>
    </message>
    <message>
        <source>t.ex. 250 000</source>
        <translation>e.g. 250000</translation>
    </message>
    <message>
        <source>(ej bedömd)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <source>t.ex. Regionen, Trafikverket, föreningar</source>
        <translation>e.g. the region, the Transport Administration, associations</translation>
    </message>
    <message>
        <source>Välj målsättningar…</source>
        <translation>Choose objectives…</translation>
    </message>
    <message>
        <source>Välj mål…</source>
        <translation>Choose goals…</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Ansvarig &amp;enhet:</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <source>Ansvarig &amp;person:</source>
        <translation>Responsible &amp;person:</translation>
    </message>
    <message>
        <source>Sta&amp;rtdatum:</source>
        <translation>Sta&amp;rt date:</translation>
    </message>
    <message>
        <source>S&amp;lutdatum:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Kostnad (kr):</source>
        <translation>&amp;Cost (SEK):</translation>
    </message>
    <message>
        <source>Rå&amp;dighet:</source>
        <translation>C&amp;ontrol:</translation>
    </message>
    <message>
        <source>Samverkans&amp;partner:</source>
        <translation>Collaboration part&amp;ners:</translation>
    </message>
    <message>
        <source>&amp;Målsättningar:</source>
        <translation>O&amp;bjectives:</translation>
    </message>
    <message>
        <source>&amp;Globala mål:</source>
        <translation>&amp;Global Goals:</translation>
    </message>
    <message>
        <source>Cykeln har inga målsättningar ännu (steg 2).</source>
        <translation>The cycle has no objectives yet (step 2).</translation>
    </message>
    <message>
        <source>Inga valda</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>Målsättningar som åtgärden bidrar till</source>
        <translation>Objectives the action contributes to</translation>
    </message>
    <message>
        <source>Globala mål som åtgärden bidrar till</source>
        <translation>Global Goals the action contributes to</translation>
    </message>
    <message>
        <source>skriv ett belopp i kronor, t.ex. 250 000.</source>
        <translation>enter an amount in kronor (SEK), e.g. 250000.</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Det finns ingen styrcykel ännu. Starta en med ”Ny styrcykel…” ovan; sedan kan ni lägga in åtgärderna i handlingsplanen.</source>
        <translation>There is no steering cycle yet. Start one with “New steering cycle…” above; then you can add the actions to the action plan.</translation>
    </message>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Steg 3 i styrcykeln: konkreta åtgärder med ansvarig enhet och person, tidsplan, status och kostnad, kopplade till målsättningarna och de globala målen.</source>
        <translation>Step 3 of the steering cycle: concrete actions with a responsible unit and person, schedule, status and cost, linked to the objectives and the Global Goals.</translation>
    </message>
    <message>
        <source>Titel, ansvarig, partner…</source>
        <translation>Title, person responsible, partner…</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Bara försenade</source>
        <translation>Only o&amp;verdue</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Ny åtgärd…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Ta bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>E&amp;xportera till Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Hela handlingsplanen för den valda styrcykeln.</source>
        <translation>The whole action plan for the selected steering cycle.</translation>
    </message>
    <message>
        <source>&amp;Tabell</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>T&amp;idslinje</source>
        <translation>T&amp;imeline</translation>
    </message>
    <message>
        <source>(ingen enhet)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Inga åtgärder ännu i den här styrcykeln. Börja med ”Ny åtgärd…”.</source>
        <translation>No actions in this steering cycle yet. Start with “New action…”.</translation>
    </message>
    <message>
        <source>%1 åtgärder: %2.</source>
        <translation>%1 actions: %2.</translation>
    </message>
    <message>
        <source>⚠ %1 försenade.</source>
        <translation>⚠ %1 overdue.</translation>
    </message>
    <message>
        <source>Beräknad kostnad %1 kr.</source>
        <translation>Estimated cost: SEK %1.</translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Ta bort åtgärden ”%1”? Det går inte att ångra.</source>
        <translation>Delete the action “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Åtgärden kunde inte tas bort</source>
        <translation>The action could not be deleted</translation>
    </message>
    <message>
        <source>Exportera handlingsplanen</source>
        <translation>Export the action plan</translation>
    </message>
    <message>
        <source>Excel-filer (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporten misslyckades</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Handlingsplanen är exporterad</source>
        <translation>Action plan exported</translation>
    </message>
    <message>
        <source>%1 åtgärder sparades i %2.</source>
        <translation>%1 actions were saved to %2.</translation>
    </message>
</context>
<context>
    <name>ActionSummaryView</name>
    <message>
        <source>Åtgärder i handlingsplanen</source>
        <translation>Actions in the action plan</translation>
    </message>
    <message>
        <source>Handlingsplanen har inga åtgärder ännu.</source>
        <translation>The action plan has no actions yet.</translation>
    </message>
    <message>
        <source>%1 åtgärder. </source>
        <translation>%1 actions. </translation>
    </message>
    <message>
        <source>%1 av dem har passerat sitt slutdatum utan att vara klara.</source>
        <translation>%1 of them have passed their end date without being done.</translation>
    </message>
    <message>
        <source>Ingen åtgärd är försenad.</source>
        <translation>No action is overdue.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ansvarig enhet</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Kostnad (kr)</source>
        <translation>Cost (SEK)</translation>
    </message>
    <message>
        <source>Målsättningar</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Globala mål</source>
        <translation>Global Goals</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Försenad: slutdatumet har passerat och åtgärden är inte klar.</source>
        <translation>Overdue: the end date has passed and the action is not done.</translation>
    </message>
</context>
<context>
    <name>ActionTimeline</name>
    <message>
        <source>Tidslinje över åtgärderna</source>
        <translation>Timeline of the actions</translation>
    </message>
    <message>
        <source>Inga åtgärder att visa.</source>
        <translation>No actions to show.</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%1 Slutdatum passerat</source>
        <translation>%1 End date passed</translation>
    </message>
</context>
<context>
    <name>ActivityDetailPanel</name>
    <message>
        <source>Ny &amp;synpunkt…</source>
        <translation>New &amp;comment…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra synpunkt…</source>
        <translation>C&amp;hange comment…</translation>
    </message>
    <message>
        <source>Ta &amp;bort synpunkt…</source>
        <translation>Dele&amp;te comment…</translation>
    </message>
    <message>
        <source>Visa bara &amp;obesvarade</source>
        <translation>Show only &amp;unanswered</translation>
    </message>
    <message>
        <source>Hur många deltog, efter kön och ålder? Då syns om dialogen nådde de grupper som nulägesanalysen pekade ut.</source>
        <translation>How many took part, by gender and age? This shows whether the dialogue reached the groups that the status analysis identified.</translation>
    </message>
    <message>
        <source>Synpunkter</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Målgrupp: %1</source>
        <translation>Target group: %1</translation>
    </message>
    <message>
        <source>Synpunkter (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>Deltagare (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Ändra dialogaktivitet</source>
        <translation>Change dialogue activity</translation>
    </message>
    <message>
        <source>Ny dialogaktivitet</source>
        <translation>New dialogue activity</translation>
    </message>
    <message>
        <source>t.ex. Medborgardialog om parkerna i Norrby</source>
        <translation>e.g. Citizen dialogue on the parks in Norrby</translation>
    </message>
    <message>
        <source>t.ex. Unga 13–19 år, föreningar</source>
        <translation>e.g. Young people aged 13–19, associations</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Sista dag för synpunkter:</source>
        <translation>Dead&amp;line for comments:</translation>
    </message>
    <message>
        <source>&amp;Målgrupp:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Synpunkter</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Obesvarade</source>
        <translation>Unanswered</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Punkt %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>t.ex. Budget 2026 för ungdomsrådet</source>
        <translation>e.g. Budget 2026 for the youth council</translation>
    </message>
    <message>
        <source>t.ex. KS 2025/123</source>
        <translation>e.g. KS 2025/123</translation>
    </message>
    <message>
        <source>t.ex. Kommundirektören</source>
        <translation>e.g. The chief executive</translation>
    </message>
    <message>
        <source>Ärendet och bakgrunden.</source>
        <translation>The matter and its background.</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Typ av ärende:</source>
        <translation>T&amp;ype of matter:</translation>
    </message>
    <message>
        <source>&amp;Diarienummer:</source>
        <translation>&amp;Registration number:</translation>
    </message>
    <message>
        <source>&amp;Föredragande:</source>
        <translation>Ra&amp;pporteur:</translation>
    </message>
    <message>
        <source>Ä&amp;rendet:</source>
        <translation>&amp;Matter:</translation>
    </message>
    <message>
        <source>&amp;Bilagor:</source>
        <translation>Attachme&amp;nts:</translation>
    </message>
    <message>
        <source>&amp;Lägg till bilaga …</source>
        <translation>&amp;Add attachment …</translation>
    </message>
    <message>
        <source>&amp;Spara kopia …</source>
        <translation>&amp;Save copy …</translation>
    </message>
    <message>
        <source>Ta &amp;bort bilaga</source>
        <translation>&amp;Delete attachment</translation>
    </message>
    <message>
        <source>Spara punkten först; sedan kan ni lägga till bilagor.</source>
        <translation>Save the item first; then you can add attachments.</translation>
    </message>
    <message>
        <source>Lägg till bilaga</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Spara en kopia av bilagan</source>
        <translation>Save a copy of the attachment</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>&amp;Ny punkt …</source>
        <translation>New &amp;item …</translation>
    </message>
    <message>
        <source>Ä&amp;ndra …</source>
        <translation>Chan&amp;ge …</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta ne&amp;d</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Ta bort punkt %1, ”%2”, med dess bilagor?</source>
        <translation>Delete item %1, “%2”, with its attachments?</translation>
    </message>
    <message>
        <source>Ta bort punkt</source>
        <translation>Delete item</translation>
    </message>
</context>
<context>
    <name>AgendaTile</name>
    <message>
        <source>Globala målen för hållbar utveckling</source>
        <translation>The Global Goals for Sustainable Development</translation>
    </message>
    <message>
        <source>17 mål
169 delmål</source>
        <translation>17 goals
169 targets</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>&amp;Jämför med…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <source>Jämför bedömningarna med en annan styrcykels nulägesanalys, mål för mål</source>
        <translation>Compare the assessments with another steering cycle&apos;s status analysis, goal by goal</translation>
    </message>
    <message>
        <source>Nulägesanalysen görs för en styrcykel, oftast en mandatperiod. Starta den första, så kan ni börja bedöma var kommunen står i förhållande till de 17 målen.</source>
        <translation>The status analysis is made for a steering cycle, usually a term of office. Start the first one, and you can begin assessing where the municipality stands against the 17 goals.</translation>
    </message>
    <message>
        <source>Starta en st&amp;yrcykel…</source>
        <translation>Start a steering cyc&amp;le…</translation>
    </message>
    <message>
        <source>Ingen styrcykel ännu</source>
        <translation>No steering cycle yet</translation>
    </message>
    <message>
        <source>Nulägesanalys</source>
        <translation>Status analysis</translation>
    </message>
    <message>
        <source>Var står kommunen i förhållande till de 17 globala målen? Välj ett mål, bedöm läget med stöd av nyckeltal och dialoger och spara.</source>
        <translation>Where does the municipality stand against the 17 Global Goals? Choose a goal, assess the situation with the help of key indicators and dialogues, and save.</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ändringarna kunde inte sparas: %1</source>
        <translation>The changes could not be saved: %1</translation>
    </message>
    <message>
        <source>Nyckeltal (%1)</source>
        <translation>Key indicators (%1)</translation>
    </message>
    <message>
        <source>Synpunkter från dialoger (%1)</source>
        <translation>Comments from dialogues (%1)</translation>
    </message>
    <message>
        <source>Välj kommun under Inställningar för att se kommunens värden.</source>
        <translation>Choose the municipality under Settings to see its values.</translation>
    </message>
    <message>
        <source>Delmål (%1)</source>
        <translation>Targets (%1)</translation>
    </message>
    <message>
        <source>Ni har ändrat bedömningen av mål %1 utan att spara. Spara ändringarna?</source>
        <translation>You have changed the assessment of goal %1 without saving. Save the changes?</translation>
    </message>
</context>
<context>
    <name>AnalysisTexts</name>
    <message>
        <source>Vilka resultat har förbättrats eller försämrats, och vad beror det på?</source>
        <translation>Which results have improved or worsened, and why?</translation>
    </message>
    <message>
        <source>Vad behöver ni göra annorlunda: mål, åtgärder, arbetssätt?</source>
        <translation>What do you need to do differently: goals, actions, ways of working?</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Vad har &amp;rört sig och varför?</source>
        <translation>What has &amp;moved and why?</translation>
    </message>
    <message>
        <source>Vad behöver vi än&amp;dra?</source>
        <translation>What do we need to c&amp;hange?</translation>
    </message>
</context>
<context>
    <name>AnonymiseDialog</name>
    <message>
        <source>Anonymisera person</source>
        <translation>Anonymise person</translation>
    </message>
    <message>
        <source>Vad som tas bort och vad som finns kvar</source>
        <translation>What is removed and what remains</translation>
    </message>
    <message>
        <source>&amp;Anonymisera</source>
        <translation>&amp;Anonymise</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Personen kunde inte anonymiseras</source>
        <translation>The person could not be anonymised</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Anonymisera ”%1”?</source>
        <translation>Anonymise “%1”?</translation>
    </message>
    <message>
        <source>”%1” är borttagen ur personregistret</source>
        <translation>“%1” has been removed from the register of people</translation>
    </message>
    <message>
        <source>”%1” är anonymiserad</source>
        <translation>“%1” has been anonymised</translation>
    </message>
    <message>
        <source>Det här togs bort</source>
        <translation>This was removed</translation>
    </message>
    <message>
        <source>Det här tas bort</source>
        <translation>This will be removed</translation>
    </message>
    <message>
        <source>Inget.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <source>Det här finns kvar, och varför</source>
        <translation>This remains, and why</translation>
    </message>
    <message>
        <source>Inget justerat protokoll nämner personen. Personen tas därför bort helt ur personregistret, med alla uppdrag, roller och ansvar.</source>
        <translation>No approved minutes name the person. The person is therefore removed completely from the register of people, with all seats, roles and responsibilities.</translation>
    </message>
    <message>
        <source>Justerade protokoll är allmänna handlingar och ändras aldrig. Personens namn finns kvar i %1 justerade protokoll (%2). Allt annat om personen tas bort.</source>
        <translation>Approved minutes are public records and never change. The person&apos;s name remains in %1 approved minutes (%2). Everything else about the person is removed.</translation>
    </message>
    <message>
        <source> (i ett justerat protokoll, ändras inte)</source>
        <translation> (in approved minutes, not changed)</translation>
    </message>
    <message>
        <source>… och %1 till.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Namnet nämns också i fritext. Texterna är inte kopplade till personen och ändras inte automatiskt: gå igenom dem och ändra dem där det behövs. Texter i justerade protokoll kan inte ändras.</source>
        <translation>The name is also mentioned in free text. Those texts are not linked to the person and are not changed automatically: go through them and edit them where needed. Texts in approved minutes cannot be changed.</translation>
    </message>
    <message>
        <source>Nämns i text</source>
        <translation>Mentioned in text</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Vill du öppna en annan databas eller skapa en ny?</source>
        <translation>Do you want to open another database or create a new one?</translation>
    </message>
    <message>
        <source>Öppna en annan databas…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>Skapa en ny databas…</source>
        <translation>Create a new database…</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Databasen har uppgraderats. Kopian före uppgraderingen: {path}</source>
        <translation>The database has been upgraded. The copy made before the upgrade: {path}</translation>
    </message>
    <message>
        <source>Databasen är återställd från den valda säkerhetskopian. Den skadade filen finns kvar som
{path}</source>
        <translation>The database has been restored from the chosen backup. The damaged file is kept as
{path}</translation>
    </message>
    <message>
        <source>Databasen är återställd</source>
        <translation>The database has been restored</translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad som
{copy}

Alla säkerhetskopior finns i
{folder}</source>
        <translation>The backup has been saved as
{copy}

All backups are in
{folder}</translation>
    </message>
    <message>
        <source>Säkerhetskopia sparad</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <source>Säkerhetskopian är återställd. Databasen som ersattes finns kvar som
{path}</source>
        <translation>The backup has been restored. The database it replaced has been kept as
{path}</translation>
    </message>
    <message>
        <source>Säkerhetskopia återställd</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>AssessmentFields</name>
    <message>
        <source>Inte bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>t.ex. Regionen, Länsstyrelsen, föreningar</source>
        <translation>e.g. the region, the County Administrative Board, associations</translation>
    </message>
    <message>
        <source>Skillnader mellan kvinnor och män, åldrar, kommundelar …</source>
        <translation>Differences between women and men, ages, districts …</translation>
    </message>
    <message>
        <source>Vad säger nyckeltalen och dialogerna? Varför ser det ut så här?</source>
        <translation>What do the key indicators and dialogues say? Why does it look like this?</translation>
    </message>
    <message>
        <source>&amp;Bedömning:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>T&amp;rend:</source>
        <translation>T&amp;rend:</translation>
    </message>
    <message>
        <source>R&amp;ådighet:</source>
        <translation>C&amp;ontrol:</translation>
    </message>
    <message>
        <source>Sa&amp;mverkan med:</source>
        <translation>Collaboration &amp;with:</translation>
    </message>
    <message>
        <source>Kommunens roller:</source>
        <translation>The municipality&apos;s roles:</translation>
    </message>
    <message>
        <source>Skillnader mellan &amp;grupper – ingen ska lämnas utanför:</source>
        <translation>Differences between &amp;groups – leave no one behind:</translation>
    </message>
    <message>
        <source>A&amp;nalys:</source>
        <translation>A&amp;nalysis:</translation>
    </message>
    <message>
        <source>Skriv vilka ni behöver samverka med</source>
        <translation>Enter who you need to collaborate with</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Organets ledamöter och ersättare</source>
        <translation>The body&apos;s members and substitutes</translation>
    </message>
    <message>
        <source>Öv&amp;riga deltagare:</source>
        <translation>&amp;Other participants:</translation>
    </message>
    <message>
        <source>&amp;Lägg till deltagare …</source>
        <translation>&amp;Add participant …</translation>
    </message>
    <message>
        <source>Ändra d&amp;eltagare …</source>
        <translation>&amp;Edit participant …</translation>
    </message>
    <message>
        <source>Ta bort &amp;deltagare</source>
        <translation>&amp;Remove participant</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Tjänstgör för</source>
        <translation>Serving for</translation>
    </message>
    <message>
        <source>Organet har inga ledamöter detta datum. Lägg in dem under Organ.</source>
        <translation>The body has no members on this date. Add them under Bodies and members.</translation>
    </message>
    <message>
        <source>– ej angivet –</source>
        <translation>– not specified –</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Automatisk säkerhetskopia sparad: {path}</source>
        <translation>Automatic backup saved: {path}</translation>
    </message>
    <message>
        <source>Den automatiska säkerhetskopian misslyckades.</source>
        <translation>The automatic backup failed.</translation>
    </message>
    <message>
        <source>{message}

Du kan arbeta vidare som vanligt. Programmet försöker igen om en stund; du kan också välja Arkiv › Säkerhetskopiera nu.</source>
        <translation>{message}

You can go on working as usual. The program tries again in a while; you can also choose Arkiv › Säkerhetskopiera nu (File › Back up now).</translation>
    </message>
    <message>
        <source>Den automatiska säkerhetskopian misslyckades</source>
        <translation>The automatic backup failed</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Gjord för hand</source>
        <translation>Made manually</translation>
    </message>
    <message>
        <source>Före uppgradering av programmet</source>
        <translation>Before an application upgrade</translation>
    </message>
    <message>
        <source>Databasen som ersattes vid en återställning</source>
        <translation>The database replaced during a restore</translation>
    </message>
    <message>
        <source>Automatisk</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Skadad databas som ersattes</source>
        <translation>Damaged database that was replaced</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BodiesTab</name>
    <message>
        <source>Organ</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Bodies:</translation>
    </message>
    <message>
        <source>&amp;Nytt organ…</source>
        <translation>&amp;New body…</translation>
    </message>
    <message>
        <source>&amp;Ändra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Personer…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>Ledamöter</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;Ledamöter och andra med uppdrag:</source>
        <translation>&amp;Members and others with appointments:</translation>
    </message>
    <message>
        <source>Visa även tidigare leda&amp;möter</source>
        <translation>Also show forme&amp;r members</translation>
    </message>
    <message>
        <source>Lägg &amp;till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Än&amp;dra…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>&amp;Avsluta uppdrag…</source>
        <translation>End appoin&amp;tment…</translation>
    </message>
    <message>
        <source>Ta bort &amp;uppdrag…</source>
        <translation>De&amp;lete appointment…</translation>
    </message>
    <message>
        <source>Inget organ valt</source>
        <translation>No body selected</translation>
    </message>
    <message>
        <source>Lägg till ett organ med ”Nytt organ…”.</source>
        <translation>Add a body with “New body…”.</translation>
    </message>
    <message>
        <source>Huvudmän: %1</source>
        <translation>Principals: %1</translation>
    </message>
    <message>
        <source>första § %1</source>
        <translation>first § %1</translation>
    </message>
    <message>
        <source>för anteckningar</source>
        <translation>keeps notes</translation>
    </message>
    <message>
        <source>%1 i uppdrag i dag, varav %2 röstberättigade</source>
        <translation>%1 in office today, %2 of them with voting rights</translation>
    </message>
    <message>
        <source>Ta bort ”%1” och dess ledamotslista? Personerna finns kvar.</source>
        <translation>Delete “%1” and its list of members? The people are kept.</translation>
    </message>
    <message>
        <source>Ta bort organ</source>
        <translation>Delete body</translation>
    </message>
    <message>
        <source>Ta bort uppdraget för %1? Gör det bara om det lades in av misstag; ett uppdrag som har upphört avslutas i stället.</source>
        <translation>Delete the appointment of %1? Only do this if it was entered by mistake; an appointment that has come to an end should be ended instead.</translation>
    </message>
    <message>
        <source>Ta bort uppdrag</source>
        <translation>Delete appointment</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Ändra organ</source>
        <translation>Change body</translation>
    </message>
    <message>
        <source>Nytt organ</source>
        <translation>New body</translation>
    </message>
    <message>
        <source>t.ex. Kommunstyrelsens arbetsutskott</source>
        <translation>e.g. Municipal Executive Board working committee</translation>
    </message>
    <message>
        <source>t.ex. Exempelkommun, Region Väst och Arbetsförmedlingen</source>
        <translation>e.g. Exempelkommun, Region Väst and the Public Employment Service</translation>
    </message>
    <message>
        <source>För &amp;anteckningar i stället för protokoll</source>
        <translation>Keep n&amp;otes instead of minutes</translation>
    </message>
    <message>
        <source>För mindre formella organ, t.ex. ett ungdomsråd: punkt, ärende och utfall.</source>
        <translation>For less formal bodies, e.g. a youth council: item, matter and outcome.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Huvudmän:</source>
        <translation>&amp;Principals:</translation>
    </message>
    <message>
        <source>&amp;Paragrafnumrering:</source>
        <translation>&amp;Section numbering:</translation>
    </message>
    <message>
        <source>&amp;Första paragrafnummer:</source>
        <translation>&amp;First section number:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Nästa paragraf i ett nytt protokoll får numret %1.</source>
        <translation>The next section in new minutes will be number %1.</translation>
    </message>
    <message>
        <source>Senast använda nummer är § %1.</source>
        <translation>The last number used is § %1.</translation>
    </message>
    <message>
        <source>Årets första protokoll börjar på § 1; numren fortsätter över årets möten.</source>
        <translation>The year&apos;s first minutes start at § 1; the numbers continue across the year&apos;s meetings.</translation>
    </message>
    <message>
        <source>Varje protokoll börjar på § 1.</source>
        <translation>Each set of minutes starts at § 1.</translation>
    </message>
</context>
<context>
    <name>BodyTableModel</name>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ledamöter</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Exportera till kalender</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporterat</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Historik – %1</source>
        <translation>History – %1</translation>
    </message>
    <message>
        <source>Ändringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Varje sparad ändring, med vem som gjorde den och när. Den senaste står överst.</source>
        <translation>Every saved change, with who made it and when. The latest is at the top.</translation>
    </message>
    <message>
        <source>De senaste ändringarna i hela databasen. Vem som står som ändrare ställs in under Inställningar › Allmänt.</source>
        <translation>The latest changes in the whole database. The name your changes are logged under is set in Settings › General.</translation>
    </message>
    <message>
        <source>&amp;Vem:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>&amp;Sök uppgift:</source>
        <translation>&amp;Search record:</translation>
    </message>
    <message>
        <source>t.ex. en del av en rubrik eller ett namn</source>
        <translation>e.g. part of a title or a name</translation>
    </message>
    <message>
        <source>Ändringar</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Inga ändringar är loggade ännu.</source>
        <translation>No changes have been logged yet.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat uppgiften, när och vad</source>
        <translation>Who changed the record, when and what</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Ändringar</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Tabell med diagrammets värden</source>
        <translation>Table of the chart&apos;s values</translation>
    </message>
    <message>
        <source>&amp;Kopiera tabellen</source>
        <translation>Copy &amp;table</translation>
    </message>
    <message>
        <source>Kopierar tabellen med rubriker, så att den kan klistras in i Excel</source>
        <translation>Copies the table with its headings, so that it can be pasted into Excel</translation>
    </message>
    <message>
        <source>Spara diagrammet som &amp;bild…</source>
        <translation>Save chart as i&amp;mage…</translation>
    </message>
    <message>
        <source>Spara diagrammet som bild</source>
        <translation>Save chart as image</translation>
    </message>
    <message>
        <source>PNG-bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Bilden kunde inte sparas i {path}. Kontrollera att mappen finns och att du får skriva i den.</source>
        <translation>The image could not be saved to {path}. Check that the folder exists and that you are allowed to write to it.</translation>
    </message>
</context>
<context>
    <name>CheckListDialog</name>
    <message>
        <source>Filtrera…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Välj</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>ChooseKpiDialog</name>
    <message>
        <source>Välj nyckeltal</source>
        <translation>Choose indicator</translation>
    </message>
    <message>
        <source>Bladet anger inte vilket nyckeltal värdena gäller. Sök och välj det.</source>
        <translation>The sheet does not say which indicator the values are for. Search for it and choose it.</translation>
    </message>
    <message>
        <source>Sök på id eller namn</source>
        <translation>Search by ID or name</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Välj ett nyckeltal i listan.</source>
        <translation>Choose an indicator in the list.</translation>
    </message>
</context>
<context>
    <name>ChooseMunicipalityDialog</name>
    <message>
        <source>Välj kommun</source>
        <translation>Choose municipality</translation>
    </message>
    <message>
        <source>Bladet anger inte vilken kommun värdena gäller. Välj kommunen.</source>
        <translation>The sheet does not say which municipality the values are for. Choose the municipality.</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Välj en kommun i listan.</source>
        <translation>Choose a municipality in the list.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Koppla kolumner</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <source>Kolumnerna kunde inte tolkas säkert. Ange vad varje kolumn innehåller; kopplingen sparas och används nästa gång ett blad har samma rubriker.</source>
        <translation>The columns could not be interpreted with certainty. State what each column contains; the mapping is saved and used the next time a sheet has the same headings.</translation>
    </message>
    <message>
        <source>(utan rubrik)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Kolumn {letter}</source>
        <translation>Column {letter}</translation>
    </message>
    <message>
        <source>t.ex. ”{value}”</source>
        <translation>e.g. “{value}”</translation>
    </message>
    <message>
        <source>Välj varje innehåll för en kolumn bara: {fields}.</source>
        <translation>Choose each kind of content for one column only: {fields}.</translation>
    </message>
    <message>
        <source>Ange vilken kolumn som innehåller värdet.</source>
        <translation>State which column contains the value.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Globala mål</source>
        <translation>Global Goals</translation>
    </message>
    <message>
        <source>Insatsområden</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>Målsättningar</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Ändra synpunkt</source>
        <translation>Change comment</translation>
    </message>
    <message>
        <source>Ny synpunkt</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>t.ex. Ungdomsrådet, en invånare</source>
        <translation>e.g. the youth council, a resident</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Vad gjordes med synpunkten?</source>
        <translation>What was done with the comment?</translation>
    </message>
    <message>
        <source>&amp;Synpunkt:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Avsändare:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Mottagen:</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>&amp;Gäller:</source>
        <translation>Conc&amp;erns:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Återkoppling:</source>
        <translation>Fee&amp;dback:</translation>
    </message>
    <message>
        <source>&amp;Datum för återkoppling:</source>
        <translation>Feedbac&amp;k date:</translation>
    </message>
    <message>
        <source>Inget valt ännu</source>
        <translation>Nothing chosen yet</translation>
    </message>
    <message>
        <source>Vad gäller synpunkten?</source>
        <translation>What does the comment concern?</translation>
    </message>
</context>
<context>
    <name>CommentEvidenceModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Synpunkt</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CommentTableModel</name>
    <message>
        <source>Synpunkt</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Avsändare</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Mottagen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Återkoppling</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>CommitmentDetail</name>
    <message>
        <source>&amp;Belägg:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Belägg</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Lägg till &amp;belägg…</source>
        <translation>&amp;Add evidence…</translation>
    </message>
    <message>
        <source>Ta bort b&amp;elägg</source>
        <translation>&amp;Remove evidence</translation>
    </message>
    <message>
        <source>Inget åtagande valt</source>
        <translation>No commitment selected</translation>
    </message>
    <message>
        <source>Välj ett åtagande i tabellen för att se dess status och belägg.</source>
        <translation>Choose a commitment in the table to see its status and evidence.</translation>
    </message>
    <message>
        <source>Inga belägg ännu. Lägg till det som visar att åtagandet hålls.</source>
        <translation>No evidence yet. Add what shows that the commitment is being kept.</translation>
    </message>
    <message>
        <source>Ansvarig: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>ingen angiven</source>
        <translation>none given</translation>
    </message>
    <message>
        <source>Klart senast: %1</source>
        <translation>Due by: %1</translation>
    </message>
    <message>
        <source>ej angivet</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Anteckning: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>punkt %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Diarienummer %1</source>
        <translation>Diary number %1</translation>
    </message>
    <message>
        <source>Justerat %1</source>
        <translation>Approved %1</translation>
    </message>
    <message>
        <source>Ej justerat</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Gå till %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>Ta bort belägget ”%1”? Det som belägget pekar på finns kvar; bara kopplingen tas bort.</source>
        <translation>Remove the evidence “%1”? What the evidence points to is kept; only the link is removed.</translation>
    </message>
    <message>
        <source>Ta bort belägg</source>
        <translation>Remove evidence</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Ändra åtagande</source>
        <translation>Change commitment</translation>
    </message>
    <message>
        <source>Nytt åtagande</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <source>t.ex. Kommunstyrelsen fattar beslut om att delta i nätverket</source>
        <translation>e.g. The Municipal Executive Board decides to take part in the network</translation>
    </message>
    <message>
        <source>Utfästelse – något vi lovar</source>
        <translation>Pledge – something we promise</translation>
    </message>
    <message>
        <source>Förväntning – något nätverket väntar sig av oss</source>
        <translation>Expectation – something the network expects of us</translation>
    </message>
    <message>
        <source>(ingen ansvarig person)</source>
        <translation>(no responsible person)</translation>
    </message>
    <message>
        <source>(ingen ansvarig enhet)</source>
        <translation>(no responsible unit)</translation>
    </message>
    <message>
        <source>Automatiskt (följer beläggen)</source>
        <translation>Automatic (follows the evidence)</translation>
    </message>
    <message>
        <source>%1 (satt för hand)</source>
        <translation>%1 (set by hand)</translation>
    </message>
    <message>
        <source>&amp;Åtagande:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Ansvarig &amp;person:</source>
        <translation>Responsible &amp;person:</translation>
    </message>
    <message>
        <source>Ansvarig &amp;enhet:</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Klart senast:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Statusen följer beläggen: uppfylld när ett belägg är klart, pågår när arbete pågår, och försenad när datumet passerats.</source>
        <translation>The status follows the evidence: fulfilled when a piece of evidence is done, in progress when work is in progress, and overdue when the date has passed.</translation>
    </message>
    <message>
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Statusen står kvar tills ni ändrar den, oavsett belägg och datum. Välj ”Automatiskt” för att låta den följa beläggen igen.</source>
        <translation>The status stays until you change it, regardless of evidence and dates. Choose “Automatic” to let it follow the evidence again.</translation>
    </message>
</context>
<context>
    <name>CommitmentDisplay</name>
    <message>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Uppfylld</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Ej aktuell</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Utfästelse</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <source>Förväntning</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Protokollsparagraf</source>
        <translation>Minutes section</translation>
    </message>
    <message>
        <source>Steg i styrcykeln</source>
        <translation>Step in the steering cycle</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Arbete pågår</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>(satt för hand)</source>
        <translation>(set by hand)</translation>
    </message>
    <message>
        <source>(satt för hand: %1)</source>
        <translation>(set by hand: %1)</translation>
    </message>
    <message>
        <source>Inga</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 klart</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>%1 pågår</source>
        <translation>%1 in progress</translation>
    </message>
    <message>
        <source>%1 saknas</source>
        <translation>%1 missing</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Åtagande/förväntning</source>
        <translation>Commitment/expectation</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Belägg</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Sök i åtaganden, ansvariga och belägg…</source>
        <translation>Search commitments, responsible people and evidence…</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Utfästelser</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <source>Förväntningar</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Bara &amp;försenade</source>
        <translation>Only o&amp;verdue</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Åtaganden</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>&amp;Ny…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>&amp;Upp</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>N&amp;ed</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>Inga åtaganden ännu. Lägg till dem med ”Ny…”.</source>
        <translation>No commitments yet. Add them with “New…”.</translation>
    </message>
    <message>
        <source>1 åtagande · uppfyllda: %2 · försenade: %3</source>
        <translation>1 commitment · fulfilled: %2 · overdue: %3</translation>
    </message>
    <message>
        <source>%1 åtaganden · uppfyllda: %2 · försenade: %3</source>
        <translation>%1 commitments · fulfilled: %2 · overdue: %3</translation>
    </message>
    <message>
        <source>Ta bort åtagandet ”%1” och dess belägg? Det som beläggen pekar på finns kvar.</source>
        <translation>Delete the commitment “%1” and its evidence? What the evidence points to is kept.</translation>
    </message>
    <message>
        <source>Ta bort åtagande</source>
        <translation>Delete commitment</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Jämför nulägesanalyser</source>
        <translation>Compare status analyses</translation>
    </message>
    <message>
        <source>&amp;Jämför med:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Det finns bara en styrcykel. Starta en ny för att kunna jämföra.</source>
        <translation>There is only one steering cycle. Start a new one to be able to compare.</translation>
    </message>
    <message>
        <source>Från %1 till %2. %3</source>
        <translation>From %1 to %2. %3</translation>
    </message>
    <message>
        <source>Inget mål är bedömt i någon av dem.</source>
        <translation>No goal has been assessed in either of them.</translation>
    </message>
</context>
<context>
    <name>ComparePicker</name>
    <message>
        <source>Jämför med kommuner</source>
        <translation>Compare with municipalities</translation>
    </message>
    <message>
        <source>Sök kommun eller kommunkod</source>
        <translation>Search by municipality or municipality code</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Jämför</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Välj upp till {count} kommuner. De ritas som tunnare linjer bredvid kommunen, riket, länet och kommungruppen.</source>
        <translation>Choose up to {count} municipalities. They are drawn as thinner lines beside the municipality, Sweden, the county and the municipality group.</translation>
    </message>
    <message>
        <source>Välj högst {most} kommuner (nu {count}).</source>
        <translation>Choose at most {most} municipalities (now {count}).</translation>
    </message>
    <message>
        <source>1 kommun vald</source>
        <translation>1 municipality chosen</translation>
    </message>
    <message>
        <source>{count} kommuner valda</source>
        <translation>{count} municipalities chosen</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Ändra roll</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Lägg till kontaktperson</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Skriv för att söka i personregistret</source>
        <translation>Type to search the register of people</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>t.ex. processledare</source>
        <translation>e.g. process leader</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>välj en person ur personregistret, eller lägg till en ny person.</source>
        <translation>choose a person from the register of people, or add a new person.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>CycleBar</name>
    <message>
        <source>S&amp;tyrcykel:</source>
        <translation>Steering c&amp;ycle:</translation>
    </message>
    <message>
        <source>Ny styrcykel…</source>
        <translation>New steering cycle…</translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Nulägesanalys</source>
        <translation>Status analysis</translation>
    </message>
    <message>
        <source>Prioritera och sätt egna mål</source>
        <translation>Prioritise and set own goals</translation>
    </message>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Kommunicera och involvera</source>
        <translation>Communicate and involve</translation>
    </message>
    <message>
        <source>Följ upp och analysera</source>
        <translation>Follow up and analyse</translation>
    </message>
    <message>
        <source>Ni har inte startat någon styrcykel ännu. En styrcykel följer oftast mandatperioden och går i fem steg: nulägesanalys, prioriterade mål, handlingsplan, kommunikation och dialog, och uppföljning.</source>
        <translation>You have not started a steering cycle yet. A steering cycle usually follows the term of office and has five steps: status analysis, priorities and goals, action plan, communication and dialogue, and follow-up.</translation>
    </message>
    <message>
        <source>Starta en styrcykel…</source>
        <translation>Start a steering cycle…</translation>
    </message>
    <message>
        <source>Starta en ny styrcykel…</source>
        <translation>Start a new steering cycle…</translation>
    </message>
    <message>
        <source>Alla fem steg är klara. Nästa varv börjar med en ny nulägesanalys.</source>
        <translation>All five steps are done. The next round starts with a new status analysis.</translation>
    </message>
    <message>
        <source>Markera steget som klart</source>
        <translation>Mark step as done</translation>
    </message>
    <message>
        <source>Markera steg {number} som klart med dagens datum</source>
        <translation>Mark step {number} as done with today&apos;s date</translation>
    </message>
    <message>
        <source>Steg {number}, {name}, pågår.</source>
        <translation>Step {number}, {name}, is in progress.</translation>
    </message>
    <message>
        <source>Markera steg {number}, {name}, som klart i dag ({date})?</source>
        <translation>Mark step {number}, {name}, as done today ({date})?</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Databasen är skadad</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Det finns ingen hel säkerhetskopia av databasen i mappen
{folder}

Öppna en annan databas eller skapa en ny. Kontakta supporten om du behöver hjälp att rädda innehållet; ta då med den skadade filen, som inte har ändrats.</source>
        <translation>There is no intact backup of the database in the folder
{folder}

Open another database or create a new one. Contact support if you need help to rescue the contents; bring the damaged file, which has not been changed.</translation>
    </message>
    <message>
        <source>{problem}

Välj en säkerhetskopia att återställa; den nyaste hela kopian är vald, och skadade kopior visas inte. Den skadade databasen sparas i mappen med säkerhetskopior, så ingenting tas bort.</source>
        <translation>{problem}

Choose a backup to restore; the newest intact copy is chosen, and damaged copies are not shown. The damaged database is kept in the backup folder, so nothing is removed.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Agenda Desktop-databaser (*{suffix})</source>
        <translation>Agenda Desktop databases (*{suffix})</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Filen {path} finns redan och skrivs inte över. Välj ett nytt namn, eller öppna filen med Arkiv › Öppna databas.</source>
        <translation>The file {path} already exists and will not be overwritten. Choose a new name, or open the file with File › Open database.</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Åtagande</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Remiss</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Finansieringsbeslut</source>
        <translation>Financing decision</translation>
    </message>
    <message>
        <source>Faktura</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>⚠ Försenad sedan %1</source>
        <translation>⚠ Overdue since %1</translation>
    </message>
    <message>
        <source>I dag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>%1, avgift för %2</source>
        <translation>%1, fee for %2</translation>
    </message>
    <message>
        <source>1 synpunkt utan återkoppling</source>
        <translation>1 comment without feedback</translation>
    </message>
    <message>
        <source>%1 synpunkter utan återkoppling</source>
        <translation>%1 comments without feedback</translation>
    </message>
    <message>
        <source>Inget förfaller de närmaste %1 dagarna.</source>
        <translation>Nothing is due in the next %1 days.</translation>
    </message>
    <message>
        <source>… och %1 till.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Att göra</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Var</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Gå till sidan där det görs</source>
        <translation>Go to the page where it is done</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>t.ex. Kommunstyrelsen beslutar</source>
        <translation>e.g. The Municipal Executive Board decides</translation>
    </message>
    <message>
        <source>&amp;Lägg till att-sats</source>
        <translation>&amp;Add clause</translation>
    </message>
    <message>
        <source>Ta &amp;bort att-sats</source>
        <translation>&amp;Remove clause</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta ne&amp;d</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Spara beslutet</source>
        <translation>&amp;Save decision</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat paragrafen, när och vad</source>
        <translation>Who changed the paragraph, when and what</translation>
    </message>
    <message>
        <source>Beslutets &amp;inledning:</source>
        <translation>Decision &amp;introduction:</translation>
    </message>
    <message>
        <source>&amp;Att-satser:</source>
        <translation>“That” &amp;clauses:</translation>
    </message>
    <message>
        <source>&amp;Reservationer:</source>
        <translation>&amp;Dissents (reservations):</translation>
    </message>
    <message>
        <source>Pr&amp;otokollsanteckning:</source>
        <translation>&amp;Minuted statement:</translation>
    </message>
    <message>
        <source>U&amp;tfall:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Rättelse a&amp;v:</source>
        <translation>Correctio&amp;n of:</translation>
    </message>
    <message>
        <source>Rättar inget tidigare beslut</source>
        <translation>Corrects no earlier decision</translation>
    </message>
    <message>
        <source>Välj en paragraf i listan.</source>
        <translation>Choose a section in the list.</translation>
    </message>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>Punkt %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Dnr %1</source>
        <translation>Reg. no. %1</translation>
    </message>
    <message>
        <source>Rättad genom %1</source>
        <translation>Corrected by %1</translation>
    </message>
    <message>
        <source>Rättar %1</source>
        <translation>Corrects %1</translation>
    </message>
    <message>
        <source>att </source>
        <translation>that </translation>
    </message>
</context>
<context>
    <name>DialogueDisplay</name>
    <message>
        <source>Medborgardialog</source>
        <translation>Citizen dialogue</translation>
    </message>
    <message>
        <source>Ungdomsråd</source>
        <translation>Youth council</translation>
    </message>
    <message>
        <source>Remiss</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Enkät</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Annan aktivitet</source>
        <translation>Other activity</translation>
    </message>
    <message>
        <source>Kvinnor</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Män</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Annat eller ej angivet</source>
        <translation>Other or not stated</translation>
    </message>
    <message>
        <source>0–15 år</source>
        <translation>0–15 years</translation>
    </message>
    <message>
        <source>16–24 år</source>
        <translation>16–24 years</translation>
    </message>
    <message>
        <source>25–44 år</source>
        <translation>25–44 years</translation>
    </message>
    <message>
        <source>45–64 år</source>
        <translation>45–64 years</translation>
    </message>
    <message>
        <source>65 år och äldre</source>
        <translation>65 years and older</translation>
    </message>
    <message>
        <source>Ålder ej angiven</source>
        <translation>Age not stated</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Behandlas</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Besvarad</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Mål %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <source>Målsättning %1</source>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>om %1 dagar</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>i morgon</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>gick ut i går</source>
        <translation>closed yesterday</translation>
    </message>
    <message>
        <source>gick ut för %1 dagar sedan</source>
        <translation>closed %1 days ago</translation>
    </message>
    <message>
        <source>Sista dag för synpunkter: %1 (%2)</source>
        <translation>Last day for comments: %1 (%2)</translation>
    </message>
    <message>
        <source>alla synpunkter har fått återkoppling</source>
        <translation>all comments have had feedback</translation>
    </message>
    <message>
        <source>1 synpunkt saknar återkoppling</source>
        <translation>1 comment has no feedback</translation>
    </message>
    <message>
        <source>%1 synpunkter saknar återkoppling</source>
        <translation>%1 comments have no feedback</translation>
    </message>
</context>
<context>
    <name>DialoguePage</name>
    <message>
        <source>Det finns ingen styrcykel ännu. Starta en med ”Ny styrcykel…” ovan, så kan ni sedan föra in dialoger, remisser och deras synpunkter här.</source>
        <translation>There is no steering cycle yet. Start one with “New steering cycle…” above, and you can then enter dialogues, consultations and their comments here.</translation>
    </message>
    <message>
        <source>&amp;Dialoger</source>
        <translation>&amp;Dialogues</translation>
    </message>
    <message>
        <source>&amp;Ordlista</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>Kommunicera och involvera</source>
        <translation>Communicate and involve</translation>
    </message>
    <message>
        <source>Steg 4 i styrcykeln: för in medborgardialoger, ungdomsråd, remisser och workshoppar, vilka som deltog och vilka synpunkter som kom in. Koppla varje synpunkt till de mål den gäller och ge återkoppling.</source>
        <translation>Step 4 of the steering cycle: enter citizen dialogues, youth councils, consultations and workshops, who took part and which comments came in. Link each comment to the goals it concerns and give feedback.</translation>
    </message>
</context>
<context>
    <name>DialoguesTab</name>
    <message>
        <source>&amp;Ny aktivitet…</source>
        <translation>&amp;New activity…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra aktivitet…</source>
        <translation>Change &amp;activity…</translation>
    </message>
    <message>
        <source>Ta bort a&amp;ktivitet…</source>
        <translation>Delete act&amp;ivity…</translation>
    </message>
    <message>
        <source>Dialogaktiviteter</source>
        <translation>Dialogue activities</translation>
    </message>
    <message>
        <source>Välj en aktivitet i listan för att se dess synpunkter och deltagare.</source>
        <translation>Choose an activity in the list to see its comments and participants.</translation>
    </message>
    <message>
        <source>%1 aktiviteter · %2 synpunkter · %3 obesvarade</source>
        <translation>%1 activities · %2 comments · %3 unanswered</translation>
    </message>
    <message>
        <source>Ta bort ”%1” med dess %2 synpunkter och deltagaruppgifter? Det går inte att ångra.</source>
        <translation>Delete “%1” with its %2 comments and participant details? This cannot be undone.</translation>
    </message>
    <message>
        <source>Ta bort aktivitet</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Ta bort synpunkten ”%1”? Det går inte att ångra.</source>
        <translation>Delete the comment “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Ta bort synpunkt</source>
        <translation>Delete comment</translation>
    </message>
</context>
<context>
    <name>DueNext</name>
    <message>
        <source>Gör nulägesanalysen: bedöm hur kommunen ligger till för de 17 globala målen.</source>
        <translation>Do the status analysis: assess where the municipality stands on the 17 Global Goals.</translation>
    </message>
    <message>
        <source>Prioritera de viktigaste målen och sätt egna målsättningar med indikatorer och målvärden.</source>
        <translation>Prioritise the most important goals and set your own objectives with indicators and target values.</translation>
    </message>
    <message>
        <source>Gör handlingsplanen: konkreta åtgärder med ansvariga, datum och koppling till målsättningarna.</source>
        <translation>Draw up the action plan: concrete actions with responsibilities, dates and links to the objectives.</translation>
    </message>
    <message>
        <source>Kommunicera och involvera: dialoger, remiss och återkoppling på synpunkterna.</source>
        <translation>Communicate and involve: dialogues, consultation and feedback on the comments.</translation>
    </message>
    <message>
        <source>Följ upp och analysera: utfall mot målvärden, åtgärdernas status och vad som behöver ändras.</source>
        <translation>Follow up and analyse: outcomes against target values, the status of the actions and what needs to change.</translation>
    </message>
    <message>
        <source>Starta en styrcykel för mandatperioden. Den börjar med en nulägesanalys.</source>
        <translation>Start a steering cycle for the term of office. It begins with a status analysis.</translation>
    </message>
    <message>
        <source>1 åtgärd har passerat sitt slutdatum utan att vara klar. Se över status och datum i handlingsplanen.</source>
        <translation>1 action is past its due date without being done. Review its status and dates in the action plan.</translation>
    </message>
    <message>
        <source>%1 åtgärder har passerat sitt slutdatum utan att vara klara. Se över status och datum i handlingsplanen.</source>
        <translation>%1 actions are past their due date without being done. Review their status and dates in the action plan.</translation>
    </message>
    <message>
        <source>1 synpunkt på remissen saknar återkoppling, och remisstiden går ut %2.</source>
        <translation>1 comment on the consultation has no feedback yet, and the consultation closes on %2.</translation>
    </message>
    <message>
        <source>%1 synpunkter på remissen saknar återkoppling, och remisstiden går ut %2.</source>
        <translation>%1 comments on the consultation have no feedback yet, and the consultation closes on %2.</translation>
    </message>
    <message>
        <source>1 synpunkt på remissen saknar återkoppling, och remisstiden gick ut %2.</source>
        <translation>1 comment on the consultation has no feedback yet, and the consultation closed on %2.</translation>
    </message>
    <message>
        <source>%1 synpunkter på remissen saknar återkoppling, och remisstiden gick ut %2.</source>
        <translation>%1 comments on the consultation have no feedback yet, and the consultation closed on %2.</translation>
    </message>
    <message>
        <source>Det finns ingen uppföljning av %1 ännu. Gör den årliga uppföljningen, gärna i samband med årsredovisningen.</source>
        <translation>There is no follow-up of %1 yet. Do the annual follow-up, ideally together with the annual report.</translation>
    </message>
    <message>
        <source>Inget av de 17 målen är bedömt i nulägesanalysen ännu.</source>
        <translation>None of the 17 goals has been assessed in the status analysis yet.</translation>
    </message>
    <message>
        <source>1 av de 17 målen är inte bedömt i nulägesanalysen.</source>
        <translation>1 of the 17 goals has not been assessed in the status analysis.</translation>
    </message>
    <message>
        <source>%1 av de 17 målen är inte bedömda i nulägesanalysen.</source>
        <translation>%1 of the 17 goals have not been assessed in the status analysis.</translation>
    </message>
    <message>
        <source>Alla fem steg är klara. Starta nästa varv med en ny styrcykel och en ny nulägesanalys.</source>
        <translation>All five steps are done. Start the next round with a new steering cycle and a new status analysis.</translation>
    </message>
    <message>
        <source>Steg %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>DueNextPanel</name>
    <message>
        <source>Gå till %1</source>
        <translation>Go to %1</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Någon annan har ändrat samtidigt</source>
        <translation>Someone else has changed this at the same time</translation>
    </message>
    <message>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ”%2”&lt;/b&gt; sparades av %3 %4 medan du redigerade. Inget av det du ändrade är sparat ännu. Välj vilket värde som ska gälla där ni båda har ändrat; det som bara en av er ändrat behålls.</source>
        <translation>&lt;b&gt;%1 “%2”&lt;/b&gt; was saved by %3 %4 while you were editing. Nothing you changed has been saved yet. Choose which value applies where you both made changes; what only one of you changed is kept.</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>När du började</source>
        <translation>When you began</translation>
    </message>
    <message>
        <source>Din version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Sparad version (%1)</source>
        <translation>Saved version (%1)</translation>
    </message>
    <message>
        <source>Spara med dessa val</source>
        <translation>Save with these choices</translation>
    </message>
    <message>
        <source>Välj alla mina</source>
        <translation>Choose all mine</translation>
    </message>
    <message>
        <source>Välj alla sparade</source>
        <translation>Choose all saved</translation>
    </message>
    <message>
        <source>Tillbaka till redigeringen</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>Okänt: ändringen gjordes utan att loggas.</source>
        <translation>Unknown: the change was made without being logged.</translation>
    </message>
    <message>
        <source>%1 (behålls)</source>
        <translation>%1 (kept)</translation>
    </message>
    <message>
        <source>Inget sparades</source>
        <translation>Nothing was saved</translation>
    </message>
</context>
<context>
    <name>EffortDialog</name>
    <message>
        <source>t.ex. ställa krav på förnybar energi vid upphandling</source>
        <translation>e.g. requiring renewable energy in procurement</translation>
    </message>
    <message>
        <source>&amp;Det gör vi genom att:</source>
        <translation>&amp;How we will get there:</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Avsluta uppdrag</source>
        <translation>End appointment</translation>
    </message>
    <message>
        <source>%1 som %2 i %3, sedan %4.</source>
        <translation>%1 as %2 of %3, since %4.</translation>
    </message>
    <message>
        <source>&amp;Sista dag i uppdraget:</source>
        <translation>&amp;Last day of appointment:</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Lägg till belägg</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Belägg för: %1</source>
        <translation>Evidence for: %1</translation>
    </message>
    <message>
        <source>Möjliga belägg</source>
        <translation>Possible evidence</translation>
    </message>
    <message>
        <source>Frivilligt, t.ex. vad beslutet innebär</source>
        <translation>Optional, e.g. what the decision means</translation>
    </message>
    <message>
        <source>&amp;Slag av belägg:</source>
        <translation>&amp;Kind of evidence:</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Välj:</source>
        <translation>&amp;Choose:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sök på rubrik, ärende, beslut eller diarienummer…</source>
        <translation>Search by title, matter, decision or diary number…</translation>
    </message>
    <message>
        <source>Sök på namn…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Inget hittades. Pröva ett annat sökord.</source>
        <translation>Nothing found. Try another search word.</translation>
    </message>
    <message>
        <source>Det finns inga protokollsparagrafer ännu (Möten och protokoll).</source>
        <translation>There are no minutes sections yet (Meetings and minutes).</translation>
    </message>
    <message>
        <source>Det finns ingen styrcykel ännu.</source>
        <translation>There is no steering cycle yet.</translation>
    </message>
    <message>
        <source>Handlingsplanen har inga åtgärder ännu.</source>
        <translation>The action plan has no actions yet.</translation>
    </message>
    <message>
        <source>Nätverket har inga dokument ännu (fliken Dokument).</source>
        <translation>The network has no documents yet (the Documents tab).</translation>
    </message>
    <message>
        <source>Det finns inga organ ännu (Möten och protokoll).</source>
        <translation>There are no bodies yet (Meetings and minutes).</translation>
    </message>
    <message>
        <source>Inget att välja.</source>
        <translation>Nothing to choose.</translation>
    </message>
    <message>
        <source>välj ett belägg i listan.</source>
        <translation>choose a piece of evidence in the list.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exportera nyckeltal</source>
        <translation>Export indicators</translation>
    </message>
    <message>
        <source>Filnamn</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Det valda nyckeltalet ({id})</source>
        <translation>The selected indicator ({id})</translation>
    </message>
    <message numerus="yes">
        <source>Nyckeltalen i listan (%n st)</source>
        <translation>
            <numerusform>The indicator in the list (%n)</numerusform>
            <numerusform>The indicators in the list (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alla nyckeltal med värden</source>
        <translation>All indicators with values</translation>
    </message>
    <message>
        <source>kommunen</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <source>{name} (alltid med)</source>
        <translation>{name} (always included)</translation>
    </message>
    <message>
        <source>Riket</source>
        <translation>Sweden (national total)</translation>
    </message>
    <message>
        <source>Länet</source>
        <translation>The county</translation>
    </message>
    <message>
        <source>Alla kommuner, regioner och riket</source>
        <translation>All municipalities, regions and Sweden</translation>
    </message>
    <message>
        <source>Avbrutet. Ingen fil sparades.</source>
        <translation>Cancelled. No file was saved.</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Nyckeltal:</source>
        <translation>Indicators:</translation>
    </message>
    <message>
        <source>Områden:</source>
        <translation>Areas:</translation>
    </message>
    <message>
        <source>Kommungruppen</source>
        <translation>The municipality group (SKR)</translation>
    </message>
    <message>
        <source>Kommungrupp {code} ({title})</source>
        <translation>Municipality group (SKR) {code} ({title})</translation>
    </message>
    <message>
        <source>nyckeltal</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>Exportera till fil</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Filen {name} finns redan. Vill du ersätta den?</source>
        <translation>The file {name} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Ersätta filen?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>1 värde för {indicators} nyckeltal sparades i {path}.</source>
        <translation>1 value was saved to {path} (indicators: {indicators}).</translation>
    </message>
    <message>
        <source>{n} värden för {indicators} nyckeltal sparades i {path}.</source>
        <translation>{n} values were saved to {path} (indicators: {indicators}).</translation>
    </message>
    <message>
        <source>Exporten är klar</source>
        <translation>Export finished</translation>
    </message>
</context>
<context>
    <name>FinancingDialog</name>
    <message>
        <source>Ändra finansieringsåtagande</source>
        <translation>Change financing commitment</translation>
    </message>
    <message>
        <source>Nytt finansieringsåtagande</source>
        <translation>New financing commitment</translation>
    </message>
    <message>
        <source>t.ex. Rekommendation om samfinansiering 2024–2027</source>
        <translation>e.g. Recommendation on joint financing 2024–2027</translation>
    </message>
    <message>
        <source>Var beloppet kommer ifrån, t.ex. bilaga 2</source>
        <translation>Where the amount comes from, e.g. attachment 2</translation>
    </message>
    <message>
        <source>&amp;Rekommendation:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>Beslut &amp;senast:</source>
        <translation>Decide &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Besluts&amp;datum:</source>
        <translation>Decision da&amp;te:</translation>
    </message>
    <message>
        <source>Beslutspara&amp;graf:</source>
        <translation>De&amp;cision section:</translation>
    </message>
    <message>
        <source>&amp;Period (första–sista år):</source>
        <translation>&amp;Period (first–last year):</translation>
    </message>
    <message>
        <source>Per år &amp;exkl. moms (kr):</source>
        <translation>Per year &amp;excl. VAT (SEK):</translation>
    </message>
    <message>
        <source>Per år &amp;inkl. moms (kr):</source>
        <translation>Per year &amp;incl. VAT (SEK):</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>FinancingDialogs</name>
    <message>
        <source>Ej angivet</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Beräkna inkl. moms (+25 %)</source>
        <translation>Calculate incl. VAT (+25 %)</translation>
    </message>
</context>
<context>
    <name>FinancingDisplay</name>
    <message>
        <source>Antagen</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Avböjd</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Ej beslutad</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>⚠ förfallen</source>
        <translation>⚠ overdue</translation>
    </message>
</context>
<context>
    <name>FinancingImportDialog</name>
    <message>
        <source>Importera belopp per kommun</source>
        <translation>Import amounts per municipality</translation>
    </message>
    <message>
        <source>Välj kalkylarket med rekommendationens belopp per kommun (en rad per kommun). Vår kommuns rad är förvald; välj en annan rad om den inte hittades. Beloppen blir åtagandets belopp per år för ”%1”.</source>
        <translation>Choose the spreadsheet with the recommendation&apos;s amounts per municipality (one row per municipality). Our municipality&apos;s row is preselected; choose another row if it was not found. The amounts become the commitment&apos;s amounts per year for “%1”.</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Rader i bladet</source>
        <translation>Rows in the sheet</translation>
    </message>
    <message>
        <source>Problem i bladet</source>
        <translation>Problems in the sheet</translation>
    </message>
    <message>
        <source>Använd beloppen</source>
        <translation>Use the amounts</translation>
    </message>
    <message>
        <source>Välj kalkylark med belopp per kommun</source>
        <translation>Choose a spreadsheet with amounts per municipality</translation>
    </message>
    <message>
        <source>Kalkylblad (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>%1, blad ”%2”: %3 rader</source>
        <translation>%1, sheet “%2”: %3 rows</translation>
    </message>
    <message>
        <source>Problem i bladet (%1):</source>
        <translation>Problems in the sheet (%1):</translation>
    </message>
    <message>
        <source>Välj den rad vars belopp ska användas.</source>
        <translation>Choose the row whose amounts are to be used.</translation>
    </message>
    <message>
        <source>Vald: rad %1, %2 – %3 exkl. moms, %4 inkl. moms.</source>
        <translation>Chosen: row %1, %2 – %3 excl. VAT, %4 incl. VAT.</translation>
    </message>
    <message>
        <source>Beloppet inkl. moms räknas fram som exkl. moms + 25 %.</source>
        <translation>The amount incl. VAT is calculated as the amount excl. VAT + 25 %.</translation>
    </message>
    <message>
        <source>Obs! Det är inte vår kommuns rad.</source>
        <translation>Note: this is not our municipality&apos;s row.</translation>
    </message>
    <message>
        <source>välj en rad i bladet.</source>
        <translation>choose a row in the sheet.</translation>
    </message>
</context>
<context>
    <name>FinancingTab</name>
    <message>
        <source>Finansieringsåtaganden</source>
        <translation>Financing commitments</translation>
    </message>
    <message>
        <source>&amp;Finansieringsåtaganden:</source>
        <translation>&amp;Financing commitments:</translation>
    </message>
    <message>
        <source>&amp;Ny…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Importera belopp…</source>
        <translation>&amp;Import amounts…</translation>
    </message>
    <message>
        <source>Inget finansieringsåtagande valt.</source>
        <translation>No financing commitment selected.</translation>
    </message>
    <message>
        <source>Totalt %1: %2 exkl. moms, %3 inkl. moms.</source>
        <translation>Total %1: %2 excl. VAT, %3 incl. VAT.</translation>
    </message>
    <message>
        <source>Fakturerat %1, varav betalt %2.</source>
        <translation>Invoiced %1, of which paid %2.</translation>
    </message>
    <message>
        <source>Beslut: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Källa: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Källa: ej angiven.</source>
        <translation>Source: not given.</translation>
    </message>
    <message>
        <source>Ta bort ”%1” med dess fakturor (%2 st.)?</source>
        <translation>Delete “%1” with its invoices (%2)?</translation>
    </message>
    <message>
        <source>Ta bort ”%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Ta bort finansieringsåtagande</source>
        <translation>Delete financing commitment</translation>
    </message>
</context>
<context>
    <name>FinancingTableModel</name>
    <message>
        <source>Rekommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Beslut
senast</source>
        <translation>Decide
by</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Per år
exkl. moms</source>
        <translation>Per year
excl. VAT</translation>
    </message>
    <message>
        <source>Per år
inkl. moms</source>
        <translation>Per year
incl. VAT</translation>
    </message>
    <message>
        <source>Fakturerat
inkl. moms</source>
        <translation>Invoiced
incl. VAT</translation>
    </message>
    <message>
        <source>Betalt
inkl. moms</source>
        <translation>Paid
incl. VAT</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Kom igång med Agenda Desktop</source>
        <translation>Get started with Agenda Desktop</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Vilken kommun arbetar du i? Sök på namnet eller den fyrsiffriga kommunkoden.</source>
        <translation>Which municipality do you work in? Search by name or by the four-digit municipality code.</translation>
    </message>
    <message>
        <source>Organisation och logotyp</source>
        <translation>Organisation and logo</translation>
    </message>
    <message>
        <source>Namnet och logotypen står på allt du skriver ut. Logotypen kan du lägga till senare.</source>
        <translation>The name and the logo appear on everything you print. You can add the logo later.</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Diary number</translation>
    </message>
    <message>
        <source>Prefixet står först i diarienumren på handlingar och protokoll, ofta förkortningen för nämnden eller kontoret.</source>
        <translation>The prefix comes first in the diary (registration) numbers of documents and minutes; it is often the abbreviation of the committee or office.</translation>
    </message>
    <message>
        <source>Profilen kunde inte sparas</source>
        <translation>The profile could not be saved</translation>
    </message>
</context>
<context>
    <name>FocusAreaDialog</name>
    <message>
        <source>t.ex. Hållbar samhällsplanering</source>
        <translation>e.g. Sustainable community planning</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Årlig uppföljning</source>
        <translation>Annual follow-up</translation>
    </message>
    <message>
        <source>Uppföljning av mandatperioden</source>
        <translation>Term-of-office follow-up</translation>
    </message>
    <message>
        <source>På väg</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Inte på väg</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>Uppnått</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Kan inte bedömas</source>
        <translation>Cannot be assessed</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pausad</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Mellan</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Det finns en aktuell nulägesanalys.</source>
        <translation>There is an up-to-date status analysis.</translation>
    </message>
    <message>
        <source>De egna målen är konkreta och riktade mot de utmaningar som analysen pekat ut.</source>
        <translation>The own goals are concrete and aimed at the challenges the analysis identified.</translation>
    </message>
    <message>
        <source>Målen är nedbrutna i mätbara indikatorer med målvärden.</source>
        <translation>The goals are broken down into measurable indicators with target values.</translation>
    </message>
    <message>
        <source>Indikatorerna följs upp i årsredovisningen.</source>
        <translation>The indicators are followed up in the annual report.</translation>
    </message>
    <message>
        <source>Åtgärderna är kopplade till målen och har ansvariga.</source>
        <translation>The actions are linked to the goals and have people responsible.</translation>
    </message>
    <message>
        <source>Uppföljningen publiceras för invånarna.</source>
        <translation>The follow-up is published for residents.</translation>
    </message>
</context>
<context>
    <name>FollowUpChart</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Diagram över indikatorns utveckling</source>
        <translation>Chart of the indicator’s development</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Rak linje från utgångsläget</source>
        <translation>Straight line from the baseline</translation>
    </message>
</context>
<context>
    <name>FollowUpDetailView</name>
    <message>
        <source>%1 · utfall till och med %2</source>
        <translation>%1 · outcomes up to and including %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Ni har ingen styrcykel ännu. Starta en med Ny styrcykel… ovan eller på Översikt; uppföljningen görs sedan per år och per mandatperiod.</source>
        <translation>You have no steering cycle yet. Start one with New steering cycle… above or on Overview; the follow-up is then done per year and per term of office.</translation>
    </message>
    <message>
        <source>&amp;Uppföljningar:</source>
        <translation>&amp;Follow-ups:</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Ny uppföljning…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Hist&amp;orik…</source>
        <translation>Hist&amp;ory…</translation>
    </message>
    <message>
        <source>Vem som ändrat uppföljningen, när och vad</source>
        <translation>Who changed the follow-up, when and what</translation>
    </message>
    <message>
        <source>Det finns ingen uppföljning i den här styrcykeln ännu. Välj Ny uppföljning… för att följa upp ett år eller hela mandatperioden.</source>
        <translation>There is no follow-up in this steering cycle yet. Choose New follow-up… to follow up a year or the whole term of office.</translation>
    </message>
    <message>
        <source>Följ upp och analysera</source>
        <translation>Follow up and analyse</translation>
    </message>
    <message>
        <source>Följ upp minst en gång om året: hur indikatorerna ligger till mot målvärdena, hur åtgärderna går, vad som har rört sig och varför, och vad ni behöver ändra. Publicera resultatet för invånarna.</source>
        <translation>Follow up at least once a year: how the indicators stand against the target values, how the actions are progressing, what has moved and why, and what you need to change. Publish the results for residents.</translation>
    </message>
    <message>
        <source>Inte publicerad</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>Publicerad %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>Ni har ändringar i %1 som inte är sparade. Spara dem nu?</source>
        <translation>You have unsaved changes in %1. Save them now?</translation>
    </message>
    <message>
        <source>Spara ändringarna</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Sparat %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Ta bort %1 med dess analys, mognadsbedömning och kommentarer? Det går inte att ångra.</source>
        <translation>Delete %1 with its analysis, maturity assessment and comments? This cannot be undone.</translation>
    </message>
    <message>
        <source>Ta bort uppföljningen</source>
        <translation>Delete the follow-up</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>GlossaryTab</name>
    <message>
        <source>Sök bland termer och förklaringar…</source>
        <translation>Search terms and explanations…</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Ny &amp;term…</source>
        <translation>New &amp;term…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra term…</source>
        <translation>C&amp;hange term…</translation>
    </message>
    <message>
        <source>Ta &amp;bort term…</source>
        <translation>De&amp;lete term…</translation>
    </message>
    <message>
        <source>Ordlista</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Svåra ord som används i programmet och rapporterna, förklarade med enkla ord. Ordlistan kan skrivas ut som bilaga till rapporterna.</source>
        <translation>Difficult words used in the application and the reports, explained in plain words. The glossary can be printed as an appendix to the reports.</translation>
    </message>
    <message>
        <source>Ta bort ”%1” ur ordlistan?</source>
        <translation>Delete “%1” from the glossary?</translation>
    </message>
    <message>
        <source>Ta bort term</source>
        <translation>Delete term</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Mål {number}: {name}</source>
        <translation>Goal {number}: {name}</translation>
    </message>
    <message>
        <source>Filtrera delmålen…</source>
        <translation>Filter the targets…</translation>
    </message>
    <message>
        <source>FN:s formulering: {title}</source>
        <translation>UN wording: {title}</translation>
    </message>
    <message>
        <source>Delmålens texter finns bara på engelska. Skriv kommunens egen korta svenska titel i mittkolumnen: dubbelklicka eller tryck F2. Den sparas direkt.</source>
        <translation>The targets&apos; texts exist only in English. Write the municipality&apos;s own short Swedish title in the middle column: double-click or press F2. It is saved at once.</translation>
    </message>
    <message>
        <source>{count} delmål</source>
        <translation>{count} targets</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>%1 B&amp;orde arbeta med: ett mål vi inte arbetat med men borde</source>
        <translation>%1 Sho&amp;uld work on: a goal we have not worked on but should</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ångra &amp;ändringarna</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Histori&amp;k…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <source>Vem som ändrat bedömningen, när och vad</source>
        <translation>Who changed the assessment, when and what</translation>
    </message>
    <message>
        <source>Mål %1: %2</source>
        <translation>Goal %1: %2</translation>
    </message>
    <message>
        <source>Inget sparades. Det som någon annan sparade står kvar; dina ändringar finns kvar i formuläret tills du sparar eller ångrar dem.</source>
        <translation>Nothing was saved. What someone else saved stands; your changes stay in the form until you save or discard them.</translation>
    </message>
    <message>
        <source>Ändringarna är inte sparade.</source>
        <translation>The changes are not saved.</translation>
    </message>
    <message>
        <source>Senast sparad %1.</source>
        <translation>Last saved %1.</translation>
    </message>
    <message>
        <source>Inte bedömt ännu i den här styrcykeln.</source>
        <translation>Not assessed yet in this steering cycle.</translation>
    </message>
</context>
<context>
    <name>GoalGrid</name>
    <message>
        <source>De 17 globala målen</source>
        <translation>The 17 Global Goals</translation>
    </message>
</context>
<context>
    <name>GoalLinkDialog</name>
    <message>
        <source>Koppla nyckeltalet till ett mål</source>
        <translation>Link the indicator to a goal</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Delmål:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Hela målet</source>
        <translation>The whole goal</translation>
    </message>
    <message>
        <source>Delmål {label}</source>
        <translation>Target {label}</translation>
    </message>
</context>
<context>
    <name>GoalOverview</name>
    <message>
        <source>Borde arbeta med</source>
        <translation>Should work on</translation>
    </message>
</context>
<context>
    <name>GoalTile</name>
    <message>
        <source>Mål {number}: {name}</source>
        <translation>Goal {number}: {name}</translation>
    </message>
    <message>
        <source>Öppna mål {number} och dess delmål</source>
        <translation>Open goal {number} and its targets</translation>
    </message>
    <message>
        <source>borde arbeta med</source>
        <translation>should work on</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Nyckeltal-id</source>
        <translation>Indicator ID</translation>
    </message>
    <message>
        <source>Kommun-id</source>
        <translation>Municipality ID</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nyckeltalets namn</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Orsak till saknat värde</source>
        <translation>Reason for missing value</translation>
    </message>
    <message>
        <source>Ignorera</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>ett värde per rad</source>
        <translation>one value per row</translation>
    </message>
    <message>
        <source>Agenda Desktops mall</source>
        <translation>Agenda Desktop&apos;s template</translation>
    </message>
    <message>
        <source>år eller områden som kolumner</source>
        <translation>years or areas as columns</translation>
    </message>
    <message>
        <source>okänd – kolumnerna behöver kopplas</source>
        <translation>unknown – the columns need to be mapped</translation>
    </message>
    <message>
        <source>används inte</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>antal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>värde</source>
        <translation>value</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message>
        <source>nya värden</source>
        <translation>new values</translation>
    </message>
    <message>
        <source>ändrade</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>oförändrade</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>avvisade</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Granska filen för att se vad som skulle ändras.</source>
        <translation>Check the file to see what would change.</translation>
    </message>
    <message numerus="yes">
        <source>%n nyckeltal</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>1 kommun/område</source>
        <translation>1 municipality/area</translation>
    </message>
    <message>
        <source>{n} kommuner/områden</source>
        <translation>{n} municipalities/areas</translation>
    </message>
    <message>
        <source>1 saknat värde sparas med orsak</source>
        <translation>1 missing value is saved with its reason</translation>
    </message>
    <message>
        <source>{n} saknade värden sparas med orsak</source>
        <translation>{n} missing values are saved with their reasons</translation>
    </message>
    <message numerus="yes">
        <source>Filen har %n problem och kan inte importeras förrän de är rättade. Ingenting har ändrats.</source>
        <translation>
            <numerusform>The file has %n problem and cannot be imported until it is corrected. Nothing has been changed.</numerusform>
            <numerusform>The file has %n problems and cannot be imported until they are corrected. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filen innehåller inga värden att importera.</source>
        <translation>The file contains no values to import.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importera nyckeltal</source>
        <translation>Import indicators</translation>
    </message>
    <message>
        <source>Ingen fil vald</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rubrikrad</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Raden med kolumnrubrikerna; ändra den om den är fel</source>
        <translation>The row with the column headings; change it if it is wrong</translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Koppla &amp;kolumner…</source>
        <translation>Map col&amp;umns…</translation>
    </message>
    <message>
        <source>Välj &amp;nyckeltal…</source>
        <translation>Choose in&amp;dicator…</translation>
    </message>
    <message>
        <source>Välj ko&amp;mmun…</source>
        <translation>Choose &amp;municipality…</translation>
    </message>
    <message>
        <source>Skapa &amp;lokala nyckeltal…</source>
        <translation>Create &amp;local indicators…</translation>
    </message>
    <message>
        <source>Avbrutet. Ingenting har ändrats.</source>
        <translation>Cancelled. Nothing has been changed.</translation>
    </message>
    <message>
        <source>&amp;Granska</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Blad:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Rubrikrad:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Välj fil att importera</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Kalkylblad (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Läser filen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Rubrikrad {row} vald: granska igen.</source>
        <translation>Header row {row} chosen: check again.</translation>
    </message>
    <message>
        <source>Uppställning: {layout}</source>
        <translation>Layout: {layout}</translation>
    </message>
    <message>
        <source>, rubriker på rad {row}</source>
        <translation>, headings on row {row}</translation>
    </message>
    <message>
        <source>Problem ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <source>Importen är klar: {new} nya och {changed} ändrade värden sparades ({unchanged} oförändrade).</source>
        <translation>The import is finished: {new} new and {changed} changed values were saved ({unchanged} unchanged).</translation>
    </message>
    <message>
        <source>Nya lokala nyckeltal: {ids}.</source>
        <translation>New local indicators: {ids}.</translation>
    </message>
    <message>
        <source>Importen är klar</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>IndicatorActions</name>
    <message>
        <source>Ändra &amp;enhet och källa…</source>
        <translation>Change &amp;unit and source…</translation>
    </message>
    <message>
        <source>&amp;Ta med i RKA:s urval…</source>
        <translation>Add to RKA&apos;s selecti&amp;on…</translation>
    </message>
    <message>
        <source>Visa nyckeltalet i kommunens version av RKA:s urval för Agenda 2030</source>
        <translation>Show the indicator in the municipality&apos;s version of RKA&apos;s Agenda 2030 selection</translation>
    </message>
    <message>
        <source>&amp;Ta bort ur urvalet</source>
        <translation>Remove from RKA&apos;s selecti&amp;on</translation>
    </message>
    <message>
        <source>Nyckeltalet finns kvar i katalogen, bara inte i urvalet</source>
        <translation>The indicator stays in the catalogue, just not in the selection</translation>
    </message>
    <message>
        <source>&amp;Ändra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Ta b&amp;ort…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat nyckeltalets enhet, källa, riktning och namn, när och vad</source>
        <translation>Who changed the indicator&apos;s unit, source, direction and name, when and what</translation>
    </message>
    <message>
        <source>Ändra namn, beskrivning, enhet, källa och riktning</source>
        <translation>Change the name, description, unit, source and direction</translation>
    </message>
    <message>
        <source>Ta bort det lokala nyckeltalet</source>
        <translation>Delete the local indicator</translation>
    </message>
    <message>
        <source>Koladas nyckeltal kan inte ändras eller tas bort: de kommer från Koladas katalog. Enhet, källa och riktning går att ändra.</source>
        <translation>Kolada&apos;s indicators cannot be changed or deleted: they come from Kolada&apos;s catalogue. The unit, source and direction can be changed.</translation>
    </message>
    <message>
        <source>Ta med i RKA:s urval</source>
        <translation>Add to RKA&apos;s selection</translation>
    </message>
    <message>
        <source>Visa {id} under mål:</source>
        <translation>Show {id} under goal:</translation>
    </message>
    <message>
        <source>Ta bort nyckeltal</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Ta bort det lokala nyckeltalet {id} ”{title}”? Dess kopplingar till mål och dess målvärden tas också bort.</source>
        <translation>Delete the local indicator {id} “{title}”? Its links to goals and its target values are deleted too.</translation>
    </message>
    <message numerus="yes">
        <source>{id} har %n värden. De tas bort tillsammans med nyckeltalet och kan inte återställas. Ta bort ändå?</source>
        <translation>
            <numerusform>{id} has %n value. It will be deleted together with the indicator and cannot be restored. Delete anyway?</numerusform>
            <numerusform>{id} has %n values. They will be deleted together with the indicator and cannot be restored. Delete anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorCharts</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kommunernas plats</source>
        <translation>Municipalities by rank</translation>
    </message>
    <message>
        <source>Utveckling</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Jämförelse över tid</source>
        <translation>Comparison over time</translation>
    </message>
    <message>
        <source>Alla kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>&amp;Jämför med…</source>
        <translation>&amp;Compare with…</translation>
    </message>
    <message>
        <source>Välj fler kommuner att jämföra med</source>
        <translation>Choose more municipalities to compare with</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Kommunen är inte vald: fyll i organisationens uppgifter under Redigera › Inställningar.</source>
        <translation>No municipality has been chosen: fill in the organisation&apos;s details under Edit › Settings.</translation>
    </message>
    <message>
        <source>{name} har inga värden för nyckeltalet ännu. Hämta dem med Importera…</source>
        <translation>{name} has no values for this indicator yet. Fetch them with Import…</translation>
    </message>
    <message>
        <source>Kommungrupp {code}, medel</source>
        <translation>Municipality group {code}, mean</translation>
    </message>
    <message>
        <source>Kommungrupp {code} ({title}): medelvärdet av gruppens kommuner som har ett värde.</source>
        <translation>Municipality group (SKR) {code} ({title}): the mean of the group&apos;s municipalities that have a value.</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Det finns inga värden att jämföra ännu.</source>
        <translation>There are no values to compare yet.</translation>
    </message>
    <message>
        <source>högst värde först, eftersom riktningen är okänd</source>
        <translation>highest value first, as the direction is unknown</translation>
    </message>
    <message>
        <source>bäst först</source>
        <translation>best first</translation>
    </message>
    <message>
        <source>{name} har plats {rank} av {count} kommuner med värde {year} ({order}).</source>
        <translation>{name} is ranked {rank} of {count} municipalities with a value for {year} ({order}).</translation>
    </message>
    <message>
        <source>{name} saknar värde {year} ({reason}); {count} kommuner har ett.</source>
        <translation>{name} has no value for {year} ({reason}); {count} municipalities have one.</translation>
    </message>
    <message>
        <source>{place}. {name}: {value}</source>
        <translation>{place}. {name}: {value}</translation>
    </message>
</context>
<context>
    <name>IndicatorDetailPanel</name>
    <message>
        <source>Välj ett nyckeltal i listan för att se dess utveckling och jämförelser.</source>
        <translation>Choose an indicator in the list to see its trend and comparisons.</translation>
    </message>
    <message>
        <source>Riktning</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Avgör om en ökning är en förbättring; används för bättre/sämre-markeringarna</source>
        <translation>Decides whether an increase is an improvement; used for the better/worse labels</translation>
    </message>
    <message>
        <source>&amp;Riktning:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Om nyckeltalet</source>
        <translation>About the indicator</translation>
    </message>
    <message>
        <source>Enhet: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>Lokalt nyckeltal</source>
        <translation>Local indicator</translation>
    </message>
    <message>
        <source>Inga värden för kommunen</source>
        <translation>No values for the municipality</translation>
    </message>
    <message>
        <source>{name} {year}: saknas ({reason})</source>
        <translation>{name} {year}: missing ({reason})</translation>
    </message>
    <message>
        <source>{name} {year}: {value}</source>
        <translation>{name} {year}: {value}</translation>
    </message>
    <message>
        <source>  ·  plats {rank} av {count}</source>
        <translation>  ·  rank {rank} of {count}</translation>
    </message>
    <message>
        <source>Ange riktningen för att se vad som är bättre.</source>
        <translation>Set the direction to see what is better.</translation>
    </message>
    <message>
        <source>föregående år ({year})</source>
        <translation>the previous year ({year})</translation>
    </message>
    <message>
        <source>riket</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <source>länet</source>
        <translation>the county</translation>
    </message>
    <message>
        <source>kommungruppen</source>
        <translation>the municipality group</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Ändra nyckeltal</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <source>Lägg till nyckeltal</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Sök på id eller ord, t.ex. förnybar eller N00401</source>
        <translation>Search by ID or word, e.g. förnybar or N00401</translation>
    </message>
    <message>
        <source>t.ex. 12,5</source>
        <translation>e.g. 12.5</translation>
    </message>
    <message>
        <source>Inget år</source>
        <translation>No year</translation>
    </message>
    <message>
        <source>&amp;Hämta kommunens värde</source>
        <translation>&amp;Fetch the municipality&apos;s value</translation>
    </message>
    <message>
        <source>Fyll i kommunens eget värde för utgångsåret (eller det senaste året)</source>
        <translation>Fill in the municipality&apos;s own value for the baseline year (or the latest year)</translation>
    </message>
    <message>
        <source>t.ex. 20</source>
        <translation>e.g. 20</translation>
    </message>
    <message>
        <source>&amp;Sök nyckeltal:</source>
        <translation>&amp;Search indicator:</translation>
    </message>
    <message>
        <source>Nyckeltal:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>&amp;Kön:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Utgångsvärde och år:</source>
        <translation>&amp;Baseline value and year:</translation>
    </message>
    <message>
        <source>&amp;Målvärde och år:</source>
        <translation>&amp;Target value and year:</translation>
    </message>
    <message>
        <source>Inget valt ännu: sök och välj ett nyckeltal i listan.</source>
        <translation>Nothing chosen yet: search for and choose an indicator in the list.</translation>
    </message>
    <message>
        <source>Välj först ett nyckeltal.</source>
        <translation>Choose an indicator first.</translation>
    </message>
    <message>
        <source>Det finns inget värde för kommunen att föreslå för det året.</source>
        <translation>There is no value for the municipality to suggest for that year.</translation>
    </message>
</context>
<context>
    <name>IndicatorEvidenceModel</name>
    <message>
        <source>Nyckeltal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Senaste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Mot riket</source>
        <translation>vs Sweden</translation>
    </message>
    <message>
        <source>Mot kommun-
gruppen</source>
        <translation>vs municipality
group</translation>
    </message>
    <message>
        <source>%1
sedan %2</source>
        <translation>%1
since %2</translation>
    </message>
    <message>
        <source>Kopplat till delmål %1</source>
        <translation>Linked to target %1</translation>
    </message>
    <message>
        <source>Snittet i kommungruppen ”%1”</source>
        <translation>Average in the municipality group “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>IndicatorListModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Senaste år</source>
        <translation>Latest year</translation>
    </message>
    <message>
        <source>Enhet: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>Lokalt nyckeltal</source>
        <translation>Local indicator</translation>
    </message>
    <message>
        <source>Kolada redovisar inte längre detta nyckeltal</source>
        <translation>Kolada no longer reports this indicator</translation>
    </message>
    <message>
        <source>Könsuppdelat</source>
        <translation>Split by gender</translation>
    </message>
</context>
<context>
    <name>IndicatorListPanel</name>
    <message>
        <source>Sök på id, namn eller enhet</source>
        <translation>Search by ID, name or unit</translation>
    </message>
    <message>
        <source>Sök nyckeltal</source>
        <translation>Search indicators</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Alla mål</source>
        <translation>All goals</translation>
    </message>
    <message>
        <source>Urval</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Alla nyckeltal i katalogen</source>
        <translation>All indicators in the catalogue</translation>
    </message>
    <message>
        <source>RKA:s urval för Agenda 2030</source>
        <translation>RKA&apos;s Agenda 2030 selection</translation>
    </message>
    <message>
        <source>Med värden för kommunen</source>
        <translation>With values for the municipality</translation>
    </message>
    <message>
        <source>Lokala nyckeltal</source>
        <translation>Local indicators</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Urval:</source>
        <translation>Se&amp;lection:</translation>
    </message>
    <message numerus="yes">
        <source>%n nyckeltal</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n av {total} nyckeltal</source>
        <translation>
            <numerusform>%n of {total} indicators</numerusform>
            <numerusform>%n of {total} indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>&amp;Importera…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Läs in värden från Excel, OpenDocument eller CSV</source>
        <translation>Read values from Excel, OpenDocument or CSV</translation>
    </message>
    <message>
        <source>E&amp;xportera…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Spara värden som en Excel-fil</source>
        <translation>Save values as an Excel file</translation>
    </message>
    <message>
        <source>&amp;Nytt lokalt nyckeltal…</source>
        <translation>&amp;New local indicator…</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Key indicators</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Ändra faktura</source>
        <translation>Change invoice</translation>
    </message>
    <message>
        <source>Ny faktura</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <source>Fakturanummer eller OCR</source>
        <translation>Invoice number or OCR number</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Belopp &amp;exkl. moms (kr):</source>
        <translation>Amount &amp;excl. VAT (SEK):</translation>
    </message>
    <message>
        <source>Belopp &amp;inkl. moms (kr):</source>
        <translation>Amount &amp;incl. VAT (SEK):</translation>
    </message>
    <message>
        <source>&amp;Väntas:</source>
        <translation>E&amp;xpected:</translation>
    </message>
    <message>
        <source>&amp;Betald:</source>
        <translation>&amp;Paid:</translation>
    </message>
    <message>
        <source>&amp;Fakturanummer:</source>
        <translation>Invoice &amp;number:</translation>
    </message>
    <message>
        <source>Faktura %1, %2</source>
        <translation>Invoice %1, %2</translation>
    </message>
    <message>
        <source>skriv fakturans belopp.</source>
        <translation>enter the invoice&apos;s amount.</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Belopp exkl. moms</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Belopp inkl. moms</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <source>Väntas</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Betald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Fakturanr</source>
        <translation>Invoice no.</translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <source>Fakturor</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Fa&amp;kturor:</source>
        <translation>In&amp;voices:</translation>
    </message>
    <message>
        <source>Ny fak&amp;tura…</source>
        <translation>Ne&amp;w invoice…</translation>
    </message>
    <message>
        <source>Ändra &amp;faktura…</source>
        <translation>C&amp;hange invoice…</translation>
    </message>
    <message>
        <source>Ta bort fakt&amp;ura…</source>
        <translation>Dele&amp;te invoice…</translation>
    </message>
    <message>
        <source>&amp;Markera betald</source>
        <translation>&amp;Mark as paid</translation>
    </message>
    <message>
        <source>Ta bort fakturan för %1?</source>
        <translation>Delete the invoice for %1?</translation>
    </message>
    <message>
        <source>Ta bort faktura</source>
        <translation>Delete invoice</translation>
    </message>
</context>
<context>
    <name>LinkCatalogue</name>
    <message>
        <source>Globala mål</source>
        <translation>Global Goals</translation>
    </message>
    <message>
        <source>Mål %1 %2</source>
        <translation>Goal %1 %2</translation>
    </message>
    <message>
        <source>Målsättningar (%1)</source>
        <translation>Objectives (%1)</translation>
    </message>
    <message>
        <source>Målsättning %1 %2</source>
        <translation>Objective %1 %2</translation>
    </message>
    <message>
        <source>Åtgärder (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <source>Åtgärd %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Åtaganden (%1)</source>
        <translation>Commitments (%1)</translation>
    </message>
    <message>
        <source>Åtagande %1</source>
        <translation>Commitment %1</translation>
    </message>
</context>
<context>
    <name>LinksBar</name>
    <message>
        <source>&amp;Koppla…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Koppla beslutet till globala mål, målsättningar och åtgärder</source>
        <translation>Link the decision to Global Goals, objectives and actions</translation>
    </message>
    <message>
        <source>Beslutet är inte kopplat till mål eller åtgärder.</source>
        <translation>The decision is not linked to any goal or action.</translation>
    </message>
    <message>
        <source>Beslutet gäller: %1</source>
        <translation>The decision concerns: %1</translation>
    </message>
    <message>
        <source>Mål %1</source>
        <translation>Goal %1</translation>
    </message>
    <message>
        <source>Målsättning %1</source>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>Åtgärd %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Åtagande %1</source>
        <translation>Commitment %1</translation>
    </message>
</context>
<context>
    <name>LocalIndicatorDialog</name>
    <message>
        <source>Nytt lokalt nyckeltal</source>
        <translation>New local indicator</translation>
    </message>
    <message>
        <source>Ändra lokalt nyckeltal</source>
        <translation>Change local indicator</translation>
    </message>
    <message>
        <source>t.ex. EK-004</source>
        <translation>e.g. EK-004</translation>
    </message>
    <message>
        <source>Bokstäver A–Z, siffror, bindestreck och understreck, en bokstav först. Koladas form (en bokstav och fem siffror) är reserverad.</source>
        <translation>Letters A–Z, digits, hyphens and underscores, starting with a letter. Kolada&apos;s form (one letter and five digits) is reserved.</translation>
    </message>
    <message>
        <source>t.ex. Andel elever som känner sig trygga i skolan</source>
        <translation>e.g. Share of pupils who feel safe at school</translation>
    </message>
    <message>
        <source>Vad mäts, hur och av vem</source>
        <translation>What is measured, how and by whom</translation>
    </message>
    <message>
        <source>t.ex. %, antal, kr/inv</source>
        <translation>e.g. %, number, SEK per inhabitant</translation>
    </message>
    <message>
        <source>t.ex. Kommunens elevenkät</source>
        <translation>e.g. The municipality&apos;s pupil survey</translation>
    </message>
    <message>
        <source>Redovisas för kvinnor och män</source>
        <translation>Reported for women and men</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Riktning:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>Ett nyckeltals id kan inte ändras.</source>
        <translation>An indicator&apos;s ID cannot be changed.</translation>
    </message>
</context>
<context>
    <name>LocalKpiDialog</name>
    <message>
        <source>Okända nyckeltal</source>
        <translation>Unknown indicators</translation>
    </message>
    <message>
        <source>Filen innehåller nyckeltal som varken finns i Koladas katalog eller bland kommunens lokala nyckeltal. Ange namn och enhet för att skapa dem som lokala nyckeltal, eller avbryt och rätta id:na i filen.</source>
        <translation>The file contains indicators that are neither in Kolada&apos;s catalogue nor among the municipality&apos;s local indicators. Enter a name and a unit to create them as local indicators, or cancel and correct the IDs in the file.</translation>
    </message>
    <message>
        <source>Skapa lokala nyckeltal</source>
        <translation>Create local indicators</translation>
    </message>
    <message>
        <source>Id i filen</source>
        <translation>ID in the file</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>1 värde</source>
        <translation>1 value</translation>
    </message>
    <message>
        <source>{n} värden</source>
        <translation>{n} values</translation>
    </message>
    <message>
        <source>Vad nyckeltalet mäter</source>
        <translation>What the indicator measures</translation>
    </message>
    <message>
        <source>Namn på {key}</source>
        <translation>Name of {key}</translation>
    </message>
    <message>
        <source>t.ex. %, antal</source>
        <translation>e.g. %, number</translation>
    </message>
    <message>
        <source>Enhet för {key}</source>
        <translation>Unit of {key}</translation>
    </message>
    <message>
        <source>Ange både namn och enhet för {key} (skriv ”-” om det saknar enhet).</source>
        <translation>Enter both a name and a unit for {key} (write “-” if it has no unit).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Databasen ligger på en databasserver (PostgreSQL). Säkerhetskopior av den görs av den som driftar servern, inte av programmet.</source>
        <translation>The database is on a database server (PostgreSQL). Its backups are made by whoever runs the server, not by the application.</translation>
    </message>
    <message>
        <source>Databas: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Exempeldatabas med påhittat innehåll</source>
        <translation>Example database with made-up content</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Synergier och målkonflikter</source>
        <translation>Synergies and goal conflicts</translation>
    </message>
    <message>
        <source>Lägg till minst två målsättningar under Programmet för att ange samband.</source>
        <translation>Add at least two objectives under Programme to set relationships.</translation>
    </message>
    <message>
        <source>Klicka i en ruta för att ange eller ändra ett samband.</source>
        <translation>Click a cell to set or change a relationship.</translation>
    </message>
</context>
<context>
    <name>MaturitySection</name>
    <message>
        <source>Ej bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>&amp;Publicerad för invånarna</source>
        <translation>&amp;Published for residents</translation>
    </message>
    <message>
        <source>Publiceringsdatum</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>&amp;Mognadsnivå:</source>
        <translation>Maturity &amp;level:</translation>
    </message>
    <message>
        <source>Publicering:</source>
        <translation>Publication:</translation>
    </message>
    <message>
        <source>Mognad i hållbarhetsstyrningen</source>
        <translation>Maturity of sustainability governance</translation>
    </message>
    <message>
        <source>En studie av 60 kommuner delade in dem i tre nivåer. Låg: ingen nulägesanalys och inga konkreta mål eller indikatorer. Mellan: mål som följs upp, men ingen nulägesanalys. Hög: nulägesanalys, konkreta mål riktade mot utmaningarna, mätbara indikatorer som följs upp i årsredovisningen. Bocka i det som stämmer; till höger står vad appen vet.</source>
        <translation>A study of 60 municipalities divided them into three levels. Low: no status analysis and no concrete goals or indicators. Medium: goals that are followed up, but no status analysis. High: a status analysis, concrete goals aimed at the challenges, and measurable indicators followed up in the annual report. Tick what applies; on the right is what the app knows.</translation>
    </message>
    <message>
        <source>Kryssen pekar på nivån: %1</source>
        <translation>The ticks point to the level: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Nytt möte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Ändra möte</source>
        <translation>Change meeting</translation>
    </message>
    <message>
        <source>t.ex. 13:00</source>
        <translation>e.g. 13:00</translation>
    </message>
    <message>
        <source>t.ex. 15:30</source>
        <translation>e.g. 15:30</translation>
    </message>
    <message>
        <source>t.ex. Fika från 12.30. Ta med budgetunderlaget.</source>
        <translation>e.g. Coffee from 12:30. Bring the budget papers.</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Praktiska &amp;anteckningar:</source>
        <translation>Practical &amp;notes:</translation>
    </message>
    <message>
        <source>Möte %1</source>
        <translation>Meeting %1</translation>
    </message>
</context>
<context>
    <name>MeetingDocumentsBar</name>
    <message>
        <source>Kallelse med dagordning</source>
        <translation>Notice of meeting with agenda</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Underlag, en sida per ärende</source>
        <translation>Meeting papers, one page per matter</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska och skriv ut…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Mötet till &amp;kalender…</source>
        <translation>Meeting to calenda&amp;r…</translation>
    </message>
    <message>
        <source>Å&amp;rsplan till kalender…</source>
        <translation>&amp;Annual plan to calendar…</translation>
    </message>
    <message>
        <source>Välj ett möte i listan först.</source>
        <translation>Choose a meeting in the list first.</translation>
    </message>
    <message>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Dokumentet sparades i %1.</source>
        <translation>The document was saved in %1.</translation>
    </message>
    <message>
        <source>Sparat</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Kalenderfilen sparades i %1. Öppna den i Outlook för att lägga in mötet.</source>
        <translation>The calendar file was saved in %1. Open it in Outlook to add the meeting.</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Diary number</translation>
    </message>
    <message>
        <source>Föredragande</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Bilagor</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>hela mötet</source>
        <translation>the whole meeting</translation>
    </message>
</context>
<context>
    <name>MeetingTimeDialog</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Starttid:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <source>Slut&amp;tid:</source>
        <translation>End &amp;time:</translation>
    </message>
    <message>
        <source>Digitalt</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Digitalt via Teams</source>
        <translation>Online via Teams</translation>
    </message>
    <message>
        <source>skriv en tid som timmar och minuter, t.ex. 13:00.</source>
        <translation>enter a time as hours and minutes, e.g. 13:00.</translation>
    </message>
</context>
<context>
    <name>MeetingVocabulary</name>
    <message>
        <source>Styrelse</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Utskott</source>
        <translation>Sub-committee</translation>
    </message>
    <message>
        <source>Styrgrupp</source>
        <translation>Steering group</translation>
    </message>
    <message>
        <source>Arbetsgrupp</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>Råd</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Samordningsförbund</source>
        <translation>Coordination association</translation>
    </message>
    <message>
        <source>Annat organ</source>
        <translation>Other body</translation>
    </message>
    <message>
        <source>Löpande över alla möten</source>
        <translation>Continuous across all meetings</translation>
    </message>
    <message>
        <source>Från 1 varje år</source>
        <translation>From 1 each year</translation>
    </message>
    <message>
        <source>Från 1 varje möte</source>
        <translation>From 1 each meeting</translation>
    </message>
    <message>
        <source>Ordförande</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice ordförande</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <source>Ledamot</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Ersättare</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>Sekreterare</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Adjungerad</source>
        <translation>Co-opted</translation>
    </message>
    <message>
        <source>Moderaterna</source>
        <translation>Moderate Party</translation>
    </message>
    <message>
        <source>Socialdemokraterna</source>
        <translation>Social Democrats</translation>
    </message>
    <message>
        <source>Liberalerna</source>
        <translation>Liberals</translation>
    </message>
    <message>
        <source>Centerpartiet</source>
        <translation>Centre Party</translation>
    </message>
    <message>
        <source>Kristdemokraterna</source>
        <translation>Christian Democrats</translation>
    </message>
    <message>
        <source>Miljöpartiet</source>
        <translation>Green Party</translation>
    </message>
    <message>
        <source>Vänsterpartiet</source>
        <translation>Left Party</translation>
    </message>
    <message>
        <source>Sverigedemokraterna</source>
        <translation>Sweden Democrats</translation>
    </message>
    <message>
        <source>Annat parti</source>
        <translation>Other party</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tjänstgörande ersättare</source>
        <translation>Serving substitutes</translation>
    </message>
    <message>
        <source>Ersättare (ej tjänstgörande)</source>
        <translation>Substitutes (not serving)</translation>
    </message>
    <message>
        <source>Övriga deltagare</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>Meddelat förhinder</source>
        <translation>Sent apologies</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Beslutsärende</source>
        <translation>Decision item</translation>
    </message>
    <message>
        <source>Informationsärende</source>
        <translation>Information item</translation>
    </message>
    <message>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Protokoll upprättat</source>
        <translation>Minutes drawn up</translation>
    </message>
    <message>
        <source>Justerat</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;Möten</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Organ och &amp;ledamöter</source>
        <translation>B&amp;odies and members</translation>
    </message>
    <message>
        <source>Möten och protokoll</source>
        <translation>Meetings and minutes</translation>
    </message>
    <message>
        <source>Förbered möten med dagordning och bilagor, för närvaro, skriv protokollet med paragrafer och beslut och justera det. Ett justerat protokoll kan aldrig ändras.</source>
        <translation>Prepare meetings with an agenda and attachments, record attendance, write the minutes with sections and decisions, and have them approved. Approved minutes can never be changed.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Möten:</source>
        <translation>Meet&amp;ings:</translation>
    </message>
    <message>
        <source>&amp;Nytt möte …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>&amp;Ändra möte …</source>
        <translation>&amp;Change meeting …</translation>
    </message>
    <message>
        <source>Ta bort mö&amp;tet</source>
        <translation>Delete mee&amp;ting</translation>
    </message>
    <message>
        <source>Protokollet visas här.</source>
        <translation>The minutes are shown here.</translation>
    </message>
    <message>
        <source>Dagordning</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Välj eller lägg till ett möte.</source>
        <translation>Choose or add a meeting.</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4</source>
        <translation>%1 %2, %3 – %4</translation>
    </message>
    <message>
        <source>plats ej angiven</source>
        <translation>no location given</translation>
    </message>
    <message>
        <source>Ta bort mötet %1 med dagordning, bilagor och närvaro?</source>
        <translation>Delete the meeting of %1 with its agenda, attachments and attendance?</translation>
    </message>
    <message>
        <source>Ta bort möte</source>
        <translation>Delete meeting</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Parti</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Företräder</source>
        <translation>Represents</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Ändra uppdrag</source>
        <translation>Change appointment</translation>
    </message>
    <message>
        <source>Lägg till i %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Skriv för att söka i personregistret</source>
        <translation>Type to search the register of people</translation>
    </message>
    <message>
        <source>N&amp;y person…</source>
        <translation>Ne&amp;w person…</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Företräder:</source>
        <translation>Repre&amp;sents:</translation>
    </message>
    <message>
        <source>Från &amp;och med:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Till och &amp;med:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>t.ex. Exempelkommun eller Försäkringskassan</source>
        <translation>e.g. Exempelkommun or the Social Insurance Agency</translation>
    </message>
    <message>
        <source>välj en person ur personregistret, eller lägg till en ny person.</source>
        <translation>choose a person from the register of people, or add a new person.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Något gick fel</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Kontrollera uppgiften</source>
        <translation>Check your input</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>t.ex. 41 250,00</source>
        <translation>e.g. 41250.00</translation>
    </message>
    <message>
        <source>”%1” är inte ett belopp; skriv t.ex. 12 345,50 eller 12345 kr.</source>
        <translation>“%1” is not an amount; enter e.g. 12345.50 or 12345 kr.</translation>
    </message>
</context>
<context>
    <name>MunicipalityHeader</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Organisationens uppgifter saknas. Fyll i dem under Redigera › Inställningar.</source>
        <translation>The organisation&apos;s details are missing. Fill them in under Edit › Settings.</translation>
    </message>
    <message>
        <source>{name}, kommunkod {code}</source>
        <translation>{name}, municipality code {code}</translation>
    </message>
    <message>
        <source>Kommungrupp {code}: {title}</source>
        <translation>Municipality group (SKR) {code}: {title}</translation>
    </message>
    <message>
        <source>Logotyp</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>&amp;Översikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>1 Nulägesanalys</source>
        <translation>1 Status analysis</translation>
    </message>
    <message>
        <source>&amp;1 Nulägesanalys</source>
        <translation>&amp;1 Status analysis</translation>
    </message>
    <message>
        <source>2 Prioritera och mål</source>
        <translation>2 Priorities and goals</translation>
    </message>
    <message>
        <source>&amp;2 Prioritera och mål</source>
        <translation>&amp;2 Priorities and goals</translation>
    </message>
    <message>
        <source>3 Handlingsplan</source>
        <translation>3 Action plan</translation>
    </message>
    <message>
        <source>&amp;3 Handlingsplan</source>
        <translation>&amp;3 Action plan</translation>
    </message>
    <message>
        <source>4 Kommunicera och involvera</source>
        <translation>4 Communicate and involve</translation>
    </message>
    <message>
        <source>&amp;4 Kommunicera och involvera</source>
        <translation>&amp;4 Communicate and involve</translation>
    </message>
    <message>
        <source>5 Följ upp och analysera</source>
        <translation>5 Follow up and analyse</translation>
    </message>
    <message>
        <source>&amp;5 Följ upp och analysera</source>
        <translation>&amp;5 Follow up and analyse</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Key indicators</translation>
    </message>
    <message>
        <source>&amp;Nyckeltal</source>
        <translation>&amp;Key indicators</translation>
    </message>
    <message>
        <source>Möten och protokoll</source>
        <translation>Meetings and minutes</translation>
    </message>
    <message>
        <source>&amp;Möten och protokoll</source>
        <translation>&amp;Meetings and minutes</translation>
    </message>
    <message>
        <source>Nätverk och åtaganden</source>
        <translation>Networks and commitments</translation>
    </message>
    <message>
        <source>Nät&amp;verk och åtaganden</source>
        <translation>&amp;Networks and commitments</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Styrcykeln</source>
        <translation>Steering cycle</translation>
    </message>
    <message>
        <source>Underlag och samarbete</source>
        <translation>Evidence and collaboration</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Ändra nätverk</source>
        <translation>Change network</translation>
    </message>
    <message>
        <source>Nytt nätverk</source>
        <translation>New network</translation>
    </message>
    <message>
        <source>Ingen mall</source>
        <translation>No template</translation>
    </message>
    <message>
        <source>&amp;Mall:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>t.ex. Styra med Agenda 2030</source>
        <translation>e.g. Styra med Agenda 2030</translation>
    </message>
    <message>
        <source>t.ex. SKR eller Region Exempel</source>
        <translation>e.g. SKR or Region Exempel</translation>
    </message>
    <message>
        <source>t.o.m.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(ingen kontaktperson)</source>
        <translation>(no contact person)</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisatör:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>Slag av &amp;organisatör:</source>
        <translation>&amp;Kind of organiser:</translation>
    </message>
    <message>
        <source>&amp;Typ av nätverk:</source>
        <translation>Network t&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Period från:</source>
        <translation>&amp;Period from:</translation>
    </message>
    <message>
        <source>Vår &amp;kontaktperson:</source>
        <translation>Our &amp;contact person:</translation>
    </message>
    <message>
        <source>&amp;Webbplats:</source>
        <translation>Web&amp;site:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Ett tomt nätverk; lägg till åtagandena själva under fliken Åtaganden.</source>
        <translation>An empty network; add the commitments yourselves under the Commitments tab.</translation>
    </message>
    <message>
        <source>Fyller i %1 utfästelser och %2 förväntningar och kopplar belägg som redan finns.</source>
        <translation>Fills in %1 pledges and %2 expectations and links evidence that already exists.</translation>
    </message>
    <message>
        <source>välj en person ur personregistret, eller lägg till en ny person.</source>
        <translation>choose a person from the register of people, or add a new person.</translation>
    </message>
</context>
<context>
    <name>NetworkDisplay</name>
    <message>
        <source>SKR</source>
        <translation>SKR</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Länsstyrelse</source>
        <translation>County Administrative Board</translation>
    </message>
    <message>
        <source>Glokala Sverige</source>
        <translation>Glokala Sverige</translation>
    </message>
    <message>
        <source>Annan kommun</source>
        <translation>Other municipality</translation>
    </message>
    <message>
        <source>Annan organisatör</source>
        <translation>Other organiser</translation>
    </message>
    <message>
        <source>Utvecklingsnätverk</source>
        <translation>Development network</translation>
    </message>
    <message>
        <source>Partnerskap</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Samfinansiering</source>
        <translation>Joint financing</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>NetworkDocumentsTab</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tillagd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Nätverkets &amp;dokument:</source>
        <translation>The network&apos;s &amp;documents:</translation>
    </message>
    <message>
        <source>&amp;Lägg till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ö&amp;ppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Spara som…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Välj ett nätverk för att se dess dokument.</source>
        <translation>Choose a network to see its documents.</translation>
    </message>
    <message>
        <source>Inga dokument ännu. Lägg till en fil med Lägg till… eller dra den hit. Filen kopieras in i databasen.</source>
        <translation>No documents yet. Add a file with Add… or drag it here. The file is copied into the database.</translation>
    </message>
    <message>
        <source>Dra filer hit för att lägga till dem.</source>
        <translation>Drag files here to add them.</translation>
    </message>
    <message>
        <source>Lägg till dokument</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Dokumentets titel</source>
        <translation>Document title</translation>
    </message>
    <message>
        <source>Titel (lämna tomt för att använda filens namn):</source>
        <translation>Title (leave empty to use the file&apos;s name):</translation>
    </message>
    <message>
        <source>Ta bort dokumentet ”%1” ur databasen? Om dokumentet är belägg för ett åtagande slutar det att vara belägg, och åtagandets status kan ändras.</source>
        <translation>Remove the document “%1” from the database? If the document is evidence for a commitment, it stops being evidence, and the commitment&apos;s status may change.</translation>
    </message>
    <message>
        <source>Ta bort dokument</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <source>Filen kunde inte skrivas till %1 (%2).</source>
        <translation>The file could not be written to %1 (%2).</translation>
    </message>
    <message>
        <source>Det finns inget program som kan öppna %1. Spara en kopia med Spara som… och öppna den därifrån.</source>
        <translation>There is no program that can open %1. Save a copy with Save as… and open it from there.</translation>
    </message>
    <message>
        <source>Spara en kopia av dokumentet</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Filen kunde inte sparas i %1 (%2). Välj en annan mapp.</source>
        <translation>The file could not be saved in %1 (%2). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>NetworkList</name>
    <message>
        <source>1 finansieringsåtagande</source>
        <translation>1 financing commitment</translation>
    </message>
    <message>
        <source>%1 finansieringsåtaganden</source>
        <translation>%1 financing commitments</translation>
    </message>
    <message>
        <source>Inga åtaganden ännu</source>
        <translation>No commitments yet</translation>
    </message>
    <message>
        <source>%1 av %2 uppfyllda</source>
        <translation>%1 of %2 fulfilled</translation>
    </message>
    <message>
        <source>1 försenat</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <source>%1 försenade</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Nätverk</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>&amp;Nätverk:</source>
        <translation>&amp;Networks:</translation>
    </message>
    <message>
        <source>N&amp;y…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <source>Än&amp;dra…</source>
        <translation>Chan&amp;ge…</translation>
    </message>
    <message>
        <source>Ta b&amp;ort…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <source>Ta bort nätverket ”%1”? Dess åtaganden med belägg, möten, dokument och finansiering tas bort också. Protokoll, åtgärder och personer finns kvar.</source>
        <translation>Delete the network “%1”? Its commitments with their evidence, meetings, documents and financing are deleted too. Minutes, actions and people are kept.</translation>
    </message>
    <message>
        <source>Ta bort nätverk</source>
        <translation>Delete network</translation>
    </message>
</context>
<context>
    <name>NetworkMeetingDialog</name>
    <message>
        <source>Ny nätverksträff</source>
        <translation>New network meeting</translation>
    </message>
    <message>
        <source>Ändra nätverksträff</source>
        <translation>Change network meeting</translation>
    </message>
    <message>
        <source>t.ex. 09:30, tomt för heldag</source>
        <translation>e.g. 09:30, empty for all day</translation>
    </message>
    <message>
        <source>t.ex. 12:00</source>
        <translation>e.g. 12:00</translation>
    </message>
    <message>
        <source>t.ex. Nätverksträff 3: prioriteringar</source>
        <translation>e.g. Network meeting 3: priorities</translation>
    </message>
    <message>
        <source>t.ex. Läsa rapporten före träffen.</source>
        <translation>e.g. Read the report before the meeting.</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>NetworkMeetingsTab</name>
    <message>
        <source>Heldag</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Har varit</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Nätverkets &amp;mötesdatum:</source>
        <translation>The network&apos;s &amp;meeting dates:</translation>
    </message>
    <message>
        <source>&amp;Ny…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Exportera till &amp;kalender (.ics)…</source>
        <translation>E&amp;xport to calendar (.ics)…</translation>
    </message>
    <message>
        <source>Exportera a&amp;lla (.ics)…</source>
        <translation>Export &amp;all (.ics)…</translation>
    </message>
    <message>
        <source>Välj ett nätverk för att se dess mötesdatum.</source>
        <translation>Choose a network to see its meeting dates.</translation>
    </message>
    <message>
        <source>Inga mötesdatum ännu. Lägg till dem med ”Ny…”.</source>
        <translation>No meeting dates yet. Add them with “New…”.</translation>
    </message>
    <message>
        <source>Ta bort nätverksträffen %1?</source>
        <translation>Delete the network meeting %1?</translation>
    </message>
    <message>
        <source>Ta bort mötesdatum</source>
        <translation>Delete meeting date</translation>
    </message>
    <message>
        <source>Kalenderfilen sparades i %1. Öppna den i Outlook för att lägga in träffarna.</source>
        <translation>The calendar file was saved in %1. Open it in Outlook to add the meetings.</translation>
    </message>
</context>
<context>
    <name>NetworkOverviewTab</name>
    <message>
        <source>Organisatör:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Typ av nätverk:</source>
        <translation>Network type:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Vår kontaktperson:</source>
        <translation>Our contact person:</translation>
    </message>
    <message>
        <source>Webbplats:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Mall:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Hi&amp;storik…</source>
        <translation>Hi&amp;story…</translation>
    </message>
    <message>
        <source>Vem som ändrat nätverket, dess kontaktpersoner, deltagare och dokument</source>
        <translation>Who changed the network, its contacts, participants and documents</translation>
    </message>
    <message>
        <source>Kontaktpersoner hos organisatören</source>
        <translation>Contact people at the organiser</translation>
    </message>
    <message>
        <source>Lägg &amp;till…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ändra &amp;roll…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Andra deltagare</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>Lägg till &amp;deltagare…</source>
        <translation>Add &amp;participant…</translation>
    </message>
    <message>
        <source>Ta bort d&amp;eltagare</source>
        <translation>Re&amp;move participant</translation>
    </message>
    <message>
        <source>Ej angiven</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Ingen vald</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>Ingen mall</source>
        <translation>No template</translation>
    </message>
    <message>
        <source>från %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>till och med %1</source>
        <translation>up to and including %1</translation>
    </message>
    <message>
        <source>Ta bort %1 som kontaktperson? Personen finns kvar i personregistret.</source>
        <translation>Remove %1 as a contact person? The person is kept in the register of people.</translation>
    </message>
    <message>
        <source>Ta bort kontaktperson</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <source>Ta bort %1 ur listan över deltagare?</source>
        <translation>Remove %1 from the list of participants?</translation>
    </message>
    <message>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
</context>
<context>
    <name>NetworkReportBar</name>
    <message>
        <source>t.ex. KS 2026/123</source>
        <translation>e.g. KS 2026/123</translation>
    </message>
    <message>
        <source>Lämnas bara prefixet kvar skrivs inget diarienummer ut.</source>
        <translation>If only the prefix is left, no diary number is printed.</translation>
    </message>
    <message>
        <source>Statusrapport, &amp;diarienummer:</source>
        <translation>Status report, &amp;diary number:</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Exportera till &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Spara statusrapporten som PDF</source>
        <translation>Save the status report as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Skapar statusrapporten …</source>
        <translation>Creating the status report …</translation>
    </message>
    <message>
        <source>Statusrapporten kunde inte skapas</source>
        <translation>The status report could not be created</translation>
    </message>
    <message>
        <source>Statusrapporten kunde inte skapas: %1</source>
        <translation>The status report could not be created: %1</translation>
    </message>
    <message>
        <source>Statusrapporten sparades i %1 (%2 sidor).</source>
        <translation>The status report was saved in %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Statusrapporten är sparad</source>
        <translation>The status report is saved</translation>
    </message>
    <message>
        <source>Exportera åtagandena till Excel</source>
        <translation>Export the commitments to Excel</translation>
    </message>
    <message>
        <source>Excel-filer (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporten misslyckades</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Nätverkets åtaganden (%1 st.) sparades i %2.</source>
        <translation>The network&apos;s commitments (%1) were saved in %2.</translation>
    </message>
    <message>
        <source>Åtagandena är exporterade</source>
        <translation>The commitments are exported</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Ö&amp;versikt</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>Å&amp;taganden</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <source>&amp;Möten</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Do&amp;kument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Finansiering</source>
        <translation>&amp;Financing</translation>
    </message>
    <message>
        <source>Nätverk och åtaganden</source>
        <translation>Networks and commitments</translation>
    </message>
    <message>
        <source>&amp;Lägg upp nätverk…</source>
        <translation>&amp;Set up a network…</translation>
    </message>
    <message>
        <source>Lägg upp &amp;SKR:s utvecklingsnätverk…</source>
        <translation>Set up &amp;SKR&apos;s development network…</translation>
    </message>
    <message>
        <source>Inga nätverk ännu</source>
        <translation>No networks yet</translation>
    </message>
    <message>
        <source>Här håller ni ordning på de nätverk, partnerskap och samfinansieringar som kommunen deltar i – till exempel SKR:s utvecklingsnätverk Styra med Agenda 2030, Glokala Sverige eller ett regionalt nätverk.</source>
        <translation>Here you keep track of the networks, partnerships and joint financing arrangements that the municipality takes part in – for example SKR&apos;s development network Styra med Agenda 2030, Glokala Sverige or a regional network.</translation>
    </message>
    <message>
        <source>För varje nätverk för ni in vad kommunen har utfäst och vad nätverket förväntar sig, vem som är ansvarig och när det ska vara klart. Koppla belägg – en justerad protokollsparagraf, ett steg i styrcykeln, en åtgärd eller ett dokument – så följer statusen med när arbetet blir gjort, och skriv ut en statusrapport till nätverkets nästa träff.</source>
        <translation>For each network, enter what the municipality has committed to and what the network expects, who is responsible and when it is to be done. Link evidence – an approved minutes section, a step in the steering cycle, an action or a document – and the status follows along as the work gets done; then print a status report for the network&apos;s next meeting.</translation>
    </message>
    <message>
        <source>Mallen för SKR:s utvecklingsnätverk fyller i nätverkets utfästelser och förväntningar och kopplar de belägg som redan finns i programmet.</source>
        <translation>The template for SKR&apos;s development network fills in the network&apos;s pledges and expectations and links the evidence that already exists in the application.</translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <source>Ny uppföljning</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;År som följs upp:</source>
        <translation>&amp;Year followed up:</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>Nulagesanalys</name>
    <message>
        <source>▲ Bättre</source>
        <translation>▲ Better</translation>
    </message>
    <message>
        <source>▼ Sämre</source>
        <translation>▼ Worse</translation>
    </message>
    <message>
        <source>● Samma</source>
        <translation>● Same</translation>
    </message>
    <message>
        <source>↑ Högre</source>
        <translation>↑ Higher</translation>
    </message>
    <message>
        <source>↓ Lägre</source>
        <translation>↓ Lower</translation>
    </message>
    <message>
        <source>Stor utmaning</source>
        <translation>Major challenge</translation>
    </message>
    <message>
        <source>Betydande utmaning</source>
        <translation>Significant challenge</translation>
    </message>
    <message>
        <source>Vissa utmaningar</source>
        <translation>Some challenges</translation>
    </message>
    <message>
        <source>Uppnått</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Ej bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Stor</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Betydande</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>Vissa</source>
        <translation>Some</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Förbättras</source>
        <translation>Improving</translation>
    </message>
    <message>
        <source>Oförändrad</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Försämras</source>
        <translation>Worsening</translation>
    </message>
    <message>
        <source>Egen rådighet</source>
        <translation>Own control</translation>
    </message>
    <message>
        <source>Delad rådighet</source>
        <translation>Shared control</translation>
    </message>
    <message>
        <source>Kräver samverkan</source>
        <translation>Requires collaboration</translation>
    </message>
    <message>
        <source>Demokratiaktör</source>
        <translation>Democracy actor</translation>
    </message>
    <message>
        <source>Samhällsbyggare</source>
        <translation>Community builder</translation>
    </message>
    <message>
        <source>Välfärdsproducent</source>
        <translation>Welfare provider</translation>
    </message>
    <message>
        <source>Arbetsgivare</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>● Oförändrad</source>
        <translation>● Unchanged</translation>
    </message>
    <message>
        <source>✚ Nyligen bedömd</source>
        <translation>✚ Newly assessed</translation>
    </message>
    <message>
        <source>– Inte bedömd längre</source>
        <translation>– No longer assessed</translation>
    </message>
</context>
<context>
    <name>Nyckeltal</name>
    <message>
        <source>Målvärde {year}: {value} ({gender})</source>
        <translation>Target value {year}: {value} ({gender})</translation>
    </message>
    <message>
        <source>Övriga kommuner</source>
        <translation>Other municipalities</translation>
    </message>
    <message>
        <source>Riket: {value}</source>
        <translation>Sweden: {value}</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kvinnor</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Män</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>inget värde angivet</source>
        <translation>no value given</translation>
    </message>
    <message>
        <source>bortfall</source>
        <translation>non-response</translation>
    </message>
    <message>
        <source>ej tillämpligt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>sekretess</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>inget värde för året</source>
        <translation>no value for the year</translation>
    </message>
    <message>
        <source>Värdet saknas: {reason}</source>
        <translation>Value missing: {reason}</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Högre är bättre</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lägre är bättre</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>▲ Bättre än {against}</source>
        <translation>▲ Better than {against}</translation>
    </message>
    <message>
        <source>▼ Sämre än {against}</source>
        <translation>▼ Worse than {against}</translation>
    </message>
    <message>
        <source>● Samma som {against}</source>
        <translation>● Same as {against}</translation>
    </message>
    <message>
        <source>↑ Högre än {against} (okänd riktning)</source>
        <translation>↑ Higher than {against} (unknown direction)</translation>
    </message>
    <message>
        <source>↓ Lägre än {against} (okänd riktning)</source>
        <translation>↓ Lower than {against} (unknown direction)</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Ny målsättning</source>
        <translation>New objective</translation>
    </message>
    <message>
        <source>Hit vill vi, i insatsområdet %1.</source>
        <translation>Where we want to be, in the focus area %1.</translation>
    </message>
    <message>
        <source>t.ex. Andelen förnybar energi ska öka till 80 %</source>
        <translation>e.g. The share of renewable energy is to rise to 80%</translation>
    </message>
    <message>
        <source>Inget målår</source>
        <translation>No target year</translation>
    </message>
    <message>
        <source>&amp;Målsättning:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>Mål&amp;år:</source>
        <translation>Target &amp;year:</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>Inget målår</source>
        <translation>No target year</translation>
    </message>
    <message>
        <source>&amp;Spara målsättningen</source>
        <translation>&amp;Save objective</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat målsättningen, när och vad</source>
        <translation>Who changed the objective, when and what</translation>
    </message>
    <message>
        <source>Välj &amp;globala mål och delmål…</source>
        <translation>Choose Global Goals and &amp;targets…</translation>
    </message>
    <message>
        <source>Nyckeltal som följer upp målsättningen</source>
        <translation>Indicators that follow up the objective</translation>
    </message>
    <message>
        <source>Lägg till nyc&amp;keltal…</source>
        <translation>Add indic&amp;ator…</translation>
    </message>
    <message>
        <source>Än&amp;dra…</source>
        <translation>Cha&amp;nge…</translation>
    </message>
    <message>
        <source>Ta bort &amp;nyckeltalet…</source>
        <translation>&amp;Remove indicator…</translation>
    </message>
    <message>
        <source>&amp;Hit vill vi:</source>
        <translation>&amp;Where we want to be:</translation>
    </message>
    <message>
        <source>Mål&amp;år:</source>
        <translation>Target y&amp;ear:</translation>
    </message>
    <message>
        <source>Globala mål:</source>
        <translation>Global Goals:</translation>
    </message>
    <message>
        <source>Nyckeltal och målvärden</source>
        <translation>Indicators and target values</translation>
    </message>
    <message>
        <source>Målsättning %1</source>
        <translation>Objective %1</translation>
    </message>
    <message>
        <source>Inte kopplad till något globalt mål ännu.</source>
        <translation>Not linked to any Global Goal yet.</translation>
    </message>
    <message>
        <source>Delmål: %1</source>
        <translation>Targets: %1</translation>
    </message>
    <message>
        <source>Mål %1 %2</source>
        <translation>Goal %1 %2</translation>
    </message>
    <message>
        <source>Hela målet</source>
        <translation>The whole goal</translation>
    </message>
    <message>
        <source>Globala mål och delmål</source>
        <translation>Global Goals and targets</translation>
    </message>
    <message>
        <source>Ta bort %1 från målsättning %2? Utgångsvärde och målvärde tas bort.</source>
        <translation>Remove %1 from objective %2? The baseline value and target value are deleted.</translation>
    </message>
    <message>
        <source>Ta bort nyckeltalet?</source>
        <translation>Remove the indicator?</translation>
    </message>
</context>
<context>
    <name>ObjectiveIndicatorModel</name>
    <message>
        <source>Nyckeltal</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Utgångsvärde</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Målår</source>
        <translation>Target year</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Ej angivet</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Skriv eller välj ett datum; Delete tömmer fältet.</source>
        <translation>Type or choose a date; Delete clears the field.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Förvaltningar, sektorer, enheter och kommunala bolag som kan ansvara för åtgärder. Organisationen gäller för alla styrcykler.</source>
        <translation>Administrations, departments, units and municipal companies that can be responsible for actions. The organisation applies to all steering cycles.</translation>
    </message>
    <message>
        <source>&amp;Ny enhet…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <source>Ny &amp;underenhet…</source>
        <translation>New &amp;sub-unit…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>&amp;Ta bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Åtgärder (alla cykler)</source>
        <translation>Actions (all cycles)</translation>
    </message>
    <message>
        <source>Ta bort ”%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>%1 åtgärder har den som ansvarig enhet; de blir kvar men utan enhet.</source>
        <translation>%1 actions have it as the responsible unit; they are kept but without a unit.</translation>
    </message>
    <message>
        <source>Ta bort enhet</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Enheten kan inte tas bort</source>
        <translation>The unit cannot be deleted</translation>
    </message>
    <message>
        <source>Enheten är borttagen</source>
        <translation>Unit deleted</translation>
    </message>
    <message>
        <source>%1 åtgärder saknar nu ansvarig enhet.</source>
        <translation>%1 actions now have no responsible unit.</translation>
    </message>
</context>
<context>
    <name>OtherParticipantDialog</name>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Ändra deltagare</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>t.ex. kommundirektör, föredragande</source>
        <translation>e.g. chief executive, rapporteur</translation>
    </message>
    <message>
        <source>hela mötet</source>
        <translation>the whole meeting</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Från punkt:</source>
        <translation>&amp;From item:</translation>
    </message>
    <message>
        <source>&amp;Till punkt:</source>
        <translation>&amp;To item:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>lägg först in personen under Organ och personer.</source>
        <translation>first add the person under Bodies and members.</translation>
    </message>
</context>
<context>
    <name>OutcomeSection</name>
    <message>
        <source>Så räknas statusen: utfallet jämförs med en rak linje från utgångsläget till målvärdet under målåret. ”På väg” betyder att utfallet har kommit minst så långt som linjen väntar sig det året, ”Risk” att det har rört sig åt rätt håll men ligger efter linjen, och ”Inte på väg” att det står still, går åt fel håll eller att målåret har passerat. Rätt håll är nyckeltalets egen riktning om den är angiven, annars riktningen från utgångsläget mot målvärdet. Utfallet är kommunens senaste värde fram till och med uppföljningens år.</source>
        <translation>How the status is calculated: the outcome is compared with a straight line from the baseline to the target value in the target year. “On track” means the outcome has come at least as far as the line expects that year, “At risk” that it has moved in the right direction but is behind the line, and “Off track” that it is standing still, moving in the wrong direction or that the target year has passed. The right direction is the indicator&apos;s own direction if it is set, otherwise the direction from the baseline towards the target value. The outcome is the municipality&apos;s latest value up to and including the follow-up year.</translation>
    </message>
    <message>
        <source>Målsättningarnas indikatorer</source>
        <translation>The objectives&apos; indicators</translation>
    </message>
    <message>
        <source>&amp;Kommentar till målsättningen:</source>
        <translation>&amp;Comment on the objective:</translation>
    </message>
    <message>
        <source>T.ex. vad som påverkat utvecklingen och vad ni gör nu.</source>
        <translation>E.g. what has affected the trend and what you are doing now.</translation>
    </message>
    <message>
        <source>Målsättningar och indikatorer</source>
        <translation>Objectives and indicators</translation>
    </message>
    <message>
        <source>Programmet har inga målsättningar ännu. Lägg till dem under 2 Prioritera och mål, med indikatorer, utgångsläge och målvärden.</source>
        <translation>The programme has no objectives yet. Add them under 2 Priorities and goals, with indicators, baselines and target values.</translation>
    </message>
    <message>
        <source>Inga indikatorer kopplade.</source>
        <translation>No indicators linked.</translation>
    </message>
    <message>
        <source>Målsättning %1: %2</source>
        <translation>Objective %1: %2</translation>
    </message>
    <message>
        <source>&amp;Kommentar till målsättning %1:</source>
        <translation>&amp;Comment on objective %1:</translation>
    </message>
    <message>
        <source>Ingen indikator kopplad</source>
        <translation>No indicator linked</translation>
    </message>
    <message>
        <source>Målsättningen har ingen indikator. Koppla en under 2 Prioritera och mål.</source>
        <translation>The objective has no indicator. Link one under 2 Priorities and goals.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Målsättning</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Utgångsläge</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Målvärde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ingen indikator kopplad</source>
        <translation>No indicator linked</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Vad står på tur?</source>
        <translation>What&apos;s next?</translation>
    </message>
    <message>
        <source>Försenat och att göra inom 30 dagar</source>
        <translation>Overdue and due within 30 days</translation>
    </message>
    <message>
        <source>Kommande möten</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <source>De globala målen</source>
        <translation>The Global Goals</translation>
    </message>
    <message>
        <source>Välj ett mål för att se dess delmål och ge dem kommunens egna korta svenska titlar.</source>
        <translation>Choose a goal to see its targets and give them the municipality&apos;s own short Swedish titles.</translation>
    </message>
    <message>
        <source>Var står vi i styrcykeln?</source>
        <translation>Where are we in the steering cycle?</translation>
    </message>
</context>
<context>
    <name>ParagraphPicker</name>
    <message>
        <source>Sök paragraf på rubrik, beslut eller diarienr…</source>
        <translation>Search sections by title, decision or diary no.…</translation>
    </message>
    <message>
        <source>Beslutsparagraf</source>
        <translation>Decision section</translation>
    </message>
    <message>
        <source>Ingen paragraf</source>
        <translation>No section</translation>
    </message>
    <message>
        <source>utan §</source>
        <translation>without §</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Sök på namn eller kommunkod</source>
        <translation>Search by name or municipality code</translation>
    </message>
    <message>
        <source>Kommuner och regioner</source>
        <translation>Municipalities and regions</translation>
    </message>
    <message>
        <source>t.ex. Länsstyrelsen i Exempellän</source>
        <translation>e.g. the County Administrative Board of Exempellän</translation>
    </message>
    <message>
        <source>Välj en kommun eller region i listan, eller skriv namnet på en annan organisation nedan.</source>
        <translation>Choose a municipality or region in the list, or enter the name of another organisation below.</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Kommun eller region:</source>
        <translation>&amp;Municipality or region:</translation>
    </message>
    <message>
        <source>&amp;Annan deltagare:</source>
        <translation>&amp;Other participant:</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>välj en kommun eller region i listan, eller skriv ett namn.</source>
        <translation>choose a municipality or region in the list, or enter a name.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
</context>
<context>
    <name>ParticipantsGrid</name>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Spara &amp;deltagare</source>
        <translation>Save &amp;participants</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat aktiviteten och dess deltagare, när och vad</source>
        <translation>Who changed the activity and its participants, when and what</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sök på namn, parti, organisation eller organ…</source>
        <translation>Search by name, party, organisation or body…</translation>
    </message>
    <message>
        <source>S&amp;ök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Ny person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Ta &amp;bort…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>E&amp;xportera personuppgifter…</source>
        <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
        <source>Spara allt som finns om personen i en Excel-fil och en JSON-fil.</source>
        <translation>Save everything held about the person in an Excel file and a JSON file.</translation>
    </message>
    <message>
        <source>&amp;Anonymisera…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>Ta bort en person som har slutat; justerade protokoll ändras inte.</source>
        <translation>Remove a person who has left; approved minutes do not change.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Varje person finns en gång och kan sitta i flera organ. Parti och organisation följer med till närvarolistor och protokoll.</source>
        <translation>Each person is entered once and can sit on several bodies. Party and organisation are carried over to attendance lists and minutes.</translation>
    </message>
    <message>
        <source>Ta bort ”%1” ur personregistret?</source>
        <translation>Delete “%1” from the register of people?</translation>
    </message>
    <message>
        <source>Ta bort person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Exportera personuppgifter</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>Excel-filer (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporten misslyckades</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Allt som finns om %1 sparades i två filer:

%2 (att läsa, Excel)
%3 (maskinläsbar, JSON)

Filerna innehåller personuppgifter: lämna dem till personen på ett säkert sätt och ta bort dem när de inte behövs längre.</source>
        <translation>Everything held about %1 was saved in two files:

%2 (to read, Excel)
%3 (machine-readable, JSON)

The files hold personal data: hand them to the person securely and delete them when they are no longer needed.</translation>
    </message>
    <message>
        <source>Personuppgifterna är exporterade</source>
        <translation>The personal data has been exported</translation>
    </message>
</context>
<context>
    <name>PersonChoice</name>
    <message>
        <source>N&amp;y person…</source>
        <translation>Ne&amp;w person…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ändra person</source>
        <translation>Change person</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>För- och efternamn</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Inget parti</source>
        <translation>No party</translation>
    </message>
    <message>
        <source>t.ex. Exempelkommun eller Region Väst</source>
        <translation>e.g. Exempelkommun or Region Väst</translation>
    </message>
    <message>
        <source>t.ex. kommundirektör</source>
        <translation>e.g. chief executive</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Parti:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parti</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Bodies</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Nulägesanalysen visar var kommunen står i förhållande till de 17 globala målen och deras 169 delmål: vilka mål som är de största utmaningarna, var det går åt rätt håll och vilka mål ni inte arbetar med men borde.</source>
        <translation>The status analysis shows where the municipality stands against the 17 Global Goals and their 169 targets: which goals are the biggest challenges, where things are moving in the right direction, and which goals you are not working on but should be.</translation>
    </message>
    <message>
        <source>bedöma varje mål och delmål på en fyrgradig skala, från ”stor utmaning” till ”uppnått”, med trend och en egen analys i fritext</source>
        <translation>assess each goal and target on a four-step scale, from “major challenge” to “achieved”, with the trend and your own analysis in free text</translation>
    </message>
    <message>
        <source>ange kommunens rådighet: vad ni styr över själva och vad som kräver samverkan med regionen, myndigheter, företag och föreningar</source>
        <translation>state the municipality&apos;s control (own mandate): what you decide yourselves and what requires collaboration with the region, government agencies, companies and associations</translation>
    </message>
    <message>
        <source>se på kommunens fyra roller: demokratiaktör, samhällsbyggare, välfärdsproducent och arbetsgivare</source>
        <translation>look at the municipality&apos;s four roles: democracy actor, community builder, welfare provider and employer</translation>
    </message>
    <message>
        <source>belysa skillnader mellan grupper – kvinnor och män, flickor och pojkar, åldrar och kommundelar – så att ingen lämnas utanför</source>
        <translation>bring out differences between groups – women and men, girls and boys, ages and districts – so that no one is left behind</translation>
    </message>
    <message>
        <source>grunda bedömningen på nyckeltal och på det som kommit fram i dialog med invånare, medarbetare och politiker</source>
        <translation>base the assessment on key indicators and on what has emerged in dialogue with residents, staff and politicians</translation>
    </message>
    <message>
        <source>Utifrån nulägesanalysen väljer ni vilka mål som ska prioriteras först och formulerar kommunens egna mål – med helheten i sikte, eftersom de globala målen är integrerade och odelbara.</source>
        <translation>Based on the status analysis, you choose which goals to prioritise first and formulate the municipality&apos;s own goals – keeping the whole in view, because the Global Goals are integrated and indivisible.</translation>
    </message>
    <message>
        <source>samla målen i några insatsområden, vart och ett med ”Hit vill vi” och ”Det gör vi genom att”</source>
        <translation>group the goals into a few focus areas, each with “Where we want to be” and “How we will get there”</translation>
    </message>
    <message>
        <source>ge varje lokalt mål ett målår, till exempel 2030, och koppla det till de globala mål och delmål det bidrar till</source>
        <translation>give each local goal a target year, for example 2030, and link it to the global goals and targets it contributes to</translation>
    </message>
    <message>
        <source>välja nyckeltal med målvärden som visar om målet nås</source>
        <translation>choose key indicators with target values that show whether the goal is reached</translation>
    </message>
    <message>
        <source>beskriva synergier och målkonflikter mellan målen</source>
        <translation>describe synergies and conflicts between the goals</translation>
    </message>
    <message>
        <source>Handlingsplanen gör målen till konkreta åtgärder. Den hör hemma i de ordinarie verksamhetsplanerna och budgeten, inte i ett sidospår.</source>
        <translation>The action plan turns the goals into concrete actions. It belongs in the ordinary operational plans and the budget, not on a side track.</translation>
    </message>
    <message>
        <source>beskriva åtgärder med ansvarig förvaltning, sektor eller kommunalt bolag och ansvarig person</source>
        <translation>describe actions with the responsible administration, department or municipal company and the person responsible</translation>
    </message>
    <message>
        <source>sätta start- och slutdatum, status och kostnad</source>
        <translation>set start and end dates, status and cost</translation>
    </message>
    <message>
        <source>ange om kommunen har rådighet själv eller behöver samverka, och med vilka parter</source>
        <translation>state whether the municipality has control (its own mandate) or needs to collaborate, and with which partners</translation>
    </message>
    <message>
        <source>koppla varje åtgärd till de lokala mål den ska bidra till</source>
        <translation>link each action to the local goals it is meant to contribute to</translation>
    </message>
    <message>
        <source>Här samlar ni medborgardialoger, ungdomsråd, remisser och workshoppar med företag och föreningar – och allt som kommer in från dem.</source>
        <translation>Here you collect citizen dialogues, youth councils, consultations and workshops with companies and associations – and everything that comes in from them.</translation>
    </message>
    <message>
        <source>registrera synpunkter och koppla dem till de mål eller den del av programmet som de gäller</source>
        <translation>record comments and link them to the goals or the part of the programme they concern</translation>
    </message>
    <message>
        <source>hålla reda på sista dag för remissvar och vilka som har svarat</source>
        <translation>keep track of the deadline for consultation responses and of who has responded</translation>
    </message>
    <message>
        <source>ge återkoppling: vad som hände med varje synpunkt, och återrapportera till dem som lämnade den</source>
        <translation>give feedback: what happened to each comment, and report back to those who made it</translation>
    </message>
    <message>
        <source>skriva på ett enkelt språk, med en ordlista och en engelsk version</source>
        <translation>write in plain language, with a glossary and an English version</translation>
    </message>
    <message>
        <source>Uppföljningen visar vad som har rört sig och varför – minst en gång om året i årsredovisningen och delårsrapporten, och en gång per mandatperiod i ett fördjupat hållbarhetsbokslut.</source>
        <translation>The follow-up shows what has moved and why – at least once a year in the annual report and the interim report, and once per term of office in a more thorough sustainability report.</translation>
    </message>
    <message>
        <source>jämföra utfallet för nyckeltalen med målvärden och trender</source>
        <translation>compare the key indicators&apos; outcomes with target values and trends</translation>
    </message>
    <message>
        <source>se hur det går med åtgärderna i handlingsplanen</source>
        <translation>see how the actions in the action plan are progressing</translation>
    </message>
    <message>
        <source>beskriva framgångsfaktorer att sprida och vad som behöver ändras</source>
        <translation>describe success factors to spread and what needs to change</translation>
    </message>
    <message>
        <source>publicera resultaten för invånarna och börja nästa varv i styrcykeln med en ny nulägesanalys</source>
        <translation>publish the results for residents and start the next round of the steering cycle with a new status analysis</translation>
    </message>
    <message>
        <source>Nyckeltalen är underlaget för både nulägesanalysen och uppföljningen. Här hämtar ni in värden från Kolada och egna källor och jämför kommunen med andra.</source>
        <translation>The key indicators are the evidence for both the status analysis and the follow-up. Here you bring in values from Kolada and your own sources and compare the municipality with others.</translation>
    </message>
    <message>
        <source>importera Excelark från Kolada, SCB och egna undersökningar – med tydliga besked om något i arket är fel, och aldrig bara halva filen</source>
        <translation>import Excel sheets from Kolada, Statistics Sweden (SCB) and your own surveys – with clear messages if something in the sheet is wrong, and never only half a file</translation>
    </message>
    <message>
        <source>utgå från RKA:s urval av nyckeltal för Agenda 2030 och lägga till egna lokala nyckeltal</source>
        <translation>start from RKA&apos;s selection of key indicators for Agenda 2030 and add your own local indicators</translation>
    </message>
    <message>
        <source>jämföra kommunen med riket, länet och liknande kommuner, och kvinnor med män</source>
        <translation>compare the municipality with Sweden as a whole, the county and similar municipalities, and women with men</translation>
    </message>
    <message>
        <source>exportera ark som går att redigera i Excel och läsa in igen utan dubbletter</source>
        <translation>export sheets that can be edited in Excel and imported again without duplicates</translation>
    </message>
    <message>
        <source>Förbered, dokumentera och skriv ut möten i styrgruppen, arbetsgruppen, ungdomsrådet, nämnder och andra organ.</source>
        <translation>Prepare, document and print the meetings of the steering group, the working group, the youth council, committees and other bodies.</translation>
    </message>
    <message>
        <source>skicka kallelse med dagordning</source>
        <translation>send the notice of meeting with the agenda</translation>
    </message>
    <message>
        <source>föra närvaro efter roll: ordförande, ledamöter, ersättare, övriga deltagare, meddelat förhinder och frånvarande</source>
        <translation>record attendance by role: chair, members, substitutes, other participants, apologies and absent</translation>
    </message>
    <message>
        <source>skriva paragrafer med bakgrund och beslut i att-satser, med löpande eller årsvis numrering</source>
        <translation>write numbered items (§) with background and decisions as “that …” clauses, numbered continuously or per year</translation>
    </message>
    <message>
        <source>justera protokollet – därefter är det en allmän handling som inte ändras</source>
        <translation>have the minutes adjusted (checked and signed) – after that they are a public record that is not changed</translation>
    </message>
    <message>
        <source>Håll ordning på kommunens nätverk, till exempel SKR:s utvecklingsnätverk Styra med Agenda 2030 och Glokala Sverige, och på de åtaganden som följer med dem.</source>
        <translation>Keep track of the municipality&apos;s networks, for example SKR&apos;s development network Styra med Agenda 2030 and Glokala Sverige, and of the commitments that come with them.</translation>
    </message>
    <message>
        <source>föra in utfästelser med ansvarig person, sista datum och status</source>
        <translation>enter pledges with the person responsible, the due date and the status</translation>
    </message>
    <message>
        <source>visa underlaget för varje åtagande, till exempel beslutsparagrafen i ett protokoll</source>
        <translation>show the evidence for each commitment, for example the decision item in the minutes</translation>
    </message>
    <message>
        <source>visa nätverket och den egna ledningen var ni står</source>
        <translation>show the network and your own leadership where you stand</translation>
    </message>
    <message>
        <source>Skriv ut arbetet så att det når politiker och invånare, som kommunala dokument med kommunens namn, titel, datum, sidnummer och diarienummer.</source>
        <translation>Print the work so that it reaches politicians and residents, as municipal documents with the municipality&apos;s name, title, date, page numbers and diary number.</translation>
    </message>
    <message>
        <source>kallelser, dagordningar och protokoll med namnteckningsrader</source>
        <translation>notices of meetings, agendas and minutes with signature lines</translation>
    </message>
    <message>
        <source>nulägesanalysen, programmet med målen och handlingsplanen</source>
        <translation>the status analysis, the programme with its goals, and the action plan</translation>
    </message>
    <message>
        <source>den årliga uppföljningen och hållbarhetsbokslutet med diagram</source>
        <translation>the annual follow-up and the sustainability report with charts</translation>
    </message>
    <message>
        <source>åtagandenas status för ett nätverk</source>
        <translation>the status of the commitments for a network</translation>
    </message>
    <message>
        <source>utskrifter som blir tydliga i svartvitt och klarar alla svenska tecken, även samiska, finska och meänkieli</source>
        <translation>printouts that are clear in black and white and handle all Swedish characters, including Sámi, Finnish and Meänkieli</translation>
    </message>
    <message>
        <source>Här kommer ni att kunna</source>
        <translation>Here you will be able to</translation>
    </message>
    <message>
        <source>Den här delen av programmet håller på att byggas. Var ni står i styrcykeln ser ni redan nu på Översikt.</source>
        <translation>This part of the application is being built. You can already see where you stand in the steering cycle on the Overview page.</translation>
    </message>
</context>
<context>
    <name>PrioritiesModel</name>
    <message>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>Prioriterade mål</source>
        <translation>Prioritised goals</translation>
    </message>
    <message>
        <source>Varför ska kommunen arbeta med målet först? T.ex. vad nulägesanalysen visade.</source>
        <translation>Why should the municipality work on this goal first? E.g. what the status analysis showed.</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>&amp;Rationale:</translation>
    </message>
    <message>
        <source>&amp;Spara motiveringen</source>
        <translation>&amp;Save rationale</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat motiveringen, när och vad</source>
        <translation>Who changed the rationale, when and what</translation>
    </message>
    <message>
        <source>Kryssa för de mål som kommunen ska arbeta med först, utifrån nulägesanalysen, och skriv varför. Målen hänger ihop: se till helheten.</source>
        <translation>Tick the goals the municipality is to work on first, based on the status analysis, and write why. The goals are interconnected: keep the whole in view.</translation>
    </message>
    <message>
        <source>Välj ett mål i tabellen för att skriva motiveringen.</source>
        <translation>Choose a goal in the table to write the rationale.</translation>
    </message>
    <message>
        <source>Mål %1: %2</source>
        <translation>Goal %1: %2</translation>
    </message>
    <message>
        <source>&amp;Prioritera med motiveringen</source>
        <translation>Pr&amp;ioritise with rationale</translation>
    </message>
    <message>
        <source>Mål %1 prioriteras inte längre, och motiveringen tas bort.</source>
        <translation>Goal %1 will no longer be prioritised, and the rationale will be deleted.</translation>
    </message>
    <message>
        <source>Ta bort prioriteringen?</source>
        <translation>Remove the priority?</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Spara listan…</source>
        <translation>Sa&amp;ve list…</translation>
    </message>
    <message>
        <source>Spara problemen som en CSV-fil som öppnas i Excel</source>
        <translation>Save the problems as a CSV file that opens in Excel</translation>
    </message>
    <message>
        <source>Visar de första {shown} av {total} problem.</source>
        <translation>Showing the first {shown} of {total} problems.</translation>
    </message>
    <message>
        <source>Inga problem hittades.</source>
        <translation>No problems were found.</translation>
    </message>
    <message>
        <source>Spara problemlistan</source>
        <translation>Save the problem list</translation>
    </message>
    <message>
        <source>{name}-problem.csv</source>
        <translation>{name}-problems.csv</translation>
    </message>
    <message>
        <source>Kommaseparerad fil (*.csv);;Textfil (*.txt)</source>
        <translation>Comma-separated file (*.csv);;Text file (*.txt)</translation>
    </message>
    <message>
        <source>Problemlistan sparades i {path}.</source>
        <translation>The problem list was saved to {path}.</translation>
    </message>
    <message>
        <source>Problemlistan är sparad</source>
        <translation>Problem list saved</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Kontrollera uppgifterna</source>
        <translation>Check the details</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, kommunkod {code}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, municipality code {code}</translation>
    </message>
    <message>
        <source>Kommungrupp {code}: {title}</source>
        <translation>Municipality group (SKR) {code}: {title}</translation>
    </message>
    <message>
        <source>Välj logotyp</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filen ”{name}” kunde inte läsas: {reason}</source>
        <translation>The file “{name}” could not be read: {reason}</translation>
    </message>
    <message>
        <source>Bilden ”{name}” är {size:.1f} MB. Logotypen får vara högst 2 MB; spara en mindre version av bilden och välj den.</source>
        <translation>The image “{name}” is {size:.1f} MB. The logo may be at most 2 MB; save a smaller version of the image and choose that.</translation>
    </message>
    <message>
        <source>Filen ”{name}” är ingen PNG- eller JPEG-bild. Välj en bild i något av de formaten.</source>
        <translation>The file “{name}” is not a PNG or JPEG image. Choose an image in one of those formats.</translation>
    </message>
    <message>
        <source>Logotyp</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Ingen logotyp</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Exempel: {number}</source>
        <translation>Example: {number}</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Sök kommun:</source>
        <translation>&amp;Search municipality:</translation>
    </message>
    <message>
        <source>Sök på namn eller kommunkod</source>
        <translation>Search by name or municipality code</translation>
    </message>
    <message>
        <source>Ingen kommun är vald ännu.</source>
        <translation>No municipality has been chosen yet.</translation>
    </message>
    <message>
        <source>Organisation och logotyp</source>
        <translation>Organisation and logo</translation>
    </message>
    <message>
        <source>&amp;Organisationens namn:</source>
        <translation>&amp;Organisation name:</translation>
    </message>
    <message>
        <source>t.ex. Exempelkommun, kommunledningskontoret</source>
        <translation>e.g. Exempelkommun, municipal executive office</translation>
    </message>
    <message>
        <source>Logotyp:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Välj bild…</source>
        <translation>&amp;Choose image…</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>PNG eller JPEG, högst 2 MB. Logotypen står på allt du skriver ut.</source>
        <translation>PNG or JPEG, at most 2 MB. The logo appears on everything you print.</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Diary number</translation>
    </message>
    <message>
        <source>&amp;Prefix för diarienummer:</source>
        <translation>&amp;Diary number prefix:</translation>
    </message>
    <message>
        <source>t.ex. KS</source>
        <translation>e.g. KS</translation>
    </message>
    <message>
        <source>Exempel: KS 2026/123</source>
        <translation>Example: KS 2026/123</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Synergi</source>
        <translation>Synergy</translation>
    </message>
    <message>
        <source>Målkonflikt</source>
        <translation>Goal conflict</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>&amp;Prioriterade mål</source>
        <translation>&amp;Prioritised goals</translation>
    </message>
    <message>
        <source>P&amp;rogrammet</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>S&amp;ynergier och målkonflikter</source>
        <translation>Synergies and goal &amp;conflicts</translation>
    </message>
    <message>
        <source>Det finns ingen styrcykel ännu. Starta en med ”Ny styrcykel…” ovan, så kan ni välja prioriterade mål och bygga programmet med insatsområden och målsättningar.</source>
        <translation>There is no steering cycle yet. Start one with “New steering cycle…” above, and you can choose prioritised goals and build the programme with focus areas and objectives.</translation>
    </message>
    <message>
        <source>Prioritera och sätt egna mål</source>
        <translation>Prioritise and set own goals</translation>
    </message>
    <message>
        <source>Steg 2 i styrcykeln. Välj utifrån nulägesanalysen de mål som kommunen ska arbeta med först, och bygg programmet: insatsområden med målsättningar (Hit vill vi) och insatser (Det gör vi genom att).</source>
        <translation>Step 2 of the steering cycle. Based on the status analysis, choose the goals the municipality is to work on first, and build the programme: focus areas with objectives (Where we want to be) and initiatives (How we will get there).</translation>
    </message>
</context>
<context>
    <name>ProgrammePanel</name>
    <message>
        <source>Programmet</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Nytt &amp;insatsområde…</source>
        <translation>New &amp;focus area…</translation>
    </message>
    <message>
        <source>Ny &amp;målsättning…</source>
        <translation>New &amp;objective…</translation>
    </message>
    <message>
        <source>Ny ins&amp;ats…</source>
        <translation>New &amp;initiative…</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta n&amp;ed</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Ta &amp;bort…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Ä&amp;ndra…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Hit vill vi</source>
        <translation>Where we want to be</translation>
    </message>
    <message>
        <source>Det gör vi genom att</source>
        <translation>How we will get there</translation>
    </message>
    <message>
        <source>Insatsområde %1: %2</source>
        <translation>Focus area %1: %2</translation>
    </message>
    <message>
        <source>Ingen beskrivning ännu.</source>
        <translation>No description yet.</translation>
    </message>
    <message>
        <source>Programmet har inga insatsområden ännu. Börja med ”Nytt insatsområde…”: ett område som kommunen vill arbeta med, t.ex. ”Hållbar energi”. Varje område får målsättningar (Hit vill vi) och insatser (Det gör vi genom att).</source>
        <translation>The programme has no focus areas yet. Start with “New focus area…”: an area the municipality wants to work on, e.g. “Sustainable energy”. Each area gets objectives (Where we want to be) and initiatives (How we will get there).</translation>
    </message>
    <message>
        <source>Nytt insatsområde</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <source>Ny insats</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <source>Ändra insats</source>
        <translation>Change initiative</translation>
    </message>
    <message>
        <source>Ändra insatsområde</source>
        <translation>Change focus area</translation>
    </message>
    <message>
        <source>Ta bort målsättning %1 med dess nyckeltal, målvärden och samband?</source>
        <translation>Delete objective %1 with its indicators, target values and relationships?</translation>
    </message>
    <message>
        <source>Ta bort insatsen ”%1”?</source>
        <translation>Delete the initiative “%1”?</translation>
    </message>
    <message>
        <source>Ta bort insatsområdet ”%1” med dess %2 målsättningar och %3 insatser? Nyckeltal, målvärden och samband för målsättningarna tas också bort.</source>
        <translation>Delete the focus area “%1” with its %2 objectives and %3 initiatives? The objectives&apos; indicators, target values and relationships are deleted too.</translation>
    </message>
    <message>
        <source>Ta bort?</source>
        <translation>Delete?</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Arbetar…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>ProtocolModels</name>
    <message>
        <source>§ %1</source>
        <translation>§ %1</translation>
    </message>
    <message>
        <source>Punkt %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Rättad genom %1</source>
        <translation>Corrected by %1</translation>
    </message>
    <message>
        <source>Rättad</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Skrivet</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Hit</translation>
    </message>
</context>
<context>
    <name>ProtocolPanel</name>
    <message>
        <source>Inget möte valt.</source>
        <translation>No meeting selected.</translation>
    </message>
    <message>
        <source>Upprätta protokollet (&amp;numrera paragraferna)</source>
        <translation>Draw up the minutes (&amp;number the sections)</translation>
    </message>
    <message>
        <source>&amp;Justera…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Verifiera kontrollsumman</source>
        <translation>Verify the chec&amp;ksum</translation>
    </message>
    <message>
        <source>S&amp;ök i protokoll…</source>
        <translation>Sea&amp;rch minutes…</translation>
    </message>
    <message>
        <source>Paragrafer</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Justerat %1 · Kontrollsumma %2</source>
        <translation>Approved %1 · Checksum %2</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source> · § %1</source>
        <translation> · § %1</translation>
    </message>
    <message>
        <source> · ej upprättat</source>
        <translation> · not drawn up</translation>
    </message>
    <message>
        <source>Vad gäller beslutet i %1?</source>
        <translation>What does the decision in %1 concern?</translation>
    </message>
    <message>
        <source>Justera protokollet från %1 den %2?

Efter justering kan protokollet aldrig ändras. En rättelse görs genom ett nytt beslut i ett senare möte.</source>
        <translation>Approve the minutes of %1 as of %2?

Once approved, the minutes can never be changed. A correction is made by a new decision at a later meeting.</translation>
    </message>
    <message>
        <source>Justera protokollet</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <source>Protokollet är oförändrat sedan justeringen (kontrollsumma %1).</source>
        <translation>The minutes are unchanged since they were approved (checksum %1).</translation>
    </message>
    <message>
        <source>Kontrollsumman stämmer</source>
        <translation>The checksum matches</translation>
    </message>
    <message>
        <source>Protokollets innehåll stämmer inte med kontrollsumman från justeringen. Databasfilen har ändrats utanför programmet; använd en säkerhetskopia.</source>
        <translation>The content of the minutes does not match the checksum from the approval. The database file has been changed outside the application; use a backup.</translation>
    </message>
    <message>
        <source>Kontrollsumman stämmer inte</source>
        <translation>The checksum does not match</translation>
    </message>
</context>
<context>
    <name>ProtocolSearchDialog</name>
    <message>
        <source>Sök i protokoll</source>
        <translation>Search minutes</translation>
    </message>
    <message>
        <source>t.ex. budget, Agenda 2030 eller ett diarienummer</source>
        <translation>e.g. budget, Agenda 2030 or a registration number</translation>
    </message>
    <message>
        <source>Alla organ</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Ö&amp;ppna paragrafen</source>
        <translation>&amp;Open section</translation>
    </message>
    <message>
        <source>St&amp;äng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Sök&amp;ord:</source>
        <translation>&amp;Keywords:</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;till:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Inga paragrafer hittades.</source>
        <translation>No sections found.</translation>
    </message>
    <message>
        <source>1 paragraf hittades.</source>
        <translation>1 section found.</translation>
    </message>
    <message>
        <source>%1 paragrafer hittades.</source>
        <translation>%1 sections found.</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Samband mellan målsättningar</source>
        <translation>Relationship between objectives</translation>
    </message>
    <message>
        <source>&amp;Inget samband</source>
        <translation>&amp;No relationship</translation>
    </message>
    <message>
        <source>&amp;Synergi (+): målen stärker varandra</source>
        <translation>&amp;Synergy (+): the goals reinforce each other</translation>
    </message>
    <message>
        <source>Mål&amp;konflikt (−): målen motverkar varandra</source>
        <translation>Goal &amp;conflict (−): the goals work against each other</translation>
    </message>
    <message>
        <source>t.ex. Båda kräver mark nära centrum</source>
        <translation>e.g. Both need land near the town centre</translation>
    </message>
    <message>
        <source>Ko&amp;mmentar:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>Målsättningar:</source>
        <translation>Objectives:</translation>
    </message>
    <message>
        <source>Samband:</source>
        <translation>Relationship:</translation>
    </message>
</context>
<context>
    <name>RelationListModel</name>
    <message>
        <source>Målsättningar</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Samband</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Angivna samband</source>
        <translation>Relationships set</translation>
    </message>
</context>
<context>
    <name>RelationMatrixModel</name>
    <message>
        <source>%1: inget samband. Klicka för att ange ett.</source>
        <translation>%1: no relationship. Click to set one.</translation>
    </message>
    <message>
        <source>Inget samband</source>
        <translation>No relationship</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Rapport:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>t.ex. KS 2026/123</source>
        <translation>e.g. KS 2026/123</translation>
    </message>
    <message>
        <source>Skriv ärendets nummer efter prefixet. Lämnas bara prefixet kvar skrivs inget diarienummer ut.</source>
        <translation>Enter the case number after the prefix. If only the prefix is left, no diary number is printed.</translation>
    </message>
    <message>
        <source>Ta med &amp;ordlistan som bilaga</source>
        <translation>Include the &amp;glossary as an appendix</translation>
    </message>
    <message>
        <source>&amp;Styrcykel:</source>
        <translation>&amp;Steering cycle:</translation>
    </message>
    <message>
        <source>&amp;Diarienummer:</source>
        <translation>&amp;Diary number:</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Spara som &amp;PDF…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Skapa kommunens dokument för Agenda 2030 som PDF, med logotyp, datum, diarienummer och sidnummer. Välj rapport och styrcykel, förhandsgranska, skriv ut eller spara.</source>
        <translation>Create the municipality&apos;s Agenda 2030 documents as PDF, with logo, date, diary number and page numbers. Choose a report and a steering cycle, then preview, print or save.</translation>
    </message>
    <message>
        <source>Starta en styrcykel på sidan Översikt först.</source>
        <translation>Start a steering cycle on the Overview page first.</translation>
    </message>
    <message>
        <source>Spara rapporten som PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Avbrutet.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Skapar rapporten …</source>
        <translation>Creating the report …</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skapas</source>
        <translation>The report could not be created</translation>
    </message>
    <message>
        <source>Rapporten kunde inte skapas: %1</source>
        <translation>The report could not be created: %1</translation>
    </message>
    <message>
        <source>Rapporten ”%1” sparades i %2 (%3 sidor).</source>
        <translation>The report “%1” was saved to %2 (%3 pages).</translation>
    </message>
    <message>
        <source>Rapporten är sparad</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Förhandsgranska – %1</source>
        <translation>Preview – %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Återställ…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Välj den säkerhetskopia som ska ersätta databasen. Den databas som ersätts sparas i mappen med säkerhetskopior, så inget går förlorat.</source>
        <translation>Choose the backup that is to replace the database. The database that is replaced is saved in the backup folder, so nothing is lost.</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av den här databasen ännu. Välj Arkiv › Säkerhetskopiera nu för att göra en.</source>
        <translation>There are no backups of this database yet. Choose File › Back up now to make one.</translation>
    </message>
    <message>
        <source>Inga säkerhetskopior</source>
        <translation>No backups</translation>
    </message>
    <message>
        <source>Databasen ersätts med säkerhetskopian från {date}. Det som har ändrats efter det försvinner ur databasen; den nuvarande databasen sparas först i mappen med säkerhetskopior.

Vill du återställa säkerhetskopian?</source>
        <translation>The database will be replaced with the backup from {date}. Anything changed after that will disappear from the database; the current database is first saved in the backup folder.

Do you want to restore the backup?</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Inget sparades. Det som %1 sparade står kvar; dina ändringar finns kvar i formuläret tills du sparar eller avbryter.</source>
        <translation>Nothing was saved. What %1 saved stands; your changes stay in the form until you save or cancel.</translation>
    </message>
    <message>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>t.ex. Anna Berg (tomt: %1)</source>
        <translation>e.g. Anna Berg (empty: %1)</translation>
    </message>
    <message>
        <source>Profilen kunde inte sparas</source>
        <translation>The profile could not be saved</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Allmänt</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Programmets språk:</source>
        <translation>&amp;Application language:</translation>
    </message>
    <message>
        <source>Programmet är skrivet på svenska; den engelska versionen är en översättning. Det nya språket gäller direkt när du sparar inställningarna.</source>
        <translation>The application is written in Swedish; the English version is a translation. The new language takes effect as soon as you save the settings.</translation>
    </message>
    <message>
        <source>Ditt &amp;namn i ändringsloggen:</source>
        <translation>Your name in the change &amp;log:</translation>
    </message>
    <message>
        <source>t.ex. Anna Berg, miljöstrateg</source>
        <translation>e.g. Anna Berg, environmental strategist</translation>
    </message>
    <message>
        <source>Namnet står vid varje ändring du sparar, så att kollegor som delar databasen ser vem som ändrat vad. Lämnar du fältet tomt används ditt inloggningsnamn på datorn.</source>
        <translation>The name stands beside every change you save, so that colleagues sharing the database see who changed what. If you leave it empty, your login name on this computer is used.</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Antal automatiska säkerhetskopior:</source>
        <translation>&amp;Number of automatic backups:</translation>
    </message>
    <message>
        <source>Programmet gör en säkerhetskopia av databasen varje gång den öppnas och en gång om dygnet medan programmet är igång. Kopiorna sparas i mappen ”namn-sakerhetskopior” bredvid databasfilen. Så här många automatiska kopior sparas; de äldsta tas bort. Kopior som du gör själv, och de som görs före en uppgradering eller återställning, tas aldrig bort automatiskt.</source>
        <translation>The program backs up the database every time it is opened and once a day while it runs. The copies are kept in the folder “name-sakerhetskopior” beside the database file. This many automatic copies are kept; the oldest are removed. Copies you make yourself, and those made before an upgrade or a restore, are never removed automatically.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Gemensam databas (PostgreSQL)</source>
        <translation>Shared database (PostgreSQL)</translation>
    </message>
    <message>
        <source>t.ex. databas.kommun.se</source>
        <translation>e.g. database.municipality.se</translation>
    </message>
    <message>
        <source>tomt om servern inte frågar efter lösenord</source>
        <translation>empty if the server asks for no password</translation>
    </message>
    <message>
        <source>Spara lösenordet i PostgreSQL:s lösenordsfil på den här datorn</source>
        <translation>Save the password in PostgreSQL&apos;s password file on this computer</translation>
    </message>
    <message>
        <source>Lösenordet sparas i {file}, som bara du kan läsa, och används vid nästa start. Annars gäller det bara tills programmet stängs.</source>
        <translation>The password is saved in {file}, which only you can read, and is used at the next start. Otherwise it holds only until the program is closed.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Databas:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Testa anslutningen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>A&amp;nvänd</source>
        <translation>Us&amp;e</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>I en gemensam databas på kommunens PostgreSQL-server arbetar flera handläggare i samma uppgifter. Den som sköter servern skapar databasen och ger dig server, databas, användare och lösenord. Säkerhetskopior av den gemensamma databasen sköts på servern.</source>
        <translation>In a shared database on the municipality&apos;s PostgreSQL server, several officers work in the same data. Whoever runs the server creates the database and gives you the server, database, user and password. Backups of the shared database are taken care of on the server.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Databas</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Fyll i {field}.</source>
        <translation>Fill in {field}.</translation>
    </message>
    <message>
        <source>Ansluter till {server} …</source>
        <translation>Connecting to {server} …</translation>
    </message>
    <message>
        <source>Anslutningen fungerar (PostgreSQL {version}).</source>
        <translation>The connection works (PostgreSQL {version}).</translation>
    </message>
    <message>
        <source>Men databasen {database} har skapats av en nyare version av Agenda Desktop: uppdatera programmet för att använda den.</source>
        <translation>But the database {database} was created by a newer version of Agenda Desktop: update the program to use it.</translation>
    </message>
    <message>
        <source>Men databasen {database} innehåller andra tabeller än Agenda Desktops: be den som sköter servern om en egen, tom databas för Agenda Desktop.</source>
        <translation>But the database {database} holds tables other than Agenda Desktop&apos;s: ask whoever runs the server for a separate, empty database for Agenda Desktop.</translation>
    </message>
    <message>
        <source>Databasen {database} är tom: Agenda Desktop lägger upp sina tabeller när du väljer Använd.</source>
        <translation>The database {database} is empty: Agenda Desktop creates its tables when you choose Use.</translation>
    </message>
    <message>
        <source>Databasen {database} är en Agenda Desktop-databas från en äldre version; den uppgraderas när du väljer Använd. Säkerhetskopiera den på servern först.</source>
        <translation>The database {database} is an Agenda Desktop database from an older version; it is upgraded when you choose Use. Back it up on the server first.</translation>
    </message>
    <message>
        <source>Databasen {database} är en Agenda Desktop-databas och kan användas.</source>
        <translation>The database {database} is an Agenda Desktop database and can be used.</translation>
    </message>
</context>
<context>
    <name>SheetRowsModel</name>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>Exkl. moms</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Inkl. moms</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Anmärkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>◀ vår kommun</source>
        <translation>◀ our municipality</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <source>Underskrifter och justering</source>
        <translation>Signatures and approval</translation>
    </message>
    <message>
        <source>L&amp;ägg till</source>
        <translation>Add to t&amp;he list</translation>
    </message>
    <message>
        <source>Stry&amp;k</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Ta bort den valda justeraren ur listan</source>
        <translation>Remove the chosen adjuster from the list</translation>
    </message>
    <message>
        <source>t.ex. Kommunhuset</source>
        <translation>e.g. the Town Hall</translation>
    </message>
    <message>
        <source>Ej bestämd</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Spara justeringsuppgi&amp;fter</source>
        <translation>Save appr&amp;oval details</translation>
    </message>
    <message>
        <source>Historik…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Vem som ändrat mötet och protokollet, när och vad: även upprättande och justering</source>
        <translation>Who changed the meeting and the minutes, when and what: drawing up and approval too</translation>
    </message>
    <message>
        <source>Sekr&amp;eterare:</source>
        <translation>Secre&amp;tary:</translation>
    </message>
    <message>
        <source>Justerare (&amp;1, 2 …):</source>
        <translation>Adjusters (&amp;1, 2 …):</translation>
    </message>
    <message>
        <source>N&amp;y justerare:</source>
        <translation>New ad&amp;juster:</translation>
    </message>
    <message>
        <source>Justerings&amp;plats:</source>
        <translation>Approval &amp;place:</translation>
    </message>
    <message>
        <source>Justeringsda&amp;g:</source>
        <translation>Approval &amp;date:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>StartCycleDialog</name>
    <message>
        <source>Starta en styrcykel</source>
        <translation>Start a steering cycle</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Från år:</source>
        <translation>&amp;From year:</translation>
    </message>
    <message>
        <source>&amp;Till år:</source>
        <translation>&amp;To year:</translation>
    </message>
    <message>
        <source>Starta</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>En styrcykel följer oftast mandatperioden. Steg 1 blir aktuellt direkt.</source>
        <translation>A steering cycle usually follows the term of office. Step 1 becomes current straight away.</translation>
    </message>
    <message>
        <source>Mandatperioden {start}–{end}</source>
        <translation>Term of office {start}–{end}</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>Klart {date}</source>
        <translation>Done {date}</translation>
    </message>
    <message>
        <source>Pågår nu</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Kommande</source>
        <translation>Upcoming</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Klart</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Kontrollera uppgifterna. Du kan ändra dem senare under Inställningar.</source>
        <translation>Check the details. You can change them later under Settings.</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Organisationens namn:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>Logotyp:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Prefix för diarienummer:</source>
        <translation>Diary number prefix:</translation>
    </message>
    <message>
        <source>Ingen logotyp (du kan lägga till den senare)</source>
        <translation>No logo (you can add it later)</translation>
    </message>
    <message>
        <source>Tryck på ”{button}” för att spara och börja arbeta.</source>
        <translation>Press “{button}” to save and start working.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Bedöm delmål</source>
        <translation>Assess target</translation>
    </message>
    <message>
        <source>Ändra bedömningen av delmålet</source>
        <translation>Change the target’s assessment</translation>
    </message>
    <message>
        <source>&amp;Delmål:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Delmål %1</source>
        <translation>Target %1</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Delmål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kort svensk titel</source>
        <translation>Short Swedish title</translation>
    </message>
    <message>
        <source>Text (engelska)</source>
        <translation>Text (English)</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck F2 för att skriva en kort svensk titel</source>
        <translation>Double-click or press F2 to write a short Swedish title</translation>
    </message>
</context>
<context>
    <name>TargetValueDialog</name>
    <message>
        <source>Lägg till målvärde</source>
        <translation>Add target value</translation>
    </message>
    <message>
        <source>t.ex. 85 eller 12,5</source>
        <translation>e.g. 85 or 12.5</translation>
    </message>
    <message>
        <source>t.ex. Mål i hållbarhetsprogrammet</source>
        <translation>e.g. Goal in the sustainability programme</translation>
    </message>
    <message>
        <source>Mål&amp;år:</source>
        <translation>Target &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Kön:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Mål&amp;värde{unit}:</source>
        <translation>Target &amp;value{unit}:</translation>
    </message>
    <message>
        <source>Ko&amp;mmentar:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>skriv ett tal, t.ex. 85 eller 12,5.</source>
        <translation>enter a number, e.g. 85 or 12.5.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Delmål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>Bedöm ett de&amp;lmål…</source>
        <translation>Assess a &amp;target…</translation>
    </message>
    <message>
        <source>Än&amp;dra…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Ta bort bed&amp;ömningen</source>
        <translation>Remove the assess&amp;ment</translation>
    </message>
    <message>
        <source>Bedöm de delmål där läget skiljer sig från målet i stort, eller där ni vill följa något särskilt.</source>
        <translation>Assess the targets where the situation differs from the goal as a whole, or where you want to follow something in particular.</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Alla delmål under målet är redan bedömda.</source>
        <translation>All targets under the goal have already been assessed.</translation>
    </message>
    <message>
        <source>Ta bort bedömningen</source>
        <translation>Remove the assessment</translation>
    </message>
    <message>
        <source>Ta bort bedömningen av delmål %1?</source>
        <translation>Remove the assessment of target %1?</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Ändra term</source>
        <translation>Change term</translation>
    </message>
    <message>
        <source>Ny term</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>t.ex. Rådighet</source>
        <translation>e.g. Control</translation>
    </message>
    <message>
        <source>Förklara med vardagliga ord, så att en 15-åring förstår.</source>
        <translation>Explain in everyday words, so that a 15-year-old understands.</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>&amp;Förklaring:</source>
        <translation>&amp;Explanation:</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Ändra enhet</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <source>t.ex. Samhällsbyggnadsförvaltningen</source>
        <translation>e.g. the Community Development Administration</translation>
    </message>
    <message>
        <source>(överst i organisationen)</source>
        <translation>(top of the organisation)</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Ligger under:</source>
        <translation>&amp;Parent:</translation>
    </message>
</context>
<context>
    <name>UnitSourceDialog</name>
    <message>
        <source>Ändra enhet och källa</source>
        <translation>Change unit and source</translation>
    </message>
    <message>
        <source>t.ex. %, antal</source>
        <translation>e.g. %, number</translation>
    </message>
    <message>
        <source>t.ex. SCB</source>
        <translation>e.g. Statistics Sweden</translation>
    </message>
    <message>
        <source>Lämna ett fält tomt för att visa standardvärdet. Kommunens uppgifter finns kvar när Koladas katalog uppdateras.</source>
        <translation>Leave a field empty to show the default. The municipality&apos;s own details are kept when Kolada&apos;s catalogue is updated.</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetingsPanel</name>
    <message>
        <source>Inga möten är inplanerade ännu.</source>
        <translation>No meetings are scheduled yet.</translation>
    </message>
    <message>
        <source>Gå till Möten och protokoll</source>
        <translation>Go to Meetings and minutes</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Välkommen till Agenda Desktop</source>
        <translation>Welcome to Agenda Desktop</translation>
    </message>
    <message>
        <source>Det här tar bara någon minut.</source>
        <translation>This only takes a minute or two.</translation>
    </message>
    <message>
        <source>Agenda Desktop hjälper dig att styra kommunens arbete med Agenda 2030, från nulägesanalys och egna mål till handlingsplan, dialog och uppföljning.

Nyckeltal, möten, protokoll och åtaganden samlas på ett ställe, och det som politiker och invånare ska läsa kan du skriva ut.

Först behöver programmet veta vilken kommun du arbetar i och hur organisationen ska stå på papperen.</source>
        <translation>Agenda Desktop helps you steer the municipality&apos;s work with Agenda 2030, from the status analysis and your own goals to the action plan, dialogue and follow-up.

Key indicators, meetings, minutes and commitments are gathered in one place, and you can print what politicians and residents are to read.

First the application needs to know which municipality you work in and how the organisation should appear on paper.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Ny databas…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Skapa en ny, tom databasfil</source>
        <translation>Create a new, empty database file</translation>
    </message>
    <message>
        <source>Ö&amp;ppna databas…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Öppna en befintlig databasfil</source>
        <translation>Open an existing database file</translation>
    </message>
    <message>
        <source>Öppna &amp;exempeldatabas</source>
        <translation>Open &amp;example database</translation>
    </message>
    <message>
        <source>Öppna Exempelkommun, en påhittad kommun att prova programmet med</source>
        <translation>Open Exempelkommun, a made-up municipality to try the application with</translation>
    </message>
    <message>
        <source>&amp;Gemensam databas…</source>
        <translation>&amp;Shared database…</translation>
    </message>
    <message>
        <source>Arbeta i kommunens gemensamma databas på en PostgreSQL-server</source>
        <translation>Work in the municipality&apos;s shared database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopiera nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Kopiera databasen till mappen med säkerhetskopior</source>
        <translation>Copy the database to the backup folder</translation>
    </message>
    <message>
        <source>Å&amp;terställ säkerhetskopia…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Ersätt databasen med en tidigare säkerhetskopia</source>
        <translation>Replace the database with an earlier backup</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Organisationens uppgifter, logotyp och språk</source>
        <translation>Organisation details, logo and language</translation>
    </message>
    <message>
        <source>&amp;Ändringslogg…</source>
        <translation>Change &amp;log…</translation>
    </message>
    <message>
        <source>Vem som har ändrat vad i databasen, och när</source>
        <translation>Who changed what in the database, and when</translation>
    </message>
    <message>
        <source>&amp;Om Agenda Desktop…</source>
        <translation>&amp;About Agenda Desktop…</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>_Question</name>
    <message>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
</context>
</TS>
