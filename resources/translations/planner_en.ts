<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="48"/>
        <source>skriv datoen som dd-mm-åååå</source>
        <translation>write the date as dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="55"/>
        <source>{text} er ikke en dato</source>
        <translation>{text} is not a date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="67"/>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="97"/>
        <source>datoen skal udfyldes</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="61"/>
        <source>Vi har ikke skrevet dit mål endnu. Det gør vi sammen ved næste møde.</source>
        <translation>We have not written your goal yet. We will do it together at the next meeting.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="103"/>
        <source>fra {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="105"/>
        <source>{start} til {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="108"/>
        <source>, {h:g} timer om ugen</source>
        <translation>, {h:g} hours a week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="130"/>
        <source>din koordinerende sagsbehandler</source>
        <translation>your coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="130"/>
        <source>din sagsbehandler</source>
        <translation>your caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="172"/>
        <location filename="../../planner_gui/ui/printout.py" line="193"/>
        <source>Min plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="195"/>
        <source>Udskriv Min plan</source>
        <translation>Print My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="520"/>
        <source>ændring fra første måling {first} til seneste {last}</source>
        <translation>change from first measurement {first} to latest {last}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="65"/>
        <source>Vælg mappen, aktindsigten skal gemmes i</source>
        <translation>Choose the folder to save the access request in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/single_instance.py" line="59"/>
        <source>Databasen er allerede åben i et andet vindue (proces {pid}). Du kan fortsætte, men ændringer i det ene vindue ses først i det andet, når du åbner borgeren igen.</source>
        <translation>The database is already open in another window (process {pid}). You can continue, but changes made in one window only show in the other when you open the citizen again.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/single_instance.py" line="66"/>
        <source>Databasen er allerede åben</source>
        <translation>The database is already open</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/single_instance.py" line="68"/>
        <source>&amp;Fortsæt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/single_instance.py" line="69"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="73"/>
        <source>Intern fejl ({kind}); detaljer i {where}</source>
        <translation>Internal error ({kind}); details in {where}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="446"/>
        <source>&amp;Tag med ud …</source>
        <translation>&amp;Take out …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="448"/>
        <source>Tag borgere med ud på den bærbare til arbejde uden net</source>
        <translation>Take citizens out to the laptop to work without a network</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="453"/>
        <source>S&amp;ynkroniser</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="455"/>
        <source>Synkroniser den bærbare kopi med serveren</source>
        <translation>Synchronise the laptop copy with the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="533"/>
        <source>Din adgangskode til serveren ({initials}):</source>
        <translation>Your password for the server ({initials}):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="557"/>
        <source>Synkroniserer med serveren …</source>
        <translation>Synchronising with the server …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="459"/>
        <source>&amp;Tjek ind …</source>
        <translation>Check &amp;in …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="461"/>
        <source>Synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare kopi</source>
        <translation>Synchronise, release the citizens on the server and remove them from the laptop copy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="672"/>
        <location filename="../../planner_gui/ui/offline.py" line="686"/>
        <location filename="../../planner_gui/ui/offline.py" line="733"/>
        <location filename="../../planner_gui/ui/offline.py" line="746"/>
        <location filename="../../planner_gui/ui/offline.py" line="754"/>
        <source>Tjek ind</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="674"/>
        <source>Tjek {n} borgere ind? Den bærbare kopi synkroniseres først; derefter frigives borgerne på serveren og fjernes fra den bærbare kopi.</source>
        <translation>Check {n} citizens in? The laptop copy is synchronised first; then the citizens are released on the server and removed from the laptop copy.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="687"/>
        <source>Intet er tjekket ind: {n} konflikter venter på dit valg.</source>
        <translation>Nothing was checked in: {n} conflicts await your choice.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="688"/>
        <source>Vælg først, hvilke værdier der skal gælde (Synkroniser viser konflikterne), og tjek så ind.</source>
        <translation>First choose which values are to apply (Synchronise shows the conflicts), then check in.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="705"/>
        <source>Tjekker ind …</source>
        <translation>Checking in …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="727"/>
        <source>{n} konflikter venter på dit valg</source>
        <translation>{n} conflicts await your choice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="729"/>
        <source>{n} borgere er sat til side</source>
        <translation>{n} citizens are set aside</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="730"/>
        <source>Intet er tjekket ind: {why}.</source>
        <translation>Nothing was checked in: {why}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="732"/>
        <source>Ændringerne er synkroniseret. Afgør konflikterne (Synkroniser viser dem), og tjek så ind.</source>
        <translation>The changes are synchronised. Settle the conflicts (Synchronise shows them), then check in.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="735"/>
        <source>{n} borgere er tjekket ind: frigivet på serveren og fjernet fra den bærbare kopi.</source>
        <translation>{n} citizens are checked in: released on the server and removed from the laptop copy.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="740"/>
        <source>Synkroniseret først: {up} ændringer sendt til serveren, {down} hentet.</source>
        <translation>Synchronised first: {up} changes sent to the server, {down} fetched.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="755"/>
        <source>Tjek ind lykkedes ikke; borgerne er stadig på den bærbare kopi og kan bruges videre.</source>
        <translation>Check-in did not succeed; the citizens are still on the laptop copy and can still be used.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="588"/>
        <source>Synkroniseret: {up} ændringer sendt til serveren, {down} hentet.</source>
        <translation>Synchronised: {up} changes sent to the server, {down} fetched.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="611"/>
        <source>Synkroniseringen lykkedes ikke; den bærbare kopi er uændret og kan bruges videre.</source>
        <translation>The synchronisation failed; the laptop copy is unchanged and can still be used.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="648"/>
        <source>{n} konflikter afgjort; de sendes ved næste synkronisering.</source>
        <translation>{n} conflicts settled; they are sent at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="532"/>
        <location filename="../../planner_gui/ui/offline.py" line="599"/>
        <location filename="../../planner_gui/ui/offline.py" line="610"/>
        <source>Synkroniser</source>
        <translation>Synchronise</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="42"/>
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="53"/>
        <source>Én samlet plan for hver borger: plan, forløb og progression.</source>
        <translation>One coherent plan for every citizen: plan, course and progression.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="61"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="62"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="65"/>
        <source>Nøglefil:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="67"/>
        <source>Datamappe:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="68"/>
        <source>Logfil:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="71"/>
        <source>Licens:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="73"/>
        <source>European Union Public Licence 1.2 ({spdx}). Kommuner og andre må bruge, ændre og dele programmet på licensens vilkår; den fulde tekst er i filen LICENSE og i EU&apos;s officielle udgave af licensen.</source>
        <translation>European Union Public Licence 1.2 ({spdx}). Municipalities and others may use, change and share the program under the licence&apos;s terms; the full text is referenced in the file LICENSE and is the EU&apos;s official publication of the licence.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="92"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="93"/>
        <source>&amp;Kopiér oplysningerne</source>
        <translation>&amp;Copy the details</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/about.py" line="95"/>
        <source>Til en henvendelse til IT-support</source>
        <translation>For a request to IT support</translation>
    </message>
</context>
<context>
    <name>AccessRequestJob</name>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="106"/>
        <source>Samler alt, hvad der er registreret om {name} …</source>
        <translation>Collecting everything registered about {name} …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="113"/>
        <source>Aktindsigt</source>
        <translation>Access request</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../planner_gui/ui/app.py" line="161"/>
        <source>Intern fejl ({kind}); detaljer i {where}</source>
        <translation>Internal error ({kind}); details in {where}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/app.py" line="170"/>
        <source>Kan ikke starte</source>
        <translation>Cannot start</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="160"/>
        <source>Revisionsspor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="170"/>
        <source>initialer</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="174"/>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="179"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="183"/>
        <source>&amp;Vis</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="186"/>
        <source>&amp;Bruger:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="187"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="188"/>
        <source>B&amp;orger:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="189"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="190"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="227"/>
        <source>&amp;Kontrollér kæden</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="229"/>
        <source>Kontrollér, at ingen post er ændret eller slettet bag om programmet</source>
        <translation>Check that no entry has been changed or deleted outside the program</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="230"/>
        <source>&amp;Eksportér…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="233"/>
        <source>Gem posterne som regneark (filtreret på borger og datoer; bruger og handling indgår ikke)</source>
        <translation>Save the entries as a spreadsheet (filtered by citizen and dates; the user and action filters are not applied)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="269"/>
        <source>{n} poster</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="282"/>
        <source>Eksportér revisionsspor</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="282"/>
        <source>Regneark (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="294"/>
        <source>Eksporterer …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="312"/>
        <source>{n} poster gemt i {file}</source>
        <translation>{n} entries saved in {file}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="321"/>
        <source>Kontrollerer kæden …</source>
        <translation>Checking the chain …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="331"/>
        <source>Kæden er intakt: ingen post er ændret eller slettet.</source>
        <translation>The chain is intact: no entry has been changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="334"/>
        <source>Kæden er brudt ved post {seq}: {why}</source>
        <translation>The chain is broken at entry {seq}: {why}</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="394"/>
        <source>Ny ydelse</source>
        <translation>New benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="394"/>
        <source>Ret ydelse</source>
        <translation>Correct benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="418"/>
        <source>Afslut {group} (fra {start}) dagen før den nye ydelse starter</source>
        <translation>End {group} (from {start}) the day before the new benefit starts</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="424"/>
        <source>Borgeren har ingen igangværende ydelse</source>
        <translation>The citizen has no ongoing benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="427"/>
        <source>&amp;Målgruppe:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="428"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="429"/>
        <source>&amp;Til (kan være tom):</source>
        <translation>&amp;To (may be empty):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="432"/>
        <source>Registrér ydelse</source>
        <translation>Register benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="432"/>
        <source>Gem rettelsen</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="443"/>
        <source>Fra-datoen skal udfyldes.</source>
        <translation>The from date is required.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="445"/>
        <source>Til-datoen ligger før fra-datoen.</source>
        <translation>The to date is before the from date.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="169"/>
        <source>Mine borgere</source>
        <translation>My citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="199"/>
        <source>Du har ingen borgere i din sagsstamme endnu. Søg efter en borger, eller opret en ny med Ctrl+N.</source>
        <translation>You have no citizens in your caseload yet. Search for a citizen, or create a new one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="204"/>
        <source>{n} borgere. {stale} er ikke målt i over {days} dage (markeret).</source>
        <translation>{n} citizens. {stale} not measured for more than {days} days (marked).</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="49"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="49"/>
        <source>Borgeren</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="49"/>
        <source>Sagsbeh.</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="49"/>
        <source>Begge</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="62"/>
        <source>Ændring fra første til seneste måling (første → seneste); «Begge» tæller kun bedømmere, der gav en score både første og seneste gang</source>
        <translation>Change from first to latest measurement (first → latest); «Both» counts only raters who gave a score both the first and the latest time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="79"/>
        <source>Gennemsnit</source>
        <translation>Average</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="93"/>
        <source>Tag med ud</source>
        <translation>Take out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="99"/>
        <source>Borgerne kopieres til en krypteret fil på den bærbare, så du kan arbejde med dem uden net. Serveren noterer, at du har dem med ud. Synkroniser, når du er tilbage.</source>
        <translation>The citizens are copied to an encrypted file on the laptop, so you can work on them without a network. The server notes that you have taken them out. Synchronise when you are back.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="105"/>
        <source>Hele min &amp;sagsstamme</source>
        <translation>My whole &amp;caseload</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="107"/>
        <source>&amp;Disse borgere (CPR-numre, adskilt med komma):</source>
        <translation>&amp;These citizens (CPR numbers, separated by commas):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="125"/>
        <source>&amp;Vælg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="129"/>
        <source>&amp;Fil på den bærbare:</source>
        <translation>&amp;File on the laptop:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="137"/>
        <source>Din &amp;adgangskode:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="158"/>
        <source>Tag med &amp;ud</source>
        <translation>Take &amp;out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="170"/>
        <source>Fil på den bærbare</source>
        <translation>File on the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="172"/>
        <source>Database (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="191"/>
        <source>Vælg en fil på den bærbare.</source>
        <translation>Choose a file on the laptop.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="194"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="198"/>
        <source>Skriv mindst ét CPR-nummer, eller vælg hele sagsstammen.</source>
        <translation>Enter at least one CPR number, or choose the whole caseload.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="203"/>
        <source>Tager borgerne med ud …</source>
        <translation>Taking the citizens out …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="215"/>
        <source>{n} borgere er taget med ud til {file}.</source>
        <translation>{n} citizens have been taken out to {file}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="217"/>
        <source>{n} var der allerede.</source>
        <translation>{n} were there already.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="221"/>
        <source>Bemærk:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="226"/>
        <source>Gendannelsesnøgle til den nye fil (skriv den ned, og opbevar den adskilt fra den bærbare; den vises kun nu):</source>
        <translation>Recovery key for the new file (write it down and keep it apart from the laptop; it is shown only now):</translation>
    </message>
</context>
<context>
    <name>CitizenTableModel</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="81"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="82"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="83"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="84"/>
        <source>Koordinerende sagsbehandler</source>
        <translation>Coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="85"/>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="86"/>
        <source>Dage siden måling</source>
        <translation>Days since measured</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="160"/>
        <source>Dage siden seneste progressionsmåling; over {days} dage er markeret</source>
        <translation>Days since the latest progression measurement; over {days} days is marked</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="196"/>
        <source>Ingen progressionsmåling endnu</source>
        <translation>No progression measurement yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="197"/>
        <source>Seneste måling {date}</source>
        <translation>Latest measurement {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="217"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="134"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="135"/>
        <source>F&amp;orløb</source>
        <translation>C&amp;ourse</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="136"/>
        <source>Progr&amp;ession</source>
        <translation>Progr&amp;ession</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="137"/>
        <source>His&amp;torik</source>
        <translation>His&amp;tory</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="166"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="233"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="168"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="235"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="174"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="545"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="178"/>
        <source>&amp;Overdrag…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="182"/>
        <source>Nyt &amp;notat…</source>
        <translation>New &amp;note…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="185"/>
        <source>Min plan som &amp;PDF…</source>
        <translation>My plan as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="189"/>
        <source>&amp;Udskriv Min plan…</source>
        <translation>&amp;Print My plan…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="193"/>
        <source>&amp;Aktindsigt…</source>
        <translation>&amp;Access request…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="195"/>
        <source>Gem alt, hvad der er registreret om borgeren, i en mappe</source>
        <translation>Save everything registered about the citizen in a folder (aktindsigt: the citizen&apos;s right of access to their file)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="211"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="216"/>
        <source>&amp;Borger</source>
        <translation>&amp;Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="220"/>
        <source>Medtag progression i Min plan</source>
        <translation>Include progress in My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="281"/>
        <source>Jeg har &amp;læst notatet</source>
        <translation>I have &amp;read the note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="297"/>
        <source>Du har ændringer i planen fra sidst, som ikke blev gemt.</source>
        <translation>You have changes to the plan from last time that were not saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="299"/>
        <source>&amp;Genskab ændringerne</source>
        <translation>&amp;Restore the changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="302"/>
        <source>Kassér dem</source>
        <translation>Discard them</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="317"/>
        <source>ingen ydelse</source>
        <translation>no benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="319"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="320"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="336"/>
        <source>&lt;b&gt;Overdragelse fra {giver}&lt;/b&gt; til {receiver}:&lt;br/&gt;{note}</source>
        <translation>&lt;b&gt;Handover from {giver}&lt;/b&gt; to {receiver}:&lt;br/&gt;{note}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="338"/>
        <source>ny sagsbehandler</source>
        <translation>new caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="441"/>
        <source>genskabelse af ikke-gemte ændringer</source>
        <translation>restoring unsaved changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="462"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="465"/>
        <source>Planen blev ikke gemt</source>
        <translation>The plan was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="475"/>
        <source>Planen er gemt</source>
        <translation>The plan is saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="483"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="539"/>
        <source>Ikke gemte ændringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="540"/>
        <source>Du har ændringer i planen for {name}, som ikke er gemt.</source>
        <translation>You have unsaved changes to the plan for {name}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="546"/>
        <source>&amp;Kassér</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="547"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="585"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="792"/>
        <source>Gem først</source>
        <translation>Save first</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="585"/>
        <source>Gem eller fortryd dine ændringer i planen, før du overdrager.</source>
        <translation>Save or undo your changes to the plan before you hand over.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="610"/>
        <source>Overdragelsen lykkedes ikke</source>
        <translation>The handover did not succeed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="615"/>
        <source>Borgeren er overdraget til {name}</source>
        <translation>The citizen has been handed over to {name}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="721"/>
        <source>Ydelsen er rettet</source>
        <translation>The benefit has been corrected</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="726"/>
        <source>Ydelsen {group} fra {start} slettes. Skriv hvorfor; begrundelsen gemmes i loggen.</source>
        <translation>The benefit {group} from {start} will be deleted. Say why; the reason is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="737"/>
        <source>Slet ydelse</source>
        <translation>Delete benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="740"/>
        <source>Ydelsen er slettet</source>
        <translation>The benefit has been deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="764"/>
        <source>Afgangen er rettet</source>
        <translation>The exit has been corrected</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="770"/>
        <source>Afgangen {date} ({kind}) slettes. Ydelser, den afsluttede, forbliver afsluttede (ret dem bagefter, hvis de skal fortsætte). Skriv hvorfor; begrundelsen gemmes i loggen.</source>
        <translation>The exit {date} ({kind}) will be deleted. Benefits it ended stay ended (correct them afterwards if they should continue). Say why; the reason is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="781"/>
        <source>Slet afgang</source>
        <translation>Delete exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="784"/>
        <source>Afgangen er slettet</source>
        <translation>The exit has been deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="820"/>
        <source>Ingen begrundelse: PDF&apos;en blev ikke gemt.</source>
        <translation>No reason given: the PDF was not saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="871"/>
        <source>Aktindsigten er gemt i {folder}</source>
        <translation>The access request is saved in {folder}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="875"/>
        <source>Aktindsigten blev ikke gemt</source>
        <translation>The access request was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="508"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="623"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="850"/>
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="114"/>
        <source>Borgerens sag</source>
        <translation>The citizen&apos;s case</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="644"/>
        <source>Notatet blev ikke gemt</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="673"/>
        <source>Ydelsen er registreret</source>
        <translation>The benefit is registered</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="691"/>
        <source>Afgangen er registreret</source>
        <translation>The exit is registered</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="793"/>
        <source>Min plan viser den gemte plan. Vil du gemme dine ændringer først?</source>
        <translation>My plan shows the saved plan. Do you want to save your changes first?</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="828"/>
        <source>Gem Min plan som PDF</source>
        <translation>Save My plan as PDF</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="828"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="835"/>
        <source>PDF&apos;en blev ikke gemt</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="837"/>
        <source>Min plan er gemt som {path}</source>
        <translation>My plan is saved as {path}</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="134"/>
        <source>Registrér virksomhed</source>
        <translation>Register company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="140"/>
        <source>8 cifre</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="145"/>
        <source>Socialøkonomisk virksomhed</source>
        <translation>Social-economy company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="147"/>
        <source>&amp;CVR-nummer:</source>
        <translation>&amp;CVR number:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="148"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="150"/>
        <source>Registrér</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="309"/>
        <source>Konflikter ved synkronisering</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="315"/>
        <source>Disse felter er ændret både her og på serveren, til forskellige værdier. Intet er overskrevet: vælg for hvert felt, hvilken værdi der skal gælde. Felter uden valg forbliver åbne.</source>
        <translation>These fields were changed both here and on the server, to different values. Nothing has been overwritten: choose for each field which value applies. Fields without a choice stay open.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="325"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="326"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="327"/>
        <source>Her</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="328"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="329"/>
        <source>Ændret af</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="330"/>
        <source>Valg</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="351"/>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="352"/>
        <source>Behold her</source>
        <translation>Keep here</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="353"/>
        <source>Behold server</source>
        <translation>Keep server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="354"/>
        <source>Valg for {field}</source>
        <translation>Choice for {field}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="366"/>
        <source>Behold alle &amp;her</source>
        <translation>Keep all &amp;here</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="368"/>
        <source>Behold alle på se&amp;rveren</source>
        <translation>Keep all on the se&amp;rver</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="377"/>
        <source>Gem valg og &amp;synkroniser igen</source>
        <translation>Save choices and &amp;synchronise again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="380"/>
        <source>&amp;Gem valg</source>
        <translation>&amp;Save choices</translation>
    </message>
</context>
<context>
    <name>CourseTab</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="204"/>
        <source>Ydelser og sagsbehandlere over tid</source>
        <translation>Benefits and caseworkers over time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="208"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="208"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="310"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="208"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="310"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="208"/>
        <source>Uger</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="218"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="321"/>
        <source>(i gang)</source>
        <translation>(ongoing)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="228"/>
        <source>Afgange: {exits}</source>
        <translation>Exits: {exits}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="230"/>
        <source>Afgange: ingen</source>
        <translation>Exits: none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="235"/>
        <source>Afgangsdato</source>
        <translation>Exit date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="245"/>
        <source>&amp;Ny ydelse…</source>
        <translation>&amp;New benefit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="247"/>
        <source>Registrér en ydelsesperiode (målgruppe, fra og til)</source>
        <translation>Register a benefit period (target group, from and to)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="249"/>
        <source>Registrér &amp;afgang…</source>
        <translation>Register &amp;exit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="251"/>
        <source>Registrér borgerens afgang; igangværende ydelser afsluttes den dag</source>
        <translation>Register the citizen&apos;s exit; ongoing benefits end on that day</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="253"/>
        <source>Ret &amp;ydelse…</source>
        <translation>Correct &amp;benefit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="255"/>
        <source>Ret målgruppe og datoer for den valgte ydelse</source>
        <translation>Correct the target group and dates of the selected benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="256"/>
        <source>Slet ydelse…</source>
        <translation>Delete benefit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="258"/>
        <source>Slet den valgte ydelse, hvis den er registreret ved en fejl</source>
        <translation>Delete the selected benefit if it was registered by mistake</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="259"/>
        <source>Ret afgang…</source>
        <translation>Correct exit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="261"/>
        <source>Ret dato og type for den valgte afgang</source>
        <translation>Correct the date and type of the selected exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="262"/>
        <source>Slet afgang…</source>
        <translation>Delete exit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="264"/>
        <source>Slet den valgte afgang, hvis den er registreret ved en fejl</source>
        <translation>Delete the selected exit if it was registered by mistake</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="300"/>
        <source>Sagsbehandlere over tid</source>
        <translation>Caseworkers over time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="303"/>
        <source>Sagsbehandlerskift: &lt;b&gt;{n}&lt;/b&gt; (hver ny tilknytning efter den første tæller)</source>
        <translation>Caseworker changes: &lt;b&gt;{n}&lt;/b&gt; (every new assignment after the first counts)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="310"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="310"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="310"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="331"/>
        <source>Ordinære timer og 225-timersreglen</source>
        <translation>Ordinary hours and the 225-hour rule</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="336"/>
        <source>Timer pr. måned og summen for de seneste 12 måneder. Måneder, hvor summen er under {rule:g} timer, er markeret med rødt ({n} måneder).</source>
        <translation>Hours per month and the sum over the last 12 months. Months where the sum is below {rule:g} hours are marked red ({n} months).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="340"/>
        <source>Ingen ordinære timer registreret.</source>
        <translation>No ordinary hours registered.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="345"/>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="345"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="345"/>
        <source>Sum 12 mdr.</source>
        <translation>Sum 12 mo.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="345"/>
        <source>225-timer</source>
        <translation>225 hours</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="352"/>
        <source>under</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="352"/>
        <source>opfyldt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="368"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="370"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="235"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="370"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="370"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="370"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../planner_gui/ui/errors.py" line="59"/>
        <source>Der skete en uventet fejl</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/errors.py" line="64"/>
        <source>Programmet ramte en fejl, det ikke var forberedt på. Det du har gemt, er gemt, og du kan arbejde videre.

Hvis fejlen kommer igen, så kopiér rapporten nedenfor og send den til IT-support. Detaljerne står også i logfilen:
{path}</source>
        <translation>The program ran into an error it was not prepared for. What you have saved is saved, and you can keep working.

If the error happens again, copy the report below and send it to IT support. The details are also in the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/errors.py" line="77"/>
        <source>Kopiér rapport</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>CreateCitizenDialog</name>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="34"/>
        <source>Ny borger</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="39"/>
        <source>DDMMÅÅ-SSSS</source>
        <translation>DDMMYY-SSSS</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="45"/>
        <source>&amp;CPR-nummer:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="50"/>
        <source>&amp;Fornavn(e):</source>
        <translation>&amp;First name(s):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="51"/>
        <source>&amp;Efternavn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="60"/>
        <source>Du bliver borgerens primære sagsbehandler fra i dag.</source>
        <translation>You become the citizen&apos;s primary caseworker from today.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="67"/>
        <source>&amp;Opret</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="69"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="83"/>
        <source>10 cifre; bindestregen er valgfri.</source>
        <translation>10 digits; the dash is optional.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="91"/>
        <source>{n} af 10 cifre</source>
        <translation>{n} of 10 digits</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="97"/>
        <source>Født {date}</source>
        <translation>Born {date}</translation>
    </message>
</context>
<context>
    <name>DeleteRowDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="542"/>
        <source>Fx: registreret på den forkerte borger</source>
        <translation>E.g.: registered on the wrong citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="543"/>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="544"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="548"/>
        <source>Skriv en begrundelse for sletningen.</source>
        <translation>Give a reason for the deletion.</translation>
    </message>
</context>
<context>
    <name>DimensionBlock</name>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="181"/>
        <source>Note (valgfri): hvad siger borgeren, hvad har ændret sig?</source>
        <translation>Note (optional): what does the citizen say, what has changed?</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="182"/>
        <source>{dimension}, note</source>
        <translation>{dimension}, note</translation>
    </message>
</context>
<context>
    <name>EffortDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="167"/>
        <source>Ny indsats</source>
        <translation>New effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="167"/>
        <source>Redigér indsats</source>
        <translation>Edit effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="184"/>
        <source>Skriv navn eller CVR</source>
        <translation>Type name or CVR</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="186"/>
        <source>Ny &amp;virksomhed…</source>
        <translation>New &amp;company…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="200"/>
        <source>ikke angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="201"/>
        <source> t/uge</source>
        <translation> h/week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="214"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="215"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="216"/>
        <source>V&amp;irksomhed:</source>
        <translation>Co&amp;mpany:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="219"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="220"/>
        <source>S&amp;lut:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="221"/>
        <source>&amp;Timer pr. uge:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="222"/>
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="223"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="227"/>
        <source>(ingen virksomhed)</source>
        <translation>(no company)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="254"/>
        <source>Virksomheden {text!r} er ikke registreret.</source>
        <translation>The company {text!r} is not registered.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="268"/>
        <source>Startdatoen skal udfyldes.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="271"/>
        <source>Slutdatoen ligger før start.</source>
        <translation>The end date is before the start.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../planner_gui/ui/errors.py" line="107"/>
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="474"/>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="496"/>
        <source>Registrér afgang</source>
        <translation>Register exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="474"/>
        <source>Ret afgang</source>
        <translation>Correct exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="480"/>
        <source>Borgerens igangværende ydelser afsluttes på afgangsdatoen.</source>
        <translation>The citizen&apos;s ongoing benefits end on the exit date.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="482"/>
        <source>Ydelser, der sluttede på den gamle afgangsdato, flyttes med til den nye.</source>
        <translation>Benefits that ended on the old exit date move to the new one.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="494"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="495"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="496"/>
        <source>Gem rettelsen</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="505"/>
        <source>Datoen skal udfyldes.</source>
        <translation>The date is required.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="43"/>
        <source>Første start</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="46"/>
        <source>Velkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="54"/>
        <source>Der er ingen database her endnu:
{path}

Opret administratoren (initialer: admin). Adgangskoden skal have mindst {n} tegn.</source>
        <translation>There is no database here yet:
{path}

Create the administrator (initials: admin). The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="62"/>
        <source>En databasefil hører til én sagsbehandlers computer. Skal flere dele databasen, skal den ligge på teamets server (PostgreSQL), hvor databasen selv styrer adgangen: krypteringen beskytter mod en stjålen computer, ikke mellem brugere af den samme fil.</source>
        <translation>A database file belongs to one caseworker&apos;s computer. If several people are to share the database, it belongs on the team&apos;s server (PostgreSQL), where the database itself controls access: encryption protects against a stolen computer, not between the users of one file.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="78"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="79"/>
        <source>&amp;Gentag adgangskode:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="83"/>
        <source>Med &amp;demodata: ca. {n} fiktive borgere, til at prøve programmet</source>
        <translation>With &amp;demo data: about {n} fictitious citizens, to try the program</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="86"/>
        <source>&amp;Tom database, til rigtige sager</source>
        <translation>&amp;Empty database, for real cases</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="116"/>
        <source>Databasen er krypteret. Her er dens gendannelsesnøgle. Den åbner databasen, hvis alle adgangskoder bliver glemt. Skriv den ned, og opbevar den et sikkert sted: den vises kun denne ene gang.</source>
        <translation>The database is encrypted. Here is its recovery key. It opens the database if every password is forgotten. Write it down and keep it somewhere safe: it is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="142"/>
        <source>&amp;Opret database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="145"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="94"/>
        <source>&amp;Kryptér databasefilen, så den ikke kan læses uden adgangskode (anbefales)</source>
        <translation>&amp;Encrypt the database file, so it cannot be read without a password (recommended)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="100"/>
        <source>Uden kryptering kan alle, der får fat i filen eller computerens disk (en stjålen bærbar, en kopi), læse alle borgeres oplysninger med et almindeligt program.</source>
        <translation>Without encryption, anyone who gets hold of the file or the computer&apos;s disk (a stolen laptop, a copy) can read every citizen&apos;s details with an ordinary program.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="182"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="187"/>
        <source>Mappen {folder} findes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="218"/>
        <source>Opretter demodata … det tager et øjeblik.</source>
        <translation>Creating demo data … this takes a moment.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="218"/>
        <source>Opretter databasen …</source>
        <translation>Creating the database …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="244"/>
        <source>Databasen er oprettet:
{path}

Administratoren har initialerne admin.</source>
        <translation>The database has been created:
{path}

The administrator has the initials admin.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="254"/>
        <source>Jeg har gemt nøglen – &amp;fortsæt</source>
        <translation>I have kept the key – &amp;continue</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="262"/>
        <source>Log ind med initialerne admin og den adgangskode, du lige har valgt.</source>
        <translation>Log in with the initials admin and the password you just chose.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="268"/>
        <source>Demo-brugere: {users} – samme adgangskode.</source>
        <translation>Demo users: {users} – same password.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="281"/>
        <source>Databasen kunne ikke oprettes.</source>
        <translation>The database could not be created.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="286"/>
        <source>Afbrudt; der blev ikke oprettet nogen database.</source>
        <translation>Cancelled; no database was created.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="291"/>
        <source>Afbryder …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="176"/>
        <source>Værdien måned for måned (tomt, hvor der er for få)</source>
        <extracomment>the column headers as shown (translated in :meth:`GoalTableModel.headerData`) the target source as shown (``plan`` or ``antagelse``, the workbook&apos;s codes)</extracomment>
        <translation>The value month by month (empty where there are too few)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="308"/>
        <source>Overdrag borgeren</source>
        <translation>Hand over the citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="312"/>
        <source>Borgeren flyttes til en ny sagsbehandler fra i dag. Skriv det vigtigste, den nye sagsbehandler skal vide: notatet vises øverst, første gang sagen åbnes. Overdragelsen tæller som et sagsbehandlerskift.</source>
        <translation>The citizen moves to a new caseworker from today. Write what the new caseworker most needs to know: the note is shown at the top the first time the case is opened. The handover counts as a caseworker change.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="333"/>
        <source>Fx: hvor borgeren er i forløbet, aftaler, hvad der virker, og hvad borgeren er bekymret for.</source>
        <translation>E.g.: where the citizen is in the course, agreements, what works, and what the citizen is worried about.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="335"/>
        <source>Overdrag også rollen som koordinerende sagsbehandler</source>
        <translation>Also hand over the role of coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="338"/>
        <source>&amp;Ny sagsbehandler:</source>
        <translation>&amp;New caseworker:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="339"/>
        <source>Overdragelses&amp;notat:</source>
        <translation>Handover &amp;note:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="341"/>
        <source>Overdrag</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="350"/>
        <source>Vælg den nye sagsbehandler på listen.</source>
        <translation>Choose the new caseworker from the list.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="353"/>
        <source>Skriv et overdragelsesnotat.</source>
        <translation>Write a handover note.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../planner_gui/ui/help.py" line="45"/>
        <location filename="../../planner_gui/ui/help.py" line="52"/>
        <location filename="../../planner_gui/ui/help.py" line="62"/>
        <location filename="../../planner_gui/ui/help.py" line="89"/>
        <source>Brugervejledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/help.py" line="56"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/help.py" line="91"/>
        <source>Vejledningen kunne ikke åbnes ({error}).</source>
        <translation>The guide could not be opened ({error}).</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="44"/>
        <source>Alle ændringer i planen, nyeste først. Før og efter viser den gamle og den nye værdi.</source>
        <translation>All changes to the plan, newest first. Before and after show the old and the new value.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="60"/>
        <source>Ingen ændringer i planen endnu.</source>
        <translation>No changes to the plan yet.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="257"/>
        <source>Kontrollerer adgangskoden …</source>
        <translation>Checking the password …</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="38"/>
        <source>Måleinstrumenter</source>
        <translation>Measurement instruments</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="42"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="43"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="44"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="45"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="46"/>
        <source>Dimensioner</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="55"/>
        <source>Tilføj fra fil…</source>
        <translation>Add from file…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="58"/>
        <source>En YAML-fil som resources/instruments/bip.yaml. Findes koden og er der målt med den, bliver filen en ny version.</source>
        <translation>A YAML file like resources/instruments/bip.yaml. If the code exists and has been used for measurements, the file becomes a new version.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="62"/>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="115"/>
        <source>Tag ud af brug</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="63"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="90"/>
        <source>udgået</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="90"/>
        <source>i brug</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="115"/>
        <source>Tag i brug igen</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="119"/>
        <source>Vælg instrumentfil</source>
        <translation>Choose instrument file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="119"/>
        <source>Instrumentfiler (*.yaml *.yml)</source>
        <translation>Instrument files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="132"/>
        <source>{name} er tilføjet.</source>
        <translation>{name} has been added.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="134"/>
        <source>{name} findes og er brugt til målinger: filen er gemt som version {version}, og den forrige version er taget ud af brug.</source>
        <translation>{name} exists and has been used for measurements: the file is saved as version {version}, and the previous version has been retired.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="137"/>
        <source>{name} er opdateret (der var ikke målt med den endnu).</source>
        <translation>{name} has been updated (it had not been used for measurements yet).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="138"/>
        <source>{name} findes allerede med præcis samme indhold; intet er ændret.</source>
        <translation>{name} already exists with exactly the same content; nothing changed.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="45"/>
        <location filename="../../planner_gui/ui/login.py" line="50"/>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="56"/>
        <source>Én samlet plan for hver borger.</source>
        <translation>One coherent plan for every citizen.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="64"/>
        <source>fx abcd</source>
        <translation>e.g. abcd</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="70"/>
        <source>tom: databasen på denne computer</source>
        <translation>empty: the database on this computer</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="72"/>
        <source>Teamdatabasens adresse, fx jobcenter-db/planner (uden brugernavn og kode); huskes til næste gang</source>
        <translation>The team database&apos;s address, e.g. jobcenter-db/planner (without user name and password); remembered for next time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="74"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="75"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="76"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="89"/>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="103"/>
        <source>Log &amp;ind</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="149"/>
        <source>Skriv dine initialer.</source>
        <translation>Enter your initials.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="153"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="163"/>
        <source>Forbinder til {0} …</source>
        <translation>Connecting to {0} …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="163"/>
        <source>databasen på denne computer</source>
        <translation>the database on this computer</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="170"/>
        <source>Logger ind, så snart databasen er åbnet …</source>
        <translation>Logging in as soon as the database is open …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="175"/>
        <source>Logger ind …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="233"/>
        <source>Serveren skal være en PostgreSQL-database.</source>
        <translation>The server must be a PostgreSQL database.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="236"/>
        <source>Skriv serverens adresse uden brugernavn og adgangskode; de kommer fra login.</source>
        <translation>Type the server&apos;s address without user name and password; they come from the login.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="243"/>
        <source>Skriv serverens adresse som server/database, fx jobcenter-db/planner.</source>
        <translation>Type the server&apos;s address as server/database, e.g. jobcenter-db/planner.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="109"/>
        <source>Søg borger: navn eller CPR-nummer (Ctrl+F)</source>
        <translation>Find citizen: name or CPR number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="112"/>
        <source>Søg borger</source>
        <translation>Find citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="113"/>
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="123"/>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="130"/>
        <source>Mine borgere</source>
        <translation>My citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="133"/>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="139"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="145"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="151"/>
        <source>Revisionsspor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="166"/>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="181"/>
        <source>sagsbehandler</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="182"/>
        <source>teamleder</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="183"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="188"/>
        <source>Logget ind som {who}, {role}  ·  {db}</source>
        <translation>Logged in as {who}, {role}  ·  {db}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="229"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="231"/>
        <source>&amp;Ny borger …</source>
        <translation>&amp;New citizen …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="235"/>
        <source>Opret en ny borger (Ctrl+N)</source>
        <translation>Create a new citizen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="241"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="243"/>
        <source>Gem ændringerne i borgerens plan (Ctrl+S)</source>
        <translation>Save the changes to the citizen&apos;s plan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="250"/>
        <source>&amp;Luk fane</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="252"/>
        <source>&amp;Lås skærmen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="255"/>
        <source>Log &amp;ud</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="257"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="260"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="262"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="264"/>
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="269"/>
        <source>&amp;Søg borger</source>
        <translation>&amp;Find citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="272"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="275"/>
        <source>&amp;Mine borgere</source>
        <translation>&amp;My citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="278"/>
        <source>Sø&amp;geresultater</source>
        <translation>&amp;Search results</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="282"/>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="285"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="287"/>
        <source>&amp;Indstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="288"/>
        <source>Markér manglende måling efter …</source>
        <translation>Mark missing measurement after …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="289"/>
        <source>Lås skærmen efter inaktivitet …</source>
        <translation>Lock screen after inactivity …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="290"/>
        <location filename="../../planner_gui/ui/main_window.py" line="398"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="309"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="312"/>
        <source>&amp;Revisionsspor</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="316"/>
        <source>&amp;Sletning efter opbevaringsregler …</source>
        <translation>&amp;Delete by retention rules …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="320"/>
        <source>&amp;Måleinstrumenter …</source>
        <translation>&amp;Measurement instruments …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="325"/>
        <source>&amp;Gendan fra sikkerhedskopi …</source>
        <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="330"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="332"/>
        <source>&amp;Brugervejledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="335"/>
        <source>Vejledning til sagsbehandlere og teamledere (F1)</source>
        <translation>Guide for caseworkers and team leads (F1)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="338"/>
        <source>&amp;Om {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="365"/>
        <source>Markering af målinger</source>
        <translation>Marking of measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="366"/>
        <source>Markér borgere, der ikke er målt i mere end dette antal dage:</source>
        <translation>Mark citizens not measured for more than this number of days:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="386"/>
        <source>Lås skærmen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="387"/>
        <source>Lås skærmen, når programmet ikke er brugt i dette antal minutter:</source>
        <translation>Lock the screen when the program has not been used for this many minutes:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="398"/>
        <source>Sproget skiftes, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="568"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="599"/>
        <source>Oprettede {name}.</source>
        <translation>Created {name}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="638"/>
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="639"/>
        <source>Databasen er gendannet. Programmet åbner den igen; log ind for at fortsætte.</source>
        <translation>The database has been restored. The program opens it again; log in to continue.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="227"/>
        <source>Ret måling</source>
        <translation>Edit measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="227"/>
        <source>Ny måling</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="236"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="246"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="249"/>
        <source>Én dimension ad gangen</source>
        <translation>One dimension at a time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="250"/>
        <source>Vis én dimension ad gangen (Page Down / Page Up skifter)</source>
        <translation>Show one dimension at a time (Page Down / Page Up switches)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="253"/>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="256"/>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="263"/>
        <source>Klik på et tal, eller gå til en række med Tab og tast 1-9 (0 = 10), ← → flytter, Delete rydder. Borgerens egen vurdering øverst, sagsbehandlerens nederst.</source>
        <translation>Click a number, or go to a row with Tab and type 1-9 (0 = 10), ← → moves, Delete clears. The citizen&apos;s own rating on top, the caseworker&apos;s below.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="280"/>
        <source>◀ Forrige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="281"/>
        <source>Næste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="305"/>
        <source>Gem måling</source>
        <translation>Save measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="306"/>
        <source>Gem (Ctrl+S eller Ctrl+Enter)</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="311"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="347"/>
        <source>Der er ingen aktive måleinstrumenter; en administrator kan tilføje et.</source>
        <translation>There are no active measurement instruments; an administrator can add one.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="393"/>
        <source>Dimension {n} af {total}</source>
        <translation>Dimension {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="457"/>
        <source>Målingen fra {date} er gemt</source>
        <translation>The measurement of {date} is saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="464"/>
        <source>Målingen er ikke gemt:</source>
        <translation>The measurement is not saved:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="466"/>
        <source>Målingen er ikke gemt ({n} problemer):</source>
        <translation>The measurement is not saved ({n} problems):</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="360"/>
        <source>Nyt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="363"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="364"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="368"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="369"/>
        <source>&amp;Notat:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="370"/>
        <source>Gem notat</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="375"/>
        <source>Notatet er tomt.</source>
        <translation>The note is empty.</translation>
    </message>
</context>
<context>
    <name>OccasionList</name>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="113"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="114"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="115"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="116"/>
        <source>Gns. borger</source>
        <translation>Avg. citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="117"/>
        <source>Gns. sagsbeh.</source>
        <translation>Avg. caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="118"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="267"/>
        <location filename="../../planner_gui/ui/offline.py" line="297"/>
        <source>&amp;Synkroniser</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="271"/>
        <source>&amp;Tjek ind</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="274"/>
        <source>Synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare kopi</source>
        <translation>Synchronise, release the citizens on the server and remove them from the laptop copy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="285"/>
        <source>Bærbar kopi uden borgere: alle er tjekket ind</source>
        <translation>Laptop copy without citizens: all are checked in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="281"/>
        <source>Offline: arbejder på en bærbar kopi siden {since} ({n} borgere)</source>
        <translation>Offline: working on a laptop copy since {since} ({n} citizens)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="289"/>
        <source>{n} konflikter venter på dit valg</source>
        <translation>{n} conflicts await your choice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="291"/>
        <source>{n} borgere sat til side ved sidste synkronisering</source>
        <translation>{n} citizens set aside at the last synchronisation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="293"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="297"/>
        <source>Synkroniserer …</source>
        <translation>Synchronising …</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="139"/>
        <source>Ny adgangskode til {initials}</source>
        <translation>New password for {initials}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="150"/>
        <source>&amp;Gem adgangskode</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="151"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="139"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="147"/>
        <source>Borgerens eget mål</source>
        <translation>The citizen&apos;s own goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="142"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="153"/>
        <source>Hvad vil du gerne? Skriv borgerens mål, som borgeren siger det.</source>
        <translation>What would you like? Write the citizen&apos;s goal as the citizen says it.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="162"/>
        <source>Fx: Lager og logistik, eller en erhvervsuddannelse</source>
        <translation>E.g.: Warehouse and logistics, or a vocational education</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="172"/>
        <source>Vælges sammen med borgeren. Skiftet gælder fra i dag.</source>
        <translation>Chosen together with the citizen. The change applies from today.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="173"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="176"/>
        <source>&amp;Job- eller uddannelsesmål:</source>
        <translation>&amp;Job or education goal:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="177"/>
        <source>&amp;Næste skridt:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="178"/>
        <source>Næste &amp;møde:</source>
        <translation>Next &amp;meeting:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="179"/>
        <source>&amp;Koordinerende sagsbehandler:</source>
        <translation>&amp;Coordinating caseworker:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="183"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="186"/>
        <source>Delmål</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="186"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="223"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="186"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="220"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="186"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="191"/>
        <source>Nyt &amp;delmål…</source>
        <translation>New &amp;sub-goal…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="193"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="232"/>
        <source>Redigér…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="194"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="233"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="195"/>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="197"/>
        <source>Flyt det valgte delmål et trin op (Ctrl+Pil op)</source>
        <translation>Move the selected sub-goal up one place (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="198"/>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="200"/>
        <source>Flyt det valgte delmål et trin ned (Ctrl+Pil ned)</source>
        <translation>Move the selected sub-goal down one place (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="213"/>
        <source>Indsatser (alle forvaltninger)</source>
        <translation>Efforts (all departments)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="217"/>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="218"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="219"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="221"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="222"/>
        <source>Timer/uge</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="230"/>
        <source>Ny indsat&amp;s…</source>
        <translation>New eff&amp;ort…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="348"/>
        <source>(tidligere medarbejder)</source>
        <translation>(former employee)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="369"/>
        <source>Ikke gemt endnu</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="411"/>
        <source>eget mål</source>
        <translation>own goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="412"/>
        <source>job- og uddannelsesmål</source>
        <translation>job and education goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="413"/>
        <source>næste skridt</source>
        <translation>next step</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="423"/>
        <source>næste møde</source>
        <translation>next meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="431"/>
        <source>koordinerende sagsbehandler</source>
        <translation>coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="446"/>
        <source>nyt delmål</source>
        <translation>new sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="459"/>
        <source>ændring af delmål</source>
        <translation>change of sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="467"/>
        <source>sletning af delmål</source>
        <translation>deletion of sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="477"/>
        <source>flytning af delmål</source>
        <translation>moving a sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="488"/>
        <source>ny indsats</source>
        <translation>new effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="501"/>
        <source>ændring af indsats</source>
        <translation>change of effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="509"/>
        <source>sletning af indsats</source>
        <translation>deletion of effort</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="200"/>
        <source>Gennemsnit</source>
        <extracomment>Okabe-Ito: distinguishable for colour-blind readers, and of different greys when printed. Above this many points per line, lines are drawn without antialiasing and dimension lines without symbols (the symbols would overlap anyway); the rater&apos;s line style (solid / dashed) still tells them apart.</extracomment>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="219"/>
        <source>Ingen målinger endnu</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="264"/>
        <source>Begge</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="302"/>
        <source>Gennemsnit af dimensioner</source>
        <translation>Average of dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="304"/>
        <source>Borgeren (fuld linje ●)</source>
        <translation>The citizen (solid line ●)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="304"/>
        <source>Sagsbehandleren (stiplet ▽)</source>
        <translation>The caseworker (dashed ▽)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="312"/>
        <source>Udgangspunkt {date}</source>
        <translation>Baseline {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="323"/>
        <location filename="../../planner_gui/ui/progress/chart.py" line="392"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="379"/>
        <source>Begge bedømmere (gennemsnit)</source>
        <translation>Both raters (average)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="381"/>
        <source>Borgerens vurdering</source>
        <translation>The citizen&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="383"/>
        <source>Sagsbehandlerens vurdering</source>
        <translation>The caseworker&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="384"/>
        <source>Første måling af hver dimension</source>
        <translation>First measurement of each dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="385"/>
        <source>Seneste måling af hver dimension</source>
        <translation>Latest measurement of each dimension</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="169"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="170"/>
        <source>Over tid</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="171"/>
        <source>Før og nu</source>
        <translation>Then and now</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="177"/>
        <source>Scorer over tid for hver dimension og gennemsnittet</source>
        <translation>Scores over time for each dimension and the average</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="178"/>
        <source>Første og seneste måling side om side</source>
        <translation>First and latest measurement side by side</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="180"/>
        <source>Bedømmer</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="182"/>
        <source>Begge bedømmere</source>
        <translation>Both raters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="183"/>
        <source>Borgeren</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="184"/>
        <source>Sagsbehandleren</source>
        <translation>The caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="188"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="189"/>
        <source>Ny måling…</source>
        <translation>New measurement…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="190"/>
        <source>Registrér en progressionsmåling sammen med borgeren (Ctrl+M)</source>
        <translation>Register a progression measurement together with the citizen (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="197"/>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="212"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="374"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="383"/>
        <source>Ændring siden første måling</source>
        <translation>Change since first measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="228"/>
        <source>Ret måling…</source>
        <translation>Edit measurement…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="229"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="429"/>
        <source>Slet måling</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="230"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="323"/>
        <source>Målinger</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="338"/>
        <source>Borgeren har ingen progressionsmålinger endnu. Lav den første sammen med borgeren: den bliver udgangspunktet.</source>
        <translation>The citizen has no progression measurements yet. Make the first one together with the citizen: it becomes the baseline.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="343"/>
        <source>Seneste progressionsmåling er {days} dage gammel (mere end {threshold} dage). Tid til en ny måling sammen med borgeren.</source>
        <translation>The latest progression measurement is {days} days old (more than {threshold} days). Time for a new measurement together with the citizen.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="359"/>
        <source>Alle dimensioner</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="376"/>
        <source>{first} → {last}, {n} målinger</source>
        <translation>{first} → {last}, {n} measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="383"/>
        <source>Ingen målinger endnu.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="430"/>
        <source>Slet målingen fra {date} ({n} scores)?
Sletningen logges.</source>
        <translation>Delete the measurement of {date} ({n} scores)?
The deletion is logged.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="444"/>
        <source>Målingen blev ikke slettet</source>
        <translation>The measurement was not deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="448"/>
        <source>Målingen fra {date} er slettet</source>
        <translation>The measurement of {date} is deleted</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="14"/>
        <source>Begrundelse for opslag</source>
        <translation>Reason for opening the case</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="18"/>
        <source>{name} er ikke i din sagsstamme. Skriv hvorfor du åbner sagen. Begrundelsen gemmes i loggen sammen med dit opslag.</source>
        <translation>{name} is not in your caseload. Write why you open the case. The reason is kept in the log together with your access.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="20"/>
        <source>Borgeren</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="30"/>
        <source>Kollega er fraværende (sygdom/ferie)</source>
        <translation>Colleague is away (illness/holiday)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="31"/>
        <source>Borgeren har henvendt sig</source>
        <translation>The citizen has contacted us</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="32"/>
        <source>Overdragelse af sagen</source>
        <translation>Handover of the case</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="33"/>
        <source>Opfølgning som teamleder</source>
        <translation>Follow-up as team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="34"/>
        <source>Borgerens anmodning om indsigt</source>
        <translation>The citizen&apos;s request for access</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="38"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="39"/>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="44"/>
        <source>Åbn sagen</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/reason.py" line="45"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="259"/>
        <source>Åbn målfil…</source>
        <translation>Open goal file…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="263"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="264"/>
        <source>Sidste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="265"/>
        <source>Sidste halvår</source>
        <translation>Last half-year</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="267"/>
        <source>Beregn</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="268"/>
        <source>Eksportér…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="269"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="291"/>
        <source>Beskæftigelsesplan:</source>
        <translation>Employment plan:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="295"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="331"/>
        <source>Kun teamledere og administratorer kan lave rapporter.</source>
        <translation>Only team leads and administrators can make reports.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="350"/>
        <source>Periodens start ligger efter dens slutning.</source>
        <translation>The period&apos;s start is after its end.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="364"/>
        <source>{0}: {1}, {2} mål.</source>
        <translation>{0}: {1}, {2} goals.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="373"/>
        <source>Åbn målfil</source>
        <translation>Open goal file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="373"/>
        <source>Målfiler (*.yaml *.yml)</source>
        <translation>Goal files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="385"/>
        <location filename="../../planner_gui/ui/reports_view.py" line="411"/>
        <source>Vælg en målfil først.</source>
        <translation>Choose a goal file first.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="407"/>
        <source>Beregner…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="415"/>
        <source>Eksportér rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="415"/>
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="442"/>
        <source>Eksporterer…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="448"/>
        <source>Annullerer…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="477"/>
        <source>{0} mål beregnet; {1} nået.</source>
        <translation>{0} goals computed; {1} reached.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="483"/>
        <source>Rapporten er gemt: {0}</source>
        <translation>The report is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="493"/>
        <source>Der opstod en intern fejl.</source>
        <translation>An internal error occurred.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="497"/>
        <source>Annulleret; intet blev gemt.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="57"/>
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="69"/>
        <source>Vælg en sikkerhedskopi. Den nuværende databasefil bliver gemt ved siden af, så intet bliver slettet.</source>
        <translation>Choose a backup. The current database file is kept beside it, so nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="77"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="77"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="77"/>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="92"/>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="120"/>
        <source>Der findes ingen sikkerhedskopier af %s.</source>
        <translation>There are no backups of %s.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="147"/>
        <source>Læser sikkerhedskopien …</source>
        <translation>Reading the backup …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="189"/>
        <source>Gendan databasen fra sikkerhedskopien %s? Ændringer gemt efter den er taget, findes kun i den nuværende fil, som gemmes ved siden af.</source>
        <translation>Restore the database from the backup %s? Changes saved after it was taken exist only in the current file, which is kept beside it.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="179"/>
        <source>Sletning efter opbevaringsregler</source>
        <translation>Deletion by retention rules</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="189"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="189"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="189"/>
        <source>Sidste aktivitet</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="199"/>
        <source>Vælg &amp;alle</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="200"/>
        <source>Vælg &amp;ingen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="204"/>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="205"/>
        <source>Opbevaringstid udløbet</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="218"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="219"/>
        <source>&amp;Slet valgte …</source>
        <translation>&amp;Delete selected …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="243"/>
        <source>Borgere, hvis sidste sagsaktivitet ligger mere end {years} år tilbage, og som ikke har en igangværende ydelse eller indsats. Sletning fjerner alle personoplysninger; i revisionssporet står borgeren derefter under et pseudonym. Sletning kan ikke fortrydes.</source>
        <translation>Citizens whose last case activity is more than {years} years ago and who have no ongoing benefit or effort. Deletion removes all personal data; the audit trail then shows the citizen under a pseudonym. Deletion cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="281"/>
        <source>{n} af {total} valgt.</source>
        <translation>{n} of {total} selected.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="283"/>
        <source>Ingen borgere skal slettes efter opbevaringsreglerne.</source>
        <translation>No citizens are due for deletion under the retention rules.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="292"/>
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="293"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="304"/>
        <source>Skriv en begrundelse for sletningen.</source>
        <translation>Write a reason for the deletion.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="310"/>
        <source>… og {n} til</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="312"/>
        <source>Slet alle oplysninger om {n} borger(e)? Det kan ikke fortrydes.

{names}</source>
        <translation>Delete all data about {n} citizen(s)? This cannot be undone.

{names}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="321"/>
        <source>Sletter …</source>
        <translation>Deleting …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="321"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="357"/>
        <source>Sletningen blev stoppet; revisionssporet viser, hvem der nåede at blive slettet.</source>
        <translation>The deletion was stopped; the audit trail shows who had already been deleted.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="360"/>
        <source>{n} borger(e) er slettet.</source>
        <translation>{n} citizen(s) deleted.</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="59"/>
        <source>{dimension}, {rater}s score</source>
        <translation>{dimension}, {rater}&apos;s score</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="86"/>
        <source>Ingen score (Delete)</source>
        <translation>No score (Delete)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="234"/>
        <source>Søg i alle borgere</source>
        <translation>Search all citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="257"/>
        <source>Skriv et navn eller et CPR-nummer (med eller uden bindestreg, gerne kun en del).</source>
        <translation>Type a name or a CPR number (with or without the dash, part of it is fine).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="297"/>
        <source>Mindst {n} borgere fundet …</source>
        <translation>At least {n} citizens found …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="318"/>
        <source>Ingen borgere passer på søgningen.</source>
        <translation>No citizens match the search.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="320"/>
        <source>1 borger fundet. Tryk Enter for at åbne.</source>
        <translation>1 citizen found. Press Enter to open.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="322"/>
        <source>{n} borgere fundet.</source>
        <translation>{n} citizens found.</translation>
    </message>
</context>
<context>
    <name>StaffCombo</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="93"/>
        <source>(tidligere medarbejder)</source>
        <extracomment>push(after, what, text, merge)</extracomment>
        <translation>(former employee)</translation>
    </message>
</context>
<context>
    <name>SubGoalDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="84"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="84"/>
        <source>Redigér delmål</source>
        <translation>Edit sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="101"/>
        <source>&amp;Delmål:</source>
        <translation>&amp;Sub-goal:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="102"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="103"/>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="104"/>
        <source>&amp;Frist:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="105"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="111"/>
        <source>Skriv delmålet.</source>
        <translation>Write the sub-goal.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="115"/>
        <source>Fristen ligger før start.</source>
        <translation>The deadline is before the start.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="93"/>
        <source>Ingen ydelsesperioder registreret</source>
        <translation>No benefit periods registered</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="88"/>
        <source>Planner er låst</source>
        <translation>Planner is locked</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="95"/>
        <source>Skærmen blev låst, så ingen kan se borgernes oplysninger. Logget ind som {who}.</source>
        <translation>The screen was locked so that no one can see citizens&apos; data. Logged in as {who}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="100"/>
        <source>Skriv din &amp;adgangskode for at låse op:</source>
        <translation>Enter your &amp;password to unlock:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="105"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="116"/>
        <source>Lås &amp;op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/idle_lock.py" line="127"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="56"/>
        <source>Ny bruger</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="69"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="70"/>
        <source>Teamleder</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="71"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="74"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="75"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="76"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="77"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="87"/>
        <source>&amp;Opret</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="88"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="40"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="41"/>
        <source>&amp;Gentag adgangskode:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="45"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="176"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="185"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="185"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="185"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="185"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="185"/>
        <source>Kan logge ind</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="198"/>
        <source>&amp;Ny bruger…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="200"/>
        <source>&amp;Sæt adgangskode…</source>
        <translation>&amp;Set password…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="213"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="214"/>
        <source>Teamleder</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="215"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="224"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="224"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="55"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
