<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="49"/>
        <source>skriv datoen som dd-mm-åååå</source>
        <translation>write the date as dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="56"/>
        <source>{text} er ikke en dato</source>
        <translation>{text} is not a date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="68"/>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/common.py" line="98"/>
        <source>datoen skal udfyldes</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="97"/>
        <source>Vi har ikke skrevet dit mål endnu. Det gør vi sammen ved næste møde.</source>
        <translation>We have not written your goal yet. We will do it together at the next meeting.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="134"/>
        <source>fra {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="136"/>
        <source>{start} til {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="139"/>
        <source>, {h:g} timer om ugen</source>
        <translation>, {h:g} hours a week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="165"/>
        <source>din koordinerende sagsbehandler</source>
        <translation>your coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="165"/>
        <source>din sagsbehandler</source>
        <translation>your caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="93"/>
        <location filename="../../planner_gui/ui/printout.py" line="214"/>
        <location filename="../../planner_gui/ui/printout.py" line="235"/>
        <source>Min plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="75"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="77"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="90"/>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="90"/>
        <source>Udskrevet {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="96"/>
        <source>Mit mål</source>
        <translation>My goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="103"/>
        <source>Det arbejder jeg hen imod:</source>
        <translation>What I am working towards:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="105"/>
        <source>Det sker nu</source>
        <translation>What happens now</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="109"/>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="110"/>
        <location filename="../../planner_gui/ui/printout.py" line="112"/>
        <source>Næste møde:</source>
        <translation>Next meeting:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="112"/>
        <source>aftales med din sagsbehandler</source>
        <translation>to be agreed with your caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="114"/>
        <source>Næste skridt:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="118"/>
        <source>Mine delmål</source>
        <translation>My sub-goals</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="120"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="120"/>
        <source>Hvor langt</source>
        <translation>How far</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="120"/>
        <source>Senest</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="127"/>
        <source>Det er jeg med i</source>
        <translation>What I take part in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="130"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="130"/>
        <source>Hvor / hvem</source>
        <translation>Where / who</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="130"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="145"/>
        <source>Ingen aftalte indsatser lige nu.</source>
        <translation>No agreed activities right now.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="151"/>
        <source>Sådan er det gået</source>
        <translation>How it has gone</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="156"/>
        <source>Dine og din sagsbehandlers vurderinger over tid. Den første måling er udgangspunktet.</source>
        <translation>Your own and your caseworker&apos;s ratings over time. The first measurement is the starting point.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="162"/>
        <source>Hvem kan jeg ringe til?</source>
        <translation>Who can I call?</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="173"/>
        <source>Din sagsbehandler i jobcentret:</source>
        <translation>Your caseworker at the job centre:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="178"/>
        <source>Ring til jobcentret, så finder vi den rigtige medarbejder.</source>
        <translation>Call the job centre and we will find the right person for you.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="181"/>
        <source>Du har ret til at se alt, hvad vi har skrevet om dig. Spørg din sagsbehandler.</source>
        <translation>You have the right to see everything we have written about you. Ask your caseworker.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="237"/>
        <source>Udskriv Min plan</source>
        <translation>Print My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="644"/>
        <source>Gennemsnit af dimensioner</source>
        <translation>Average of dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="645"/>
        <source>Borgeren (fuld linje ●)</source>
        <translation>The citizen (solid line ●)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="646"/>
        <source>Sagsbehandleren (stiplet ▽)</source>
        <translation>The caseworker (dashed ▽)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="698"/>
        <source>ændring fra første måling {first} til seneste {last}</source>
        <extracomment>a sample in text: a dimension&apos;s coloured line, the mean&apos;s thick black one, the raters&apos; line styles, and the then-vs-now bars (the first measurement hatched grey, the latest solid blue)</extracomment>
        <translation>change from first measurement {first} to latest {last}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="70"/>
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
        <location filename="../../planner_gui/ui/offline.py" line="86"/>
        <source>Intern fejl ({kind}); detaljer i {where}</source>
        <translation>Internal error ({kind}); details in {where}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="460"/>
        <source>&amp;Tag med ud …</source>
        <translation>&amp;Take out …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="462"/>
        <source>Tag borgere med ud på den bærbare til arbejde uden net</source>
        <translation>Take citizens out to the laptop to work without a network</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="467"/>
        <source>S&amp;ynkroniser</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="469"/>
        <source>Synkroniser den bærbare kopi med serveren</source>
        <translation>Synchronise the laptop copy with the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="549"/>
        <source>Din adgangskode til serveren ({initials}):</source>
        <translation>Your password for the server ({initials}):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="578"/>
        <source>Synkroniserer med serveren …</source>
        <translation>Synchronising with the server …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="473"/>
        <source>&amp;Tjek ind …</source>
        <translation>Check &amp;in …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="475"/>
        <source>Synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare kopi</source>
        <translation>Synchronise, release the citizens on the server and remove them from the laptop copy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="695"/>
        <location filename="../../planner_gui/ui/offline.py" line="709"/>
        <location filename="../../planner_gui/ui/offline.py" line="753"/>
        <location filename="../../planner_gui/ui/offline.py" line="766"/>
        <location filename="../../planner_gui/ui/offline.py" line="774"/>
        <source>Tjek ind</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="697"/>
        <source>Tjek {n} borgere ind? Den bærbare kopi synkroniseres først; derefter frigives borgerne på serveren og fjernes fra den bærbare kopi.</source>
        <translation>Check {n} citizens in? The laptop copy is synchronised first; then the citizens are released on the server and removed from the laptop copy.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="710"/>
        <source>Intet er tjekket ind: {n} konflikter venter på dit valg.</source>
        <translation>Nothing was checked in: {n} conflicts await your choice.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="711"/>
        <source>Vælg først, hvilke værdier der skal gælde (Synkroniser viser konflikterne), og tjek så ind.</source>
        <translation>First choose which values are to apply (Synchronise shows the conflicts), then check in.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="725"/>
        <source>Tjekker ind …</source>
        <translation>Checking in …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="747"/>
        <source>{n} konflikter venter på dit valg</source>
        <translation>{n} conflicts await your choice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="749"/>
        <source>{n} borgere er sat til side</source>
        <translation>{n} citizens are set aside</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="750"/>
        <source>Intet er tjekket ind: {why}.</source>
        <translation>Nothing was checked in: {why}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="752"/>
        <source>Ændringerne er synkroniseret. Afgør konflikterne (Synkroniser viser dem), og tjek så ind.</source>
        <translation>The changes are synchronised. Settle the conflicts (Synchronise shows them), then check in.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="755"/>
        <source>{n} borgere er tjekket ind: frigivet på serveren og fjernet fra den bærbare kopi.</source>
        <translation>{n} citizens are checked in: released on the server and removed from the laptop copy.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="760"/>
        <source>Synkroniseret først: {up} ændringer sendt til serveren, {down} hentet.</source>
        <translation>Synchronised first: {up} changes sent to the server, {down} fetched.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="775"/>
        <source>Tjek ind lykkedes ikke; borgerne er stadig på den bærbare kopi og kan bruges videre.</source>
        <translation>Check-in did not succeed; the citizens are still on the laptop copy and can still be used.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="609"/>
        <source>Synkroniseret: {up} ændringer sendt til serveren, {down} hentet.</source>
        <translation>Synchronised: {up} changes sent to the server, {down} fetched.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="632"/>
        <source>Synkroniseringen lykkedes ikke; den bærbare kopi er uændret og kan bruges videre.</source>
        <translation>The synchronisation failed; the laptop copy is unchanged and can still be used.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="671"/>
        <source>{n} konflikter afgjort; de sendes ved næste synkronisering.</source>
        <translation>{n} conflicts settled; they are sent at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="548"/>
        <location filename="../../planner_gui/ui/offline.py" line="620"/>
        <location filename="../../planner_gui/ui/offline.py" line="631"/>
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
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="111"/>
        <source>Samler alt, hvad der er registreret om {name} …</source>
        <translation>Collecting everything registered about {name} …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="118"/>
        <source>Aktindsigt</source>
        <translation>Access request</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../planner_gui/ui/app.py" line="181"/>
        <source>Intern fejl ({kind}); detaljer i {where}</source>
        <translation>Internal error ({kind}); details in {where}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/app.py" line="192"/>
        <source>Kan ikke starte</source>
        <translation>Cannot start</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="60"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="61"/>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="62"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="63"/>
        <source>Emne</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="64"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="65"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="66"/>
        <source>Hvad skete der</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="179"/>
        <source>Revisionsspor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="189"/>
        <source>initialer</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="193"/>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="198"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="202"/>
        <source>&amp;Vis</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="205"/>
        <source>&amp;Bruger:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="206"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="207"/>
        <source>B&amp;orger:</source>
        <translation>&amp;Citizen:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="208"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="209"/>
        <source>&amp;Til:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="246"/>
        <source>&amp;Kontrollér kæden</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="248"/>
        <source>Kontrollér, at ingen post er ændret eller slettet bag om programmet</source>
        <translation>Check that no entry has been changed or deleted outside the program</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="249"/>
        <source>&amp;Eksportér…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="252"/>
        <source>Gem posterne som regneark (filtreret på borger og datoer; bruger og handling indgår ikke)</source>
        <translation>Save the entries as a spreadsheet (filtered by citizen and dates; the user and action filters are not applied)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="288"/>
        <source>{n} poster</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="302"/>
        <source>Eksportér revisionsspor</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="302"/>
        <source>Regneark (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="314"/>
        <source>Eksporterer …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="332"/>
        <source>{n} poster gemt i {file}</source>
        <translation>{n} entries saved in {file}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="341"/>
        <source>Kontrollerer kæden …</source>
        <translation>Checking the chain …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="352"/>
        <source>Kæden er intakt: ingen post er ændret eller slettet.</source>
        <translation>The chain is intact: no entry has been changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="354"/>
        <source>Den passer med {n} ankre uden for databasen (nyeste: post {seq}).</source>
        <translation>It matches {n} anchors kept outside the database (newest: entry {seq}).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="359"/>
        <source>Kæden er brudt ved post {seq}: {why}</source>
        <translation>The chain is broken at entry {seq}: {why}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/audit_view.py" line="363"/>
        <source>Advarsel: {problem}</source>
        <translation>Warning: {problem}</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="398"/>
        <source>Ny ydelse</source>
        <translation>New benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="398"/>
        <source>Ret ydelse</source>
        <translation>Correct benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="422"/>
        <source>Afslut {group} (fra {start}) dagen før den nye ydelse starter</source>
        <translation>End {group} (from {start}) the day before the new benefit starts</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="428"/>
        <source>Borgeren har ingen igangværende ydelse</source>
        <translation>The citizen has no ongoing benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="431"/>
        <source>&amp;Målgruppe:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="432"/>
        <source>&amp;Fra:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="433"/>
        <source>&amp;Til (kan være tom):</source>
        <translation>&amp;To (may be empty):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="436"/>
        <source>Registrér ydelse</source>
        <translation>Register benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="436"/>
        <source>Gem rettelsen</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="447"/>
        <source>Fra-datoen skal udfyldes.</source>
        <translation>The from date is required.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="449"/>
        <source>Til-datoen ligger før fra-datoen.</source>
        <translation>The to date is before the from date.</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="170"/>
        <source>Mine borgere</source>
        <translation>My citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="203"/>
        <source>Du har ingen borgere i din sagsstamme endnu. Søg efter en borger, eller opret en ny med Ctrl+N.</source>
        <translation>You have no citizens in your caseload yet. Search for a citizen, or create a new one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="208"/>
        <source>{n} borgere. {stale} er ikke målt i over {days} dage (markeret).</source>
        <translation>{n} citizens. {stale} not measured for more than {days} days (marked).</translation>
    </message>
</context>
<context>
    <name>ChangeTable</name>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="53"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="53"/>
        <source>Borgeren</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="53"/>
        <source>Sagsbeh.</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="53"/>
        <source>Begge</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="66"/>
        <source>Ændring fra første til seneste måling (første → seneste); «Begge» tæller kun bedømmere, der gav en score både første og seneste gang</source>
        <translation>Change from first to latest measurement (first → latest); «Both» counts only raters who gave a score both the first and the latest time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="83"/>
        <source>Gennemsnit</source>
        <translation>Average</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="106"/>
        <source>Tag med ud</source>
        <translation>Take out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="112"/>
        <source>Borgerne kopieres til en krypteret fil på den bærbare, så du kan arbejde med dem uden net. Serveren noterer, at du har dem med ud. Synkroniser, når du er tilbage.</source>
        <translation>The citizens are copied to an encrypted file on the laptop, so you can work on them without a network. The server notes that you have taken them out. Synchronise when you are back.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="118"/>
        <source>Hele min &amp;sagsstamme</source>
        <translation>My whole &amp;caseload</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="120"/>
        <source>&amp;Disse borgere (CPR-numre, adskilt med komma):</source>
        <translation>&amp;These citizens (CPR numbers, separated by commas):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="138"/>
        <source>&amp;Vælg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="142"/>
        <source>&amp;Fil på den bærbare:</source>
        <translation>&amp;File on the laptop:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="150"/>
        <source>Din &amp;adgangskode:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="171"/>
        <source>Tag med &amp;ud</source>
        <translation>Take &amp;out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="184"/>
        <source>Fil på den bærbare</source>
        <translation>File on the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="186"/>
        <source>Database (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="205"/>
        <source>Vælg en fil på den bærbare.</source>
        <translation>Choose a file on the laptop.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="208"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="212"/>
        <source>Skriv mindst ét CPR-nummer, eller vælg hele sagsstammen.</source>
        <translation>Enter at least one CPR number, or choose the whole caseload.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="217"/>
        <source>Tager borgerne med ud …</source>
        <translation>Taking the citizens out …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="229"/>
        <source>{n} borgere er taget med ud til {file}.</source>
        <translation>{n} citizens have been taken out to {file}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="231"/>
        <source>{n} var der allerede.</source>
        <translation>{n} were there already.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="235"/>
        <source>Bemærk:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="240"/>
        <source>Gendannelsesnøgle til den nye fil (skriv den ned, og opbevar den adskilt fra den bærbare; den vises kun nu):</source>
        <translation>Recovery key for the new file (write it down and keep it apart from the laptop; it is shown only now):</translation>
    </message>
</context>
<context>
    <name>CitizenTableModel</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="83"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="84"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="85"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="86"/>
        <source>Koordinerende sagsbehandler</source>
        <translation>Coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="87"/>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="88"/>
        <source>Dage siden måling</source>
        <translation>Days since measured</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="170"/>
        <source>Dage siden seneste progressionsmåling; over {days} dage er markeret</source>
        <translation>Days since the latest progression measurement; over {days} days is marked</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="206"/>
        <source>Ingen progressionsmåling endnu</source>
        <translation>No progression measurement yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="207"/>
        <source>Seneste måling {date}</source>
        <translation>Latest measurement {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/model.py" line="227"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="142"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="143"/>
        <source>F&amp;orløb</source>
        <translation>C&amp;ourse</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="144"/>
        <source>Progr&amp;ession</source>
        <translation>Progr&amp;ession</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="145"/>
        <source>His&amp;torik</source>
        <translation>His&amp;tory</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="174"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="241"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="176"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="243"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="182"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="560"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="186"/>
        <source>&amp;Overdrag…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="190"/>
        <source>Nyt &amp;notat…</source>
        <translation>New &amp;note…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="193"/>
        <source>Min plan som &amp;PDF…</source>
        <translation>My plan as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="197"/>
        <source>&amp;Udskriv Min plan…</source>
        <translation>&amp;Print My plan…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="201"/>
        <source>&amp;Aktindsigt…</source>
        <translation>&amp;Access request…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="203"/>
        <source>Gem alt, hvad der er registreret om borgeren, i en mappe</source>
        <translation>Save everything registered about the citizen in a folder (aktindsigt: the citizen&apos;s right of access to their file)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="219"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="224"/>
        <source>&amp;Borger</source>
        <translation>&amp;Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="228"/>
        <source>Medtag progression i Min plan</source>
        <translation>Include progress in My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="289"/>
        <source>Jeg har &amp;læst notatet</source>
        <translation>I have &amp;read the note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="305"/>
        <source>Du har ændringer i planen fra sidst, som ikke blev gemt.</source>
        <translation>You have changes to the plan from last time that were not saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="307"/>
        <source>&amp;Genskab ændringerne</source>
        <translation>&amp;Restore the changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="310"/>
        <source>Kassér dem</source>
        <translation>Discard them</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="325"/>
        <source>ingen ydelse</source>
        <translation>no benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="327"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="328"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="330"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="330"/>
        <source>Koordinerende</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="331"/>
        <source>Åbnet uden for din sagsstamme. Begrundelse</source>
        <translation>Opened outside your caseload. Reason</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="345"/>
        <source>&lt;b&gt;Overdragelse fra {giver}&lt;/b&gt; til {receiver}:&lt;br/&gt;{note}</source>
        <translation>&lt;b&gt;Handover from {giver}&lt;/b&gt; to {receiver}:&lt;br/&gt;{note}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="347"/>
        <source>ny sagsbehandler</source>
        <translation>new caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="448"/>
        <source>genskabelse af ikke-gemte ændringer</source>
        <translation>restoring unsaved changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="474"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="477"/>
        <source>Planen blev ikke gemt</source>
        <translation>The plan was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="487"/>
        <source>Planen er gemt</source>
        <translation>The plan is saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="495"/>
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="554"/>
        <source>Ikke gemte ændringer</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="555"/>
        <source>Du har ændringer i planen for {name}, som ikke er gemt.</source>
        <translation>You have unsaved changes to the plan for {name}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="561"/>
        <source>&amp;Kassér</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="562"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="599"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="774"/>
        <source>Gem først</source>
        <translation>Save first</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="599"/>
        <source>Gem eller fortryd dine ændringer i planen, før du overdrager.</source>
        <translation>Save or undo your changes to the plan before you hand over.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="609"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="625"/>
        <source>Overdragelsen lykkedes ikke</source>
        <translation>The handover did not succeed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="630"/>
        <source>Borgeren er overdraget til {name}</source>
        <translation>The citizen has been handed over to {name}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="715"/>
        <source>Ydelsen er rettet</source>
        <translation>The benefit has been corrected</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="720"/>
        <source>Ydelsen {group} fra {start} slettes. Skriv hvorfor; begrundelsen gemmes i loggen.</source>
        <translation>The benefit {group} from {start} will be deleted. Say why; the reason is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="730"/>
        <source>Slet ydelse</source>
        <translation>Delete benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="733"/>
        <source>Ydelsen er slettet</source>
        <translation>The benefit has been deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="749"/>
        <source>Afgangen er rettet</source>
        <translation>The exit has been corrected</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="755"/>
        <source>Afgangen {date} ({kind}) slettes. Ydelser, den afsluttede, forbliver afsluttede (ret dem bagefter, hvis de skal fortsætte). Skriv hvorfor; begrundelsen gemmes i loggen.</source>
        <translation>The exit {date} ({kind}) will be deleted. Benefits it ended stay ended (correct them afterwards if they should continue). Say why; the reason is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="763"/>
        <source>Slet afgang</source>
        <translation>Delete exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="766"/>
        <source>Afgangen er slettet</source>
        <translation>The exit has been deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="807"/>
        <source>Ingen begrundelse: PDF&apos;en blev ikke gemt.</source>
        <translation>No reason given: the PDF was not saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="858"/>
        <source>Aktindsigten er gemt i {folder}</source>
        <translation>The access request is saved in {folder}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="862"/>
        <source>Aktindsigten blev ikke gemt</source>
        <translation>The access request was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="523"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="639"/>
        <location filename="../../planner_gui/ui/citizen/view.py" line="837"/>
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="122"/>
        <source>Borgerens sag</source>
        <translation>The citizen&apos;s case</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="653"/>
        <source>Notatet blev ikke gemt</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="677"/>
        <source>Ydelsen er registreret</source>
        <translation>The benefit is registered</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="692"/>
        <source>Afgangen er registreret</source>
        <translation>The exit is registered</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="775"/>
        <source>Min plan viser den gemte plan. Vil du gemme dine ændringer først?</source>
        <translation>My plan shows the saved plan. Do you want to save your changes first?</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="816"/>
        <source>Gem Min plan som PDF</source>
        <translation>Save My plan as PDF</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="816"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="823"/>
        <source>PDF&apos;en blev ikke gemt</source>
        <translation>The PDF was not saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/view.py" line="825"/>
        <source>Min plan er gemt som {path}</source>
        <translation>My plan is saved as {path}</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="136"/>
        <source>Registrér virksomhed</source>
        <translation>Register company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="142"/>
        <source>8 cifre</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="147"/>
        <source>Socialøkonomisk virksomhed</source>
        <translation>Social-economy company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="149"/>
        <source>&amp;CVR-nummer:</source>
        <translation>&amp;CVR number:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="150"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="152"/>
        <source>Registrér</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="323"/>
        <source>Konflikter ved synkronisering</source>
        <translation>Synchronisation conflicts</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="329"/>
        <source>Disse felter er ændret både her og på serveren, til forskellige værdier. Intet er overskrevet: vælg for hvert felt, hvilken værdi der skal gælde. Felter uden valg forbliver åbne.</source>
        <translation>These fields were changed both here and on the server, to different values. Nothing has been overwritten: choose for each field which value applies. Fields without a choice stay open.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="339"/>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="340"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="341"/>
        <source>Her</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="342"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="343"/>
        <source>Ændret af</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="344"/>
        <source>Valg</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="365"/>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="366"/>
        <source>Behold her</source>
        <translation>Keep here</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="367"/>
        <source>Behold server</source>
        <translation>Keep server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="368"/>
        <source>Valg for {field}</source>
        <translation>Choice for {field}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="380"/>
        <source>Behold alle &amp;her</source>
        <translation>Keep all &amp;here</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="382"/>
        <source>Behold alle på se&amp;rveren</source>
        <translation>Keep all on the se&amp;rver</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="391"/>
        <source>Gem valg og &amp;synkroniser igen</source>
        <translation>Save choices and &amp;synchronise again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="394"/>
        <source>&amp;Gem valg</source>
        <translation>&amp;Save choices</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="167"/>
        <source>Kontaktoplysninger for {initials}</source>
        <translation>Contact details of {initials}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="171"/>
        <source>Borgeren ser dem på Min plan under &quot;Hvem kan jeg ringe til?&quot;, når {name} er sagsbehandler.</source>
        <translation>Citizens see them on My plan under &quot;Who can I call?&quot; when {name} is their caseworker.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="179"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="179"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CourseTab</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="213"/>
        <source>Ydelser og sagsbehandlere over tid</source>
        <translation>Benefits and caseworkers over time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="217"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="217"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="319"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="217"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="319"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="217"/>
        <source>Uger</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="227"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="330"/>
        <source>(i gang)</source>
        <translation>(ongoing)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="237"/>
        <source>Afgange: {exits}</source>
        <translation>Exits: {exits}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="239"/>
        <source>Afgange: ingen</source>
        <translation>Exits: none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="244"/>
        <source>Afgangsdato</source>
        <translation>Exit date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="254"/>
        <source>&amp;Ny ydelse…</source>
        <translation>&amp;New benefit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="256"/>
        <source>Registrér en ydelsesperiode (målgruppe, fra og til)</source>
        <translation>Register a benefit period (target group, from and to)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="258"/>
        <source>Registrér &amp;afgang…</source>
        <translation>Register &amp;exit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="260"/>
        <source>Registrér borgerens afgang; igangværende ydelser afsluttes den dag</source>
        <translation>Register the citizen&apos;s exit; ongoing benefits end on that day</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="262"/>
        <source>Ret &amp;ydelse…</source>
        <translation>Correct &amp;benefit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="264"/>
        <source>Ret målgruppe og datoer for den valgte ydelse</source>
        <translation>Correct the target group and dates of the selected benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="265"/>
        <source>Slet ydelse…</source>
        <translation>Delete benefit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="267"/>
        <source>Slet den valgte ydelse, hvis den er registreret ved en fejl</source>
        <translation>Delete the selected benefit if it was registered by mistake</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="268"/>
        <source>Ret afgang…</source>
        <translation>Correct exit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="270"/>
        <source>Ret dato og type for den valgte afgang</source>
        <translation>Correct the date and type of the selected exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="271"/>
        <source>Slet afgang…</source>
        <translation>Delete exit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="273"/>
        <source>Slet den valgte afgang, hvis den er registreret ved en fejl</source>
        <translation>Delete the selected exit if it was registered by mistake</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="309"/>
        <source>Sagsbehandlere over tid</source>
        <translation>Caseworkers over time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="312"/>
        <source>Sagsbehandlerskift: &lt;b&gt;{n}&lt;/b&gt; (hver ny tilknytning efter den første tæller)</source>
        <translation>Caseworker changes: &lt;b&gt;{n}&lt;/b&gt; (every new assignment after the first counts)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="319"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="319"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="319"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="340"/>
        <source>Ordinære timer og 225-timersreglen</source>
        <translation>Ordinary hours and the 225-hour rule</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="345"/>
        <source>Timer pr. måned og summen for de seneste 12 måneder. Måneder, hvor summen er under {rule:g} timer, er markeret med rødt ({n} måneder).</source>
        <translation>Hours per month and the sum over the last 12 months. Months where the sum is below {rule:g} hours are marked red ({n} months).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="349"/>
        <source>Ingen ordinære timer registreret.</source>
        <translation>No ordinary hours registered.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="354"/>
        <source>Måned</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="354"/>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="354"/>
        <source>Sum 12 mdr.</source>
        <translation>Sum 12 mo.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="354"/>
        <source>225-timer</source>
        <translation>225 hours</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="361"/>
        <source>under</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="361"/>
        <source>opfyldt</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="377"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="379"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="244"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="379"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="379"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="379"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../planner_gui/ui/crash_dialog.py" line="33"/>
        <source>Der skete en uventet fejl</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/crash_dialog.py" line="38"/>
        <source>Programmet ramte en fejl, det ikke var forberedt på. Det du har gemt, er gemt, og du kan arbejde videre.

Hvis fejlen kommer igen, så kopiér rapporten nedenfor og send den til IT-support. Detaljerne står også i logfilen:
{path}</source>
        <translation>The program ran into an error it was not prepared for. What you have saved is saved, and you can keep working.

If the error happens again, copy the report below and send it to IT support. The details are also in the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/crash_dialog.py" line="51"/>
        <source>Kopiér rapport</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>CreateCitizenDialog</name>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="36"/>
        <source>Ny borger</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="41"/>
        <source>DDMMÅÅ-SSSS</source>
        <translation>DDMMYY-SSSS</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="47"/>
        <source>&amp;CPR-nummer:</source>
        <translation>&amp;CPR number:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="52"/>
        <source>&amp;Fornavn(e):</source>
        <translation>&amp;First name(s):</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="53"/>
        <source>&amp;Efternavn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="62"/>
        <source>Du bliver borgerens primære sagsbehandler fra i dag.</source>
        <translation>You become the citizen&apos;s primary caseworker from today.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="69"/>
        <source>&amp;Opret</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="71"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="85"/>
        <source>10 cifre; bindestregen er valgfri.</source>
        <translation>10 digits; the dash is optional.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="93"/>
        <source>{n} af 10 cifre</source>
        <translation>{n} of 10 digits</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/create_citizen.py" line="99"/>
        <source>Født {date}</source>
        <translation>Born {date}</translation>
    </message>
</context>
<context>
    <name>DeleteRowDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="546"/>
        <source>Fx: registreret på den forkerte borger</source>
        <translation>E.g.: registered on the wrong citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="547"/>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="548"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="552"/>
        <source>Skriv en begrundelse for sletningen.</source>
        <translation>Give a reason for the deletion.</translation>
    </message>
</context>
<context>
    <name>DimensionBlock</name>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="185"/>
        <source>Note (valgfri): hvad siger borgeren, hvad har ændret sig?</source>
        <translation>Note (optional): what does the citizen say, what has changed?</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="186"/>
        <source>{dimension}, note</source>
        <translation>{dimension}, note</translation>
    </message>
</context>
<context>
    <name>EffortDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="169"/>
        <source>Ny indsats</source>
        <translation>New effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="169"/>
        <source>Redigér indsats</source>
        <translation>Edit effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="186"/>
        <source>Skriv navn eller CVR</source>
        <translation>Type name or CVR</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="188"/>
        <source>Ny &amp;virksomhed…</source>
        <translation>New &amp;company…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="202"/>
        <source>ikke angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="203"/>
        <source> t/uge</source>
        <translation> h/week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="216"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="217"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="218"/>
        <source>V&amp;irksomhed:</source>
        <translation>Co&amp;mpany:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="221"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="222"/>
        <source>S&amp;lut:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="223"/>
        <source>&amp;Timer pr. uge:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="224"/>
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="225"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="229"/>
        <source>(ingen virksomhed)</source>
        <translation>(no company)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="258"/>
        <source>Virksomheden {text!r} er ikke registreret.</source>
        <translation>The company {text!r} is not registered.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="272"/>
        <source>Startdatoen skal udfyldes.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="275"/>
        <source>Slutdatoen ligger før start.</source>
        <translation>The end date is before the start.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../planner_gui/ui/errors.py" line="69"/>
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="478"/>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="500"/>
        <source>Registrér afgang</source>
        <translation>Register exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="478"/>
        <source>Ret afgang</source>
        <translation>Correct exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="484"/>
        <source>Borgerens igangværende ydelser afsluttes på afgangsdatoen.</source>
        <translation>The citizen&apos;s ongoing benefits end on the exit date.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="486"/>
        <source>Ydelser, der sluttede på den gamle afgangsdato, flyttes med til den nye.</source>
        <translation>Benefits that ended on the old exit date move to the new one.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="498"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="499"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="500"/>
        <source>Gem rettelsen</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="509"/>
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
        <location filename="../../planner_gui/ui/first_start.py" line="264"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="269"/>
        <source>Demo-brugere: {users} – samme adgangskode.</source>
        <translation>Demo users: {users} – same password.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="285"/>
        <source>Databasen kunne ikke oprettes.</source>
        <translation>The database could not be created.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="290"/>
        <source>Afbrudt; der blev ikke oprettet nogen database.</source>
        <translation>Cancelled; no database was created.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/first_start.py" line="295"/>
        <source>Afbryder …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="179"/>
        <source>Værdien måned for måned (tomt, hvor der er for få)</source>
        <extracomment>the column headers as shown (translated in :meth:`GoalTableModel.headerData`) the target source as shown (``plan`` or ``antagelse``, the workbook&apos;s codes)</extracomment>
        <translation>The value month by month (empty where there are too few)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="312"/>
        <source>Overdrag borgeren</source>
        <translation>Hand over the citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="316"/>
        <source>Borgeren flyttes til en ny sagsbehandler fra i dag. Skriv det vigtigste, den nye sagsbehandler skal vide: notatet vises øverst, første gang sagen åbnes. Overdragelsen tæller som et sagsbehandlerskift.</source>
        <translation>The citizen moves to a new caseworker from today. Write what the new caseworker most needs to know: the note is shown at the top the first time the case is opened. The handover counts as a caseworker change.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="337"/>
        <source>Fx: hvor borgeren er i forløbet, aftaler, hvad der virker, og hvad borgeren er bekymret for.</source>
        <translation>E.g.: where the citizen is in the course, agreements, what works, and what the citizen is worried about.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="339"/>
        <source>Overdrag også rollen som koordinerende sagsbehandler</source>
        <translation>Also hand over the role of coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="342"/>
        <source>&amp;Ny sagsbehandler:</source>
        <translation>&amp;New caseworker:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="343"/>
        <source>Overdragelses&amp;notat:</source>
        <translation>Handover &amp;note:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="345"/>
        <source>Overdrag</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="354"/>
        <source>Vælg den nye sagsbehandler på listen.</source>
        <translation>Choose the new caseworker from the list.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="357"/>
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
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="24"/>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="25"/>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="26"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="27"/>
        <source>Udskrevet</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="30"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="31"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="32"/>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="33"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="34"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="35"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="45"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="46"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="47"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="48"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="49"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="50"/>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="51"/>
        <source>Efter</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="52"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="60"/>
        <source>Alle ændringer i planen, nyeste først. Før og efter viser den gamle og den nye værdi.</source>
        <translation>All changes to the plan, newest first. Before and after show the old and the new value.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/history_tab.py" line="76"/>
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
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="41"/>
        <source>Måleinstrumenter</source>
        <translation>Measurement instruments</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="45"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="46"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="47"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="48"/>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="49"/>
        <source>Dimensioner</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="58"/>
        <source>Tilføj fra fil…</source>
        <translation>Add from file…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="61"/>
        <source>En YAML-fil som resources/instruments/bip.yaml. Findes koden og er der målt med den, bliver filen en ny version.</source>
        <translation>A YAML file like resources/instruments/bip.yaml. If the code exists and has been used for measurements, the file becomes a new version.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="65"/>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="119"/>
        <source>Tag ud af brug</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="66"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="94"/>
        <source>udgået</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="94"/>
        <source>i brug</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="119"/>
        <source>Tag i brug igen</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="124"/>
        <source>Vælg instrumentfil</source>
        <translation>Choose instrument file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="124"/>
        <source>Instrumentfiler (*.yaml *.yml)</source>
        <translation>Instrument files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="138"/>
        <source>{name} er tilføjet.</source>
        <translation>{name} has been added.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="140"/>
        <source>{name} findes og er brugt til målinger: filen er gemt som version {version}, og den forrige version er taget ud af brug.</source>
        <translation>{name} exists and has been used for measurements: the file is saved as version {version}, and the previous version has been retired.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="143"/>
        <source>{name} er opdateret (der var ikke målt med den endnu).</source>
        <translation>{name} has been updated (it had not been used for measurements yet).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/instruments_dialog.py" line="144"/>
        <source>{name} findes allerede med præcis samme indhold; intet er ændret.</source>
        <translation>{name} already exists with exactly the same content; nothing changed.</translation>
    </message>
</context>
<context>
    <name>Koder</name>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="32"/>
        <source>Log ind</source>
        <extracomment>The kinds of audit entry, in the order the audit viewer offers them (``domain.codes.AUDIT_ACTIONS``). The &quot;Handling&quot; column: what kind of entry.</extracomment>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="33"/>
        <source>Log ind mislykket</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="34"/>
        <source>Log ud</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="35"/>
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="36"/>
        <source>Visning</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="37"/>
        <source>Oprettelse</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="38"/>
        <source>Ændring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="39"/>
        <source>Sletning</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="40"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="41"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="42"/>
        <source>Udskrift</source>
        <translation>Printout</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="43"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="44"/>
        <source>Sletning af gamle poster</source>
        <translation>Purge of old entries</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="45"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="46"/>
        <source>Afvist</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="51"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="180"/>
        <source>Borger</source>
        <extracomment>The &quot;Emne&quot; column: what the entry is about.</extracomment>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="52"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="173"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="53"/>
        <location filename="../../planner_gui/domain/plan.py" line="50"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="54"/>
        <location filename="../../planner_gui/domain/plan.py" line="51"/>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="55"/>
        <location filename="../../planner_gui/domain/plan.py" line="52"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="54"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="56"/>
        <location filename="../../planner_gui/domain/plan.py" line="64"/>
        <source>Ydelse</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="57"/>
        <location filename="../../planner_gui/domain/plan.py" line="66"/>
        <source>Afgang</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="58"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="190"/>
        <location filename="../../planner_gui/domain/plan.py" line="49"/>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="50"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="59"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="178"/>
        <source>Bruger</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="60"/>
        <location filename="../../planner_gui/domain/codes.py" line="108"/>
        <location filename="../../planner_gui/domain/plan.py" line="59"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="61"/>
        <source>Måling</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="62"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="171"/>
        <source>Måleredskab</source>
        <translation>Measurement instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="63"/>
        <source>Indstilling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="64"/>
        <source>Revisionsspor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="65"/>
        <source>Aktindsigt</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="66"/>
        <source>Målrapport</source>
        <translation>Goal report</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="67"/>
        <source>Regneark</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="68"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="69"/>
        <source>Demodata</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="70"/>
        <source>Sletning af gamle sager</source>
        <translation>Deletion of old cases</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="71"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="191"/>
        <source>Kommando</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="72"/>
        <source>Nøglefil</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="73"/>
        <source>Udtagning til bærbar</source>
        <translation>Checkout to laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="74"/>
        <source>Synkronisering</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="75"/>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="76"/>
        <source>Indtjekning</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="150"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="151"/>
        <source>Mappe</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="153"/>
        <source>Poster</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="154"/>
        <source>Rækker</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="155"/>
        <source>Filer</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="156"/>
        <source>Nye</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="157"/>
        <source>Opdateret</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="158"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="159"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="160"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="161"/>
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="162"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="163"/>
        <source>Socialøkonomisk</source>
        <translation>Social economy enterprise</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="164"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="165"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="166"/>
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="167"/>
        <source>Dimensioner</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="168"/>
        <source>Udgået</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="169"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="170"/>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="172"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="174"/>
        <source>Målfil</source>
        <translation>Goal file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="175"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="176"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="177"/>
        <source>Mål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="179"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="181"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="182"/>
        <source>Fundet</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="183"/>
        <source>År</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="184"/>
        <source>Måneder</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="185"/>
        <source>Dage</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="186"/>
        <source>Før</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="187"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="188"/>
        <source>Sidste aktivitet</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="189"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="192"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="193"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="194"/>
        <source>Bærbar</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="195"/>
        <source>Til serveren</source>
        <translation>To the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="196"/>
        <source>Til den bærbare</source>
        <translation>To the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="197"/>
        <source>Tid på den bærbare</source>
        <translation>Time on the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="198"/>
        <source>Bruger på den bærbare</source>
        <translation>User on the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="199"/>
        <source>Handling på den bærbare</source>
        <translation>Action on the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="200"/>
        <source>Logposter fra den bærbare</source>
        <translation>Log entries from the laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="201"/>
        <source>Sat til side</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="202"/>
        <source>Ændringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="203"/>
        <source>Beholdt</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="204"/>
        <source>Gendannet fra</source>
        <translation>Restored from</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="205"/>
        <source>Tidligere fil</source>
        <translation>Previous file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="206"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="207"/>
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="208"/>
        <source>Frø</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="209"/>
        <source>Afgangstype</source>
        <translation>Exit type</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="212"/>
        <source>Søgning på</source>
        <translation>Search by</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="213"/>
        <source>Længde</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="214"/>
        <source>Søgt af</source>
        <translation>Searched by</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="215"/>
        <source>Ord</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="216"/>
        <source>Til og med post</source>
        <translation>Up to and including entry</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="217"/>
        <source>Anker</source>
        <translation>Anchor</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="66"/>
        <source>A-dagpenge</source>
        <extracomment>The seven company-based categories; ``virksomhedsrettet`` in goal files stands for these. Danish display labels, used by the UI, the printouts and the reports.</extracomment>
        <translation>Unemployment benefit (A-dagpenge)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="67"/>
        <source>Kontanthjælp, jobparat</source>
        <translation>Social assistance, job-ready</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="68"/>
        <source>Kontanthjælp, aktivitetsparat</source>
        <translation>Social assistance, activity-ready</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="69"/>
        <source>Uddannelseshjælp, uddannelsesparat</source>
        <translation>Education assistance, education-ready</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="70"/>
        <source>Uddannelseshjælp, aktivitetsparat</source>
        <translation>Education assistance, activity-ready</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="71"/>
        <source>Integrationsydelse</source>
        <translation>Integration benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="72"/>
        <source>Sygedagpenge</source>
        <translation>Sickness benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="73"/>
        <source>Jobafklaringsforløb</source>
        <translation>Job clarification programme</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="74"/>
        <source>Ressourceforløb</source>
        <translation>Resource programme</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="75"/>
        <source>Ledighedsydelse</source>
        <translation>Flex-job unemployment benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="76"/>
        <location filename="../../planner_gui/domain/codes.py" line="86"/>
        <location filename="../../planner_gui/domain/codes.py" line="114"/>
        <source>Fleksjob</source>
        <translation>Flex job</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="77"/>
        <source>Revalidering</source>
        <translation>Vocational rehabilitation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="81"/>
        <source>Virksomhedspraktik</source>
        <translation>Work placement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="82"/>
        <source>Løntilskud</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="83"/>
        <source>Nytteindsats</source>
        <translation>Community work</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="84"/>
        <source>Ordinære timer</source>
        <translation>Ordinary hours</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="85"/>
        <source>IGU</source>
        <translation>IGU (basic integration education)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="87"/>
        <source>IPS</source>
        <translation>IPS (individual placement and support)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="88"/>
        <source>Opkvalificering</source>
        <translation>Upskilling</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="89"/>
        <source>Danskuddannelse</source>
        <translation>Danish language course</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="90"/>
        <source>FGU</source>
        <translation>FGU (preparatory basic education)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="91"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="92"/>
        <source>Frivillig mentor</source>
        <translation>Volunteer mentor</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="93"/>
        <source>Vejledning</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="94"/>
        <source>Jobsøgningskursus</source>
        <translation>Job-search course</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="95"/>
        <source>Behandling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="99"/>
        <source>Jobcenter</source>
        <translation>Job centre</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="100"/>
        <source>Socialforvaltning</source>
        <translation>Social services</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="101"/>
        <source>Sundhed</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="102"/>
        <source>Psykiatri</source>
        <translation>Psychiatry</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="103"/>
        <source>Misbrugsbehandling</source>
        <translation>Addiction treatment</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="104"/>
        <source>Børn og unge</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="105"/>
        <source>Ungeindsats (UU/KUI)</source>
        <translation>Youth guidance (UU/KUI)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="106"/>
        <source>Uddannelsesinstitution</source>
        <translation>Educational institution</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="107"/>
        <source>Civilsamfund / frivillige</source>
        <translation>Civil society / volunteers</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="112"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="113"/>
        <source>Uddannelse</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="115"/>
        <source>Førtidspension</source>
        <translation>Disability pension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="116"/>
        <source>Fraflyttet</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="117"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="121"/>
        <source>Ikke startet</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="122"/>
        <location filename="../../planner_gui/domain/plan.py" line="37"/>
        <source>I gang</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="123"/>
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/codes.py" line="124"/>
        <source>Opgivet</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="36"/>
        <source>Planlagt</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="38"/>
        <source>Afsluttet</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="43"/>
        <source>Borgerens eget mål</source>
        <extracomment>Danish names of plan fields, for the history and the audit log.</extracomment>
        <translation>The citizen&apos;s own goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="44"/>
        <source>Job- eller uddannelsesmål</source>
        <translation>Job or education goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="45"/>
        <source>Næste skridt</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="46"/>
        <source>Næste møde</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="210"/>
        <location filename="../../planner_gui/domain/plan.py" line="47"/>
        <source>Overdragelsesnotat</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="48"/>
        <source>Koordinerende sagsbehandler</source>
        <translation>Coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="218"/>
        <location filename="../../planner_gui/domain/plan.py" line="53"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="152"/>
        <location filename="../../planner_gui/domain/plan.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="55"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="56"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="57"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="58"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="60"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="61"/>
        <source>Timer pr. uge</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="62"/>
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="63"/>
        <source>Min plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="65"/>
        <source>Målgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="67"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="68"/>
        <source>Delmålenes rækkefølge</source>
        <translation>Order of the sub-goals</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="71"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="71"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="211"/>
        <location filename="../../planner_gui/domain/plan.py" line="69"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="30"/>
        <source>Borgeren</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="31"/>
        <source>Sagsbehandleren</source>
        <translation>The caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="51"/>
        <source>Koordinerende</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="55"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="56"/>
        <source>Overdragelse</source>
        <translation>Handover</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../planner_gui/ui/language.py" line="107"/>
        <source>ændringer før sprogskiftet</source>
        <translation>changes before the language switch</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="46"/>
        <location filename="../../planner_gui/ui/login.py" line="51"/>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="57"/>
        <source>Én samlet plan for hver borger.</source>
        <translation>One coherent plan for every citizen.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="65"/>
        <source>fx abcd</source>
        <translation>e.g. abcd</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="71"/>
        <source>tom: databasen på denne computer</source>
        <translation>empty: the database on this computer</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="73"/>
        <source>Teamdatabasens adresse, fx jobcenter-db/planner (uden brugernavn og kode); huskes til næste gang</source>
        <translation>The team database&apos;s address, e.g. jobcenter-db/planner (without user name and password); remembered for next time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="75"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="76"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="77"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="90"/>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="104"/>
        <source>Log &amp;ind</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="170"/>
        <source>Skriv dine initialer.</source>
        <translation>Enter your initials.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="174"/>
        <source>Skriv din adgangskode.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="184"/>
        <source>Forbinder til {0} …</source>
        <translation>Connecting to {0} …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="184"/>
        <source>databasen på denne computer</source>
        <translation>the database on this computer</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="191"/>
        <source>Logger ind, så snart databasen er åbnet …</source>
        <translation>Logging in as soon as the database is open …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="198"/>
        <source>Logger ind …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="256"/>
        <source>Serveren skal være en PostgreSQL-database.</source>
        <translation>The server must be a PostgreSQL database.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="259"/>
        <source>Skriv serverens adresse uden brugernavn og adgangskode; de kommer fra login.</source>
        <translation>Type the server&apos;s address without user name and password; they come from the login.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/login.py" line="266"/>
        <source>Skriv serverens adresse som server/database, fx jobcenter-db/planner.</source>
        <translation>Type the server&apos;s address as server/database, e.g. jobcenter-db/planner.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="111"/>
        <source>Søg borger: navn eller CPR-nummer (Ctrl+F)</source>
        <translation>Find citizen: name or CPR number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="114"/>
        <source>Søg borger</source>
        <translation>Find citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="115"/>
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="125"/>
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="132"/>
        <source>Mine borgere</source>
        <translation>My citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="135"/>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="141"/>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="147"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="153"/>
        <source>Revisionsspor</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="168"/>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="183"/>
        <source>sagsbehandler</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="184"/>
        <source>teamleder</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="185"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="190"/>
        <source>Logget ind som {who}, {role}  ·  {db}</source>
        <translation>Logged in as {who}, {role}  ·  {db}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="231"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="233"/>
        <source>&amp;Ny borger …</source>
        <translation>&amp;New citizen …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="237"/>
        <source>Opret en ny borger (Ctrl+N)</source>
        <translation>Create a new citizen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="243"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="245"/>
        <source>Gem ændringerne i borgerens plan (Ctrl+S)</source>
        <translation>Save the changes to the citizen&apos;s plan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="252"/>
        <source>&amp;Luk fane</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="254"/>
        <source>&amp;Lås skærmen</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="257"/>
        <source>Log &amp;ud</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="259"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="262"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="264"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="266"/>
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="271"/>
        <source>&amp;Søg borger</source>
        <translation>&amp;Find citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="274"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="277"/>
        <source>&amp;Mine borgere</source>
        <translation>&amp;My citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="280"/>
        <source>Sø&amp;geresultater</source>
        <translation>&amp;Search results</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="284"/>
        <source>&amp;Rapporter</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="287"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="289"/>
        <source>&amp;Indstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="290"/>
        <source>Markér manglende måling efter …</source>
        <translation>Mark missing measurement after …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="291"/>
        <source>Lås skærmen efter inaktivitet …</source>
        <translation>Lock screen after inactivity …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="292"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="311"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="314"/>
        <source>&amp;Revisionsspor</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="318"/>
        <source>&amp;Sletning efter opbevaringsregler …</source>
        <translation>&amp;Delete by retention rules …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="322"/>
        <source>&amp;Måleinstrumenter …</source>
        <translation>&amp;Measurement instruments …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="327"/>
        <source>&amp;Gendan fra sikkerhedskopi …</source>
        <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="332"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="334"/>
        <source>&amp;Brugervejledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="337"/>
        <source>Vejledning til sagsbehandlere og teamledere (F1)</source>
        <translation>Guide for caseworkers and team leads (F1)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="340"/>
        <source>&amp;Om {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="367"/>
        <source>Markering af målinger</source>
        <translation>Marking of measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="368"/>
        <source>Markér borgere, der ikke er målt i mere end dette antal dage:</source>
        <translation>Mark citizens not measured for more than this number of days:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="388"/>
        <source>Lås skærmen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="389"/>
        <source>Lås skærmen, når programmet ikke er brugt i dette antal minutter:</source>
        <translation>Lock the screen when the program has not been used for this many minutes:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="584"/>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="615"/>
        <source>Oprettede {name}.</source>
        <translation>Created {name}.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="654"/>
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/main_window.py" line="655"/>
        <source>Databasen er gendannet. Programmet åbner den igen; log ind for at fortsætte.</source>
        <translation>The database has been restored. The program opens it again; log in to continue.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="231"/>
        <source>Ret måling</source>
        <translation>Edit measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="231"/>
        <source>Ny måling</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="242"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="252"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="255"/>
        <source>Én dimension ad gangen</source>
        <translation>One dimension at a time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="256"/>
        <source>Vis én dimension ad gangen (Page Down / Page Up skifter)</source>
        <translation>Show one dimension at a time (Page Down / Page Up switches)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="259"/>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="262"/>
        <source>Dato:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="269"/>
        <source>Klik på et tal, eller gå til en række med Tab og tast 1-9 (0 = 10), ← → flytter, Delete rydder. Borgerens egen vurdering øverst, sagsbehandlerens nederst.</source>
        <translation>Click a number, or go to a row with Tab and type 1-9 (0 = 10), ← → moves, Delete clears. The citizen&apos;s own rating on top, the caseworker&apos;s below.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="286"/>
        <source>◀ Forrige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="287"/>
        <source>Næste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="311"/>
        <source>Gem måling</source>
        <translation>Save measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="312"/>
        <source>Gem (Ctrl+S eller Ctrl+Enter)</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="317"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="353"/>
        <source>Der er ingen aktive måleinstrumenter; en administrator kan tilføje et.</source>
        <translation>There are no active measurement instruments; an administrator can add one.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="399"/>
        <source>Dimension {n} af {total}</source>
        <translation>Dimension {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="452"/>
        <source>Målingen fra {date} er gemt</source>
        <translation>The measurement of {date} is saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="459"/>
        <source>Målingen er ikke gemt:</source>
        <translation>The measurement is not saved:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="461"/>
        <source>Målingen er ikke gemt ({n} problemer):</source>
        <translation>The measurement is not saved ({n} problems):</translation>
    </message>
</context>
<context>
    <name>Meddelelser</name>
    <message>
        <location filename="../../planner_gui/domain/cpr.py" line="72"/>
        <source>CPR-nummeret skal være tekst</source>
        <extracomment>Citizens deleted after the retention period keep a row whose CPR is replaced by this letter and random characters: a CPR number is ten digits, so a pseudonym can never collide with one.</extracomment>
        <translation>the CPR number must be text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cpr.py" line="77"/>
        <source>CPR-nummeret mangler</source>
        <translation>the CPR number is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cpr.py" line="81"/>
        <source>CPR-nummeret må kun indeholde cifrene 0-9 og en bindestreg; {odd!r} (U+{odd2:04X}) er ikke et af dem: {text!r}</source>
        <translation>the CPR number may only hold the digits 0-9 and a hyphen; {odd!r} (U+{odd2:04X}) is not one of them: {text!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cpr.py" line="88"/>
        <source>CPR-nummeret skal have 10 cifre (DDMMÅÅ-SSSS), fik {stripped}</source>
        <translation>the CPR number must have 10 digits (DDMMYY-SSSS), got {stripped}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cpr.py" line="100"/>
        <source>CPR-nummeret skal have 10 cifre</source>
        <translation>the CPR number must have 10 digits</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cpr.py" line="107"/>
        <source>CPR-nummeret {digits}-{digits2} begynder ikke med en gyldig dato (dag {day:02d}, måned {month:02d}, år {year})</source>
        <translation>the CPR number {digits}-{digits2} does not begin with a valid date (day {day:02d}, month {month:02d}, year {year})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cvr.py" line="29"/>
        <source>CVR-nummeret skal være tekst</source>
        <translation>the CVR number must be text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cvr.py" line="34"/>
        <source>CVR-nummeret mangler</source>
        <translation>the CVR number is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cvr.py" line="37"/>
        <source>CVR-nummeret må kun indeholde cifrene 0-9: {text!r}</source>
        <translation>the CVR number may only hold the digits 0-9: {text!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cvr.py" line="42"/>
        <source>CVR-nummeret skal have 8 cifre, fik {stripped}</source>
        <translation>the CVR number must have 8 digits, got {stripped}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cvr.py" line="49"/>
        <source>CVR-nummeret {digits} kan ikke begynde med 0</source>
        <translation>the CVR number {digits} cannot begin with 0</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/cvr.py" line="53"/>
        <source>CVR-nummeret {digits} har en forkert kontrolsum (modulus 11)</source>
        <translation>the CVR number {digits} has a wrong check sum (modulus 11)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/instrument_files.py" line="30"/>
        <location filename="../../planner_gui/services/instruments.py" line="423"/>
        <source>{path}: kan ikke læses ({err})</source>
        <translation>{path}: cannot be read ({err})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/instrument_files.py" line="35"/>
        <source>{path}: nøglen {key!r} mangler</source>
        <translation>{path}: the key {key!r} is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="532"/>
        <source>{what}: skal udfyldes</source>
        <extracomment>every sub-goal of the draft in its new order, when the user moved one (() = the order is unchanged) The order of a row&apos;s values in a summary (history and audit texts); other keys follow alphabetically.</extracomment>
        <translation>{what}: must be filled in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="535"/>
        <source>{what}: højst {max_text} tegn (har {text})</source>
        <translation>{what}: at most {max_text} characters (has {text})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="551"/>
        <source>ukendt felt i planen: {fld!r}</source>
        <translation>unknown field in the plan: {fld!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="554"/>
        <source>Næste møde: skal være en dato</source>
        <translation>Next meeting: must be a date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="556"/>
        <source>{fld}: skal være tekst</source>
        <translation>{fld}: must be text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="561"/>
        <source>Delmål {text!r}</source>
        <translation>Sub-goal {text!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="563"/>
        <source>Delmål nr. {i}</source>
        <translation>Sub-goal no. {i}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="568"/>
        <source>{where}: ukendt status {status!r}</source>
        <translation>{where}: unknown status {status!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="574"/>
        <source>{where}: fristen {deadline} ligger før start {start}</source>
        <translation>{where}: the deadline {deadline} is before the start {start}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="579"/>
        <source>Indsats {category} fra {start}</source>
        <translation>Effort {category} from {start}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="584"/>
        <source>{where}: ukendt kategori {category!r}</source>
        <translation>{where}: unknown category {category!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="590"/>
        <source>{where}: ukendt ansvarlig {responsible!r}</source>
        <translation>{where}: unknown responsible unit {responsible!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="596"/>
        <source>{where}: slutdatoen {end} ligger før start</source>
        <translation>{where}: the end date {end} is before the start</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="602"/>
        <source>{where}: timer pr. uge skal være mellem 0 og {max_hours_per_week:g}</source>
        <translation>{where}: hours per week must be between 0 and {max_hours_per_week:g}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="608"/>
        <source>{where}: virksomheden findes ikke (registrér den først)</source>
        <translation>{where}: the company does not exist (register it first)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="639"/>
        <source>{what} blev ændret af {who} {date} kl. {time} efter du åbnede borgeren; dine ændringer er ikke gemt.</source>
        <translation>{what} was changed by {who} on {date} at {time} after you opened the citizen; your changes have not been saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="644"/>
        <source>{what} blev ændret af en anden {date} kl. {time} efter du åbnede borgeren; dine ændringer er ikke gemt.</source>
        <translation>{what} was changed by someone else on {date} at {time} after you opened the citizen; your changes have not been saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="651"/>
        <source>{what} blev ændret af {who} efter du åbnede borgeren; dine ændringer er ikke gemt.</source>
        <translation>{what} was changed by {who} after you opened the citizen; your changes have not been saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="655"/>
        <source>{what} blev ændret af en anden efter du åbnede borgeren; dine ændringer er ikke gemt.</source>
        <translation>{what} was changed by someone else after you opened the citizen; your changes have not been saved.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="661"/>
        <source>{label}: din udgave «{mine}», gemt udgave «{saved}»</source>
        <translation>{label}: your version «{mine}», saved version «{saved}»</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/plan.py" line="666"/>
        <source>Luk og åbn borgeren igen for at se den gemte udgave, og indtast dine ændringer igen</source>
        <translation>Close and reopen the citizen to see the saved version, and enter your changes again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="245"/>
        <source>Datoen {date} ligger i fremtiden; en måling kan højst dateres i dag</source>
        <translation>The date {date} is in the future; a measurement can be dated today at the latest</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="255"/>
        <source>Instrumentet har ingen dimension {dimension!r}</source>
        <translation>The instrument has no dimension {dimension!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="261"/>
        <source>{label}: dimensionen står to gange</source>
        <translation>{label}: the dimension is given twice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="270"/>
        <source>{label}: {lower}s score {value!r} ligger uden for skalaen {lo}-{hi}</source>
        <translation>{label}: the score of {lower}, {value!r}, is outside the scale {lo}-{hi}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="278"/>
        <source>{label}: en note kræver mindst én score på dimensionen</source>
        <translation>{label}: a note needs at least one score on the dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/progression.py" line="283"/>
        <source>Målingen har ingen scores; giv mindst én dimension en score</source>
        <translation>The measurement has no scores; give at least one dimension a score</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="40"/>
        <source>U+{code} kontroltegn</source>
        <translation>U+{code} control character</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="48"/>
        <source>kontroltegn</source>
        <translation>a control character</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="50"/>
        <source>tegn der vender skriveretningen</source>
        <translation>a character that reverses the writing direction</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="52"/>
        <source>linjeskift</source>
        <translation>a line separator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="54"/>
        <source>ugyldigt tegn (enlig surrogat)</source>
        <translation>an invalid character (lone surrogate)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="56"/>
        <source>ugyldigt tegn</source>
        <translation>an invalid character</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="78"/>
        <source>usynligt tegn eller mellemrum</source>
        <translation>an invisible character or a space</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="80"/>
        <source>indeholder {what} ({char}) på plads {position}</source>
        <translation>contains {what} ({char}) at position {position}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="105"/>
        <location filename="../../planner_gui/interchange/read.py" line="312"/>
        <location filename="../../planner_gui/interchange/read.py" line="334"/>
        <source>mangler</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/text.py" line="107"/>
        <source>består kun af usynlige tegn</source>
        <translation>consists of invisible characters only</translation>
    </message>
    <message>
        <location filename="../../planner_gui/reports/indicators.py" line="215"/>
        <source>{flag} {text!r}: ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx 2018-01-01</source>
        <extracomment>Counts below this are too small to show (CONTRACT.md section 4). PostgreSQL&apos;s buffers for this session&apos;s temporary tables (the server&apos;s default is 8 MB): taken as needed, up to this.</extracomment>
        <translation>{flag} {text!r}: not a valid date; write it as YYYY-MM-DD, e.g. 2018-01-01</translation>
    </message>
    <message>
        <location filename="../../planner_gui/reports/indicators.py" line="223"/>
        <source>--from {isoformat} ligger efter --to {isoformat2}; perioden er tom</source>
        <translation>--from {isoformat} is after --to {isoformat2}; the period is empty</translation>
    </message>
    <message>
        <location filename="../../planner_gui/reports/indicators.py" line="1103"/>
        <location filename="../../planner_gui/services/reports.py" line="157"/>
        <source>rapporten blev annulleret; intet blev skrevet</source>
        <extracomment>Tables keyed by their primary key alone are stored in it on SQLite (no rowid b-tree beside it): half the memory and half the inserts (ignored elsewhere). A number for each citizen with a benefit period that overlaps the whole period, in the order of the citizen&apos;s id (so every ordering by it is the ordering by the id): the scratch tables below hold it instead of the id, a small integer key instead of a UUID (on SQLite 32 characters), which makes their inserts, lookups and sorts several times cheaper. Only the case tables are read by the id, through this table. The benefit periods (in the population&apos;s target groups) that overlap the whole period. Every benefit period that overlaps the whole period (any target group), read from the case table once; each population copies its target groups&apos; periods from it into rp_bp. The population of every period (pk 0: the whole period; 1..n: its months). Breakdown keys of the whole period&apos;s population: kind is team, coordinator or target_group. The distinct members of each population (of any of its periods); spec 0 collects the members whose team and coordinating caseworker are already in rp_pick (those depend on the citizen and ``to`` only, not on the goal). One goal&apos;s case rows (efforts, exits, measurements, ...) of its population&apos;s members within the whole period, read from the case table once per member: s..e (e empty: open; a dated row has e = s), ref a company, v a number. One goal&apos;s per-citizen facts (x, y numbers; ref a company for antal_virksomheder).</extracomment>
        <translation>the report was cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="62"/>
        <source>kun en administrator kan kontrollere revisionssporet</source>
        <extracomment>``beskrivelse``: the entry as a Danish sentence (:func:`~planner_gui.domain.audit_text.describe`); ``detaljer``: the details as the service wrote them (the evidence, JSON)</extracomment>
        <translation>only an administrator can check the audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="86"/>
        <source>{what}: {text!r} er ikke en dato (brug ÅÅÅÅ-MM-DD)</source>
        <translation>{what}: {text!r} is not a date (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="144"/>
        <source>kun en administrator kan eksportere revisionssporet</source>
        <translation>only an administrator can export the audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="149"/>
        <location filename="../../planner_gui/services/interchange.py" line="94"/>
        <location filename="../../planner_gui/services/setup.py" line="198"/>
        <location filename="../../planner_gui/storage/migrate.py" line="63"/>
        <source>{path}: mappen {parent} findes ikke</source>
        <translation>{path}: the folder {parent} does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="160"/>
        <source>ingen borger med CPR-nummer {digits}</source>
        <translation>no citizen with CPR number {digits}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="213"/>
        <source>kun en administrator kan ændre opbevaringstiden for revisionssporet</source>
        <translation>only an administrator can change how long the audit trail is kept</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="217"/>
        <source>revisionssporet skal opbevares i mindst {min_retention_months} måneder</source>
        <translation>the audit trail must be kept for at least {min_retention_months} months</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/audit_log.py" line="310"/>
        <source>ingen borger med CPR-nummer {text}</source>
        <translation>no citizen with CPR number {text}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="83"/>
        <source>telefon eller e-mail: {err}</source>
        <translation>phone or e-mail: {err}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="100"/>
        <source>kun en administrator kan oprette brugere</source>
        <translation>only an administrator can create users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="104"/>
        <source>ukendt rolle {role!r}; brug {staff_roles}</source>
        <translation>unknown role {role!r}; use {staff_roles}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="115"/>
        <source>initialer, navn eller team: {err}</source>
        <translation>initials, name or team: {err}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="118"/>
        <source>initialer skal have 1-16 tegn</source>
        <translation>initials must have 1-16 characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="123"/>
        <source>initialerne {initials!r} er allerede i brug</source>
        <translation>the initials {initials!r} are already in use</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="160"/>
        <source>kun en administrator kan sætte andres adgangskode</source>
        <translation>only an administrator can set another user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="167"/>
        <location filename="../../planner_gui/services/users.py" line="96"/>
        <location filename="../../planner_gui/services/users.py" line="138"/>
        <source>ingen bruger med initialerne {initials!r}</source>
        <extracomment>the audit log&apos;s field names for the contact details</extracomment>
        <translation>no user with the initials {initials!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="309"/>
        <location filename="../../planner_gui/services/auth.py" line="314"/>
        <source>forkerte initialer eller adgangskode</source>
        <translation>wrong initials or password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/auth.py" line="424"/>
        <source>databasen kræver login: sæt PLANNER_USER (initialer) og PLANNER_PASSWORD (adgangskode)</source>
        <translation>the database needs a login: set PLANNER_USER (initials) and PLANNER_PASSWORD (password)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/backups.py" line="219"/>
        <source>kun en administrator kan ændre antallet af sikkerhedskopier</source>
        <translation>only an administrator can change the number of backups</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/backups.py" line="223"/>
        <source>antal sikkerhedskopier skal være et helt tal fra 1 til {max_keep}</source>
        <translation>the number of backups must be a whole number from 1 to {max_keep}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="430"/>
        <location filename="../../planner_gui/services/measurements.py" line="118"/>
        <source>borgeren findes ikke</source>
        <extracomment>A reason stated when opening a citizen outside one&apos;s caseload covers the rest of the working day.</extracomment>
        <translation>the citizen does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="438"/>
        <source>{label} {err}</source>
        <translation>{label} {err}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="442"/>
        <source>{label} må højst have {max_name_length} tegn</source>
        <translation>{label} may have at most {max_name_length} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="460"/>
        <source>CPR-nummer: {err}</source>
        <translation>CPR number: {err}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="461"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="462"/>
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/citizens.py" line="467"/>
        <source>CPR-nummer: der findes allerede en borger med CPR-nummeret {cpr}</source>
        <translation>CPR number: there is already a citizen with the CPR number {cpr}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/companies.py" line="52"/>
        <source>virksomhedens navn {err}</source>
        <translation>the company&apos;s name {err}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/companies.py" line="56"/>
        <source>virksomhedens navn må højst have {max_name} tegn</source>
        <translation>the company&apos;s name may have at most {max_name} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/companies.py" line="64"/>
        <source>CVR-nummeret {digits} er allerede registreret som {name!r}</source>
        <translation>the CVR number {digits} is already registered as {name!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="187"/>
        <location filename="../../planner_gui/services/instruments.py" line="434"/>
        <location filename="../../planner_gui/services/measurements.py" line="133"/>
        <source>instrumentet findes ikke</source>
        <translation>the instrument does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="199"/>
        <source>{where}: skal være en tabel med nøglerne code, name, scale og dimensions</source>
        <translation>{where}: must be a table with the keys code, name, scale and dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="205"/>
        <source>{where}: ukendt nøgle {key!r}</source>
        <translation>{where}: unknown key {key!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="209"/>
        <source>{where}: nøglen {key!r} mangler</source>
        <translation>{where}: the key {key!r} is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="214"/>
        <source>{where}: code {code!r} skal være små bogstaver, tal og _ (højst 40 tegn)</source>
        <translation>{where}: code {code!r} must be lower-case letters, digits and _ (at most 40 characters)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="220"/>
        <source>{where}: name skal være en tekst</source>
        <translation>{where}: name must be a text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="230"/>
        <source>{where}: scale skal være [laveste, højeste], hele tal, fx [1, 10]</source>
        <translation>{where}: scale must be [lowest, highest], whole numbers, e.g. [1, 10]</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="237"/>
        <source>{where}: dimensions skal være en liste med mindst én dimension</source>
        <translation>{where}: dimensions must be a list of at least one dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="247"/>
        <source>{here}: skal have code, label, low og high</source>
        <translation>{here}: must have code, label, low and high</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="251"/>
        <source>{here}: ukendt nøgle {key!r}</source>
        <translation>{here}: unknown key {key!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="254"/>
        <source>{here}: vurderes_af skal være en liste med borger og/eller sagsbehandler</source>
        <translation>{here}: vurderes_af must be a list of borger and/or sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="261"/>
        <source>{here}: code {dcode!r} skal være små bogstaver, tal og _</source>
        <translation>{here}: code {dcode!r} must be lower-case letters, digits and _</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="267"/>
        <source>{here}: code {dcode!r} står to gange</source>
        <translation>{here}: code {dcode!r} is given twice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="272"/>
        <source>{here}: label mangler</source>
        <translation>{here}: label is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="276"/>
        <source>{here}: {key} skal være en tekst</source>
        <translation>{here}: {key} must be a text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="281"/>
        <source>{where}: version skal være et helt tal, 1 eller højere</source>
        <translation>{where}: version must be a whole number, 1 or higher</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/instruments.py" line="443"/>
        <source>{name}: der findes en nyere version; den gamle kan ikke tages i brug igen</source>
        <translation>{name}: there is a newer version; the old one cannot be taken into use again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/interchange.py" line="60"/>
        <source>... flere end {max_errors_kept} fejl; de første er vist</source>
        <translation>... more than {max_errors_kept} errors; the first are shown</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/interchange.py" line="107"/>
        <location filename="../../planner_gui/services/privacy.py" line="120"/>
        <source>ingen borger med CPR-nummer {digits} i databasen</source>
        <translation>no citizen with CPR number {digits} in the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/measurements.py" line="136"/>
        <source>{name} (version {instrument_version}) er udgået; brug den nyeste version</source>
        <translation>{name} (version {instrument_version}) is retired; use the newest version</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/measurements.py" line="237"/>
        <source>Der er allerede en måling med {name} den {date}; ret den i stedet for at lave en ny</source>
        <translation>There is already a measurement with {name} on {date}; edit it instead of making a new one</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/measurements.py" line="275"/>
        <location filename="../../planner_gui/services/measurements.py" line="309"/>
        <source>målingen findes ikke længere (er den slettet af en anden?)</source>
        <translation>the measurement no longer exists (did someone else delete it?)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/measurements.py" line="281"/>
        <source>Der er allerede en måling med {name} den {date}</source>
        <translation>There is already a measurement with {name} on {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/measurements.py" line="462"/>
        <source>antal dage skal være mellem 1 og 3650</source>
        <translation>the number of days must be between 1 and 3650</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="119"/>
        <source>den bærbares ur går {minutes} minutter {way}: den bærbare siger {mine}, serveren {server_now}. Synkroniseringen er ikke kørt, fordi rækkefølgen af ændringer og tiderne i loggen afhænger af uret; ret uret på den bærbare (dato, tid og tidszone) og synkroniser igen. Intet er ændret, og den bærbare kan bruges videre offline</source>
        <extracomment>In the server&apos;s ``sync_runs.details`` (JSON): the last laptop audit seq that sync appended to the server&apos;s chain, written in the server transaction that appended it, so a re-run after a kill never sends an entry twice. How far the laptop&apos;s clock may be from the server&apos;s before a sync is refused (merge order and audit times). Stored as the base of a field that was new on both sides with different values: equals neither side, so the field stays a conflict until resolved.</extracomment>
        <translation>the laptop&apos;s clock is {minutes} minutes {way}: the laptop says {mine}, the server {server_now}. The synchronisation has not run, because the order of the changes and the times in the log depend on the clock; correct the laptop&apos;s clock (date, time and time zone) and synchronise again. Nothing has changed, and the laptop can still be used offline</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="140"/>
        <source>{url}: checkout og sync kræver teamdatabasen (en postgresql+psycopg://-URL)</source>
        <translation>{url}: checkout and sync need the team database (a postgresql+psycopg:// URL)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="151"/>
        <source>{where}: forkerte initialer eller adgangskode til serveren</source>
        <translation>{where}: wrong initials or password for the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="156"/>
        <source>{where}: serveren kan ikke nås eller bruges ({err}); den bærbare database er uændret og kan bruges videre offline</source>
        <translation>{where}: the server cannot be reached or used ({err}); the laptop database is unchanged and can still be used offline</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="175"/>
        <source>{path}: den bærbare database findes ikke (tag borgere med ud med checkout først)</source>
        <translation>{path}: the laptop database does not exist (take citizens out with checkout first)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="226"/>
        <source>borger(e) {missing} findes ikke på serveren eller er ikke i din sagsstamme; intet blev taget med ud</source>
        <translation>citizen(s) {missing} do not exist on the server or are not in your caseload; nothing was taken out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="296"/>
        <source>kun sagsbehandlere og administratorer kan tage borgere med ud</source>
        <translation>only caseworkers and administrators can take citizens out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="311"/>
        <source>{laptop_path}: den bærbare database hører til serveren {known}, ikke denne</source>
        <translation>{laptop_path}: the laptop database belongs to the server {known}, not this one</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="323"/>
        <source>ingen borgere at tage med ud (din sagsstamme er tom); angiv --cpr</source>
        <translation>no citizens to take out (your caseload is empty); give --cpr</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="340"/>
        <source>{cpr} er allerede taget med ud af {who} siden {since}; jeres ændringer mødes ved synkroniseringen</source>
        <translation>{cpr} has already been taken out by {who} since {since}; your changes meet at the synchronisation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="513"/>
        <source>{laptop_path}: er ikke en bærbar database fra checkout (ingen server husket)</source>
        <translation>{laptop_path}: is not a laptop database from checkout (no server remembered)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="605"/>
        <source>den bærbare: {kind}</source>
        <translation>the laptop: {kind}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="630"/>
        <source>{cpr}: sat til side: {why}</source>
        <translation>{cpr}: set aside: {why}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="794"/>
        <source>borgeren er ikke længere synlig for dig på serveren (eller slettet); intet er ændret</source>
        <extracomment>(table, column) of the references a conflict can hold, read as people know them</extracomment>
        <translation>the citizen is no longer visible to you on the server (or deleted); nothing has changed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="826"/>
        <source>{cpr} {table}: slettet på serveren, ændret her; sendt igen</source>
        <translation>{cpr} {table}: deleted on the server, changed here; sent again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="898"/>
        <source>en virksomhed oprettet offline skal først oprettes på serveren (ikke bygget endnu)</source>
        <translation>a company created offline must first be created on the server (not built yet)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="906"/>
        <source>en sagsbehandler på den bærbare findes ikke på serveren</source>
        <translation>a caseworker on the laptop does not exist on the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="1030"/>
        <source>--keep skal være her eller server</source>
        <translation>--keep must be her or server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/offline.py" line="1041"/>
        <source>ingen åbne konflikter passer (se dem med sync)</source>
        <translation>no open conflicts match (see them with sync)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="91"/>
        <source>din rolle må ikke ændre borgerens plan</source>
        <translation>your role may not change the citizen&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="92"/>
        <source>din rolle må ikke registrere progressionsmålinger</source>
        <translation>your role may not record progression measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="93"/>
        <source>kun teamledere og administratorer kan lave rapporter</source>
        <translation>only team leads and administrators can make reports</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="94"/>
        <source>kun en administrator kan eksportere hele databasen</source>
        <translation>only an administrator can export the whole database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="95"/>
        <source>kun en administrator kan importere</source>
        <translation>only an administrator can import</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="96"/>
        <source>kun en administrator kan administrere brugere</source>
        <translation>only an administrator can manage users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="97"/>
        <source>kun en administrator kan ændre måleinstrumenter</source>
        <translation>only an administrator can change measurement instruments</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="98"/>
        <source>kun en administrator kan ændre, hvornår en ny måling er på tide</source>
        <translation>only an administrator can change when a new measurement is due</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="101"/>
        <source>kun en administrator kan se revisionssporet</source>
        <translation>only an administrator can see the audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="102"/>
        <source>kun en administrator kan slette gamle logposter</source>
        <translation>only an administrator can delete old log entries</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="103"/>
        <source>kun en administrator kan gendanne en sikkerhedskopi</source>
        <translation>only an administrator can restore a backup</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="104"/>
        <source>kun en administrator kan slette borgere efter opbevaringsreglerne</source>
        <translation>only an administrator can delete citizens under the retention rules</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="123"/>
        <source>din rolle ({role}) må ikke dette</source>
        <translation>your role ({role}) may not do this</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="157"/>
        <source>borgeren er ikke i din sagsstamme; angiv en begrundelse for at åbne sagen</source>
        <translation>the citizen is not in your caseload; give a reason for opening the case</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/permissions.py" line="165"/>
        <location filename="../../planner_gui/storage/postgres.py" line="127"/>
        <source>begrundelsen skal have mindst {min_reason} tegn</source>
        <translation>the reason must have at least {min_reason} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="92"/>
        <source>en anden har gemt ændringer i borgerens plan, efter du åbnede den; dine ændringer er ikke gemt. Luk og åbn borgeren igen for at se den nyeste udgave, og indtast dine ændringer igen</source>
        <translation>someone else has saved changes to the citizen&apos;s plan after you opened it; your changes are not saved. Close and open the citizen again to see the newest version, and enter your changes again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="172"/>
        <location filename="../../planner_gui/services/plans.py" line="299"/>
        <location filename="../../planner_gui/services/plans.py" line="302"/>
        <location filename="../../planner_gui/services/plans.py" line="833"/>
        <location filename="../../planner_gui/storage/postgres.py" line="137"/>
        <source>borgeren findes ikke (den kan være slettet)</source>
        <translation>the citizen does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="413"/>
        <source>{what} er slettet af en anden; en anden har gemt ændringer i borgerens plan, efter du åbnede den; dine ændringer er ikke gemt. Luk og åbn borgeren igen for at se den nyeste udgave, og indtast dine ændringer igen</source>
        <translation>{what} has been deleted by someone else; someone else saved changes to the citizen&apos;s plan after you opened it; your changes have not been saved. Close and reopen the citizen to see the newest version, and enter your changes again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="446"/>
        <source>den valgte medarbejder er ikke en aktiv sagsbehandler</source>
        <translation>the chosen member of staff is not an active caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="536"/>
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="556"/>
        <source>Delmålet «{text}»</source>
        <translation>The sub-goal «{text}»</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="697"/>
        <source>skriv et overdragelsesnotat til den nye sagsbehandler</source>
        <translation>write a handover note to the new caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="700"/>
        <source>overdragelsesnotatet må højst have {max_text} tegn</source>
        <translation>the handover note may have at most {max_text} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="710"/>
        <source>borgeren kan kun overdrages til en aktiv sagsbehandler</source>
        <translation>the citizen can only be handed over to an active caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="715"/>
        <source>{name} er allerede borgerens sagsbehandler</source>
        <translation>{name} is already the citizen&apos;s caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="758"/>
        <source>kun den sagsbehandler, borgeren er overdraget til, kan kvittere for notatet</source>
        <translation>only the caseworker the citizen was handed over to can acknowledge the note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="787"/>
        <source>ukendt notattype {kind!r}</source>
        <translation>unknown note type {kind!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="789"/>
        <source>notatet er tomt</source>
        <translation>the note is empty</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="792"/>
        <source>notatet må højst have {max_text} tegn</source>
        <translation>the note may have at most {max_text} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="859"/>
        <location filename="../../planner_gui/services/plans.py" line="1035"/>
        <source>ukendt målgruppe {target_group!r}</source>
        <translation>unknown target group {target_group!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="862"/>
        <location filename="../../planner_gui/services/plans.py" line="1038"/>
        <source>til-datoen ligger før fra-datoen</source>
        <translation>the to date is before the from date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="874"/>
        <source>den nye ydelse overlapper {label} fra {start} til {end}; afslut den først, eller vælg andre datoer</source>
        <translation>the new benefit overlaps {label} from {start} to {end}; end that one first, or choose other dates</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="880"/>
        <source>den nye ydelse overlapper {label} fra {start} (i gang); afslut den først, eller vælg andre datoer</source>
        <translation>the new benefit overlaps {label} from {start} (ongoing); end that one first, or choose other dates</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="926"/>
        <location filename="../../planner_gui/services/plans.py" line="1138"/>
        <source>ukendt afgangstype {exit_type!r}</source>
        <translation>unknown exit type {exit_type!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="936"/>
        <location filename="../../planner_gui/services/plans.py" line="1153"/>
        <source>ydelsen {label} starter {start}, efter afgangsdatoen {date}</source>
        <translation>the benefit {label} starts {start}, after the exit date {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="970"/>
        <source>skriv en begrundelse for sletningen</source>
        <translation>write a reason for the deletion</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="973"/>
        <source>begrundelsen må højst have {max_deletion_reason} tegn</source>
        <translation>the reason may have at most {max_deletion_reason} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="984"/>
        <source>rækken findes ikke længere (en anden kan have slettet den); luk og åbn borgeren igen for at se forløbet</source>
        <translation>the row no longer exists (someone else may have deleted it); close and open the citizen again to see the course</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="998"/>
        <source>{what} overlapper {label} fra {start} til {end}; ret den først, eller vælg andre datoer</source>
        <translation>{what} overlaps {label} from {start} to {end}; correct that one first, or choose other dates</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="1003"/>
        <source>{what} overlapper {label} fra {start} (i gang); ret den først, eller vælg andre datoer</source>
        <translation>{what} overlaps {label} from {start} (ongoing); correct that one first, or choose other dates</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/plans.py" line="1047"/>
        <source>den rettede ydelse</source>
        <translation>the corrected benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="105"/>
        <source>{folder}: findes allerede; vælg en ny mappe til aktindsigten (intet blev skrevet)</source>
        <translation>{folder}: already exists; choose a new folder for the access request (nothing was written)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="111"/>
        <source>{folder}: mappen {parent} findes ikke</source>
        <translation>{folder}: the folder {parent} does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="167"/>
        <location filename="../../planner_gui/services/privacy.py" line="170"/>
        <source>kunne ikke skrive aktindsigten</source>
        <translation>could not write the access request</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="250"/>
        <source>opbevaringstiden skal være mindst {min_retention_years} år</source>
        <translation>the retention period must be at least {min_retention_years} years</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="340"/>
        <source>angiv en begrundelse for sletningen (fx &apos;opbevaringstid udløbet&apos;)</source>
        <translation>give a reason for the deletion (e.g. &apos;retention period expired&apos;)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="347"/>
        <source>borgeren findes ikke (eller er allerede slettet)</source>
        <translation>the citizen does not exist (or is already deleted)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="352"/>
        <source>borgeren har en igangværende ydelse eller indsats og kan ikke slettes</source>
        <translation>the citizen has an ongoing benefit or effort and cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/privacy.py" line="358"/>
        <source>borgerens sidste aktivitet var {isoformat}; der må først slettes, når den er over {years} år gammel</source>
        <translation>the citizen&apos;s last activity was {isoformat}; deletion is allowed only when it is more than {years} years old</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/reports.py" line="92"/>
        <source>{out}: rapporten skal gemmes som .xlsx</source>
        <translation>{out}: the report must be saved as .xlsx</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/reports.py" line="95"/>
        <source>{out}: er en mappe; angiv et filnavn, fx rapport.xlsx</source>
        <translation>{out}: is a folder; give a file name, e.g. report.xlsx</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/reports.py" line="100"/>
        <source>{out}: mappen {parent} findes ikke</source>
        <translation>{out}: the folder {parent} does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/reports.py" line="104"/>
        <source>{out}: der må ikke skrives i mappen {parent}</source>
        <translation>{out}: writing in the folder {parent} is not allowed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/reports.py" line="171"/>
        <source>rapporten kunne ikke skrives</source>
        <translation>the report could not be written</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="40"/>
        <source>{path}: filen findes allerede; vælg et nyt filnavn (intet blev ændret)</source>
        <translation>{path}: the file already exists; choose a new file name (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="55"/>
        <source>{where}: databasen har allerede brugere</source>
        <translation>{where}: the database already has users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="98"/>
        <source>antal borgere kan ikke være negativt</source>
        <translation>the number of citizens cannot be negative</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="102"/>
        <source>{where}: databasen har allerede borgere; demodata lægges kun i en tom database</source>
        <translation>{where}: the database already has citizens; demo data go into an empty database only</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="214"/>
        <source>demodatabasen kan ikke oprettes</source>
        <translation>the demo database cannot be created</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="230"/>
        <source>{folder}: en anden demo bliver lavet til samme fil lige nu; vent, til den er færdig, eller vælg et andet filnavn (intet blev ændret)</source>
        <translation>{folder}: another demo is being made into the same file right now; wait until it is finished, or choose another file name (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="310"/>
        <source>demodatabasen kan ikke flyttes på plads</source>
        <translation>the demo database cannot be moved into place</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="319"/>
        <source>kun en databasefil kan krypteres (ikke en URL); brug --no-encrypt</source>
        <translation>only a database file can be encrypted (not a URL); use --no-encrypt</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/setup.py" line="325"/>
        <source>{path}: nøglefilen findes allerede; vælg et nyt filnavn (intet blev ændret)</source>
        <translation>{path}: the key file already exists; choose a new file name (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/unlock.py" line="130"/>
        <location filename="../../planner_gui/services/unlock.py" line="205"/>
        <source>angiv initialer og adgangskode</source>
        <translation>give initials and password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/unlock.py" line="139"/>
        <source>{url}: serveren svarer ikke; tjek netværket eller spørg IT (intet er ændret)</source>
        <translation>{url}: the server does not answer; check the network or ask IT (nothing has changed)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/unlock.py" line="248"/>
        <source>gendannelsesnøglen passer ikke til databasen</source>
        <translation>the recovery key does not fit the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/users.py" line="76"/>
        <source>navn mangler</source>
        <translation>name is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/users.py" line="153"/>
        <source>ingen aktiv bruger med initialerne {initials!r}</source>
        <translation>no active user with the initials {initials!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/services/users.py" line="159"/>
        <source>{initials!r} er {role}: gendannelsesnøglen sætter kun en administrators adgangskode; log derefter ind som administrator og sæt de andres</source>
        <translation>{initials!r} is {role}: the recovery key sets an administrator&apos;s password only; then log in as administrator and set the others&apos;</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/backup.py" line="98"/>
        <source>databasen er krypteret, men krypteringsmodulet (sqlcipher3) er ikke installeret</source>
        <translation>the database is encrypted, but the encryption module (sqlcipher3) is not installed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/backup.py" line="296"/>
        <source>{backup}: sikkerhedskopien findes ikke</source>
        <translation>{backup}: the backup does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/backup.py" line="303"/>
        <source>{backup}: sikkerhedskopien er selv beskadiget og kan ikke bruges ({splitlines})</source>
        <translation>{backup}: the backup is itself damaged and cannot be used ({splitlines})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="65"/>
        <source>du har ikke adgang til disse oplysninger i databasen</source>
        <translation>you do not have access to this information in the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="68"/>
        <location filename="../../planner_gui/storage/db.py" line="72"/>
        <source>databaseserveren kender ikke brugeren, eller adgangskoden er forkert</source>
        <translation>the database server does not know the user, or the password is wrong</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="76"/>
        <source>databaseserveren har ikke mere plads; intet blev gemt. Kontakt IT</source>
        <translation>the database server has no more space; nothing was saved. Contact IT</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="80"/>
        <location filename="../../planner_gui/storage/db.py" line="84"/>
        <source>en anden gemte det samme på samme tid; intet blev gemt. Prøv igen</source>
        <translation>someone else saved the same thing at the same time; nothing was saved. Try again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="86"/>
        <source>databasen er optaget af en anden; prøv igen om lidt</source>
        <translation>the database is busy with someone else; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="89"/>
        <source>databaseserveren tager kun imod læsning lige nu (en reserveserver); intet blev gemt</source>
        <translation>the database server accepts reading only right now (a standby server); nothing was saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="95"/>
        <location filename="../../planner_gui/storage/db.py" line="99"/>
        <source>databaseserveren lukker ned; intet blev gemt. Prøv igen om lidt</source>
        <translation>the database server is shutting down; nothing was saved. Try again in a moment</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="103"/>
        <source>databaseserveren er ikke klar endnu; prøv igen om lidt</source>
        <translation>the database server is not ready yet; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="140"/>
        <source>{where}: serveren svarer ikke; tjek netværket eller spørg IT (intet er ændret)</source>
        <translation>{where}: the server does not answer; check the network or ask IT (nothing has changed)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="149"/>
        <source>{where}: databasen er optaget af et andet program (låst); prøv igen om lidt</source>
        <translation>{where}: the database is busy with another program (locked); try again in a moment</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="159"/>
        <source>{where}: der er ikke plads på disken; intet blev gemt. Frigør plads og gem igen</source>
        <translation>{where}: there is no space left on the disk; nothing was saved. Free some space and save again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="167"/>
        <source>{where}: filen er ikke en database (eller er krypteret med en anden nøgle)</source>
        <translation>{where}: the file is not a database (or is encrypted with another key)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="175"/>
        <source>{where}: databasefilen er beskadiget</source>
        <translation>{where}: the database file is damaged</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="181"/>
        <source>{where}: databasen kan kun læses, ikke skrives</source>
        <translation>{where}: the database can only be read, not written</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="187"/>
        <source>{where}: databasefilen kan ikke åbnes</source>
        <translation>{where}: the database file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="193"/>
        <source>{where}: fejl ved læsning eller skrivning af filen (I/O)</source>
        <translation>{where}: error reading or writing the file (I/O)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="208"/>
        <source>{where}: der er ikke plads på disken; intet blev gemt. Frigør plads og prøv igen</source>
        <translation>{where}: there is no space left on the disk; nothing was saved. Free some space and try again</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="216"/>
        <source>{where}: ingen adgang til at skrive filen ({error})</source>
        <translation>{where}: no permission to write the file ({error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="224"/>
        <source>{where}: filen eller mappen findes ikke</source>
        <translation>{where}: the file or folder does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="229"/>
        <source>{where}: fejl ved læsning eller skrivning af filen ({error})</source>
        <translation>{where}: error reading or writing the file ({error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="253"/>
        <source>SQLCipher mangler: databasen kan ikke krypteres; intet blev åbnet</source>
        <translation>SQLCipher is missing: the database cannot be encrypted; nothing was opened</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/db.py" line="274"/>
        <source>SQLCipher (pakken sqlcipher3) mangler: krypterede databaser kan ikke åbnes</source>
        <translation>SQLCipher (the sqlcipher3 package) is missing: encrypted databases cannot be opened</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/precheck.py" line="57"/>
        <source>{path}: databasefilen findes ikke</source>
        <translation>{path}: the database file does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/precheck.py" line="63"/>
        <source>{path}: er en mappe, ikke en databasefil</source>
        <translation>{path}: is a folder, not a database file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/precheck.py" line="72"/>
        <source>{path}: kan ikke læses ({strerror})</source>
        <translation>{path}: cannot be read ({strerror})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/precheck.py" line="82"/>
        <source>{path}: filen er ikke en database, eller den er beskadiget eller krypteret</source>
        <translation>{path}: the file is not a database, or it is damaged or encrypted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/keys.py" line="129"/>
        <source>{where}: nøglefilen til den krypterede database mangler</source>
        <translation>{where}: the key file of the encrypted database is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/keys.py" line="137"/>
        <source>{where}: nøglefilen kan ikke læses ({err})</source>
        <translation>{where}: the key file cannot be read ({err})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/keys.py" line="145"/>
        <source>{where}: er ikke en nøglefil til planlægningsværktøjet</source>
        <translation>{where}: is not a key file of the planning tool</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/keys.py" line="154"/>
        <source>{where}: nøglefilen er beskadiget</source>
        <translation>{where}: the key file is damaged</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/keys.py" line="273"/>
        <source>{path}: nøglefilen findes allerede; vælg et nyt filnavn</source>
        <translation>{path}: the key file already exists; choose a new file name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/migrate.py" line="135"/>
        <source>{where}: filen er en SQLite-database, men ikke en planner-database</source>
        <translation>{where}: the file is an SQLite database, but not a planner database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/migrate.py" line="146"/>
        <source>{where}: filen er lavet af en nyere version af programmet ({current}); opdatér programmet for at åbne den (filen er ikke ændret)</source>
        <translation>{where}: the file was made by a newer version of the program ({current}); update the program to open it (the file is unchanged)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/migrate.py" line="173"/>
        <source>{where}: serverens database er nyere ({current}) end dette program kender; opdatér programmet til den version, jobcentret bruger</source>
        <translation>{where}: the server&apos;s database is newer ({current}) than this program knows; update the program to the version the job centre uses</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/migrate.py" line="188"/>
        <source>{where}: serverens database har en ældre version ({current}) end programmet ({head}); en administrator skal opdatere den med databasens ejer (planner-gui migrate --db URL med ejerens brugernavn og adgangskode)</source>
        <translation>{where}: the server&apos;s database has an older version ({current}) than the program ({head}); an administrator must update it as the database&apos;s owner (planner-gui migrate --db URL with the owner&apos;s user name and password)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/postgres.py" line="51"/>
        <source>initialer {initials!r}: kun bogstaver og cifre (højst 16)</source>
        <translation>initials {initials!r}: letters and digits only (at most 16)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/postgres.py" line="155"/>
        <source>søg på mindst {min_search} tegn</source>
        <translation>search for at least {min_search} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/contact.py" line="38"/>
        <source>telefonnummeret {text!r} skal have 8 cifre, eventuelt med +45 foran (fx {example})</source>
        <translation>the phone number {text!r} must have 8 digits, optionally preceded by +45 (e.g. {example})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/contact.py" line="52"/>
        <source>e-mailadressen {text!r} ser ikke rigtig ud; den skal have formen navn@kommune.dk</source>
        <translation>the e-mail address {text!r} does not look right; it must have the form name@kommune.dk</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="346"/>
        <source>intet</source>
        <extracomment>In ``kategorier``, this word stands for the seven company-based effort categories. How a population is counted (``population.opgoerelse``, CONTRACT.md section 3): distinct persons over the period (the default), the stock on the period&apos;s last day, or full-time persons (days covered / days of the period). The measures that may be counted in full-time persons: their value is the full-time figure itself. Measure types and their parameters (CONTRACT.md section 3). Order is the contract&apos;s. Measures whose value may be negative (everything else is a share, count, duration or mean of counts).</extracomment>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="348"/>
        <source>{value} (ja/nej)</source>
        <translation>{value} (yes/no)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="350"/>
        <source>en tabel med nøgler</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="352"/>
        <source>en liste</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="364"/>
        <source>øverste niveau</source>
        <translation>top level</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="371"/>
        <source>{where}: ukendt nøgle {key!r} (tilladt: {allowed})</source>
        <translation>{where}: unknown key {key!r} (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="379"/>
        <source>{where}: den påkrævede nøgle {key!r} mangler</source>
        <translation>{where}: missing required key {key!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="386"/>
        <source>{where}: nøglen {key!r} står to gange</source>
        <translation>{where}: key {key!r} appears twice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="395"/>
        <source>{name}: skal være tekst, der ikke er tom, ikke {value}</source>
        <translation>{name}: must be non-empty text, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="406"/>
        <source>{where}.{key}: skal være et tal, ikke {value} (skriv en brøk som 0.32, uden %)</source>
        <translation>{where}.{key}: must be a number, not {value} (write a fraction such as 0.32, without %)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="410"/>
        <source>{where}.{key}: skal være et tal, ikke {value}</source>
        <translation>{where}.{key}: must be a number, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="417"/>
        <source>{where}.{key}: skal være et endeligt tal, ikke {value!r}</source>
        <translation>{where}.{key}: must be a finite number, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="433"/>
        <source>{where}.{key}: skal være en liste af {what}-koder, ikke {value}</source>
        <translation>{where}.{key}: must be a list of {what} codes, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="441"/>
        <source>{where}.{key}: skal nævne mindst én {what}-kode</source>
        <translation>{where}.{key}: must list at least one {what} code</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="452"/>
        <source>{where}.{key}[{index}]: ukendt {what}-kode {item!r} (kendte: {known})</source>
        <translation>{where}.{key}[{index}]: unknown {what} code {item!r} (known: {known})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="460"/>
        <source>{where}.{key}[{index}]: {what}-koden {item!r} står to gange</source>
        <translation>{where}.{key}[{index}]: {what} code {item!r} is listed twice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="480"/>
        <source>{where}: skal være en tabel med nøgler, ikke {value}</source>
        <translation>{where}: must be a mapping, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="493"/>
        <source>målgruppe</source>
        <translation>target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="513"/>
        <source>{where}.opgoerelse: skal være en af {allowed}, ikke {value}</source>
        <translation>{where}.opgoerelse: must be one of {allowed}, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="531"/>
        <source>{where}.alder: skal være [fra, til], to hele antal år, ikke {value}</source>
        <translation>{where}.alder: must be [from, to], two whole numbers of years, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="540"/>
        <source>{where}.alder: alderen skal ligge inden for 0..130, ikke [{low}, {high}]</source>
        <translation>{where}.alder: ages must lie within 0..130, not [{low}, {high}]</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="548"/>
        <source>{where}.alder: den første alder må ikke være større end den anden, ikke [{low}, {high}]</source>
        <translation>{where}.alder: the first age must not exceed the second, not [{low}, {high}]</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="562"/>
        <source>{where}: skal være en tabel med nøglen &apos;type&apos;, ikke {value}</source>
        <translation>{where}: must be a mapping with a &apos;type&apos;, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="573"/>
        <source>{where}: den påkrævede nøgle &apos;type&apos; mangler (en af: {types})</source>
        <translation>{where}: missing required key &apos;type&apos; (one of: {types})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="581"/>
        <source>{where}.type: ukendt måltype {value} (kendte: {types})</source>
        <translation>{where}.type: unknown measure type {value} (known: {types})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="590"/>
        <location filename="../../planner_gui/domain/goals.py" line="855"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="593"/>
        <source>{where}: ukendt parameter {key!r} for måltypen {kind} (parametre: {expected})</source>
        <translation>{where}: unknown parameter {key!r} for measure type {kind} (parameters: {expected})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="604"/>
        <source>{where}: måltypen {kind} kræver parameteren {name!r}</source>
        <translation>{where}: measure type {kind} needs the parameter {name!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="621"/>
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="623"/>
        <source>afgangstype</source>
        <translation>exit type</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="636"/>
        <source>{where}.{key}: skal være et positivt tal, ikke {value!r}</source>
        <translation>{where}.{key}: must be a positive number, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="645"/>
        <source>{where}.{key}: skal være true eller false, ikke {value}</source>
        <translation>{where}.{key}: must be true or false, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="654"/>
        <source>{where}.{key}: en andel skal ligge inden for 0..1 (skriv 32 % som 0.32), ikke {value!r}</source>
        <translation>{where}.{key}: a share must lie within 0..1 (write 32 % as 0.32), not {value!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="661"/>
        <source>{where}.{key}: må ikke være negativ for {measure}, ikke {value!r}</source>
        <translation>{where}.{key}: must not be negative for {measure}, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="672"/>
        <source>{where}: skal være en tabel med nøglerne {keys}, ikke {value}</source>
        <translation>{where}: must be a mapping with the keys {keys}, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="679"/>
        <source>mål {id}</source>
        <translation>goal {id}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="688"/>
        <source>{where}: målets id {id!r} står to gange (først brugt i linje {line})</source>
        <translation>{where}: duplicate goal id {id!r} (first used on line {line})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="702"/>
        <source>{where}.population.opgoerelse: fuldtid er kun tilladt med målene {measures}, ikke {measure}</source>
        <translation>{where}.population.opgoerelse: fuldtid is allowed only with the measures {measures}, not {measure}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="713"/>
        <source>{where}.retning: skal være op eller ned, ikke {value}</source>
        <translation>{where}.retning: must be op or ned, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="733"/>
        <source>filen er tom; forventede nøglerne {keys}</source>
        <translation>the file is empty; expected the keys {keys}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="741"/>
        <source>filen skal være en tabel med nøglerne {keys}, ikke {value}</source>
        <translation>the file must be a mapping with the keys {keys}, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="756"/>
        <source>goals: skal være en liste af mål, ikke {value}</source>
        <translation>goals: must be a list of goals, not {value}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="761"/>
        <source>goals: listen er tom; en målfil skal have mindst ét mål</source>
        <translation>goals: the list is empty; a goal file needs at least one goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="795"/>
        <source>ikke en gyldig målfil</source>
        <translation>not a valid goal file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="801"/>
        <source>ugyldig YAML: {reason}</source>
        <translation>invalid YAML: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="816"/>
        <source>filen kan ikke læses: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="822"/>
        <source>filen er ikke UTF-8-tekst (gem den som UTF-8)</source>
        <translation>the file is not UTF-8 text (save it as UTF-8)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/goals.py" line="856"/>
        <source>målfilen findes ikke, og programmet har ingen målfil med det navn (medfølgende: {known})</source>
        <translation>no such goal file, and no shipped goal file of that name (shipped: {known})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="92"/>
        <source>delen indeholder en DTD/entitetserklæring (XML-bombe eller ekstern entitet)</source>
        <translation>the part holds a DTD/entity declaration (XML bomb or external entity)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="127"/>
        <source>ugyldig XML i linje {line}, kolonne {column}: {error}</source>
        <translation>invalid XML on line {line}, column {column}: {error}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="130"/>
        <source>delen {part}: ugyldig XML i linje {line}, kolonne {column}: {error}</source>
        <translation>the part {part}: invalid XML on line {line}, column {column}: {error}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="136"/>
        <source>delen {part} er beskadiget ({error})</source>
        <translation>the part {part} is damaged ({error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="147"/>
        <source>delen {part} kan ikke læses ({kind}: {error})</source>
        <translation>the part {part} cannot be read ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="158"/>
        <source>{what} ({part}) fylder {size:.0f} MB udpakket, over grænsen på {limit} MB</source>
        <translation>{what} ({part}) takes {size:.0f} MB unpacked, over the limit of {limit} MB</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="234"/>
        <source>tekst nr. {number} er længere end Excels grænse på {limit} tegn</source>
        <translation>text no. {number} is longer than Excel&apos;s limit of {limit} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="314"/>
        <source>projektmappens del {part} mangler</source>
        <translation>the workbook&apos;s part {part} is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="330"/>
        <source>projektmappens del</source>
        <translation>the workbook&apos;s part</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="339"/>
        <source>arket {sheet!r} peger på en relation ({relation}) som ikke findes</source>
        <translation>the sheet {sheet!r} points to a relationship ({relation}) that does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="348"/>
        <source>arket {sheet!r} bruger samme del ({part}) som et andet ark</source>
        <translation>the sheet {sheet!r} uses the same part ({part}) as another sheet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="354"/>
        <source>projektmappen har flere end {limit} ark</source>
        <translation>the workbook has more than {limit} sheets</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="410"/>
        <source>{where}: er en mappe, ikke en Excel-fil</source>
        <translation>{where}: is a folder, not an Excel file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="414"/>
        <source>{where}: filen findes ikke</source>
        <translation>{where}: the file does not exist</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="418"/>
        <source>{where}: filen kan ikke åbnes ({error})</source>
        <translation>{where}: the file cannot be opened ({error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="437"/>
        <source>er en mappe, ikke en almindelig fil; vælg en Excel-fil (.xlsx)</source>
        <translation>is a folder, not a regular file; choose an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="439"/>
        <source>er en navngiven pipe (FIFO), ikke en almindelig fil; vælg en Excel-fil (.xlsx)</source>
        <translation>is a named pipe (FIFO), not a regular file; choose an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="443"/>
        <source>er en enhed (device), ikke en almindelig fil; vælg en Excel-fil (.xlsx)</source>
        <translation>is a device, not a regular file; choose an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="447"/>
        <source>er en socket, ikke en almindelig fil; vælg en Excel-fil (.xlsx)</source>
        <translation>is a socket, not a regular file; choose an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="448"/>
        <source>er ikke en almindelig fil; vælg en Excel-fil (.xlsx)</source>
        <translation>is not a regular file; choose an Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="701"/>
        <source>ugyldig cellereference {ref!r}</source>
        <translation>invalid cell reference {ref!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="711"/>
        <source>kolonne {column} ligger uden for Excels grænse på {limit} kolonner</source>
        <translation>column {column} lies beyond Excel&apos;s limit of {limit} columns</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="718"/>
        <source>rækken har flere end {limit} celler</source>
        <translation>the row has more than {limit} cells</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="735"/>
        <source>en række står inde i en anden række</source>
        <translation>a row stands inside another row</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="749"/>
        <source>{number!r} er ikke et gyldigt rækkenummer</source>
        <translation>{number!r} is not a valid row number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="759"/>
        <source>rækkenummer {number} ligger uden for Excels grænse på {limit} rækker</source>
        <translation>row number {number} lies beyond Excel&apos;s limit of {limit} rows</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="766"/>
        <source>rækkenummer {number} står efter række {previous}; rækkerne skal stå i orden</source>
        <translation>row number {number} comes after row {previous}; the rows must be in order</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="797"/>
        <source>ugyldigt område i &lt;dimension&gt;: {ref!r}</source>
        <translation>invalid range in &lt;dimension&gt;: {ref!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="808"/>
        <source>projektmappen har flere end {limit} celler, mere end én import kan læse; del den op i flere filer</source>
        <translation>the workbook has more than {limit} cells, more than one import can read; split it into several files</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="847"/>
        <source>cellen er længere end Excels grænse på {limit} tegn</source>
        <translation>the cell is longer than Excel&apos;s limit of {limit} characters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="862"/>
        <source>værdien {value!r} (type {type!r}) kan ikke læses: {error}</source>
        <translation>the value {value!r} (type {type!r}) cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="895"/>
        <source>tekst nr. {number} findes ikke i tabellen med tekster ({count} tekster)</source>
        <translation>text no. {number} does not exist in the table of texts ({count} texts)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/fastread.py" line="1280"/>
        <source>arket kan ikke læses ({kind}: {error})</source>
        <translation>the sheet cannot be read ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="64"/>
        <source>{reason}; intet blev importeret</source>
        <translation>{reason}; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="77"/>
        <source>{where}: projektmappen er beskyttet med en adgangskode (krypteret), så den kan ikke læses; åbn den i Excel, fjern adgangskoden (Filer &gt; Info &gt; Beskyt projektmappe &gt; Krypter med adgangskode) og gem den som Excel-projektmappe (.xlsx); intet blev importeret</source>
        <translation>{where}: the workbook is protected with a password (encrypted), so it cannot be read; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password) and save it as an Excel workbook (.xlsx); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="86"/>
        <source>{where}: filen er en gammel Excel-fil (.xls, Excel 97-2003) eller en adgangskodebeskyttet projektmappe; gem den i Excel uden adgangskode som Excel-projektmappe (.xlsx); intet blev importeret</source>
        <translation>{where}: the file is an old Excel file (.xls, Excel 97-2003) or a password-protected workbook; save it in Excel without a password as an Excel workbook (.xlsx); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="95"/>
        <source>{where}: filen er ufuldstændig eller beskadiget (afkortet zip-fil); intet blev importeret</source>
        <translation>{where}: the file is incomplete or damaged (truncated zip file); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="101"/>
        <source>{where}: filen er ikke en Excel-projektmappe (.xlsx); intet blev importeret</source>
        <translation>{where}: the file is not an Excel workbook (.xlsx); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="112"/>
        <source>{where}: filen er en zip-fil, men ikke en Excel-projektmappe (.xlsx)</source>
        <translation>{where}: the file is a zip file, but not an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="120"/>
        <source>{where}: filen er beskadiget og kan ikke læses ({error}); intet blev importeret</source>
        <translation>{where}: the file is damaged and cannot be read ({error}); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="129"/>
        <source>{where}: filen har for mange dele ({count}); den afvises som mistænkelig</source>
        <translation>{where}: the file has too many parts ({count}); it is refused as suspicious</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="138"/>
        <source>{where}: delen {part} er for stor udpakket; filen afvises</source>
        <translation>{where}: the part {part} is too large unpacked; the file is refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="144"/>
        <source>{where}: delen {part} pakker ud til {size} MB fra {packed} kB (zip-bombe?); filen afvises</source>
        <translation>{where}: the part {part} unpacks to {size} MB from {packed} kB (zip bomb?); the file is refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="156"/>
        <source>{where}: tabellen med tekster (sharedStrings) fylder {size} MB udpakket, over grænsen på {limit} MB; filen afvises</source>
        <translation>{where}: the table of texts (sharedStrings) takes {size} MB unpacked, over the limit of {limit} MB; the file is refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="164"/>
        <source>{where}: filen pakker ud til over {limit} MB; filen afvises</source>
        <translation>{where}: the file unpacks to more than {limit} MB; the file is refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/guard.py" line="179"/>
        <source>{where}: delen {part} indeholder en DTD/entitetserklæring (XML-bombe eller ekstern entitet); filen afvises</source>
        <translation>{where}: the part {part} holds a DTD/entity declaration (XML bomb or external entity); the file is refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="159"/>
        <source>{path}: filen kan ikke læses som Excel-projektmappe ({error})</source>
        <translation>{path}: the file cannot be read as an Excel workbook ({error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="171"/>
        <source>{sheet}: ukendt ark (kendte ark: {known})</source>
        <translation>{sheet}: unknown sheet (known sheets: {known})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="181"/>
        <source>{path}: {reason}; intet blev importeret</source>
        <translation>{path}: {reason}; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="189"/>
        <source>{path}: filen er beskadiget og kan ikke læses ({kind}: {error})</source>
        <translation>{path}: the file is damaged and cannot be read ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="199"/>
        <source>{path}: filen kan ikke læses sikkert ({kind}: {error})</source>
        <translation>{path}: the file cannot be read safely ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="237"/>
        <source>{sheet}!1 {column}: ukendt kolonne (forventet: {expected})</source>
        <translation>{sheet}!1 {column}: unknown column (expected: {expected})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="240"/>
        <source>(tom)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="247"/>
        <source>{sheet}!1 {column}: kolonnen mangler</source>
        <translation>{sheet}!1 {column}: the column is missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="253"/>
        <source>{sheet}!1: en kolonne står to gange</source>
        <translation>{sheet}!1: a column appears twice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="283"/>
        <source>{sheet}!{row}: værdier uden for kolonnerne</source>
        <translation>{sheet}!{row}: values outside the columns</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="317"/>
        <source>forventede tekst, ikke decimaltallet {value!r}</source>
        <translation>expected text, not the decimal number {value!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="341"/>
        <source>for lang (højst {max_len} tegn)</source>
        <translation>too long (at most {max_len} characters)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="349"/>
        <source>ukendt kode {code!r} (tilladt: {allowed})</source>
        <translation>unknown code {code!r} (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="394"/>
        <source>dato mangler</source>
        <translation>date missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="399"/>
        <source>{value} er et tidspunkt, ikke en dato</source>
        <translation>{value} is a point in time, not a date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="411"/>
        <source>{value!r} er ikke en gyldig dato</source>
        <translation>{value!r} is not a valid date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="414"/>
        <source>{value!r} er ikke en dato (brug en Excel-dato eller ÅÅÅÅ-MM-DD)</source>
        <translation>{value!r} is not a date (use an Excel date or YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="429"/>
        <source>måned mangler</source>
        <translation>month missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="430"/>
        <source>{value!r} er ikke en måned (brug ÅÅÅÅ-MM)</source>
        <translation>{value!r} is not a month (use YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="436"/>
        <source>tal mangler</source>
        <translation>number missing</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="441"/>
        <source>{value} er urimeligt stort</source>
        <translation>{value} is unreasonably large</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="454"/>
        <source>{value!r} er negativ</source>
        <translation>{value!r} is negative</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="465"/>
        <source>{start}…({length} tegn)</source>
        <translation>{start}…({length} characters)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="469"/>
        <source>{value!r} er ikke et tal</source>
        <translation>{value!r} is not a number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="473"/>
        <source>{value!r} er urimeligt stort</source>
        <translation>{value!r} is unreasonably large</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="477"/>
        <source>{value!r} er ikke et helt tal</source>
        <translation>{value!r} is not a whole number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="490"/>
        <source>{end} ligger før fra ({start})</source>
        <translation>{end} lies before fra ({start})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="621"/>
        <source>{initials!r} står flere gange med forskellige oplysninger</source>
        <translation>{initials!r} appears several times with different details</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="638"/>
        <source>{cvr} står flere gange med forskellige oplysninger</source>
        <translation>{cvr} appears several times with different details</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="656"/>
        <source>{cpr} står flere gange med forskellige navne</source>
        <translation>{cpr} appears several times with different names</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="683"/>
        <source>borgeren {cpr} findes hverken i arket borgere eller i databasen</source>
        <translation>the citizen {cpr} is neither in the sheet borgere nor in the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="788"/>
        <source>virksomheden {cvr} findes hverken i arket virksomheder eller i databasen</source>
        <translation>the company {cvr} is neither in the sheet virksomheder nor in the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="799"/>
        <source>{hours:g} timer pr. uge er flere end ugen har</source>
        <translation>{hours:g} hours per week is more than a week has</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="817"/>
        <source>{hours:g} timer er flere end en måned har</source>
        <translation>{hours:g} hours is more than a month has</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="857"/>
        <source>ukendt instrument {instrument!r} (databasen har: {known})</source>
        <translation>unknown instrument {instrument!r} (the database has: {known})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="866"/>
        <source>instrumentet {instrument!r} har ingen dimension {dimension!r}</source>
        <translation>the instrument {instrument!r} has no dimension {dimension!r}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="877"/>
        <source>{score} ligger uden for skalaen {low}-{high}</source>
        <translation>{score} lies outside the scale {low}-{high}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="905"/>
        <source>planen for {cpr} står flere gange med forskellige oplysninger</source>
        <translation>the plan for {cpr} appears several times with different details</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="923"/>
        <source>{deadline} ligger før start ({start})</source>
        <translation>{deadline} lies before start ({start})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="934"/>
        <source>delmål nr. {nr} for {cpr} står flere gange med forskellige oplysninger</source>
        <translation>sub-goal no. {nr} for {cpr} appears several times with different details</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="1054"/>
        <source>{value!r} skal være 1 eller derover</source>
        <translation>{value!r} must be 1 or more</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="1069"/>
        <source>medarbejderen {initials!r} findes hverken i arket medarbejdere eller i databasen</source>
        <translation>the staff member {initials!r} is neither in the sheet medarbejdere nor in the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/interchange/read.py" line="1281"/>
        <source>{initials!r} er den sidste administrator, der kan logge ind, og kan ikke gøres til {role}; giv først en anden bruger med adgangskode rollen administrator</source>
        <translation>{initials!r} is the last administrator who can log in and cannot be made {role}; first give another user with a password the role administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/files.py" line="49"/>
        <source>der er ikke plads på disken</source>
        <translation>there is no space left on the disk</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/files.py" line="51"/>
        <source>filsystemet er skrivebeskyttet</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/files.py" line="53"/>
        <source>ingen skriveadgang</source>
        <translation>no write permission</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/files.py" line="57"/>
        <source>kunne ikke skrive filen</source>
        <translation>could not write the file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/files.py" line="59"/>
        <source>{where}: {what} ({why}); intet blev gemt</source>
        <translation>{where}: {what} ({why}); nothing was saved</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="48"/>
        <source>filen er tom (0 byte); den blev måske kun kopieret halvt</source>
        <translation>the file is empty (0 bytes); perhaps it was only half copied</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="49"/>
        <source>filen består af nul-bytes; indholdet er gået tabt</source>
        <translation>the file consists of zero bytes; its contents are lost</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="50"/>
        <source>filen er afkortet (mangler sin sidste del); den blev måske kun kopieret halvt</source>
        <translation>the file is truncated (its last part is missing); perhaps it was only half copied</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="53"/>
        <source>databasefilen er beskadiget</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="54"/>
        <source>filen er ikke en database fra planner (eller den er krypteret med en anden nøgle)</source>
        <translation>the file is not a planner database (or it is encrypted with another key)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="75"/>
        <source>Den nyeste sikkerhedskopi er fra {date} kl. {time}; vælg &apos;Gendan fra sikkerhedskopi&apos; for at bruge den.</source>
        <translation>The newest backup is from {date} at {time}; choose &apos;Restore from backup&apos; to use it.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="81"/>
        <source>Der findes ingen sikkerhedskopi af filen.</source>
        <translation>There is no backup of the file.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="87"/>
        <source>Den beskadigede fil bliver ikke ændret.</source>
        <translation>The damaged file is not changed.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/recovery.py" line="152"/>
        <source>{path}: der findes ingen sikkerhedskopi at gendanne fra</source>
        <translation>{path}: there is no backup to restore from</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="163"/>
        <source>første post peger ikke på kædens begyndelse</source>
        <translation>the first entry does not point to the start of the chain</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="167"/>
        <source>post 1..{last} mangler, og ingen sletningspost (purge) dækker dem</source>
        <translation>entries 1..{last} are missing, and no purge entry covers them</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="174"/>
        <source>forrige hash passer ikke (en post før denne er ændret eller slettet)</source>
        <translation>the previous hash does not match (an entry before this one was changed or deleted)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="181"/>
        <source>post {first}..{last} mangler (slettet)</source>
        <translation>entries {first}..{last} are missing (deleted)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="187"/>
        <source>indholdet er ændret efter det blev skrevet</source>
        <translation>the content was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="208"/>
        <source>tilladelsen til at slette logposter op til post {seq} (audit_purges nr. {id}) svarer ikke til nogen sletningspost (purge) i kæden: den er indsat uden om appen, og poster kan være slettet med den</source>
        <translation>the permit to delete log entries up to entry {seq} (audit_purges no. {id}) matches no purge entry in the chain: it was inserted behind the app&apos;s back, and entries may have been deleted with it</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="242"/>
        <source>den ender nu ved post {last}</source>
        <translation>it now ends at entry {last}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="244"/>
        <source>den er nu tom</source>
        <translation>it is now empty</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="246"/>
        <source>loggen er afkortet: ankeret skrevet {written} viser at post {seq} fandtes; {end}</source>
        <translation>the log was cut off: the anchor written {written} shows that entry {seq} existed; {end}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="251"/>
        <source>loggen er omskrevet (eller afkortet og skrevet videre): posten er ikke den, der blev forankret {written}</source>
        <translation>the log was rewritten (or cut off and continued): the entry is not the one anchored {written}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="257"/>
        <source>loggen er omskrevet: sletningsposten (purge) passer ikke med ankeret skrevet {written}</source>
        <translation>the log was rewritten: the purge entry does not match the anchor written {written}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="263"/>
        <source>sidste anker der stadig passer: post {seq}, skrevet {written}</source>
        <translation>last anchor that still matches: entry {seq}, written {written}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="267"/>
        <source>intet tidligere anker passer</source>
        <translation>no earlier anchor matches</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/audit.py" line="269"/>
        <source>{why} ({since}; ankerfil {source}, linje {line})</source>
        <translation>{why} ({since}; anchor file {source}, line {line})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/anchors.py" line="134"/>
        <source>{path}: kan ikke læses (ikke tekst i UTF-8)</source>
        <translation>{path}: cannot be read (not UTF-8 text)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/anchors.py" line="139"/>
        <source>{path}: kan ikke læses ({reason})</source>
        <translation>{path}: cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/anchors.py" line="162"/>
        <source>{path} linje {number}: ikke et gyldigt anker</source>
        <translation>{path} line {number}: not a valid anchor</translation>
    </message>
    <message>
        <location filename="../../planner_gui/storage/sync.py" line="173"/>
        <source>{table} {row}: rækken blev ændret af en anden under synkroniseringen</source>
        <translation>{table} {row}: the row was changed by someone else during the synchronisation</translation>
    </message>
</context>
<context>
    <name>MinPlan</name>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="37"/>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="38"/>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="39"/>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="40"/>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="41"/>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="42"/>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="43"/>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="46"/>
        <source>ikke startet endnu</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="47"/>
        <source>i gang</source>
        <translation>under way</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="48"/>
        <source>nået</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/printout.py" line="49"/>
        <source>droppet</source>
        <translation>dropped</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="364"/>
        <source>Nyt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="367"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="368"/>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="372"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="373"/>
        <source>&amp;Notat:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="374"/>
        <source>Gem notat</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="379"/>
        <source>Notatet er tomt.</source>
        <translation>The note is empty.</translation>
    </message>
</context>
<context>
    <name>OccasionList</name>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="177"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="178"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="179"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="180"/>
        <source>Gns. borger</source>
        <translation>Avg. citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="181"/>
        <source>Gns. sagsbeh.</source>
        <translation>Avg. caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="182"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="281"/>
        <location filename="../../planner_gui/ui/offline.py" line="311"/>
        <source>&amp;Synkroniser</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="285"/>
        <source>&amp;Tjek ind</source>
        <translation>Check &amp;in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="288"/>
        <source>Synkroniser, frigiv borgerne på serveren og fjern dem fra den bærbare kopi</source>
        <translation>Synchronise, release the citizens on the server and remove them from the laptop copy</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="299"/>
        <source>Bærbar kopi uden borgere: alle er tjekket ind</source>
        <translation>Laptop copy without citizens: all are checked in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="295"/>
        <source>Offline: arbejder på en bærbar kopi siden {since} ({n} borgere)</source>
        <translation>Offline: working on a laptop copy since {since} ({n} citizens)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="303"/>
        <source>{n} konflikter venter på dit valg</source>
        <translation>{n} conflicts await your choice</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="305"/>
        <source>{n} borgere sat til side ved sidste synkronisering</source>
        <translation>{n} citizens set aside at the last synchronisation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="307"/>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/offline.py" line="311"/>
        <source>Synkroniserer …</source>
        <translation>Synchronising …</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="199"/>
        <source>Ny adgangskode til {initials}</source>
        <translation>New password for {initials}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="205"/>
        <source>&amp;Gem adgangskode</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="205"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="141"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="149"/>
        <source>Borgerens eget mål</source>
        <translation>The citizen&apos;s own goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="144"/>
        <source>Med borgerens egne ord</source>
        <translation>In the citizen&apos;s own words</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="155"/>
        <source>Hvad vil du gerne? Skriv borgerens mål, som borgeren siger det.</source>
        <translation>What would you like? Write the citizen&apos;s goal as the citizen says it.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="164"/>
        <source>Fx: Lager og logistik, eller en erhvervsuddannelse</source>
        <translation>E.g.: Warehouse and logistics, or a vocational education</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="175"/>
        <source>Vælges sammen med borgeren. Skiftet gælder fra i dag.</source>
        <translation>Chosen together with the citizen. The change applies from today.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="176"/>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="179"/>
        <source>&amp;Job- eller uddannelsesmål:</source>
        <translation>&amp;Job or education goal:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="180"/>
        <source>&amp;Næste skridt:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="181"/>
        <source>Næste &amp;møde:</source>
        <translation>Next &amp;meeting:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="182"/>
        <source>&amp;Koordinerende sagsbehandler:</source>
        <translation>&amp;Coordinating caseworker:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="186"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="189"/>
        <source>Delmål</source>
        <translation>Sub-goals</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="189"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="226"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="189"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="223"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="189"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="194"/>
        <source>Nyt &amp;delmål…</source>
        <translation>New &amp;sub-goal…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="196"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="235"/>
        <source>Redigér…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="197"/>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="236"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="198"/>
        <source>Flyt op</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="200"/>
        <source>Flyt det valgte delmål et trin op (Ctrl+Pil op)</source>
        <translation>Move the selected sub-goal up one place (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="201"/>
        <source>Flyt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="203"/>
        <source>Flyt det valgte delmål et trin ned (Ctrl+Pil ned)</source>
        <translation>Move the selected sub-goal down one place (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="216"/>
        <source>Indsatser (alle forvaltninger)</source>
        <translation>Efforts (all departments)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="220"/>
        <source>Indsats</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="221"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="222"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="224"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="225"/>
        <source>Timer/uge</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="233"/>
        <source>Ny indsat&amp;s…</source>
        <translation>New eff&amp;ort…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="351"/>
        <source>(tidligere medarbejder)</source>
        <translation>(former employee)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="372"/>
        <source>Ikke gemt endnu</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="414"/>
        <source>eget mål</source>
        <translation>own goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="415"/>
        <source>job- og uddannelsesmål</source>
        <translation>job and education goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="416"/>
        <source>næste skridt</source>
        <translation>next step</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="426"/>
        <source>næste møde</source>
        <translation>next meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="434"/>
        <source>koordinerende sagsbehandler</source>
        <translation>coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="449"/>
        <source>nyt delmål</source>
        <translation>new sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="462"/>
        <source>ændring af delmål</source>
        <translation>change of sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="470"/>
        <source>sletning af delmål</source>
        <translation>deletion of sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="480"/>
        <source>flytning af delmål</source>
        <translation>moving a sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="491"/>
        <source>ny indsats</source>
        <translation>new effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="504"/>
        <source>ændring af indsats</source>
        <translation>change of effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="512"/>
        <source>sletning af indsats</source>
        <translation>deletion of effort</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="281"/>
        <source>Signaturforklaring</source>
        <extracomment>Okabe-Ito: distinguishable for colour-blind readers, and of different greys when printed. Min plan shows the chart about 16.4 cm wide (printout.py: 620 of the document&apos;s 96-dpi pixels), from a PNG about 900 pixels wide: one image pixel prints at ~0.52 pt, so the axes&apos; text of the printed chart is 18 px (~9.3 pt). Its legend is not in the image but text below it (:func:`legend_html`), at the size of the printout&apos;s own text. Above this many points per line, lines are drawn without antialiasing and dimension lines without symbols (the symbols would overlap anyway); the rater&apos;s line style (solid / dashed) still tells them apart.</extracomment>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="336"/>
        <source>Gennemsnit</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="358"/>
        <source>Ingen målinger endnu</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="420"/>
        <source>Begge</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="443"/>
        <source>Gennemsnit af dimensioner</source>
        <translation>Average of dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="445"/>
        <source>Borgeren (fuld linje ●)</source>
        <translation>The citizen (solid line ●)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="445"/>
        <source>Sagsbehandleren (stiplet ▽)</source>
        <translation>The caseworker (dashed ▽)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="453"/>
        <source>Udgangspunkt {date}</source>
        <translation>Baseline {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="468"/>
        <location filename="../../planner_gui/ui/progress/chart.py" line="537"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="524"/>
        <source>Begge bedømmere (gennemsnit)</source>
        <translation>Both raters (average)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="526"/>
        <source>Borgerens vurdering</source>
        <translation>The citizen&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="528"/>
        <source>Sagsbehandlerens vurdering</source>
        <translation>The caseworker&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="529"/>
        <source>Første måling af hver dimension</source>
        <translation>First measurement of each dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/chart.py" line="530"/>
        <source>Seneste måling af hver dimension</source>
        <translation>Latest measurement of each dimension</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="259"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="260"/>
        <source>Over tid</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="261"/>
        <source>Før og nu</source>
        <translation>Then and now</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="267"/>
        <source>Scorer over tid for hver dimension og gennemsnittet</source>
        <translation>Scores over time for each dimension and the average</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="268"/>
        <source>Første og seneste måling side om side</source>
        <translation>First and latest measurement side by side</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="270"/>
        <source>Bedømmer</source>
        <translation>Rater</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="272"/>
        <source>Begge bedømmere</source>
        <translation>Both raters</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="273"/>
        <source>Borgeren</source>
        <translation>The citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="274"/>
        <source>Sagsbehandleren</source>
        <translation>The caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="278"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="279"/>
        <source>Ny måling…</source>
        <translation>New measurement…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="280"/>
        <source>Registrér en progressionsmåling sammen med borgeren (Ctrl+M)</source>
        <translation>Register a progression measurement together with the citizen (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="287"/>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="302"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="467"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="476"/>
        <source>Ændring siden første måling</source>
        <translation>Change since first measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="318"/>
        <source>Ret måling…</source>
        <translation>Edit measurement…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="319"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="522"/>
        <source>Slet måling</source>
        <translation>Delete measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="320"/>
        <location filename="../../planner_gui/ui/progress/panel.py" line="417"/>
        <source>Målinger</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="431"/>
        <source>Borgeren har ingen progressionsmålinger endnu. Lav den første sammen med borgeren: den bliver udgangspunktet.</source>
        <translation>The citizen has no progression measurements yet. Make the first one together with the citizen: it becomes the baseline.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="436"/>
        <source>Seneste progressionsmåling er {days} dage gammel (mere end {threshold} dage). Tid til en ny måling sammen med borgeren.</source>
        <translation>The latest progression measurement is {days} days old (more than {threshold} days). Time for a new measurement together with the citizen.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="452"/>
        <source>Alle dimensioner</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="469"/>
        <source>{first} → {last}, {n} målinger</source>
        <translation>{first} → {last}, {n} measurements</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="476"/>
        <source>Ingen målinger endnu.</source>
        <translation>No measurements yet.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="523"/>
        <source>Slet målingen fra {date} ({n} scores)?
Sletningen logges.</source>
        <translation>Delete the measurement of {date} ({n} scores)?
The deletion is logged.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="538"/>
        <source>Målingen blev ikke slettet</source>
        <translation>The measurement was not deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/panel.py" line="542"/>
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
        <location filename="../../planner_gui/ui/reports_view.py" line="262"/>
        <source>Åbn målfil…</source>
        <translation>Open goal file…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="266"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="267"/>
        <source>Sidste år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="268"/>
        <source>Sidste halvår</source>
        <translation>Last half-year</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="270"/>
        <source>Beregn</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="271"/>
        <source>Eksportér…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="272"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="294"/>
        <source>Beskæftigelsesplan:</source>
        <translation>Employment plan:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="298"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="334"/>
        <source>Kun teamledere og administratorer kan lave rapporter.</source>
        <translation>Only team leads and administrators can make reports.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="353"/>
        <source>Periodens start ligger efter dens slutning.</source>
        <translation>The period&apos;s start is after its end.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="367"/>
        <source>{0}: {1}, {2} mål.</source>
        <translation>{0}: {1}, {2} goals.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="378"/>
        <source>Åbn målfil</source>
        <translation>Open goal file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="378"/>
        <source>Målfiler (*.yaml *.yml)</source>
        <translation>Goal files (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="391"/>
        <location filename="../../planner_gui/ui/reports_view.py" line="417"/>
        <source>Vælg en målfil først.</source>
        <translation>Choose a goal file first.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="413"/>
        <source>Beregner…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="422"/>
        <source>Eksportér rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="422"/>
        <source>Excel-projektmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="449"/>
        <source>Eksporterer…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="455"/>
        <source>Annullerer…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="484"/>
        <source>{0} mål beregnet; {1} nået.</source>
        <translation>{0} goals computed; {1} reached.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="490"/>
        <source>Rapporten er gemt: {0}</source>
        <translation>The report is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="500"/>
        <source>Der opstod en intern fejl.</source>
        <translation>An internal error occurred.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/reports_view.py" line="504"/>
        <source>Annulleret; intet blev gemt.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="59"/>
        <source>Gendan fra sikkerhedskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="71"/>
        <source>Vælg en sikkerhedskopi. Den nuværende databasefil bliver gemt ved siden af, så intet bliver slettet.</source>
        <translation>Choose a backup. The current database file is kept beside it, so nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="79"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="79"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="79"/>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="94"/>
        <source>&amp;Gendan</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="122"/>
        <source>Der findes ingen sikkerhedskopier af %s.</source>
        <translation>There are no backups of %s.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="149"/>
        <source>Læser sikkerhedskopien …</source>
        <translation>Reading the backup …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/restore_dialog.py" line="191"/>
        <source>Gendan databasen fra sikkerhedskopien %s? Ændringer gemt efter den er taget, findes kun i den nuværende fil, som gemmes ved siden af.</source>
        <translation>Restore the database from the backup %s? Changes saved after it was taken exist only in the current file, which is kept beside it.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="184"/>
        <source>Sletning efter opbevaringsregler</source>
        <translation>Deletion by retention rules</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="194"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="194"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="194"/>
        <source>Sidste aktivitet</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="204"/>
        <source>Vælg &amp;alle</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="205"/>
        <source>Vælg &amp;ingen</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="209"/>
        <source>&amp;Begrundelse:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="210"/>
        <source>Opbevaringstid udløbet</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="223"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="224"/>
        <source>&amp;Slet valgte …</source>
        <translation>&amp;Delete selected …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="249"/>
        <source>Borgere, hvis sidste sagsaktivitet ligger mere end {years} år tilbage, og som ikke har en igangværende ydelse eller indsats. Sletning fjerner alle personoplysninger; i revisionssporet står borgeren derefter under et pseudonym. Sletning kan ikke fortrydes.</source>
        <translation>Citizens whose last case activity is more than {years} years ago and who have no ongoing benefit or effort. Deletion removes all personal data; the audit trail then shows the citizen under a pseudonym. Deletion cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="287"/>
        <source>{n} af {total} valgt.</source>
        <translation>{n} of {total} selected.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="289"/>
        <source>Ingen borgere skal slettes efter opbevaringsreglerne.</source>
        <translation>No citizens are due for deletion under the retention rules.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="298"/>
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="299"/>
        <source>&amp;Annullér</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="310"/>
        <source>Skriv en begrundelse for sletningen.</source>
        <translation>Write a reason for the deletion.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="316"/>
        <source>… og {n} til</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="318"/>
        <source>Slet alle oplysninger om {n} borger(e)? Det kan ikke fortrydes.

{names}</source>
        <translation>Delete all data about {n} citizen(s)? This cannot be undone.

{names}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="327"/>
        <source>Sletter …</source>
        <translation>Deleting …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="327"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="363"/>
        <source>Sletningen blev stoppet; revisionssporet viser, hvem der nåede at blive slettet.</source>
        <translation>The deletion was stopped; the audit trail shows who had already been deleted.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/privacy_dialogs.py" line="366"/>
        <source>{n} borger(e) er slettet.</source>
        <translation>{n} citizen(s) deleted.</translation>
    </message>
</context>
<context>
    <name>Revisionsspor</name>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="81"/>
        <source>borgeren</source>
        <translation>the citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="82"/>
        <source>planen</source>
        <translation>the plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="83"/>
        <source>delmålet</source>
        <translation>the sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="84"/>
        <source>indsatsen</source>
        <translation>the effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="85"/>
        <source>notatet</source>
        <translation>the note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="86"/>
        <source>ydelsen</source>
        <translation>the benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="87"/>
        <source>afgangen</source>
        <translation>the exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="88"/>
        <source>sagsbehandleren</source>
        <translation>the caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="89"/>
        <source>brugeren</source>
        <translation>the user</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="90"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="140"/>
        <source>virksomheden</source>
        <translation>the company</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="91"/>
        <source>målingen</source>
        <translation>the measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="92"/>
        <source>måleredskabet</source>
        <translation>the measurement instrument</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="93"/>
        <source>en indstilling</source>
        <translation>a setting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="94"/>
        <source>revisionssporet</source>
        <translation>the audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="95"/>
        <source>aktindsigten</source>
        <translation>the access request</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="96"/>
        <source>målrapporten</source>
        <translation>the goal report</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="97"/>
        <source>regnearket</source>
        <translation>the workbook</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="98"/>
        <source>databasen</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="99"/>
        <source>demodata</source>
        <translation>demo data</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="100"/>
        <source>listen over sager, der skal slettes</source>
        <translation>the list of cases to be deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="101"/>
        <source>kommandoen</source>
        <translation>the command</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="102"/>
        <source>nøglefilen</source>
        <translation>the key file</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="103"/>
        <source>udtagningen til bærbar</source>
        <translation>the checkout to a laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="104"/>
        <source>synkroniseringen</source>
        <translation>the synchronisation</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="105"/>
        <source>konflikten</source>
        <translation>the conflict</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="106"/>
        <source>indtjekningen</source>
        <translation>the check-in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="110"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="494"/>
        <source>Loggede ind</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="111"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="503"/>
        <source>Mislykket forsøg på at logge ind</source>
        <translation>Failed attempt to log in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="112"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="496"/>
        <source>Loggede ud</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="113"/>
        <source>Søgte i</source>
        <translation>Searched</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="114"/>
        <source>Så</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="115"/>
        <source>Oprettede</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="116"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="442"/>
        <source>Ændrede</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="117"/>
        <source>Slettede</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="118"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="468"/>
        <source>Eksporterede</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="119"/>
        <location filename="../../planner_gui/domain/audit_text.py" line="462"/>
        <source>Importerede</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="120"/>
        <source>Udskrev</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="121"/>
        <source>Lavede</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="122"/>
        <source>Slettede gamle poster i</source>
        <translation>Purged old entries in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="123"/>
        <source>Systemhændelse:</source>
        <translation>System event:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="124"/>
        <source>Afviste</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="129"/>
        <source>planens eget mål</source>
        <translation>the plan&apos;s own goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="130"/>
        <source>planens job- eller uddannelsesmål</source>
        <translation>the plan&apos;s job or education goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="131"/>
        <source>planens næste skridt</source>
        <translation>the plan&apos;s next step</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="132"/>
        <source>planens næste møde</source>
        <translation>the plan&apos;s next meeting</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="133"/>
        <source>overdragelsesnotatet</source>
        <translation>the handover note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="134"/>
        <source>teksten</source>
        <translation>the text</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="135"/>
        <source>status</source>
        <translation>the status</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="136"/>
        <source>startdatoen</source>
        <translation>the start date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="137"/>
        <source>fristen</source>
        <translation>the deadline</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="138"/>
        <source>kategorien</source>
        <translation>the category</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="139"/>
        <source>den ansvarlige</source>
        <translation>the person responsible</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="141"/>
        <source>slutdatoen</source>
        <translation>the end date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="142"/>
        <source>timer pr. uge</source>
        <translation>hours per week</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="143"/>
        <source>bemærkningen</source>
        <translation>the remark</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="144"/>
        <source>målgruppen</source>
        <translation>the target group</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="145"/>
        <source>typen</source>
        <translation>the type</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="289"/>
        <source>»{text}«</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="292"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="313"/>
        <source> til {new}</source>
        <translation> to {new}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="315"/>
        <source> fra {old} til (tomt)</source>
        <translation> from {old} to (empty)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="316"/>
        <source> fra {old} til {new}</source>
        <translation> from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="321"/>
        <source>Ændrede {what}{change}</source>
        <translation>Changed {what}{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="329"/>
        <source>{sentence}. Begrundelse: {why}</source>
        <translation>{sentence}. Reason: {why}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="336"/>
        <source>{sentence} den {date}</source>
        <translation>{sentence} on {date}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="354"/>
        <source>Udskrev Min plan</source>
        <translation>Printed My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="355"/>
        <source>Gemte Min plan som PDF</source>
        <translation>Saved My plan as PDF</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="357"/>
        <source>Kvitterede for overdragelsesnotatet</source>
        <translation>Acknowledged the handover note</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="360"/>
        <source>koordinerende sagsbehandler</source>
        <translation>coordinating caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="362"/>
        <source>sagsbehandler</source>
        <translation>caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="364"/>
        <source>Overdrog borgeren fra {old} til {new}</source>
        <translation>Handed the citizen over from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="368"/>
        <source>Fjernede {role} {old}</source>
        <translation>Removed {role} {old}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="370"/>
        <source>Skiftede {role}{change}</source>
        <translation>Changed {role}{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="376"/>
        <source>{sentence}. Overdragelsesnotat: {note}</source>
        <translation>{sentence}. Handover note: {note}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="381"/>
        <source>Ændrede delmålenes rækkefølge til: {new} (før: {old})</source>
        <translation>Changed the order of the sub-goals to: {new} (before: {old})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="388"/>
        <source>Oprettede delmålet {text}</source>
        <translation>Created the sub-goal {text}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="390"/>
        <source>Slettede delmålet {text}</source>
        <translation>Deleted the sub-goal {text}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="392"/>
        <source>Ændrede {what} for delmålet {goal}{change}</source>
        <translation>Changed {what} of the sub-goal {goal}{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="397"/>
        <source>Oprettede en indsats</source>
        <translation>Created an effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="399"/>
        <source>Slettede en indsats</source>
        <translation>Deleted an effort</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="400"/>
        <source>Ændrede {what} for indsatsen {effort}{change}</source>
        <translation>Changed {what} of the effort {effort}{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="404"/>
        <source>Skrev et notat: {text}</source>
        <translation>Wrote a note: {text}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="408"/>
        <source>Registrerede en ydelse</source>
        <translation>Registered a benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="410"/>
        <source>Slettede ydelsen</source>
        <translation>Deleted the benefit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="412"/>
        <source>Ændrede {what} for ydelsen {group}{change}</source>
        <translation>Changed {what} of the benefit {group}{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="415"/>
        <source>Ændrede {what} for ydelsen{change}</source>
        <translation>Changed {what} of the benefit{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="423"/>
        <source>Registrerede afgang</source>
        <translation>Registered an exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="425"/>
        <source>Slettede afgangen</source>
        <translation>Deleted the exit</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="429"/>
        <source>afgangens dato</source>
        <translation>the exit&apos;s date</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="430"/>
        <source>afgangens {field}</source>
        <translation>the exit&apos;s {field}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="435"/>
        <source>Ændrede indstillingen {name}{change}</source>
        <translation>Changed the setting {name}{change}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="443"/>
        <source>en post</source>
        <translation>an entry</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="444"/>
        <source>Registrerede</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="451"/>
        <source>{sentence} ({n} fundet)</source>
        <translation>{sentence} ({n} found)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="458"/>
        <source>Lavede aktindsigt i mappen</source>
        <translation>Made an access request in the folder</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="460"/>
        <source>Lavede målrapporten</source>
        <translation>Made the goal report</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="464"/>
        <source>Eksporterede revisionssporet til</source>
        <translation>Exported the audit trail to</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="466"/>
        <source>Eksporterede borgerens data til</source>
        <translation>Exported the citizen&apos;s data to</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="472"/>
        <source>{n} nye</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="474"/>
        <source>{n} opdateret</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="479"/>
        <source>{n} poster</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="481"/>
        <source>{n} filer</source>
        <translation>{n} files</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="500"/>
        <source>Mislykket forsøg på at låse databasen op</source>
        <translation>Failed attempt to unlock the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="505"/>
        <source>Åbnede borgeren</source>
        <translation>Opened the citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="508"/>
        <source>Søgte efter borgere</source>
        <translation>Searched for citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="510"/>
        <source>Fandt sager, der skal slettes</source>
        <translation>Found cases to be deleted</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="516"/>
        <source>Søgte i revisionssporet</source>
        <translation>Searched the audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="521"/>
        <source>Så målrapporten for {municipality}{period} på skærmen</source>
        <translation>Viewed the goal report for {municipality}{period} on screen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="522"/>
        <source>kommunen</source>
        <translation>the municipality</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="526"/>
        <source>Slettede {n} gamle poster i revisionssporet</source>
        <translation>Purged {n} old entries from the audit trail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="532"/>
        <source>{sentence} (ældre end {date})</source>
        <translation>{sentence} (older than {date})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="537"/>
        <source>Afviste kommandoen {command}</source>
        <translation>Refused the command {command}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="538"/>
        <source>Afviste handlingen</source>
        <translation>Refused the action</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="540"/>
        <source>Gendannede databasen fra sikkerhedskopien {file}</source>
        <translation>Restored the database from the backup {file}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="545"/>
        <source>Oprettede borgeren med sagsbehandler {who}</source>
        <translation>Created the citizen with caseworker {who}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="548"/>
        <source>Oprettede borgeren</source>
        <translation>Created the citizen</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="550"/>
        <source>Slettede borgerens oplysninger</source>
        <translation>Deleted the citizen&apos;s details</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="554"/>
        <source>Oprettede brugeren {initials}</source>
        <translation>Created the user {initials}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="555"/>
        <source>Oprettede brugeren {initials} ({role})</source>
        <translation>Created the user {initials} ({role})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="559"/>
        <source>Satte en ny adgangskode</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="561"/>
        <source>Registrerede virksomheden {name} (CVR {cvr})</source>
        <translation>Registered the company {name} (CVR {cvr})</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="569"/>
        <source>{sentence} med {instrument}</source>
        <translation>{sentence} with {instrument}</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="579"/>
        <source>Oprettede databasen</source>
        <translation>Created the database</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="581"/>
        <source>Oprettede demodata ({n} borgere)</source>
        <translation>Created demo data ({n} citizens)</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="586"/>
        <source>Tjekkede borgeren ud til en bærbar</source>
        <translation>Checked the citizen out to a laptop</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="587"/>
        <source>Hentede borgeren fra serveren</source>
        <translation>Fetched the citizen from the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="589"/>
        <source>Synkroniserede med serveren</source>
        <translation>Synchronised with the server</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="591"/>
        <source>Løste en konflikt</source>
        <translation>Resolved a conflict</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="594"/>
        <source>Tjekkede borgeren ind</source>
        <translation>Checked the citizen in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="595"/>
        <source>Fjernede borgeren fra den bærbare efter indtjekning</source>
        <translation>Removed the citizen from the laptop after check-in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="602"/>
        <source>Registrerede en måling</source>
        <translation>Registered a measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="603"/>
        <source>Rettede en måling</source>
        <translation>Corrected a measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="604"/>
        <source>Slettede en måling</source>
        <translation>Deleted a measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="606"/>
        <source>Ændrede en måling</source>
        <translation>Changed a measurement</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="610"/>
        <source>Satte opbevaringstiden for revisionssporet til {n} måneder</source>
        <translation>Set how long the audit trail is kept to {n} months</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="611"/>
        <source>Satte opbevaringstiden for borgersager til {n} år</source>
        <translation>Set how long citizen cases are kept to {n} years</translation>
    </message>
    <message>
        <location filename="../../planner_gui/domain/audit_text.py" line="612"/>
        <source>Satte påmindelsen om ny måling til {n} dage</source>
        <translation>Set the reminder of a new measurement to {n} days</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="61"/>
        <source>{dimension}, {rater}s score</source>
        <translation>{dimension}, {rater}&apos;s score</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/progress/measure_dialog.py" line="90"/>
        <source>Ingen score (Delete)</source>
        <translation>No score (Delete)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="238"/>
        <source>Søg i alle borgere</source>
        <translation>Search all citizens</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="261"/>
        <source>Skriv et navn eller et CPR-nummer (med eller uden bindestreg, gerne kun en del).</source>
        <translation>Type a name or a CPR number (with or without the dash, part of it is fine).</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="301"/>
        <source>Mindst {n} borgere fundet …</source>
        <translation>At least {n} citizens found …</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="322"/>
        <source>Ingen borgere passer på søgningen.</source>
        <translation>No citizens match the search.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="324"/>
        <source>1 borger fundet. Tryk Enter for at åbne.</source>
        <translation>1 citizen found. Press Enter to open.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/caseload/view.py" line="326"/>
        <source>{n} borgere fundet.</source>
        <translation>{n} citizens found.</translation>
    </message>
</context>
<context>
    <name>StaffCombo</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/plan_tab.py" line="95"/>
        <source>(tidligere medarbejder)</source>
        <extracomment>push(after, what, text, merge)</extracomment>
        <translation>(former employee)</translation>
    </message>
</context>
<context>
    <name>SubGoalDialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="86"/>
        <source>Delmål</source>
        <translation>Sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="86"/>
        <source>Redigér delmål</source>
        <translation>Edit sub-goal</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="103"/>
        <source>&amp;Delmål:</source>
        <translation>&amp;Sub-goal:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="104"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="105"/>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="106"/>
        <source>&amp;Frist:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="107"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="113"/>
        <source>Skriv delmålet.</source>
        <translation>Write the sub-goal.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="117"/>
        <source>Fristen ligger før start.</source>
        <translation>The deadline is before the start.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/course_tab.py" line="102"/>
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
        <location filename="../../planner_gui/ui/users_page.py" line="92"/>
        <source>Ny bruger</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="105"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="106"/>
        <source>Teamleder</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="107"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="110"/>
        <source>&amp;Initialer:</source>
        <translation>&amp;Initials:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="111"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="112"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="113"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="117"/>
        <source>&amp;Opret</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="117"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="60"/>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="61"/>
        <source>&amp;Gentag adgangskode:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="65"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="76"/>
        <source>fx 43 21 12 34</source>
        <translation>e.g. 43 21 12 34</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="80"/>
        <source>fx navn@kommune.dk</source>
        <translation>e.g. name@kommune.dk</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="81"/>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="82"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="229"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="239"/>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="240"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="241"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="242"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="243"/>
        <source>Kan logge ind</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="244"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="245"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="259"/>
        <source>&amp;Ny bruger…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="261"/>
        <source>&amp;Sæt adgangskode…</source>
        <translation>&amp;Set password…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="263"/>
        <source>&amp;Kontaktoplysninger…</source>
        <translation>&amp;Contact details…</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="265"/>
        <source>Telefon og e-mail, som borgeren ser på Min plan</source>
        <translation>Phone and e-mail that citizens see on My plan</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="280"/>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="281"/>
        <source>Teamleder</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="282"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="292"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../planner_gui/ui/users_page.py" line="292"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../planner_gui/ui/citizen/dialogs.py" line="57"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
