<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>IcsExporter</name>
    <message>
        <location filename="../core/io/ics/IcsExporter.cpp" line="+161"/>
        <source>Cannot build the calendar.</source>
        <translation>Der Kalender kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1&apos;s birthday</source>
        <translation>Geburtstag von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s anniversary</source>
        <translation>Jahrestag von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow up with %1</source>
        <translation>Bei %1 nachhaken</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/demo/SampleNetworkGenerator.cpp" line="+540"/>
        <source>The sample network needs between 1 and 1,000,000 contacts.</source>
        <translation>Das Beispielnetzwerk braucht zwischen 1 und 1.000.000 Kontakte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample network can have at most 20,000,000 interactions.</source>
        <translation>Das Beispielnetzwerk kann höchstens 20.000.000 Interaktionen haben.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+38"/>
        <location line="+66"/>
        <location line="+5"/>
        <location line="+72"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/storage/ContactWriter.cpp" line="+142"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+79"/>
        <source>Missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No database path given.</source>
        <translation>Kein Datenbankpfad angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a Kith database.</source>
        <translation>%1 ist ein Ordner, keine Kith-Datenbank.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+3"/>
        <source>%1 is not a Kith database.</source>
        <translation>%1 ist keine Kith-Datenbank.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was written by a newer version of Kith (schema %2; this version knows up to %3). Update Kith to open it.</source>
        <translation>%1 wurde von einer neueren Version von Kith geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Kith, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SqlUtil.cpp" line="+11"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/reminders/DueCalculator.cpp" line="+109"/>
        <source>Birthday today</source>
        <translation>Geburtstag heute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Geburtstag in %n Tag</numerusform>
            <numerusform>Geburtstag in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Birthday %n day(s) ago</source>
        <translation>
            <numerusform>Geburtstag vor %n Tag</numerusform>
            <numerusform>Geburtstag vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(turned %1)</source>
        <translation>(wurde %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(turns %1)</source>
        <translation>(wird %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anniversary today</source>
        <translation>Jahrestag heute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anniversary in %n day(s)</source>
        <translation>
            <numerusform>Jahrestag in %n Tag</numerusform>
            <numerusform>Jahrestag in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anniversary %n day(s) ago</source>
        <translation>
            <numerusform>Jahrestag vor %n Tag</numerusform>
            <numerusform>Jahrestag vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n Jahr)</numerusform>
            <numerusform>(%n Jahre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last checked %n day(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag abgehakt</numerusform>
            <numerusform>Zuletzt vor %n Tagen abgehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last talked %n day(s) ago</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag gesprochen</numerusform>
            <numerusform>Zuletzt vor %n Tagen gesprochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not in touch since added %n day(s) ago</source>
        <translation>
            <numerusform>Kein Kontakt seit dem Hinzufügen vor %n Tag</numerusform>
            <numerusform>Kein Kontakt seit dem Hinzufügen vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../core/storage/ReminderActionStore.cpp" line="+23"/>
        <source>Unknown reminder action &quot;%1&quot;.</source>
        <translation>Unbekannte Erinnerungsaktion „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reminder action needs a date and a time.</source>
        <translation>Eine Erinnerungsaktion braucht ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../core/io/import/CsvPreview.cpp" line="+43"/>
        <source>%1 is not a CSV file.</source>
        <translation>%1 ist keine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/io/import/ImportFileReader.cpp" line="+216"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/io/import/ImportFileReader.cpp" line="-13"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a contact file.</source>
        <translation>%1 ist ein Ordner, keine Kontaktdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; Kith imports contact files of up to %3. Split it into smaller files and import them one after the other.</source>
        <translation>%1 ist %2 groß; Kith importiert Kontaktdateien bis %3. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a contact file: it holds binary data, not vCard or CSV text.</source>
        <translation>%1 ist keine Kontaktdatei: Sie enthält Binärdaten, keinen vCard- oder CSV-Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is neither a vCard (.vcf) nor a CSV file.</source>
        <translation>%1 ist weder eine vCard- (.vcf) noch eine CSV-Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no header row.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the file is not valid UTF-16 throughout</source>
        <translation>die Datei ist nicht durchgehend gültiges UTF-16</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no name, email, phone or organization: not imported</source>
        <translation>kein Name, keine E-Mail, kein Telefon und keine Organisation: nicht importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: no name; shown by the phone number</source>
        <translation>Zeile %1: kein Name; wird mit der Telefonnummer angezeigt</translation>
    </message>
    <message>
        <location filename="../core/storage/SqliteStatement.cpp" line="+39"/>
        <source>The database is not an open SQLite database.</source>
        <translation>Die Datenbank ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The statement was not prepared.</source>
        <translation>Die Anweisung wurde nicht vorbereitet.</translation>
    </message>
</context>
<context>
    <name>kith</name>
    <message>
        <source>No favours with %1 yet.</source>
        <translation type="vanished">Noch keine Gefallen mit %1.</translation>
    </message>
    <message>
        <source>You&apos;ve done %n favour(s) for %1; none back yet.</source>
        <translation type="vanished">Sie haben %1 %n Gefallen getan; bisher keiner zurück.</translation>
    </message>
    <message>
        <source>%1 has done %n favour(s) for you; you haven&apos;t returned one yet.</source>
        <translation type="vanished">%1 hat Ihnen %n Gefallen getan; Sie haben noch keinen erwidert.</translation>
    </message>
    <message>
        <source>You&apos;ve done %n favour(s) for %1</source>
        <translation type="vanished">Sie haben %1 %n Gefallen getan</translation>
    </message>
    <message>
        <source>; %1 has done %n for you.</source>
        <translation type="vanished">; %1 hat Ihnen %n getan.</translation>
    </message>
    <message>
        <source>%1 has the goal “%2”; %3 can help with it.</source>
        <translation type="vanished">%1 hat das Ziel „%2“; %3 kann dabei helfen.</translation>
    </message>
    <message>
        <source>%1 is looking for %2; %3 can help with %2.</source>
        <translation type="vanished">%1 sucht %2; %3 kann helfen bei %2.</translation>
    </message>
</context>
<context>
    <name>kith::AboutDialog</name>
    <message>
        <location filename="../ui/widgets/AboutDialog.cpp" line="+18"/>
        <source>About Kith</source>
        <translation>Über Kith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Kith&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kith&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal network manager: keep your contacts, the moments you share and the reminders to stay in touch in one file on your own computer.</source>
        <translation>Ein persönlicher Netzwerkmanager: Ihre Kontakte, die gemeinsamen Momente und die Erinnerungen, in Verbindung zu bleiben – in einer Datei auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>kith::AddContactCommand</name>
    <message>
        <location filename="../ui/contacts/AddContactCommand.cpp" line="+11"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::AddRelationshipDialog</name>
    <message>
        <location filename="../ui/contacts/AddRelationshipDialog.cpp" line="+31"/>
        <source>%1 and %2 know each other.</source>
        <translation>%1 und %2 kennen sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 introduced %2.</source>
        <translation>%1 hat %2 vorgestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>%1 is %2&apos;s %3.</source>
        <translation>%1 ist %3 von %2.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 %2</source>
        <extracomment>Two sentences: how the link reads from each side.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link &lt;b&gt;%1&lt;/b&gt; to another contact.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit einem anderen Kontakt verknüpfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a name…</source>
        <translation>Namen eingeben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other contact: type part of their name and pick them from the list</source>
        <translation>Der andere Kontakt: einen Teil des Namens eingeben und aus der Liste wählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the other contact is to %1</source>
        <translation>Was der andere Kontakt für %1 ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional, e.g. “met at Ada&apos;s wedding”</source>
        <translation>Optional, z. B. „auf Adas Hochzeit kennengelernt“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Is %1&apos;s:</source>
        <extracomment>Form label: the relationship the other contact has to this one, e.g. &quot;Parent&quot;.</extracomment>
        <translation>&amp;Ist für %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose who %1 is linked to.</source>
        <translation>Wählen Sie, mit wem %1 verknüpft wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the contact from the list.</source>
        <translation>Wählen Sie den Kontakt aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be linked to themselves.</source>
        <translation>%1 kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already linked to %2 as %3.</source>
        <translation>%1 ist bereits als %3 mit %2 verknüpft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are already linked as %1; this adds another link.</source>
        <translation>Die beiden sind bereits als %1 verknüpft; dies fügt eine weitere Verknüpfung hinzu.</translation>
    </message>
</context>
<context>
    <name>kith::AttentionModel</name>
    <message>
        <location filename="../ui/dashboard/AttentionModel.cpp" line="+30"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>−%1</source>
        <extracomment>A fall in health, e.g. &quot;−23&quot;.</extracomment>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me…</source>
        <translation>Erinnern…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log an interaction with %1</source>
        <translation>Eine Interaktion mit %1 erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind yourself to get in touch with %1</source>
        <translation>Sich daran erinnern lassen, sich bei %1 zu melden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: health %2, down from %3 %n days ago.</source>
        <translation>
            <numerusform>%1: Gesundheit %2, vor %n Tag noch %3.</numerusform>
            <numerusform>%1: Gesundheit %2, vor %n Tagen noch %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last in touch %n days ago.</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag in Kontakt.</numerusform>
            <numerusform>Zuletzt vor %n Tagen in Kontakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Meant to be in touch every %n days.</source>
        <translation>
            <numerusform>Soll jeden Tag in Kontakt sein.</numerusform>
            <numerusform>Soll alle %n Tage in Kontakt sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n-day change</source>
        <extracomment>Column header: how much health fell over this many days.</extracomment>
        <translation>
            <numerusform>Änderung über %n Tag</numerusform>
            <numerusform>Änderung über %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: health %2, down from %3 %n day(s) ago; last in touch %4 day(s) ago, every %5 days intended</source>
        <translation type="vanished">
            <numerusform>%1: Zustand %2, vor %n Tag noch %3; zuletzt in Kontakt vor %4 Tag(en), vorgesehen alle %5 Tage</numerusform>
            <numerusform>%1: Zustand %2, vor %n Tagen noch %3; zuletzt in Kontakt vor %4 Tag(en), vorgesehen alle %5 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>How much health fell over the last %n day(s)</source>
        <translation>
            <numerusform>Wie stark der Zustand am letzten %n Tag gesunken ist</numerusform>
            <numerusform>Wie stark der Zustand in den letzten %n Tagen gesunken ist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1-day change</source>
        <extracomment>Column header: how much health fell over this many days.</extracomment>
        <translation type="vanished">In %1 Tagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kith::AutostartEntry</name>
    <message>
        <location filename="../core/settings/AutostartEntry.cpp" line="+57"/>
        <source>Reminders to keep in touch with your network</source>
        <translation>Erinnerungen, um mit Ihrem Netzwerk in Kontakt zu bleiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kith::ChartView</name>
    <message>
        <location filename="../ui/widgets/ChartView.cpp" line="+150"/>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: check the folder exists and can be written to.</source>
        <translation>%1 kann nicht gespeichert werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save as PNG…</source>
        <translation>Als PNG &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>kith::CircleStore</name>
    <message>
        <location filename="../core/storage/CircleStore.cpp" line="+19"/>
        <source>Cannot read circles.</source>
        <translation>Die Kreise können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keep-in-touch cadence must be at least one day.</source>
        <translation>Der Kontaktrhythmus muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no circle called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kreis namens „%1“.</translation>
    </message>
</context>
<context>
    <name>kith::CircleSuggester</name>
    <message>
        <location filename="../core/health/CircleSuggester.cpp" line="+181"/>
        <source>%1 behaves like someone in your %2 circle but is in no circle.</source>
        <translation>%1 verhält sich wie jemand in Ihrem Kreis „%2“, ist aber in keinem Kreis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 behaves like someone in your %2 circle but is in your %3 circle.</source>
        <translation>%1 verhält sich wie jemand in Ihrem Kreis „%2“, ist aber in Ihrem Kreis „%3“.</translation>
    </message>
</context>
<context>
    <name>kith::CircleSuggestionModel</name>
    <message>
        <location filename="../ui/dashboard/CircleSuggestionModel.cpp" line="+25"/>
        <source>no contact in the last year, as in the %1 circle</source>
        <translation>im letzten Jahr kein Kontakt, wie im Kreis „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 circle holds the people ranked %2 to %3</source>
        <translation>der Kreis „%1“ umfasst die Plätze %2 bis %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the %1 circle holds the people ranked %2 and beyond</source>
        <translation>der Kreis „%1“ umfasst die Plätze ab %2</translation>
    </message>
    <message>
        <source>never in touch yet</source>
        <translation type="vanished">noch nie in Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>in touch on %n day(s) in the last year</source>
        <translation type="vanished">
            <numerusform>im letzten Jahr an %n Tag in Kontakt</numerusform>
            <numerusform>im letzten Jahr an %n Tagen in Kontakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, last %n day(s) ago</source>
        <translation type="vanished">
            <numerusform>, zuletzt vor %n Tag</numerusform>
            <numerusform>, zuletzt vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked %1 of %2 by recent contact (%3); %4.</source>
        <translation type="vanished">Platz %1 von %2 nach jüngstem Kontakt (%3); %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranked %1 of %2 by recent contact (%3); never in touch yet.</source>
        <translation>Platz %1 von %2 nach jüngstem Kontakt (%3); noch nie in Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ranked %1 of %2 by recent contact (%3); in touch on %n days in the last year.</source>
        <translation>
            <numerusform>Platz %1 von %2 nach jüngstem Kontakt (%3); im letzten Jahr an %n Tag in Kontakt.</numerusform>
            <numerusform>Platz %1 von %2 nach jüngstem Kontakt (%3); im letzten Jahr an %n Tagen in Kontakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last in touch %n days ago.</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag in Kontakt.</numerusform>
            <numerusform>Zuletzt vor %n Tagen in Kontakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put %1 in the %2 circle (Undo puts them back)</source>
        <translation>%1 in den Kreis „%2“ verschieben (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep %1 where they are and do not suggest the %2 circle again</source>
        <translation>%1 im bisherigen Kreis lassen und den Kreis „%2“ nicht mehr vorschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your</source>
        <translation>Jetzt im Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaves like your</source>
        <translation>Passt zum Kreis</translation>
    </message>
</context>
<context>
    <name>kith::ContactDetailPane</name>
    <message>
        <location filename="../ui/contacts/ContactDetailPane.cpp" line="+45"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+460"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I reached out</source>
        <translation>Ich habe mich gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They reached out</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <extracomment>A date without a year: %1 is the day, %2 the month&apos;s name.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Select a contact to see everything about them here.</source>
        <translation>Wählen Sie einen Kontakt aus, um hier alles über ihn zu sehen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open reminders</source>
        <translation>Offene Erinnerungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show or hide what was done, snoozed or dismissed, and when</source>
        <translation>Zeigen oder verbergen, was wann erledigt, verschoben oder verworfen wurde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Relationship health</source>
        <translation>Zustand der Beziehung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the Trash since %1</source>
        <translation>Im Papierkorb seit %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Prefix</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 Jahre alt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n Jahr)</numerusform>
            <numerusform>%1 (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Keep in touch</source>
        <translation>In Verbindung bleiben</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s) (the circle&apos;s rhythm)</source>
        <translation>
            <numerusform>jeden Tag (Rhythmus des Kreises)</numerusform>
            <numerusform>alle %n Tage (Rhythmus des Kreises)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we met</source>
        <translation>Wie kennengelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where we met</source>
        <translation>Wo kennengelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>repeats every %n day(s)</source>
        <translation>
            <numerusform>wiederholt sich täglich</numerusform>
            <numerusform>wiederholt sich alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeats every %n week(s)</source>
        <translation>
            <numerusform>wiederholt sich wöchentlich</numerusform>
            <numerusform>wiederholt sich alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeats every %n month(s)</source>
        <translation>
            <numerusform>wiederholt sich monatlich</numerusform>
            <numerusform>wiederholt sich alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeats every %n year(s)</source>
        <translation>
            <numerusform>wiederholt sich jährlich</numerusform>
            <numerusform>wiederholt sich alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>snoozed until %1</source>
        <translation>verschoben bis %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Mark this reminder as done</source>
        <translation>Diese Erinnerung als erledigt markieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No open reminders</source>
        <translation>Keine offenen Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open reminders (%1)</source>
        <translation>Offene Erinnerungen (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+57"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No interactions yet</source>
        <translation>Noch keine Interaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Snoozed until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (due %1)</source>
        <translation> (fällig %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>Cannot Mark Done</source>
        <translation>Als erledigt markieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::ContactEditorDialog</name>
    <message>
        <location filename="../ui/contacts/ContactEditorDialog.cpp" line="+72"/>
        <location line="+291"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact Details</source>
        <translation>&amp;Kontaktdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses</source>
        <translation>A&amp;dressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a name, a nickname, an organisation or an email address to save.</source>
        <translation>Geben Sie zum Speichern einen Namen, einen Spitznamen, eine Organisation oder eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Jr.</source>
        <translation>z. B. jun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the contact is listed. Leave empty to use the name above.</source>
        <translation>So wird der Kontakt aufgeführt. Leer lassen, um den Namen oben zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prefix:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middle name:</source>
        <translation>&amp;Zweiter Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>Nachna&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ffix:</source>
        <translation>Namenszu&amp;satz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>Anzei&amp;gename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nic&amp;kname:</source>
        <translation>Sp&amp;itzname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Birthday:</source>
        <translation>Geburts&amp;tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nniversary:</source>
        <translation>&amp;Jahrestag:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose Image…</source>
        <translation>Bild aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an image file as this contact&apos;s photo (at most 5 MB)</source>
        <translation>Eine Bilddatei als Foto dieses Kontakts verwenden (höchstens 5 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve Photo</source>
        <translation>Foto ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+5"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location line="+7"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+44 20 7946 0000</source>
        <translation>+49 30 12345678</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homepage</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Website</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile URL or handle</source>
        <translation>Profil-URL oder Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social profiles</source>
        <translation>Soziale Profile</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How close you are; each circle has a default keep-in-touch cadence</source>
        <translation>Wie nah Sie sich stehen; jeder Kreis hat einen voreingestellten Kontaktrhythmus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own cadence: every</source>
        <translation>Eigener Rhythmus: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in touch with this person more or less often than their circle says</source>
        <translation>Mit dieser Person öfter oder seltener in Verbindung bleiben, als ihr Kreis vorsieht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+163"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How close you feel to this person; it counts in the strength of your tie</source>
        <translation>Wie nah Sie sich dieser Person fühlen; das zählt für die Stärke Ihrer Bindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — distant</source>
        <translation>1 – fern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — friendly</source>
        <translation>3 – freundschaftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — very close</source>
        <translation>5 – sehr nah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the tags that apply; categories are listed first, in bold</source>
        <translation>Passende Schlagwörter ankreuzen; Kategorien stehen fett am Anfang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a tag and press Enter</source>
        <translation>Schlagwort eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. introduced by Sam</source>
        <translation>z. B. über Sam vorgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. PyCon 2019, Berlin</source>
        <translation>z. B. PyCon 2019, Berlin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ircle:</source>
        <translation>K&amp;reis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch:</source>
        <translation>In Verbindung bleiben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;loseness:</source>
        <translation>N&amp;ähe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;How we met:</source>
        <translation>Wie &amp;kennengelernt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where we met:</source>
        <translation>W&amp;o kennengelernt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anything worth remembering: family, interests, what you talked about…</source>
        <translation>Alles, was man sich merken sollte: Familie, Interessen, worüber Sie gesprochen haben…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+276"/>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>%1 (every day)</source>
        <translation>%1 (jeden Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (every %2 days)</source>
        <translation>%1 (alle %2 Tage)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is too large: a photo can be at most %2. Choose a smaller image.</source>
        <translation>„%1“ ist zu groß: Ein Foto darf höchstens %2 groß sein. Wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an image Kith can read.</source>
        <translation>„%1“ ist kein Bild, das Kith lesen kann.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unreadable photo</source>
        <translation>Foto nicht lesbar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Name as listed</source>
        <translation>Name wie aufgeführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>kith::ContactExporter</name>
    <message>
        <location filename="../core/io/ContactExporter.cpp" line="+72"/>
        <source>Choose a tag to export.</source>
        <translation>Wählen Sie ein Schlagwort für den Export.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+54"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No contact has the tag &quot;%1&quot;.</source>
        <translation>Kein Kontakt hat das Schlagwort „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no contacts to export.</source>
        <translation>Es gibt keine Kontakte zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>kith::ContactHealthPanel</name>
    <message>
        <location filename="../ui/contacts/ContactHealthPanel.cpp" line="+40"/>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>social media</source>
        <translation>soziale Medien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Health: how well you are keeping up with this person now (recency 60%, frequency 40%).
Strength: how strong the tie is (both reaching out, how long you have known each other, depth).</source>
        <translation>Zustand: wie gut Sie derzeit mit dieser Person in Kontakt bleiben (Aktualität 60%, Häufigkeit 40%).
Stärke: wie stark die Bindung ist (beide melden sich, wie lange Sie sich kennen, Tiefe).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health over the last 12 months</source>
        <translation>Zustand in den letzten 12 Monaten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them in their circle and do not suggest this again</source>
        <translation>Im bisherigen Kreis lassen und dies nicht mehr vorschlagen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 health &amp;nbsp; %2 strength &amp;nbsp; &lt;span style=&quot;color:%3; font-weight:600&quot;&gt;● %4&lt;/span&gt;</source>
        <translation>Zustand %1 &amp;nbsp; Stärke %2 &amp;nbsp; &lt;span style=&quot;color:%3; font-weight:600&quot;&gt;● %4&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: health %2</source>
        <translation>%1: Zustand %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move to %1</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put them in the %1 circle (Undo puts them back)</source>
        <translation>In den Kreis „%1“ verschieben (lässt sich rückgängig machen)</translation>
    </message>
</context>
<context>
    <name>kith::ContactLinksPanel</name>
    <message>
        <location filename="../ui/contacts/ContactLinksPanel.cpp" line="+40"/>
        <source>%1 — introduced %2</source>
        <extracomment>In the Relationships section: %1 (a link to the contact) introduced %2 (the contact shown).</extracomment>
        <translation>%1 — hat %2 vorgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — introduced by %2</source>
        <translation>%1 — vorgestellt von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <extracomment>In the Relationships section: %1 (a link to the contact) is the shown contact&apos;s %2 (&quot;parent&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+148"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Add Relationship…</source>
        <translation>Beziehung hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link this contact to another: family, friend, colleague, mentor, who introduced whom</source>
        <translation>Diesen Kontakt mit einem anderen verknüpfen: Familie, Freund, Kollege, Mentor, wer wen vorgestellt hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No relationships yet. Add who is family, a friend or a colleague.</source>
        <translation>Noch keine Beziehungen. Fügen Sie hinzu, wer Familie, Freund oder Kollege ist.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Contact #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this relationship (Undo brings it back)</source>
        <translation>Diese Beziehung entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to %1</source>
        <translation>Die Verknüpfung mit %1 entfernen</translation>
    </message>
    <message>
        <source>Relationships (%1)</source>
        <translation type="vanished">Beziehungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Relationships (%Ln)</source>
        <translation>
            <numerusform>Beziehungen (%Ln)</numerusform>
            <numerusform>Beziehungen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this link: %1 is %2&apos;s %3</source>
        <translation>Diese Verknüpfung hinzufügen: %1 ist %3 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not so: do not suggest this link again</source>
        <translation>Stimmt nicht: diese Verknüpfung nicht mehr vorschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n more suggestion(s)…</source>
        <translation>
            <numerusform>%n weiterer Vorschlag …</numerusform>
            <numerusform>%n weitere Vorschläge …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review every suggested link</source>
        <translation>Alle vorgeschlagenen Verknüpfungen prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more colleagues at %1 are not suggested: too many to list them all.</source>
        <translation>
            <numerusform>%n weitere Kollegin oder weiterer Kollege bei %1 wird nicht vorgeschlagen: zu viele, um alle aufzuführen.</numerusform>
            <numerusform>%n weitere Kolleginnen und Kollegen bei %1 werden nicht vorgeschlagen: zu viele, um alle aufzuführen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+27"/>
        <source>Cannot Add Relationship</source>
        <translation>Beziehung kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+24"/>
        <source>Linked %1 and %2.</source>
        <translation>%1 und %2 verknüpft.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot Remove Relationship</source>
        <translation>Beziehung kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed the link between %1 and %2. Undo brings it back.</source>
        <translation>Die Verknüpfung zwischen %1 und %2 wurde entfernt. Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot Reject Suggestion</source>
        <translation>Vorschlag kann nicht abgelehnt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kith will not suggest linking %1 and %2 as %3 again.</source>
        <translation>Kith schlägt nicht mehr vor, %1 und %2 als %3 zu verknüpfen.</translation>
    </message>
</context>
<context>
    <name>kith::ContactMerger</name>
    <message>
        <location filename="../core/io/import/ContactMerger.cpp" line="+36"/>
        <source>photo (%1 KB)</source>
        <translation>Foto (%1 KB)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How met</source>
        <translation>Wie kennengelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where met</source>
        <translation>Wo kennengelernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>kith::ContactPickerEdit</name>
    <message>
        <location filename="../ui/widgets/ContactPickerEdit.cpp" line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (#%2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
</context>
<context>
    <name>kith::ContactStore</name>
    <message>
        <location filename="../core/storage/ContactStore.cpp" line="+117"/>
        <source>Cannot read circles.</source>
        <translation>Die Kreise können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthday is not a valid date.</source>
        <translation>Der Geburtstag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The anniversary is not a valid date.</source>
        <translation>Der Jahrestag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keep-in-touch cadence must be at least one day.</source>
        <translation>Der Kontaktrhythmus muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closeness rating must be from 1 to 5.</source>
        <translation>Die Nähe muss zwischen 1 und 5 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no circle called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kreis namens „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Some of these contacts do not exist or are already in the Trash.</source>
        <translation>Einige dieser Kontakte existieren nicht oder sind bereits im Papierkorb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of these contacts are not in the Trash.</source>
        <translation>Einige dieser Kontakte sind nicht im Papierkorb.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Cannot count contacts.</source>
        <translation>Die Kontakte können nicht gezählt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no contact with uid %1.</source>
        <translation>Es gibt keinen Kontakt mit der UID %1.</translation>
    </message>
</context>
<context>
    <name>kith::ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/ContactTableModel.cpp" line="+182"/>
        <source>never in touch yet</source>
        <translation>noch nie in Kontakt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>last in touch %n day(s) ago</source>
        <translation>
            <numerusform>zuletzt in Kontakt vor %n Tag</numerusform>
            <numerusform>zuletzt in Kontakt vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Health %1 of 100 (%2), strength %3; %4, against a %n-day cadence</source>
        <translation>
            <numerusform>Zustand %1 von 100 (%2), Stärke %3; %4, bei einem Rhythmus von %n Tag</numerusform>
            <numerusform>Zustand %1 von 100 (%2), Stärke %3; %4, bei einem Rhythmus von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next reminder</source>
        <translation>Nächste Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kith::ContactTopicsPanel</name>
    <message>
        <location filename="../ui/contacts/ContactTopicsPanel.cpp" line="+41"/>
        <location line="+122"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Add Topic…</source>
        <translation>Thema hinzufügen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What they can help with, their interests and goals, what they are looking for, their communities</source>
        <translation>Wobei die Person helfen kann, ihre Interessen und Ziele, was sie sucht, ihre Gemeinschaften</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No topics yet. Add what they can help with, or what they are looking for.</source>
        <translation>Noch keine Themen. Fügen Sie hinzu, wobei die Person helfen kann oder was sie sucht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Can help with</source>
        <translation>Kann helfen bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities</source>
        <translation>Gemeinschaften</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Who else can help with “%1”?</source>
        <translation>Wer kann noch bei „%1“ helfen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this topic (Undo brings it back)</source>
        <translation>Dieses Thema entfernen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Topics (%Ln)</source>
        <translation>
            <numerusform>Themen (%Ln)</numerusform>
            <numerusform>Themen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics (%1)</source>
        <translation type="vanished">Themen (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot Add Topic</source>
        <translation>Thema kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added “%1” to %2.</source>
        <translation>„%1“ zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Remove Topic</source>
        <translation>Thema kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed “%1” from %2. Undo brings it back.</source>
        <translation>„%1“ von %2 entfernt. Rückgängig holt es zurück.</translation>
    </message>
</context>
<context>
    <name>kith::CsvColumnMapping</name>
    <message>
        <location filename="../core/io/import/CsvColumnMapping.cpp" line="+26"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as extra field</source>
        <translation>Als Zusatzfeld behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>kith::CsvColumnMappingModel</name>
    <message>
        <location filename="../ui/import/CsvColumnMappingModel.cpp" line="+55"/>
        <source>(column %1, no name)</source>
        <translation>(Spalte %1, ohne Namen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to</source>
        <translation>Übernehmen als</translation>
    </message>
</context>
<context>
    <name>kith::CsvMappingDialog</name>
    <message>
        <location filename="../ui/import/CsvMappingDialog.cpp" line="+55"/>
        <source>Import CSV: Choose Columns</source>
        <translation>CSV importieren: Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has the same columns as a file you imported before: the choices you made then are filled in.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat dieselben Spalten wie eine früher importierte Datei: Ihre damalige Zuordnung ist eingetragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kith does not know which app wrote &lt;b&gt;%1&lt;/b&gt;. Choose what each column holds; Kith remembers your choice for files with the same columns.</source>
        <translation>Kith weiß nicht, welches Programm &lt;b&gt;%1&lt;/b&gt; geschrieben hat. Wählen Sie, was jede Spalte enthält; Kith merkt sich Ihre Wahl für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Keep as extra field” stores the value with the contact without showing it; “Ignore” leaves it out.</source>
        <translation>„Als Zusatzfeld behalten“ speichert den Wert beim Kontakt, ohne ihn anzuzeigen; „Ignorieren“ lässt ihn weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns: %1 · Encoding: %2 · Separator: %3</source>
        <translation>Spalten: %1 · Kodierung: %2 · Trennzeichen: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The first rows as contacts</source>
        <translation>Die ersten Zeilen als Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept as extra fields</source>
        <translation>Als Zusatzfelder behalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a column for the name, email, phone or organization: otherwise no row becomes a contact.</source>
        <translation>Wählen Sie eine Spalte für Name, E-Mail, Telefon oder Organisation: Sonst wird keine Zeile zum Kontakt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+50"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Read the file with these columns and show what the import would do; nothing is written yet</source>
        <translation>Die Datei mit diesen Spalten lesen und zeigen, was der Import tun würde; noch wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Best Guess</source>
        <translation>&amp;Vorschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from Kith&apos;s guess based on the column names</source>
        <translation>Neu mit Kiths Vorschlag anhand der Spaltennamen beginnen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>File %1 of %n</source>
        <translation>
            <numerusform>Datei %1 von %n</numerusform>
            <numerusform>Datei %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import CSV: Choose Columns (%1)</source>
        <translation>CSV importieren: Spalten zuordnen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your choice here also applies to %1 (same columns).</source>
        <translation>Ihre Zuordnung hier gilt auch für %1 (dieselben Spalten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next File</source>
        <translation>&amp;Nächste Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns of the next file; nothing is read or written yet</source>
        <translation>Die Spalten der nächsten Datei zuordnen; noch wird nichts gelesen oder geschrieben</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(no name: not imported)</source>
        <translation>(kein Name: nicht importiert)</translation>
    </message>
</context>
<context>
    <name>kith::DashboardCalculator</name>
    <message>
        <location filename="../core/health/DashboardCalculator.cpp" line="+60"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
</context>
<context>
    <name>kith::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+80"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video calls</source>
        <translation>Videoanrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Due or drifting by health: the people whose last interaction is past their keep-in-touch cadence (due) or more than three cadences ago (drifting); dormant contacts are not counted. The Due tab counts reminders instead: keep in touch, birthdays and follow-ups due now, without the snoozed ones.</source>
        <translation>Fällig oder abdriftend nach Gesundheit: die Personen, deren letzte Interaktion länger zurückliegt als ihr Kontaktrhythmus (fällig) oder mehr als drei Rhythmen (abdriftend); ruhende Kontakte zählen nicht. Der Reiter „Fällig“ zählt dagegen Erinnerungen: jetzt fällige Kontaktpflege, Geburtstage und Nachfassaktionen, ohne die zurückgestellten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working out how your network is doing…</source>
        <translation>Der Zustand Ihres Netzwerks wird berechnet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network health over the last 12 months</source>
        <translation>Zustand des Netzwerks in den letzten 12 Monaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts by status in each circle</source>
        <translation>Kontakte nach Status in jedem Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions per week by channel</source>
        <translation>Interaktionen pro Woche nach Kanal</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Log…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me…</source>
        <translation>Erinnern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose health fell most in the last 30 days. Double-click to open them.</source>
        <translation>Wessen Zustand in den letzten 30 Tagen am stärksten gesunken ist. Zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remind Me…</source>
        <translation>&amp;Erinnern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Nobody&apos;s health fell over the last 30 days: everyone is where they were.</source>
        <translation>In den letzten 30 Tagen ist bei niemandem der Zustand gesunken: Alle stehen, wo sie standen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+347"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move to the Suggested Circle</source>
        <translation>In den vorgeschlagenen Kreis &amp;verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The circle each person&apos;s contact with you suggests (the most contact first: 5 inner, 10 close, 35 active, 100 acquaintances), where it differs from yours. Double-click to open them.</source>
        <translation>Der Kreis, den der Kontakt jeder Person mit Ihnen nahelegt (wer am meisten Kontakt hat, zuerst: 5 Inner, 10 Close, 35 Active, 100 Acquaintance), wo er von Ihrem abweicht. Zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No suggestions: everyone is in the circle their contact with you suggests.</source>
        <translation>Keine Vorschläge: Alle sind in dem Kreis, den ihr Kontakt mit Ihnen nahelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+304"/>
        <source>Circle suggestions</source>
        <translation>Kreisvorschläge</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>No contacts yet: add some and log your interactions to see how your network is doing.</source>
        <translation>Noch keine Kontakte: Fügen Sie welche hinzu und erfassen Sie Ihre Interaktionen, um zu sehen, wie es um Ihr Netzwerk steht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contacts: %1 · Average health: %2 · Due or drifting by health: %3 (%4%) · As of %5</source>
        <translation>Kontakte: %1 · Durchschnittliche Gesundheit: %2 · Fällig oder abdriftend nach Gesundheit: %3 (%4 %) · Stand %5</translation>
    </message>
    <message>
        <source>Contacts: %1 · Average health: %2 · Due or drifting: %3 (%4%) · As of %5</source>
        <translation type="vanished">Kontakte: %1 · Mittlerer Zustand: %2 · Fällig oder verblassend: %3 (%4%) · Stand %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Average health</source>
        <translation>Mittlerer Zustand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due or drifting (% of contacts)</source>
        <translation>Fällig oder verblassend (% der Kontakte)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Average health (0–100)</source>
        <translation>Mittlerer Zustand (0–100)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due or drifting</source>
        <translation>Fällig oder verblassend</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Average health: %1</source>
        <translation>Mittlerer Zustand: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due or drifting: %1% of contacts</source>
        <translation>Fällig oder verblassend: %1% der Kontakte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1: %2 of %n contact(s) %3</source>
        <translation>
            <numerusform>%1: %2 von %n Kontakt %3</numerusform>
            <numerusform>%1: %2 von %n Kontakten %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interactions per week</source>
        <translation>Interaktionen pro Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No interactions in the last 12 months</source>
        <translation>Keine Interaktionen in den letzten 12 Monaten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circle suggestions (%1)</source>
        <translation>Kreisvorschläge (%1)</translation>
    </message>
</context>
<context>
    <name>kith::DeleteIntroductionCommand</name>
    <message>
        <location filename="../ui/network/DeleteIntroductionCommand.cpp" line="+13"/>
        <source>Record Introduction of %1 and %2</source>
        <translation>Vorstellung von %1 und %2 erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Introduction of %1 and %2</source>
        <translation>Vorstellung von %1 und %2 löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
</context>
<context>
    <name>kith::DesktopIntegration</name>
    <message>
        <location filename="../ui/reminders/DesktopIntegration.cpp" line="+35"/>
        <source>&amp;Open Kith</source>
        <translation>Kith ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log Interaction…</source>
        <translation>Kontakt &amp;protokollieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Kith — %n due</source>
        <translation>
            <numerusform>Kith — %n fällig</numerusform>
            <numerusform>Kith — %n fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Due now (%1)</source>
        <translation>Jetzt fällig (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this contact in Kith</source>
        <translation>Diesen Kontakt in Kith zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>And %n more…</source>
        <translation>
            <numerusform>Und %n weitere…</numerusform>
            <numerusform>Und %n weitere…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n Erinnerung fällig</numerusform>
            <numerusform>%n Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reminder(s) came due while Kith was closed</source>
        <translation>
            <numerusform>%n Erinnerung wurde fällig, während Kith geschlossen war</numerusform>
            <numerusform>%n Erinnerungen wurden fällig, während Kith geschlossen war</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::DueModel</name>
    <message>
        <location filename="../ui/reminders/DueModel.cpp" line="+94"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>kith::DueText</name>
    <message>
        <location line="-62"/>
        <location filename="../ui/reminders/DueText.cpp" line="+24"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/reminders/DueText.cpp" line="-13"/>
        <source>keep in touch</source>
        <translation>in Kontakt bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up</source>
        <translation>nachfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last interaction: today</source>
        <translation>Letzter Kontakt: heute</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last interaction: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Letzter Kontakt: %1 (vor %n Tag)</numerusform>
            <numerusform>Letzter Kontakt: %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No interaction logged yet</source>
        <translation>Noch kein Kontakt protokolliert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::DueView</name>
    <message>
        <location filename="../ui/reminders/DueView.cpp" line="+56"/>
        <source>&amp;Log Interaction…</source>
        <translation>Kontakt &amp;protokollieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you were in touch; the reminder moves on</source>
        <translation>Festhalten, dass Sie in Kontakt waren; die Erinnerung rückt weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;nooze</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Be reminded again later</source>
        <translation>Später erneut erinnern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;kip This Time</source>
        <translation>Diesmal über&amp;springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count this round of keeping in touch as done, without logging an interaction</source>
        <translation>Diese Runde als erledigt zählen, ohne einen Kontakt zu protokollieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ismiss</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop this reminder without doing it</source>
        <translation>Diese Erinnerung verwerfen, ohne sie zu erledigen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>You are up to date: nothing is due this week.</source>
        <translation>Alles erledigt: Diese Woche ist nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <location line="+2"/>
        <source>%n due now</source>
        <translation>
            <numerusform>%n jetzt fällig</numerusform>
            <numerusform>%n jetzt fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>, %n more this week</source>
        <translation>
            <numerusform>, %n weitere diese Woche</numerusform>
            <numerusform>, %n weitere diese Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing due now, %n later this week</source>
        <translation>
            <numerusform>Jetzt nichts fällig, %n später diese Woche</numerusform>
            <numerusform>Jetzt nichts fällig, %n später diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing due this week</source>
        <translation>Diese Woche nichts fällig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Change Reminder</source>
        <translation>Erinnerung kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skipped this time: %1</source>
        <translation>Diesmal übersprungen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snoozed until %1: %2</source>
        <translation>Verschoben bis %1: %2</translation>
    </message>
</context>
<context>
    <name>kith::EditContactCommand</name>
    <message>
        <location filename="../ui/contacts/EditContactCommand.cpp" line="+12"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::Event</name>
    <message>
        <location filename="../core/domain/Event.cpp" line="+41"/>
        <source>Meetup</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party</source>
        <translation>Feier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>kith::EventAttendeeModel</name>
    <message>
        <location filename="../ui/network/EventAttendeeModel.cpp" line="+48"/>
        <source>You marked the follow-up done.</source>
        <translation>Sie haben das Nachfassen als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have been in touch since the event.</source>
        <translation>Sie hatten seit der Veranstaltung Kontakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up done and no interaction logged since the event.</source>
        <translation>Seit der Veranstaltung weder nachgefasst noch eine Interaktion erfasst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Was there</source>
        <translation>War dabei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was due %1</source>
        <translation>War fällig am %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
</context>
<context>
    <name>kith::EventDeleteCommand</name>
    <message>
        <location filename="../ui/network/EventDeleteCommand.cpp" line="+13"/>
        <source>New Event “%1”</source>
        <translation>Neue Veranstaltung „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Event &quot;%1&quot;</source>
        <translation>Veranstaltung „%1“ löschen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot Undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::EventDialog</name>
    <message>
        <location filename="../ui/network/EventDialog.cpp" line="+20"/>
        <location line="+40"/>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>e.g. RustConf 2026, Ada&apos;s birthday party</source>
        <translation>z. B. RustConf 2026, Adas Geburtstagsfeier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City or venue (optional)</source>
        <translation>Stadt oder Ort (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit Event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
</context>
<context>
    <name>kith::EventEditCommand</name>
    <message>
        <location filename="../ui/network/EventEditCommand.cpp" line="+11"/>
        <source>Edit Event “%1”</source>
        <translation>Veranstaltung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot Undo the Edit</source>
        <translation>Bearbeitung kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Redo the Edit</source>
        <translation>Bearbeitung kann nicht wiederholt werden</translation>
    </message>
</context>
<context>
    <name>kith::EventListModel</name>
    <message>
        <location filename="../ui/network/EventListModel.cpp" line="+55"/>
        <source>Followed up: the follow-up reminder is done, or you have been in touch since the event.</source>
        <translation>Nachgefasst: Die Nachfass-Erinnerung ist erledigt, oder Sie hatten seit der Veranstaltung Kontakt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2</source>
        <extracomment>How many of the people met at an event were followed up: &quot;2 of 5&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
</context>
<context>
    <name>kith::EventMeetingCommand</name>
    <message>
        <location filename="../ui/network/EventMeetingCommand.cpp" line="+13"/>
        <source>Add People Met at “%1”</source>
        <translation>Bei „%1“ getroffene Personen hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was changed. %1</source>
        <translation>Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Undo Adding the People You Met</source>
        <translation>Hinzufügen der getroffenen Personen kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Redo Adding the People You Met</source>
        <translation>Hinzufügen der getroffenen Personen kann nicht wiederholt werden</translation>
    </message>
</context>
<context>
    <name>kith::EventMeetingDialog</name>
    <message>
        <location filename="../ui/network/EventMeetingDialog.cpp" line="+34"/>
        <source>I Met These People At…</source>
        <translation>Diese Leute habe ich kennengelernt bei …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new event…</source>
        <translation>Eine neue Veranstaltung …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <extracomment>An event in the list to choose from: its name and its date.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Rust Meetup Berlin</source>
        <translation>z. B. Rust Meetup Berlin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City or venue (optional)</source>
        <translation>Stadt oder Ort (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One name per line, for example:
Ada Lovelace
Grace Hopper</source>
        <translation>Ein Name pro Zeile, zum Beispiel:
Ada Lovelace
Grace Hopper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add one of your contacts: type to search</source>
        <translation>Einen Ihrer Kontakte hinzufügen: zum Suchen tippen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No follow-up</source>
        <translation>Kein Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in </source>
        <translation>in </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up reminder for each person, this many days from today</source>
        <translation>Eine Nachfass-Erinnerung für jede Person, so viele Tage ab heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Kith will do</source>
        <translation>Was Kith tun wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Event:</source>
        <translation>&amp;Veranstaltung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up:</source>
        <translation>Nach&amp;fassen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Already on this event&apos;s list: left as it is</source>
        <translation>Bereits auf der Liste dieser Veranstaltung: bleibt unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing contact (one of %1 with this name; pick from the list to choose)</source>
        <translation>Vorhandener Kontakt (einer von %1 mit diesem Namen; zum Auswählen aus der Liste wählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing contact</source>
        <translation>Vorhandener Kontakt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the names of the people you met, or pick them from your contacts.</source>
        <translation>Geben Sie die Namen der Menschen ein, die Sie kennengelernt haben, oder wählen Sie sie aus Ihren Kontakten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 already in your contacts.</source>
        <translation>%1 neu, %2 bereits in Ihren Kontakten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each gets a follow-up reminder on %1.</source>
        <translation>Alle erhalten eine Nachfass-Erinnerung am %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot Record</source>
        <translation>Erfassen nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::EventMetAtLabel</name>
    <message>
        <location filename="../ui/network/EventMetAtLabel.cpp" line="+18"/>
        <source>The events where you met them; click one to open it</source>
        <translation>Die Veranstaltungen, bei denen Sie die Person kennengelernt haben; zum Öffnen anklicken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <extracomment>An event on a contact&apos;s &quot;Met at&quot; line: its name (a link) and its date.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Met at&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kennengelernt bei&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>kith::EventStore</name>
    <message>
        <location filename="../core/storage/EventStore.cpp" line="+82"/>
        <source>An event needs a name.</source>
        <translation>Eine Veranstaltung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event needs a valid date.</source>
        <translation>Eine Veranstaltung braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+21"/>
        <location line="+23"/>
        <location line="+82"/>
        <source>There is no event with id %1.</source>
        <translation>Es gibt keine Veranstaltung mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the Trash; restore them before adding them to an event.</source>
        <translation>%1 liegt im Papierkorb; stellen Sie den Kontakt wieder her, bevor Sie ihn einer Veranstaltung hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice.</source>
        <translation>%1 steht doppelt auf der Liste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is already on the list of %2.</source>
        <translation>%1 steht bereits auf der Liste von %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reminder %1 is not a follow-up with %2.</source>
        <translation>Erinnerung %1 ist kein Nachfassen bei %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Contact %1 is not on the list of event %2.</source>
        <translation>Kontakt %1 steht nicht auf der Liste der Veranstaltung %2.</translation>
    </message>
</context>
<context>
    <name>kith::EventsView</name>
    <message>
        <source>1 person</source>
        <translation type="vanished">1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="vanished">%1 Personen</translation>
    </message>
    <message>
        <location filename="../ui/network/EventsView.cpp" line="+38"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a meetup, a conference or a party</source>
        <translation>Ein Treffen, eine Konferenz oder eine Feier hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I &amp;Met These People At…</source>
        <translation>Diese Leute habe ich kennengelernt &amp;bei …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the people you met at an event, with a follow-up for each</source>
        <translation>Die Menschen hinzufügen, die Sie bei einer Veranstaltung kennengelernt haben, mit einer Nachfass-Erinnerung für jeden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen event&apos;s name, date, place or notes</source>
        <translation>Name, Datum, Ort oder Notizen der gewählten Veranstaltung ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen event and its list (the contacts stay; Edit &gt; Undo brings it back)</source>
        <translation>Die gewählte Veranstaltung und ihre Liste löschen (die Kontakte bleiben; Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Double-click someone to open them in your contacts</source>
        <translation>Doppelklicken, um die Person in Ihren Kontakten zu öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add People I Met Here…</source>
        <translation>&amp;Personen hinzufügen, die ich hier kennengelernt habe …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add more people you met at this event, with a follow-up for each</source>
        <translation>Weitere Menschen hinzufügen, die Sie bei dieser Veranstaltung kennengelernt haben, mit einer Nachfass-Erinnerung für jeden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an event to see who you met there.</source>
        <translation>Wählen Sie eine Veranstaltung, um zu sehen, wen Sie dort kennengelernt haben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;&lt;b&gt;No events yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;After a meetup, a conference or a party, choose &lt;b&gt;Network &amp;gt; I Met These People At…&lt;/b&gt; (%1): type the names of the people you met, and Kith adds the new ones to your contacts and reminds you to follow up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Veranstaltungen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wählen Sie nach einem Treffen, einer Konferenz oder einer Feier &lt;b&gt;Netzwerk &amp;gt; Diese Leute habe ich kennengelernt bei …&lt;/b&gt; (%1): Geben Sie die Namen der Menschen ein, die Sie kennengelernt haben, und Kith fügt die neuen zu Ihren Kontakten hinzu und erinnert Sie ans Nachfassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Nobody on the list yet: add the people you met here.</source>
        <translation>Noch niemand auf der Liste: Fügen Sie die Menschen hinzu, die Sie hier kennengelernt haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One person on the list; you did not meet them.</source>
        <translation>Eine Person auf der Liste; Sie haben sie nicht getroffen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people on the list; you did not meet any of them.</source>
        <translation>
            <numerusform>%n Person auf der Liste; Sie haben sie nicht getroffen.</numerusform>
            <numerusform>%n Personen auf der Liste; Sie haben keine davon getroffen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You met one person here and have followed up with them.</source>
        <translation>Sie haben hier eine Person getroffen und sich danach bei ihr gemeldet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You met %n people here and have followed up with everyone.</source>
        <translation>
            <numerusform>Sie haben hier %n Person getroffen und sich danach bei ihr gemeldet.</numerusform>
            <numerusform>Sie haben hier %n Personen getroffen und sich danach bei allen gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You met one person here.</source>
        <translation>Sie haben hier eine Person getroffen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You met %n people here.</source>
        <translation>
            <numerusform>Sie haben hier %n Person getroffen.</numerusform>
            <numerusform>Sie haben hier %n Personen getroffen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up: %1; still to follow up: %2.</source>
        <translation>Nachgefasst: %1; noch nachzufassen: %2.</translation>
    </message>
    <message>
        <source>%1 on the list; you did not meet any of them.</source>
        <translation type="vanished">%1 auf der Liste; Sie haben keinen von ihnen kennengelernt.</translation>
    </message>
    <message>
        <source>You met %1 here and have followed up with everyone.</source>
        <translation type="vanished">Sie haben hier %1 kennengelernt und bei allen nachgefasst.</translation>
    </message>
    <message>
        <source>You met %1 here: %2 followed up, %3 still to follow up.</source>
        <translation type="vanished">Sie haben hier %1 kennengelernt: %2 nachgefasst, bei %3 steht es noch aus.</translation>
    </message>
</context>
<context>
    <name>kith::ExportContactsDialog</name>
    <message>
        <location filename="../ui/contacts/ExportContactsDialog.cpp" line="+56"/>
        <location line="+166"/>
        <location line="+26"/>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected contacts (%1)</source>
        <translation>Ausgewählte Kontakte (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts selected in the table</source>
        <translation>Nur die in der Tabelle ausgewählten Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All contacts (%1)</source>
        <translation>Alle Kontakte (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the database, except the contacts in the Trash</source>
        <translation>Alle in der Datenbank, außer den Kontakten im Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts with the tag:</source>
        <translation>Kontakte mit dem Schlagwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts that carry the chosen tag</source>
        <translation>Nur die Kontakte mit dem gewählten Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag whose contacts are exported</source>
        <translation>Das Schlagwort, dessen Kontakte exportiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0, for older programs (.vcf)</source>
        <translation>vCard 3.0, für ältere Programme (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, for spreadsheets (.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard keeps every field and is read by address books and phones; CSV opens in spreadsheets</source>
        <translation>vCard behält jedes Feld und wird von Adressbüchern und Telefonen gelesen; CSV öffnet sich in Tabellenkalkulationen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file to write; an existing file is replaced only when you confirm</source>
        <translation>Die zu schreibende Datei; eine vorhandene Datei wird nur nach Bestätigung ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file in a save dialog</source>
        <translation>Die Datei in einem Speichern-Dialog wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the file</source>
        <translation>Die Datei schreiben</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Every field, labels and year-less birthdays included. For current address books.</source>
        <translation>Jedes Feld, auch Bezeichnungen und Geburtstage ohne Jahr. Für aktuelle Adressbücher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every field, in the older format that Outlook, older phones and Android read.</source>
        <translation>Jedes Feld, im älteren Format, das Outlook, ältere Telefone und Android lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per contact in Google Contacts&apos; columns, for spreadsheets; photos and unknown vCard properties are not included.</source>
        <translation>Eine Zeile pro Kontakt in den Spalten von Google Kontakte, für Tabellenkalkulationen; Fotos und unbekannte vCard-Eigenschaften fehlen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it with the exported contacts?</source>
        <translation>%1 existiert bereits. Durch die exportierten Kontakte ersetzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting contacts…</source>
        <translation>Kontakte werden exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>kith::Favour</name>
    <message>
        <location filename="../core/domain/Favour.cpp" line="+41"/>
        <source>No favours with %1 yet.</source>
        <translation>Noch keine Gefallen mit %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You&apos;ve done %n favour(s) for %1; none back yet.</source>
        <translation>
            <numerusform>Sie haben %1 %n Gefallen getan; noch keinen zurück.</numerusform>
            <numerusform>Sie haben %1 %n Gefallen getan; noch keinen zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has done %n favour(s) for you; you haven&apos;t returned one yet.</source>
        <translation>
            <numerusform>%1 hat Ihnen %n Gefallen getan; Sie haben ihn noch nicht erwidert.</numerusform>
            <numerusform>%1 hat Ihnen %n Gefallen getan; Sie haben noch keinen erwidert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>You&apos;ve done %n favour(s) for %1; %1 has done %2 for you.</source>
        <extracomment>%n: the favours the user did for %1; %2: how many %1 did in return (a number, &quot;favours&quot; left out).</extracomment>
        <translation>
            <numerusform>Sie haben %1 %n Gefallen getan; %1 Ihnen %2.</numerusform>
            <numerusform>Sie haben %1 %n Gefallen getan; %1 Ihnen %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::FavourBalancePanel</name>
    <message>
        <location filename="../ui/network/FavourBalancePanel.cpp" line="+20"/>
        <source>Favours you did for them and they did for you</source>
        <translation>Gefallen, die Sie der Person getan haben und die sie Ihnen getan hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Favour…</source>
        <translation>Gefallen erfassen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note a favour you did for them, or one they did for you</source>
        <translation>Einen Gefallen notieren, den Sie der Person getan haben oder den sie Ihnen getan hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favours…</source>
        <translation>Gefallen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See, and delete, the favours between you</source>
        <translation>Die Gefallen zwischen Ihnen ansehen und löschen</translation>
    </message>
</context>
<context>
    <name>kith::FavourCommand</name>
    <message>
        <location filename="../ui/network/FavourCommand.cpp" line="+12"/>
        <source>Log Favour &quot;%1&quot;</source>
        <translation>Gefallen „%1“ erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Favour &quot;%1&quot;</source>
        <translation>Gefallen „%1“ löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit Favour &quot;%1&quot;</source>
        <translation>Gefallen „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot Undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::FavourDialog</name>
    <message>
        <location filename="../ui/network/FavourDialog.cpp" line="+23"/>
        <source>Log Favour</source>
        <translation>Gefallen erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I did something for them</source>
        <translation>Ich habe etwas für die Person getan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They did something for me</source>
        <translation>Die Person hat etwas für mich getan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Reviewed her CV, lent me a drill</source>
        <translation>z. B. Lebenslauf durchgesehen, mir eine Bohrmaschine geliehen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who did it:</source>
        <translation>Wer es getan hat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log Favour</source>
        <translation>Gefallen &amp;erfassen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit Favour</source>
        <translation>Gefallen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pick one of your contacts from the list.</source>
        <translation>Wählen Sie einen Ihrer Kontakte aus der Liste.</translation>
    </message>
</context>
<context>
    <name>kith::FavourListDialog</name>
    <message>
        <location filename="../ui/network/FavourListDialog.cpp" line="+22"/>
        <source>Favours with %1</source>
        <translation>Gefallen mit %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Log Favour…</source>
        <translation>Gefallen &amp;erfassen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen favour (Edit &gt; Undo changes it back)</source>
        <translation>Den gewählten Gefallen ändern (Bearbeiten &gt; Rückgängig macht es rückgängig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the chosen favour (Edit &gt; Undo brings it back)</source>
        <translation>Den gewählten Gefallen löschen (Bearbeiten &gt; Rückgängig holt ihn zurück)</translation>
    </message>
</context>
<context>
    <name>kith::FavourListModel</name>
    <message>
        <location filename="../ui/network/FavourListModel.cpp" line="+50"/>
        <source>You did</source>
        <translation>Sie haben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>They did</source>
        <translation>Die Person hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favour</source>
        <translation>Gefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>kith::FavourStore</name>
    <message>
        <location filename="../core/storage/FavourStore.cpp" line="+23"/>
        <source>Say what the favour was.</source>
        <translation>Geben Sie an, worin der Gefallen bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A favour needs a valid date.</source>
        <translation>Ein Gefallen braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+54"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+47"/>
        <source>%1 is in the Trash; restore them before logging a favour.</source>
        <translation>%1 ist im Papierkorb; stellen Sie den Kontakt wieder her, bevor Sie einen Gefallen erfassen.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>There is no favour with id %1.</source>
        <translation>Es gibt keinen Gefallen mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>kith::HealthStatus</name>
    <message>
        <location filename="../core/health/HealthStatus.cpp" line="+43"/>
        <source>Thriving</source>
        <translation>Blühend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drifting</source>
        <translation>Verblassend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
</context>
<context>
    <name>kith::HealthStore</name>
    <message>
        <location filename="../core/storage/HealthStore.cpp" line="+199"/>
        <location line="+67"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot read the contact.</source>
        <translation>Der Kontakt kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no circle called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kreis namens „%1“.</translation>
    </message>
</context>
<context>
    <name>kith::HealthText</name>
    <message numerus="yes">
        <location filename="../ui/contacts/HealthText.cpp" line="+28"/>
        <location line="+73"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-75"/>
        <source>about %n week(s)</source>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>etwa %n Monat</numerusform>
            <numerusform>etwa %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>etwa %n Jahr</numerusform>
            <numerusform>etwa %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>your %n-day cadence for them</source>
        <translation>
            <numerusform>Ihrem Rhythmus von %n Tag für die Person</numerusform>
            <numerusform>Ihrem Rhythmus von %n Tagen für die Person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a %n-day cadence</source>
        <translation>
            <numerusform>einem Rhythmus von %n Tag</numerusform>
            <numerusform>einem Rhythmus von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the %n-day cadence Kith assumes without one</source>
        <translation>
            <numerusform>dem Rhythmus von %n Tag, den Kith ohne eigenen annimmt</numerusform>
            <numerusform>dem Rhythmus von %n Tagen, den Kith ohne eigenen annimmt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have not been in touch since you added them %1, against %2</source>
        <translation>Kein Kontakt, seit Sie die Person %1 hinzugefügt haben, gemessen an %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You&apos;ve had all the contact you intended over %1</source>
        <translation>Sie hatten über %1 so viel Kontakt wie vorgesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You&apos;ve had %1% of the contact you intended over %2</source>
        <translation>Sie hatten über %2 %1% des vorgesehenen Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last talked %1 against %2</source>
        <translation>zuletzt gesprochen %1, gemessen an %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you started %1% of your conversations</source>
        <translation>%1% Ihrer Gespräche gingen von Ihnen aus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: on cadence, with plenty of contact.</source>
        <translation>%1: im Rhythmus, mit reichlich Kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: on cadence.</source>
        <translation>%1: im Rhythmus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 times the cadence has passed since you were last in touch.</source>
        <translation>%1: Seit dem letzten Kontakt ist das %2-Fache des Rhythmus vergangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 times the cadence has passed since you were last in touch (drifting after 3).</source>
        <translation>%1: Seit dem letzten Kontakt ist das %2-Fache des Rhythmus vergangen (verblassend ab dem 3-Fachen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 without contact, longer than %3 (eight cadences, as there is no usual gap yet).</source>
        <translation>%1: %2 ohne Kontakt, länger als %3 (acht Rhythmen, da es noch keinen üblichen Abstand gibt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 without contact, more than eight times your usual gap of %3.</source>
        <translation>%1: %2 ohne Kontakt, mehr als das Achtfache Ihres üblichen Abstands (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>depth %1% (no interactions yet</source>
        <translation>Tiefe %1% (noch keine Interaktionen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>depth %1% (%2 of the last %n interaction(s) in person or long calls</source>
        <translation>
            <numerusform>Tiefe %1% (%2 der letzten %n Interaktion persönlich oder lange Anrufe</numerusform>
            <numerusform>Tiefe %1% (%2 der letzten %n Interaktionen persönlich oder lange Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; closeness %1 of 5</source>
        <translation>; Nähe %1 von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength %1: both reaching out %2%, known for %3 (%4%), %5.</source>
        <translation>Stärke %1: beide melden sich %2%, Bekanntschaft %3 (%4%), %5.</translation>
    </message>
</context>
<context>
    <name>kith::ImportApplier</name>
    <message>
        <location filename="../core/io/import/ImportApplier.cpp" line="+62"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, line %2: the contact to merge into (&quot;%3&quot;) no longer exists. Plan the import again.</source>
        <translation>%1, Zeile %2: Der Kontakt, mit dem zusammengeführt werden soll („%3“), existiert nicht mehr. Planen Sie den Import erneut.</translation>
    </message>
</context>
<context>
    <name>kith::ImportBatchModel</name>
    <message>
        <location filename="../ui/import/ImportBatchModel.cpp" line="+77"/>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kith::ImportBatchStore</name>
    <message>
        <location filename="../core/storage/ImportBatchStore.cpp" line="+70"/>
        <source>There is no import with id %1.</source>
        <translation>Es gibt keinen Import mit der ID %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The import of %1 was already undone.</source>
        <translation>Der Import von %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A later import (number %1) changed some of the same contacts. Undo that one first.</source>
        <translation>Ein späterer Import (Nummer %1) hat einige derselben Kontakte geändert. Machen Sie zuerst diesen rückgängig.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contact(s) this import added or changed were edited since (for example &quot;%1&quot;). Undoing it would lose those edits.</source>
        <translation>
            <numerusform>%n Kontakt, den dieser Import hinzugefügt oder geändert hat, wurde seitdem bearbeitet („%1“). Das Rückgängigmachen würde diese Änderungen verlieren.</numerusform>
            <numerusform>%n Kontakte, die dieser Import hinzugefügt oder geändert hat, wurden seitdem bearbeitet (zum Beispiel „%1“). Das Rückgängigmachen würde diese Änderungen verlieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some contacts this import added have interactions or reminders now. Undoing the import would delete them; move those contacts to the Trash yourself instead.</source>
        <translation>Einige Kontakte, die dieser Import hinzugefügt hat, haben inzwischen Interaktionen oder Erinnerungen. Das Rückgängigmachen würde sie löschen; verschieben Sie diese Kontakte stattdessen selbst in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The import&apos;s record of contact %1 cannot be read; nothing was undone.</source>
        <translation>Die Aufzeichnung des Imports zu Kontakt %1 kann nicht gelesen werden; es wurde nichts rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>kith::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+121"/>
        <location line="+26"/>
        <source>An import is already in progress.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+95"/>
        <location line="+37"/>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Contact files (*.vcf *.vcard *.csv);;vCard files (*.vcf *.vcard);;CSV files (*.csv);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard *.csv);;vCard-Dateien (*.vcf *.vcard);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+100"/>
        <location line="+73"/>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>These files cannot be found:
%1</source>
        <translation>Diese Dateien sind nicht zu finden:
%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+37"/>
        <location line="+66"/>
        <location line="+6"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+15"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+177"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>%1 holds no contacts.</source>
        <translation>%1 enthält keine Kontakte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Imported %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt importiert</numerusform>
            <numerusform>%Ln Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>merged %Ln</source>
        <translation>
            <numerusform>%Ln zusammengeführt</numerusform>
            <numerusform>%Ln zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln nicht lesbar</numerusform>
            <numerusform>%Ln nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>The %Ln contact(s) it added will be deleted.</source>
        <translation>
            <numerusform>%Ln Kontakt, den er hinzugefügt hat, wird gelöscht.</numerusform>
            <numerusform>%Ln Kontakte, die er hinzugefügt hat, werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %Ln contact(s) it merged into go back to how they were before.</source>
        <translation>
            <numerusform>%Ln Kontakt, mit dem er zusammengeführt hat, wird wiederhergestellt, wie er vorher war.</numerusform>
            <numerusform>%Ln Kontakte, mit denen er zusammengeführt hat, werden wiederhergestellt, wie sie vorher waren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Undo cancelled: the import is as it was.</source>
        <translation>Rückgängigmachen abgebrochen: Der Import ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>removed %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt entfernt</numerusform>
            <numerusform>%Ln Kontakte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>restored %Ln merged contact(s)</source>
        <translation>
            <numerusform>%Ln zusammengeführten Kontakt wiederhergestellt</numerusform>
            <numerusform>%Ln zusammengeführte Kontakte wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n Kontakt importiert</numerusform>
            <numerusform>%n Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n</source>
        <translation type="vanished">
            <numerusform>%n zusammengeführt</numerusform>
            <numerusform>%n zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation type="vanished">
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation type="vanished">
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="-128"/>
        <source>. Edit &gt; Undo Import takes it back.</source>
        <translation>. Bearbeiten &gt; Import rückgängig machen nimmt ihn zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written. Import again, or close this window.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben. Importieren Sie erneut oder schließen Sie dieses Fenster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Nothing was written.</source>
        <translation>%1

Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Wait until the import in progress has finished.</source>
        <translation>Warten Sie, bis der laufende Import abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>Cannot Undo Import</source>
        <translation>Import kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>This import has already been undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>Den Import von %1 vom %2 rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) it added will be deleted.</source>
        <translation type="vanished">
            <numerusform>%n Kontakt, den er hinzugefügt hat, wird gelöscht.</numerusform>
            <numerusform>%n Kontakte, die er hinzugefügt hat, werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) it merged into go back to how they were before.</source>
        <translation type="vanished">
            <numerusform>%n Kontakt, mit dem er zusammengeführt hat, wird wiederhergestellt, wie er vorher war.</numerusform>
            <numerusform>%n Kontakte, mit denen er zusammengeführt hat, werden wiederhergestellt, wie sie vorher waren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undoing the import of %1…</source>
        <translation>Der Import von %1 wird rückgängig gemacht…</translation>
    </message>
    <message numerus="yes">
        <source>removed %n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n Kontakt entfernt</numerusform>
            <numerusform>%n Kontakte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n merged contact(s)</source>
        <translation type="vanished">
            <numerusform>%n zusammengeführten Kontakt wiederhergestellt</numerusform>
            <numerusform>%n zusammengeführte Kontakte wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import undone.</source>
        <translation>Import rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone: %1.</source>
        <translation>Import rückgängig gemacht: %1.</translation>
    </message>
</context>
<context>
    <name>kith::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/import/ImportHistoryDialog.cpp" line="+18"/>
        <source>Import History</source>
        <translation>Import-Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undoing an import removes the contacts it added and puts the contacts it merged into back as they were.</source>
        <translation>Rückgängig machen entfernt die Kontakte, die ein Import hinzugefügt hat, und stellt die zusammengeführten wieder her, wie sie vorher waren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has been imported into this database yet. Drop a .vcf or .csv file on the window, or choose File &gt; Import Contacts.</source>
        <translation>In diese Datenbank wurde noch nichts importiert. Ziehen Sie eine .vcf- oder .csv-Datei auf das Fenster oder wählen Sie Datei &gt; Kontakte importieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the contacts the selected import added and restore the ones it merged into</source>
        <translation>Die Kontakte entfernen, die der ausgewählte Import hinzugefügt hat, und die zusammengeführten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>kith::ImportPlanner</name>
    <message>
        <location filename="../core/io/import/ImportPlanner.cpp" line="+103"/>
        <source>same name and organization</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name and birthday</source>
        <translation>gleicher Name und gleicher Geburtstag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same name and city</source>
        <translation>gleicher Name und gleicher Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name and website</source>
        <translation>gleicher Name und gleiche Website</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+38"/>
        <location line="+177"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>line %1: there is no circle &quot;%2&quot;; the contact is added without one</source>
        <translation>Zeile %1: Es gibt keinen Kreis „%2“; der Kontakt wird ohne Kreis hinzugefügt</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+51"/>
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>line %1: the contact with this UID is in the Trash; this one is added as a new contact</source>
        <translation>Zeile %1: Der Kontakt mit dieser UID ist im Papierkorb; dieser wird als neuer Kontakt hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+47"/>
        <source>same email %1</source>
        <translation>gleiche E-Mail %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+48"/>
        <source>same phone %1</source>
        <translation>gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 as %2 line %3</source>
        <translation>%1 wie %2, Zeile %3</translation>
    </message>
</context>
<context>
    <name>kith::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/import/ImportPreviewDialog.cpp" line="+41"/>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From %1. Nothing is written until you choose Import.</source>
        <translation>Aus %1. Es wird nichts geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only some of the records</source>
        <translation>Nur einen Teil der Datensätze zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merges</source>
        <translation>Zusammenführungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+179"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Duplicates in the files</source>
        <translation>Doppelte in den Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differing values</source>
        <translation>Abweichende Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add as &amp;New</source>
        <translation>Als &amp;neu hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected records as new contacts, even where they match one</source>
        <translation>Die ausgewählten Datensätze als neue Kontakte hinzufügen, auch wenn sie zu einem passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected records into the contacts they match</source>
        <translation>Die ausgewählten Datensätze mit den passenden Kontakten zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the selected records out of the import</source>
        <translation>Die ausgewählten Datensätze beim Import auslassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected records:</source>
        <translation>Ausgewählte Datensätze:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add as new</source>
        <translation>Als neu hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+147"/>
        <source>Close without importing anything</source>
        <translation>Schließen, ohne etwas zu importieren</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect</source>
        <translation>Folge</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read anyway</source>
        <translation>Trotzdem gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To merge into existing contacts</source>
        <translation>Zum Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates in the file</source>
        <translation>Doppelte in der Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Contact(s)</source>
        <translation type="vanished">
            <numerusform>%n Kontakt &amp;importieren</numerusform>
            <numerusform>%n Kontakte &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&amp;Import %Ln Contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt &amp;importieren</numerusform>
            <numerusform>%Ln Kontakte &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the new and merged contacts in one go; it can be undone</source>
        <translation>Die neuen und zusammengeführten Kontakte in einem Schritt schreiben; das lässt sich rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record is skipped: there is nothing to import</source>
        <translation>Alle Datensätze werden übersprungen: Es gibt nichts zu importieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Importing… Cancel writes nothing.</source>
        <translation>Import läuft… Abbrechen schreibt nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the import: nothing is written</source>
        <translation>Den Import anhalten: Es wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancelling… nothing is written.</source>
        <translation>Wird abgebrochen… Es wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>kith::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/ImportPreviewModel.cpp" line="+44"/>
        <source>Add as new</source>
        <translation>Als neu hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Same person as %1</source>
        <translation>Dieselbe Person wie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: keeps “%2”, file has “%3”</source>
        <translation>%1: behält „%2“, Datei hat „%3“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>You changed this from “%1”.</source>
        <translation>Sie haben dies von „%1“ geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merging adds the file&apos;s emails, phones and addresses to %1 and keeps %1&apos;s other values where they differ.</source>
        <translation>Das Zusammenführen ergänzt %1 um die E-Mails, Telefonnummern und Adressen aus der Datei und behält bei Abweichungen die übrigen Werte von %1.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing values (kept → in file)</source>
        <translation>Abweichend (behalten → Datei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the import does with the record; double-click to change it</source>
        <translation>Was der Import mit dem Datensatz macht; zum Ändern doppelklicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact already in Kith that this record is the same person as, and why</source>
        <translation>Der Kontakt in Kith, der dieselbe Person ist wie dieser Datensatz, und warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where a merge keeps the existing value; the file&apos;s value is kept in the contact&apos;s history</source>
        <translation>Wo das Zusammenführen den vorhandenen Wert behält; der Wert aus der Datei bleibt im Verlauf des Kontakts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file and line the record comes from</source>
        <translation>Die Datei und Zeile, aus der der Datensatz stammt</translation>
    </message>
</context>
<context>
    <name>kith::InteractionStore</name>
    <message>
        <location filename="../core/storage/InteractionStore.cpp" line="+57"/>
        <source>An interaction needs a valid date and time.</source>
        <translation>Eine Interaktion braucht ein gültiges Datum und eine gültige Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interaction&apos;s duration must be at least one minute.</source>
        <translation>Eine Interaktion muss mindestens eine Minute dauern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interaction needs at least one participant.</source>
        <translation>Eine Interaktion braucht mindestens einen Teilnehmer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some participants of this interaction do not exist.</source>
        <translation>Einige Teilnehmer dieser Interaktion existieren nicht.</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+33"/>
        <location line="+33"/>
        <source>There is no interaction with id %1.</source>
        <translation>Es gibt keine Interaktion mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>kith::Introduction</name>
    <message>
        <location filename="../core/domain/Introduction.cpp" line="+42"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made</source>
        <translation>Vorgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionContactField</name>
    <message>
        <location filename="../ui/network/IntroductionContactField.cpp" line="+25"/>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionDismissCommand</name>
    <message>
        <location filename="../ui/network/IntroductionDismissCommand.cpp" line="+14"/>
        <source>Dismiss Suggestion to Introduce %1 and %2</source>
        <translation>Vorschlag verwerfen, %1 und %2 einander vorzustellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Undo Dismissing</source>
        <translation>Verwerfen kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Redo Dismissing</source>
        <translation>Verwerfen kann nicht wiederholt werden</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionEditCommand</name>
    <message>
        <location filename="../ui/network/IntroductionEditCommand.cpp" line="+15"/>
        <source>Mark Introduction of %1 and %2 “%3”</source>
        <translation>Vorstellung von %1 und %2 als „%3“ markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Outcome of Introducing %1 and %2</source>
        <translation>Ergebnis der Vorstellung von %1 und %2 bearbeiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot Undo the Change</source>
        <translation>Änderung kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Redo the Change</source>
        <translation>Änderung kann nicht wiederholt werden</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionStore</name>
    <message>
        <location filename="../core/storage/IntroductionStore.cpp" line="+76"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ask %1 and %2 how the introduction went</source>
        <translation>%1 und %2 fragen, wie die Vorstellung verlaufen ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An introduction needs the date it was made.</source>
        <translation>Eine Vorstellung benötigt das Datum, an dem sie erfolgt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An introduction cannot be dated after today (%1).</source>
        <translation>Eine Vorstellung kann nicht nach dem heutigen Tag (%1) datiert sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no topic with id %1.</source>
        <translation>Es gibt kein Thema mit der ID %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+405"/>
        <source>An introduction needs two different people.</source>
        <translation>Für eine Vorstellung sind zwei verschiedene Personen nötig.</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>The follow-up is a number of days from today, 0 or more, not %1.</source>
        <translation>Das Nachfassen ist eine Anzahl von Tagen ab heute, 0 oder mehr, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-up needs a valid time of day.</source>
        <translation>Das Nachfassen benötigt eine gültige Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the Trash; restore them before introducing them.</source>
        <translation>%1 befindet sich im Papierkorb; stellen Sie den Kontakt wieder her, bevor Sie ihn vorstellen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You already introduced %1 and %2 (on %3).</source>
        <translation>Sie haben %1 und %2 bereits einander vorgestellt (am %3).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Introduced by you on %1</source>
        <translation>Von Ihnen vorgestellt am %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>This introduction cannot be put back.</source>
        <translation>Diese Vorstellung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the Trash; restore them first.</source>
        <translation>%1 befindet sich im Papierkorb; stellen Sie den Kontakt zuerst wieder her.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2 have an introduction again; it was not replaced.</source>
        <translation>Für %1 und %2 gibt es bereits wieder eine Vorstellung; sie wurde nicht ersetzt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>There is no introduction with id %1.</source>
        <translation>Es gibt keine Vorstellung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionSuggester</name>
    <message>
        <location filename="../core/network/IntroductionSuggester.cpp" line="+51"/>
        <source>%1 has the goal “%2”; %3 can help with it.</source>
        <translation>%1 hat das Ziel „%2“; %3 kann dabei helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is looking for %2; %3 can help with %2.</source>
        <translation>%1 sucht %2; %3 kann bei %2 helfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weiterer.</numerusform>
            <numerusform>Und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::IntroductionSuggestionModel</name>
    <message>
        <location filename="../ui/network/IntroductionSuggestionModel.cpp" line="+27"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Introduce…</source>
        <translation>Vorstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record that you introduced %1 and %2, with a follow-up reminder</source>
        <translation>Festhalten, dass Sie %1 und %2 einander vorgestellt haben, mit einer Erinnerung zum Nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not suggest introducing %1 and %2 again</source>
        <translation>Nicht mehr vorschlagen, %1 und %2 einander vorzustellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Your tie strength: %2 %3/100, %4 %5/100. Double-click to open the contact.</source>
        <translation>%1
Ihre Bindungsstärke: %2 %3/100, %4 %5/100. Doppelklicken, um den Kontakt zu öffnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for help</source>
        <translation>Sucht Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can help</source>
        <translation>Kann helfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionTableModel</name>
    <message>
        <location filename="../ui/network/IntroductionTableModel.cpp" line="+74"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Double-click to change how far the introduction went</source>
        <translation>Doppelklicken, um zu ändern, wie weit die Vorstellung gediehen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to say what came of it</source>
        <translation>Doppelklicken, um das Ergebnis festzuhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up reminder</source>
        <translation>Keine Erinnerung zum Nachfassen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not a status of an introduction.</source>
        <translation>„%1“ ist kein Status einer Vorstellung.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
</context>
<context>
    <name>kith::IntroductionsView</name>
    <message>
        <location filename="../ui/network/IntroductionsView.cpp" line="+122"/>
        <source>Introduce…</source>
        <translation>Vorstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Introduce…</source>
        <translation>&amp;Vorstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Who Is Looking</source>
        <translation>&amp;Suchende Person öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Who &amp;Can Help</source>
        <translation>&amp;Helfende Person öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No introductions to suggest. Kith suggests two people you are in touch with who do not know each other yet, when one is looking for what the other can help with: add needs and expertise to your contacts&apos; topics.</source>
        <translation>Keine Vorstellungen vorzuschlagen. Kith schlägt zwei Personen vor, mit denen Sie in Kontakt stehen und die sich noch nicht kennen, wenn die eine sucht, wobei die andere helfen kann: Fügen Sie den Themen Ihrer Kontakte Gesuche und Fachwissen hinzu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot Change the Introduction</source>
        <translation>Die Vorstellung kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change &amp;Status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit &amp;Outcome</source>
        <translation>&amp;Ergebnis bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;First Contact</source>
        <translation>&amp;Ersten Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Se&amp;cond Contact</source>
        <translation>&amp;Zweiten Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete Introduction</source>
        <translation>Vorstellung &amp;löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No introductions recorded yet. Use Introduce… on a suggestion, or Record Introduction…, and Kith reminds you to ask how it went.</source>
        <translation>Noch keine Vorstellungen festgehalten. Verwenden Sie „Vorstellen…“ bei einem Vorschlag oder „Vorstellung festhalten…“, und Kith erinnert Sie daran, nachzufragen, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record Introduction…</source>
        <translation>Vorstellung &amp;festhalten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an introduction you made, with a reminder to ask how it went</source>
        <translation>Eine Vorstellung festhalten, die Sie vorgenommen haben, mit einer Erinnerung, nachzufragen, wie es gelaufen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected introduction and its open follow-up (Edit &gt; Undo brings them back)</source>
        <translation>Die ausgewählte Vorstellung und ihr offenes Nachfassen löschen (Bearbeiten &gt; Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested introductions</source>
        <translation>Vorgeschlagene Vorstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Introductions you made</source>
        <translation>Ihre Vorstellungen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open this page to find suggestions.</source>
        <translation>Öffnen Sie diese Seite, um Vorschläge zu finden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Finding people to introduce…</source>
        <translation>Personen zum Vorstellen werden gesucht…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot find suggestions: %1</source>
        <translation>Vorschläge können nicht gefunden werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(the best %n)</source>
        <translation>
            <numerusform>(der beste)</numerusform>
            <numerusform>(die besten %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the best %1)</source>
        <translation type="vanished">(die besten %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n suggestion(s))</source>
        <translation>
            <numerusform>(%n Vorschlag)</numerusform>
            <numerusform>(%n Vorschläge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Recorded the introduction of %1 and %2.</source>
        <translation>Die Vorstellung von %1 und %2 wurde festgehalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You will be reminded to ask how it went on %1.</source>
        <translation>Sie werden am %1 daran erinnert, nachzufragen, wie es gelaufen ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Dismiss the Suggestion</source>
        <translation>Der Vorschlag kann nicht verworfen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kith will not suggest introducing %1 and %2 again.</source>
        <translation>Kith wird nicht mehr vorschlagen, %1 und %2 einander vorzustellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Delete the Introduction</source>
        <translation>Die Vorstellung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the introduction of %1 and %2 (Undo brings it back).</source>
        <translation>Die Vorstellung von %1 und %2 wurde gelöscht (Rückgängig stellt sie wieder her).</translation>
    </message>
</context>
<context>
    <name>kith::LabeledValueListEditor</name>
    <message>
        <location filename="../ui/widgets/LabeledValueListEditor.cpp" line="+76"/>
        <source>Choose a label or type your own</source>
        <translation>Bezeichnung auswählen oder eigene eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>kith::LogInteractionCommand</name>
    <message>
        <location filename="../ui/main/LogInteractionCommand.cpp" line="+11"/>
        <source>Log Interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot Undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
</context>
<context>
    <name>kith::LogInteractionDialog</name>
    <message>
        <location filename="../ui/interactions/LogInteractionDialog.cpp" line="+40"/>
        <source>Log Interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who reached out</source>
        <translation>Wer sich gemeldet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Them</source>
        <translation>Die andere Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasted, in minutes; leave at &quot;Not recorded&quot; if you do not know</source>
        <translation>Wie lange es gedauert hat, in Minuten; auf „Nicht erfasst“ lassen, wenn Sie es nicht wissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Coffee, talked about her new job</source>
        <translation>z. B. Kaffee, über ihren neuen Job gesprochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove Participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected participants (Delete)</source>
        <translation>Die ausgewählten Teilnehmer entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add participant: type a name…</source>
        <translation>Teilnehmer hinzufügen: Namen eingeben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What you talked about, what to follow up on…</source>
        <translation>Worüber Sie gesprochen haben, woran Sie anknüpfen wollen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initiated by:</source>
        <translation>&amp;Initiative von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add at least one participant.</source>
        <translation>Fügen Sie mindestens einen Teilnehmer hinzu.</translation>
    </message>
</context>
<context>
    <name>kith::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+213"/>
        <source>No system tray was found</source>
        <translation>Kein Systemabschnitt der Kontrollleiste gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith shows its reminders here in the window instead, and quits when the window is closed.</source>
        <translation>Kith zeigt seine Erinnerungen stattdessen hier im Fenster und wird beendet, wenn das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an empty Kith database file</source>
        <translation>Eine leere Kith-Datenbankdatei anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another Kith database file</source>
        <translation>Eine andere Kith-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Sample Network</source>
        <translation>Beispielnet&amp;zwerk öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this database with made-up contacts to try Kith out</source>
        <translation>Diese Datenbank mit erfundenen Kontakten füllen, um Kith auszuprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Kith</source>
        <translation>Kith beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+260"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts by name, organisation, email, phone, tag or notes</source>
        <translation>Kontakte nach Name, Organisation, E-Mail, Telefon, Schlagwort oder Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+941"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="-941"/>
        <location line="+943"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Die ausgewählten Kontakte in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="-936"/>
        <location line="+1035"/>
        <source>Show &amp;Trash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <location line="-1034"/>
        <source>List the contacts in the Trash instead of your network</source>
        <translation>Die Kontakte im Papierkorb statt Ihres Netzwerks auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person to your network</source>
        <translation>Eine Person zu Ihrem Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected contact</source>
        <translation>Den ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log Interaction…</source>
        <translation>&amp;Interaktion erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a call, a meeting or a message with the selected contacts</source>
        <translation>Einen Anruf, ein Treffen oder eine Nachricht mit den ausgewählten Kontakten festhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Reminder…</source>
        <translation>&amp;Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind yourself to follow up with the selected contact</source>
        <translation>Sich daran erinnern lassen, beim ausgewählten Kontakt nachzuhaken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Manage Tags…</source>
        <translation>Schlagwörter &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename, recolour or delete the tags you give contacts</source>
        <translation>Die Schlagwörter für Ihre Kontakte hinzufügen, umbenennen, umfärben oder löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;store from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected contacts back into your network</source>
        <translation>Die ausgewählten Kontakte zurück in Ihr Netzwerk holen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty &amp;Trash…</source>
        <translation>Papierkorb lee&amp;ren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete every contact in the Trash for good</source>
        <translation>Alle Kontakte im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-in-touch cadence per circle, birthday reminders, quiet hours, tray and start at login</source>
        <translation>Kontaktrhythmus je Kreis, Geburtstagserinnerungen, Ruhezeiten, Kontrollleiste und Start bei der Anmeldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the table of your contacts</source>
        <translation>Die Tabelle Ihrer Kontakte zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1506"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="-1505"/>
        <source>Who to get in touch with today and this week: cadence, birthdays and follow-ups</source>
        <translation>Mit wem Sie sich heute und diese Woche melden sollten: Rhythmus, Geburtstage und Nachfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dash&amp;board</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your network is doing: health over time, status by circle, interactions by channel, who needs attention</source>
        <translation>Wie es um Ihr Netzwerk steht: Zustand im Zeitverlauf, Status nach Kreis, Interaktionen nach Kanal, wer Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Social Capital</source>
        <translation>&amp;Soziales Kapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What your network can do for you: circles, clusters, bridges, weak ties and your brokerage</source>
        <translation>Was Ihr Netzwerk für Sie tun kann: Kreise, Gruppen, Brücken, schwache Bindungen und Ihre Vermittlerrolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network &amp;Graph</source>
        <translation>Netzwerk&amp;grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You, your contacts and how they know each other, sized by tie strength; click to see a contact</source>
        <translation>Sie, Ihre Kontakte und wie diese sich kennen, in der Größe nach Bindungsstärke; klicken Sie, um einen Kontakt zu sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Introductions</source>
        <translation>&amp;Vorstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who to introduce to whom (one&apos;s need, the other&apos;s expertise) and the introductions you made</source>
        <translation>Wen Sie wem vorstellen sollten (was der eine sucht, wobei der andere helfen kann) und die Vorstellungen, die Sie vorgenommen haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record Introduction…</source>
        <translation>Vorstellung &amp;festhalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you introduced two people, with a reminder to ask how it went</source>
        <translation>Festhalten, dass Sie zwei Personen einander vorgestellt haben, mit einer Erinnerung, nachzufragen, wie es gelaufen ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contacts from vCard (.vcf) or CSV files; you see what will be added or merged first</source>
        <translation>Kontakte aus vCard- (.vcf) oder CSV-Dateien hinzufügen; vorher sehen Sie, was hinzugefügt oder zusammengeführt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;History…</source>
        <translation>Import-&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every import with its files and counts; undo an import from here</source>
        <translation>Jeder Import mit seinen Dateien und Zahlen; hier lässt sich ein Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo &amp;Import</source>
        <translation>&amp;Import rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the contacts the last import added and restore the ones it merged into</source>
        <translation>Die Kontakte entfernen, die der letzte Import hinzugefügt hat, und die zusammengeführten wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who Can Help…</source>
        <translation>&amp;Wer kann helfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find who in your network can help with something: what they can help with, their topics, work, notes and your interactions</source>
        <translation>Finden, wer in Ihrem Netzwerk bei etwas helfen kann: wobei die Menschen helfen können, ihre Themen, Arbeit, Notizen und Ihre Interaktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review Suggested &amp;Links…</source>
        <translation>Vorgeschlagene Ver&amp;knüpfungen prüfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links Kith noticed (siblings through a shared parent, colleagues at the same organisation, people at the same event) to confirm or reject</source>
        <translation>Von Kith bemerkte Verknüpfungen (Geschwister über einen gemeinsamen Elternteil, Kollegen bei derselben Organisation, Menschen bei derselben Veranstaltung) zum Bestätigen oder Ablehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Kith</source>
        <translation>Über &amp;Kith</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and licence of Kith</source>
        <translation>Version und Lizenz von Kith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export Reminders and Birthdays…</source>
        <translation>Erinnerungen und Geburtstage &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save birthdays, anniversaries and open follow-ups as an iCalendar file</source>
        <translation>Geburtstage, Jahrestage und offene Erinnerungen als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Contacts…</source>
        <translation>&amp;Kontakte exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected contacts, everyone or one tag as vCard or CSV</source>
        <translation>Die ausgewählten Kontakte, alle oder ein Schlagwort als vCard oder CSV speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Circle</source>
        <translation>&amp;Kreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the contacts in one circle</source>
        <translation>Nur die Kontakte eines Kreises anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I &amp;Met These People At…</source>
        <translation>Diese Leute habe ich kennengelernt &amp;bei …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people you met at an event, new or already in your contacts, with a follow-up for each</source>
        <translation>Die Menschen hinzufügen, die Sie bei einer Veranstaltung kennengelernt haben, neu oder schon in Ihren Kontakten, mit einer Nachfass-Erinnerung für jeden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>New &amp;Event…</source>
        <translation>&amp;Neue Veranstaltung …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a meetup, a conference or a party</source>
        <translation>Ein Treffen, eine Konferenz oder eine Feier hinzufügen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E&amp;vents</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show your events and whom you met and followed up there</source>
        <translation>Ihre Veranstaltungen zeigen: wen Sie dort kennengelernt und bei wem Sie nachgefasst haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log &amp;Favour…</source>
        <translation>Gefallen er&amp;fassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note a favour you did for the selected contact, or one they did for you</source>
        <translation>Einen Gefallen notieren, den Sie dem ausgewählten Kontakt getan haben oder den er Ihnen getan hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+308"/>
        <location line="+1015"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-1322"/>
        <location line="+318"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search name, organisation, email, phone, tag, notes</source>
        <translation>Name, Organisation, E-Mail, Telefon, Schlagwort, Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what is due</source>
        <translation>Zeigen, was fällig ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your network is empty</source>
        <translation>Ihr Netzwerk ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a contact, or drop a .vcf or .csv file here</source>
        <translation>Fügen Sie einen Kontakt hinzu oder ziehen Sie eine .vcf- oder .csv-Datei hierher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open sample network</source>
        <translation>Beispielnetzwerk öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Introductions</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Social Capital</source>
        <translation>Soziales Kapital</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved the chart to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your events and whom you met and followed up there</source>
        <translation>Ihre Veranstaltungen: wen Sie dort kennengelernt und bei wem Sie nachgefasst haben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot Add the Event</source>
        <translation>Veranstaltung kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1. Add the people you met there with &quot;Add People I Met Here…&quot;.</source>
        <translation>%1 hinzugefügt. Fügen Sie die Menschen, die Sie dort kennengelernt haben, mit „Personen hinzufügen, die ich hier kennengelernt habe …“ hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Change the Event</source>
        <translation>Veranstaltung kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Delete the Event</source>
        <translation>Veranstaltung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1; Edit &gt; Undo brings it back.</source>
        <translation>%1 gelöscht; Bearbeiten &gt; Rückgängig holt die Veranstaltung zurück.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded %1 new and %2 existing contacts.</source>
        <translation>%1 neue und %2 vorhandene Kontakte erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups are in the Due list when they fall due.</source>
        <translation>Die Nachfass-Erinnerungen erscheinen unter „Fällig“, sobald sie fällig sind.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Log the Favour</source>
        <translation>Gefallen kann nicht erfasst werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged the favour &quot;%1&quot;.</source>
        <translation>Gefallen „%1“ erfasst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Delete the Favour</source>
        <translation>Gefallen kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted the favour &quot;%1&quot;; Edit &gt; Undo brings it back.</source>
        <translation>Gefallen „%1“ gelöscht; Bearbeiten &gt; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Change the Favour</source>
        <translation>Gefallen kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Show contacts in every circle</source>
        <translation>Kontakte aus allen Kreisen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the contacts in the %1 circle</source>
        <translation>Nur die Kontakte im Kreis „%1“ anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;All Circles</source>
        <translation>&amp;Alle Kreise</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Delete Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected contacts for good</source>
        <translation>Die ausgewählten Kontakte endgültig löschen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add a contact first: your network is empty</source>
        <translation>Fügen Sie zuerst einen Kontakt hinzu: Ihr Netzwerk ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a second contact first: an introduction is between two of your contacts</source>
        <translation>Fügen Sie zuerst einen zweiten Kontakt hinzu: Eine Vorstellung findet zwischen zwei Ihrer Kontakte statt</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln contact(s) in the Trash</source>
        <translation>
            <numerusform>%Ln Kontakt im Papierkorb</numerusform>
            <numerusform>%Ln Kontakte im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln contact(s) in the Trash</source>
        <translation>
            <numerusform>%1 von %Ln Kontakt im Papierkorb</numerusform>
            <numerusform>%1 von %Ln Kontakten im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kontakt</numerusform>
            <numerusform>%1 von %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the Trash</source>
        <translation type="vanished">
            <numerusform>%n Kontakt im Papierkorb</numerusform>
            <numerusform>%n Kontakte im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) in the Trash</source>
        <translation type="vanished">
            <numerusform>%1 von %n Kontakt im Papierkorb</numerusform>
            <numerusform>%1 von %n Kontakten im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation type="vanished">
            <numerusform>%1 von %n Kontakt</numerusform>
            <numerusform>%1 von %n Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Trash (%1)</source>
        <translation>&amp;Papierkorb anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kith — %1</source>
        <translation>Kith – %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Add Contact</source>
        <translation>Kontakt kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot Save Contact</source>
        <translation>Kontakt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contact(s) for good, with their interactions and reminders?

This cannot be undone.</source>
        <translation>
            <numerusform>%n Kontakt mit seinen Interaktionen und Erinnerungen endgültig löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Kontakte mit ihren Interaktionen und Erinnerungen endgültig löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+7"/>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Moved %n contact(s) to the Trash. Undo brings them back.</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschoben. „Rückgängig“ holt ihn zurück.</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschoben. „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt wiederhergestellt.</numerusform>
            <numerusform>%n Kontakte wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n contact(s) in the Trash for good, with their interactions and reminders?

This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Kontakt im Papierkorb mit seinen Interaktionen und Erinnerungen endgültig löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die %n Kontakte im Papierkorb mit ihren Interaktionen und Erinnerungen endgültig löschen?

Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Empty Trash</source>
        <translation>Papierkorb kann nicht geleert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Log Interaction</source>
        <translation>Interaktion kann nicht erfasst werden</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Due (%1)</source>
        <translation>Fällig (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) due now: keep in touch, birthdays and follow-ups.
Snoozed ones are left out; one person can have several.</source>
        <translation>
            <numerusform>%n Erinnerung jetzt fällig: Kontaktpflege, Geburtstage und Nachfassen.
Zurückgestellte zählen nicht; eine Person kann mehrere haben.</numerusform>
            <numerusform>%n Erinnerungen jetzt fällig: Kontaktpflege, Geburtstage und Nachfassen.
Zurückgestellte zählen nicht; eine Person kann mehrere haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Due (%1)</source>
        <translation>&amp;Fällig (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+9"/>
        <source>Cannot Change Reminder</source>
        <translation>Erinnerung kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snoozed until %1: %2</source>
        <translation>Verschoben bis %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+6"/>
        <source>Cannot Change Circle</source>
        <translation>Kreis kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved %1 to the %2 circle. Undo puts them back.</source>
        <translation>%1 in den Kreis „%2“ verschoben. „Rückgängig“ holt die Person zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot Ignore Suggestion</source>
        <translation>Vorschlag kann nicht ignoriert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stays in their circle; Kith will not suggest %2 again.</source>
        <translation>%1 bleibt im bisherigen Kreis; Kith schlägt „%2“ nicht mehr vor.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>In 1 week</source>
        <translation>In 1 Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remind me to follow up in a week</source>
        <translation>In einer Woche ans Nachfassen erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 1 month</source>
        <translation>In 1 Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remind me to follow up in a month</source>
        <translation>In einem Monat ans Nachfassen erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <translation>Anders…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose when, what and how often</source>
        <translation>Wann, was und wie oft wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up</source>
        <translation>Nicht nachfassen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Interaction logged. Follow up with %n people:</source>
        <translation>
            <numerusform>Kontakt protokolliert. Bei %n Person nachfassen:</numerusform>
            <numerusform>Kontakt protokolliert. Bei %n Personen nachfassen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction logged. Follow up with %1:</source>
        <translation>Kontakt protokolliert. Bei %1 nachfassen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Follow up: %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Follow-up on %1 added.</source>
        <translation>Nachfassen am %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Follow-up added.</source>
        <translation>Nachfassen hinzugefügt.</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation type="vanished">Interaktion erfasst.</translation>
    </message>
    <message>
        <location line="-598"/>
        <location line="+570"/>
        <location line="+25"/>
        <source>Cannot Add Reminder</source>
        <translation>Erinnerung kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="-592"/>
        <source>Reminder added for %1.</source>
        <translation>Erinnerung für %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Open Sample Network</source>
        <translation>Beispielnetzwerk öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>This database already holds contacts. Add %n made-up sample contact(s) to it?</source>
        <translation>
            <numerusform>Diese Datenbank enthält bereits Kontakte. %n erfundenen Beispielkontakt hinzufügen?</numerusform>
            <numerusform>Diese Datenbank enthält bereits Kontakte. %n erfundene Beispielkontakte hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Creating a sample network…</source>
        <translation>Beispielnetzwerk wird erstellt…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Added a sample network of %n contact(s).</source>
        <translation>
            <numerusform>Ein Beispielnetzwerk mit %n Kontakt wurde hinzugefügt.</numerusform>
            <numerusform>Ein Beispielnetzwerk mit %n Kontakten wurde hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sample network was not created.</source>
        <translation>Das Beispielnetzwerk wurde nicht erstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Create Sample Network</source>
        <translation>Beispielnetzwerk kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Kith databases (*.sqlite)</source>
        <translation>Kith-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists. Choose another name, or use Open Database to open it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit „Datenbank öffnen“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kith databases (*.sqlite);;All files (*)</source>
        <translation>Kith-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Reminders and Birthdays</source>
        <translation>Erinnerungen und Geburtstage exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n calendar item(s) to %1.</source>
        <translation>
            <numerusform>%n Kalendereintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Kalendereinträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kith Keeps Running</source>
        <translation>Kith läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith keeps running in the system tray, so that reminders still pop up.

To quit, choose Quit in the tray icon&apos;s menu or in the File menu. You can change this in Edit &gt; Preferences.</source>
        <translation>Kith läuft in der Kontrollleiste weiter, damit Erinnerungen weiterhin erscheinen.

Zum Beenden wählen Sie „Beenden“ im Menü des Symbols in der Kontrollleiste oder im Menü „Datei“. Sie können das unter Bearbeiten &gt; Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Importing contact files arrives in a later version</source>
        <translation type="vanished">Das Importieren von Kontaktdateien kommt in einer späteren Version</translation>
    </message>
</context>
<context>
    <name>kith::MeetingRecorder</name>
    <message>
        <location filename="../core/network/MeetingRecorder.cpp" line="+49"/>
        <source>Follow up: met at %1</source>
        <translation>Nachfassen: kennengelernt bei %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+155"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>%1 is in the Trash; restore them first.</source>
        <translation>%1 ist im Papierkorb; stellen Sie den Kontakt zuerst wieder her.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The follow-up must be from 0 to 3650 days away.</source>
        <translation>Das Nachfassen muss 0 bis 3650 Tage entfernt liegen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A new contact needs a name.</source>
        <translation>Ein neuer Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met at %1</source>
        <translation>Kennengelernt bei %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name at least one person you met.</source>
        <translation>Nennen Sie mindestens eine Person, die Sie kennengelernt haben.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Contact %1 is not on the list of %2.</source>
        <translation>Kontakt %1 steht nicht auf der Liste von %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it back or delete it yourself.</source>
        <translation>Ändern Sie es zurück oder löschen Sie es selbst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+31"/>
        <source>%1 has been edited since the meeting was recorded. %2</source>
        <translation>%1 wurde bearbeitet, seit das Treffen erfasst wurde. %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 has more in Kith now than this meeting (an interaction, a favour, a link, a topic, a reminder or another event). Delete them yourself if they should go.</source>
        <translation>%1 hat in Kith inzwischen mehr als dieses Treffen (eine Interaktion, einen Gefallen, eine Verbindung, ein Thema, eine Erinnerung oder eine andere Veranstaltung). Löschen Sie diese selbst, wenn sie weg sollen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The follow-up with %1 has been done or changed since. %2</source>
        <translation>Das Nachfassen bei %1 wurde seitdem erledigt oder geändert. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is on the list of %2 now too. %3</source>
        <translation>%1 steht jetzt auch auf der Liste von %2. %3</translation>
    </message>
</context>
<context>
    <name>kith::NetworkGraphPage</name>
    <message>
        <location filename="../ui/network/NetworkGraphPage.cpp" line="+125"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour each contact by their circle or by how the relationship is doing</source>
        <translation>Jeden Kontakt nach seinem Kreis oder nach dem Zustand der Beziehung einfärben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show only the contacts in one circle</source>
        <translation>Nur die Kontakte eines Kreises anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only the contacts with one tag</source>
        <translation>Nur die Kontakte mit einem Schlagwort anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any topic</source>
        <translation>Beliebiges Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the contacts with this topic: what they can help with, their interests, goals and needs</source>
        <translation>Nur die Kontakte mit diesem Thema anzeigen: wobei sie helfen können, ihre Interessen, Ziele und was sie suchen</translation>
    </message>
    <message>
        <source>%1 strongest ties</source>
        <translation type="vanished">Die %1 stärksten Bindungen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln strongest ties</source>
        <translation>
            <numerusform>%Ln stärkste Verbindung</numerusform>
            <numerusform>%Ln stärkste Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many contacts to draw, the strongest ties first; large networks take longer to lay out</source>
        <translation>Wie viele Kontakte gezeichnet werden, die stärksten Bindungen zuerst; große Netzwerke brauchen länger zum Anordnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole network (0)</source>
        <translation>Das ganze Netzwerk zeigen (0)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+185"/>
        <source>Laying out the network…</source>
        <translation>Das Netzwerk wird angeordnet …</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>C&amp;olour by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All circles</source>
        <translation>Alle Kreise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Working out how strong your ties are…</source>
        <translation>Die Stärke Ihrer Bindungen wird berechnet …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Laid out in %1 ms</source>
        <translation>Angeordnet in %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact matches these filters.</source>
        <translation>Kein Kontakt passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network cannot be shown: %1</source>
        <translation>Das Netzwerk kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larger: stronger tie</source>
        <translation>Größer: stärkere Bindung</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The %1 strongest ties of %Ln matching contacts</source>
        <extracomment>%1 (at least 100) is how many are drawn, %n how many contacts there are.</extracomment>
        <translation>
            <numerusform>Die %1 stärksten Verbindungen von %Ln passenden Kontakt</numerusform>
            <numerusform>Die %1 stärksten Verbindungen von %Ln passenden Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Your %1 strongest ties of %Ln contacts</source>
        <extracomment>%1 (at least 100) is how many are drawn, %n how many contacts there are.</extracomment>
        <translation>
            <numerusform>Ihre %1 stärksten Verbindungen von %Ln Kontakt</numerusform>
            <numerusform>Ihre %1 stärksten Verbindungen von %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln matching contacts of %1</source>
        <extracomment>%n contacts are drawn, those matching the search, of %1 in all.</extracomment>
        <translation>
            <numerusform>%Ln passender Kontakt von %1</numerusform>
            <numerusform>%Ln passende Kontakte von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %Ln contacts</source>
        <translation>
            <numerusform>Der einzige Kontakt</numerusform>
            <numerusform>Alle %Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links between them</source>
        <translation>
            <numerusform>%Ln Verbindung zwischen ihnen</numerusform>
            <numerusform>%Ln Verbindungen zwischen ihnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 strongest ties of %2 matching contacts</source>
        <translation type="vanished">Die %1 stärksten Bindungen von %2 passenden Kontakten</translation>
    </message>
    <message>
        <source>Your %1 strongest ties of %2 contacts</source>
        <translation type="vanished">Ihre %1 stärksten Bindungen von %2 Kontakten</translation>
    </message>
    <message>
        <source>%1 matching contacts of %2</source>
        <translation type="vanished">%1 passende Kontakte von %2</translation>
    </message>
    <message>
        <source>All %1 contacts</source>
        <translation type="vanished">Alle %1 Kontakte</translation>
    </message>
    <message>
        <source>%1 links between them</source>
        <translation type="vanished">%1 Verknüpfungen untereinander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network could not be read again: %1</source>
        <translation>Das Netzwerk konnte nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kith::NetworkGraphView</name>
    <message>
        <location filename="../ui/network/NetworkGraphView.cpp" line="+115"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 circle</source>
        <translation>Kreis „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health %1 (%2)</source>
        <translation>Zustand %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tie strength %1</source>
        <translation>Bindungsstärke %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open</source>
        <translation>Zum Öffnen doppelklicken</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;b&gt;You&lt;/b&gt;&lt;br&gt;Every contact is linked to you; the stronger the tie, the nearer</source>
        <translation>&lt;b&gt;Sie&lt;/b&gt;&lt;br&gt;Jeder Kontakt ist mit Ihnen verknüpft; je stärker die Bindung, desto näher</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>kith::NetworkLayout</name>
    <message>
        <location filename="../core/network/NetworkLayout.cpp" line="+20"/>
        <source>The network could not be laid out (%1).</source>
        <translation>Das Netzwerk konnte nicht angeordnet werden (%1).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Each contact needs one pull towards the centre.</source>
        <translation>Jeder Kontakt braucht genau eine Anziehung zur Mitte.</translation>
    </message>
</context>
<context>
    <name>kith::NetworkMetrics</name>
    <message>
        <location filename="../core/network/NetworkMetrics.cpp" line="+20"/>
        <source>Could not compute the %1: %2</source>
        <translation>%1 konnte nicht berechnet werden: %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>A partition needs one cluster per contact.</source>
        <translation>Eine Aufteilung braucht eine Gruppe pro Kontakt.</translation>
    </message>
</context>
<context>
    <name>kith::PartialDateEdit</name>
    <message>
        <location filename="../ui/widgets/PartialDateEdit.cpp" line="+22"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
</context>
<context>
    <name>kith::PostalAddressListEditor</name>
    <message>
        <location filename="../ui/widgets/PostalAddressListEditor.cpp" line="+24"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a label or type your own</source>
        <translation>Bezeichnung auswählen oder eigene eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apt./suite:</source>
        <translation>Wohnung/Etage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO box:</source>
        <translation>Postfach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Bundesland/Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
</context>
<context>
    <name>kith::RecordIntroductionDialog</name>
    <message>
        <location filename="../ui/network/RecordIntroductionDialog.cpp" line="+31"/>
        <source>Record Introduction</source>
        <translation>Vorstellung festhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person you introduced; the follow-up reminder is set on them</source>
        <translation>Die Person, die Sie vorgestellt haben; die Erinnerung zum Nachfassen wird bei ihr gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whom you introduced them to</source>
        <translation>Wem Sie sie vorgestellt haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the introduction is about: a topic one of them has, such as a need of one and the expertise of the other</source>
        <translation>Worum es bei der Vorstellung geht: ein Thema, das einer der beiden hat, etwa was der eine sucht und wobei der andere helfen kann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None in particular</source>
        <translation>Keines im Besonderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Ada is looking for a tax lawyer; Byron is one</source>
        <translation>z. B. Ada sucht einen Steueranwalt; Byron ist einer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asked: you asked one of them; made: you put them in touch; accepted or declined: what they made of it</source>
        <translation>Angefragt: Sie haben einen der beiden gefragt; vorgestellt: Sie haben die beiden in Kontakt gebracht; angenommen oder abgelehnt: wie die beiden darauf reagiert haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What came of it, if you know yet</source>
        <translation>Was daraus geworden ist, falls Sie es schon wissen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No follow-up</source>
        <translation>Kein Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in </source>
        <translation>in </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder to ask both how the introduction went, this many days from today</source>
        <translation>Eine Erinnerung, beide zu fragen, wie die Vorstellung verlaufen ist, so viele Tage ab heute</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whom you introduced to whom, and why. Kith reminds you to ask them both how it went, and links them once the introduction is accepted.</source>
        <translation>Wen Sie wem vorgestellt haben und warum. Kith erinnert Sie daran, beide zu fragen, wie es gelaufen ist, und verknüpft sie, sobald die Vorstellung angenommen wurde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record</source>
        <translation>&amp;Festhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Introduced:</source>
        <translation>&amp;Vorgestellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Wem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Follow up:</source>
        <translation>&amp;Nachfassen:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the two people you introduced: type a name and pick them from the list.</source>
        <translation>Wählen Sie die beiden Personen aus, die Sie einander vorgestellt haben: Geben Sie einen Namen ein und wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An introduction needs two different people.</source>
        <translation>Für eine Vorstellung sind zwei verschiedene Personen nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact has the topic “%1”; choose one from the list or leave it empty.</source>
        <translation>Kein Kontakt hat das Thema „%1“; wählen Sie eines aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>kith::Relationship</name>
    <message>
        <location filename="../core/domain/Relationship.cpp" line="+107"/>
        <source>Partner</source>
        <translation>Partner(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friend</source>
        <translation>Freund(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleague</source>
        <translation>Kolleg(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Vorgesetzte(r)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Mitarbeiter(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor</source>
        <translation>Mentor(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduced by</source>
        <translation>Vorgestellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Introduced</source>
        <translation>Hat vorgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Knows</source>
        <translation>Kennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>partner</source>
        <comment>in a sentence</comment>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent</source>
        <comment>in a sentence</comment>
        <translation>Elternteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child</source>
        <comment>in a sentence</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sibling</source>
        <comment>in a sentence</comment>
        <translation>Geschwister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>friend</source>
        <comment>in a sentence</comment>
        <translation>Freund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colleague</source>
        <comment>in a sentence</comment>
        <translation>Kollege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <comment>in a sentence</comment>
        <translation>Vorgesetzter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report</source>
        <comment>in a sentence</comment>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mentor</source>
        <comment>in a sentence</comment>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mentee</source>
        <comment>in a sentence</comment>
        <translation>Mentee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introducer</source>
        <comment>in a sentence</comment>
        <translation>Vermittler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introducee</source>
        <comment>in a sentence</comment>
        <translation>Vorgestellter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acquaintance</source>
        <comment>in a sentence</comment>
        <translation>Bekannter</translation>
    </message>
</context>
<context>
    <name>kith::RelationshipCommand</name>
    <message>
        <location filename="../ui/contacts/RelationshipCommand.cpp" line="+16"/>
        <source>Link %1 and %2</source>
        <translation>%1 und %2 verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink %1 and %2</source>
        <translation>Verknüpfung von %1 und %2 lösen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot Link Contacts</source>
        <translation>Kontakte können nicht verknüpft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot Unlink Contacts</source>
        <translation>Verknüpfung kann nicht gelöst werden</translation>
    </message>
</context>
<context>
    <name>kith::RelationshipStore</name>
    <message>
        <location filename="../core/storage/RelationshipStore.cpp" line="+118"/>
        <location line="+164"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>%1 is in the Trash; restore them before linking them.</source>
        <translation>%1 ist im Papierkorb; stellen Sie den Kontakt wieder her, bevor Sie ihn verknüpfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be linked to themselves.</source>
        <translation>%1 kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 and %2 are already linked as %3.</source>
        <translation>%1 und %2 sind bereits als %3 verknüpft.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Contacts %1 and %2 are not linked as %3.</source>
        <translation>Die Kontakte %1 und %2 sind nicht als %3 verknüpft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no link with id %1.</source>
        <translation>Es gibt keine Verknüpfung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>kith::RelationshipSuggester</name>
    <message>
        <location filename="../core/network/RelationshipSuggester.cpp" line="+159"/>
        <source>Both are children of %1.</source>
        <translation>Beide sind Kinder von %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both work at %1.</source>
        <translation>Beide arbeiten bei %1.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Both were at %1 on %2.</source>
        <translation>Beide waren am %2 bei %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Both were at %1 and %n other event(s).</source>
        <translation>
            <numerusform>Beide waren bei %1 und %n weiteren Veranstaltung.</numerusform>
            <numerusform>Beide waren bei %1 und %n weiteren Veranstaltungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ReminderActions</name>
    <message>
        <location filename="../core/reminders/ReminderActions.cpp" line="+27"/>
        <source>Snoozing needs a valid date.</source>
        <translation>Zum Verschieben ist ein gültiges Datum nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reminder can only be snoozed until a time in the future.</source>
        <translation>Eine Erinnerung kann nur auf einen Zeitpunkt in der Zukunft verschoben werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This follow-up has no reminder.</source>
        <translation>Zu diesem Nachfassen gibt es keine Erinnerung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This reminder does not name a contact and a date.</source>
        <translation>Diese Erinnerung nennt keinen Kontakt und kein Datum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der Kennung %1.</translation>
    </message>
</context>
<context>
    <name>kith::ReminderDialog</name>
    <message>
        <location filename="../ui/reminders/ReminderDialog.cpp" line="+28"/>
        <location line="+98"/>
        <source>New Reminder</source>
        <translation>Neue Erinnerung</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>&amp;Tomorrow</source>
        <translation>Mor&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 &amp;week</source>
        <translation>In einer &amp;Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 1 &amp;month</source>
        <translation>In einem &amp;Monat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This time has already passed: the reminder will be due at once.</source>
        <translation>Dieser Zeitpunkt ist schon vorbei: Die Erinnerung wird sofort fällig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to follow up on, e.g. ask how the interview went</source>
        <translation>Woran Sie anknüpfen wollen, z. B. fragen, wie das Vorstellungsgespräch lief</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days, weeks, months or years between two reminders</source>
        <translation>Wie viele Tage, Wochen, Monate oder Jahre zwischen zwei Erinnerungen liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the reminder comes back once done</source>
        <translation>Ob die Erinnerung nach dem Erledigen wiederkommt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder for %1</source>
        <translation>Erinnerung für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me about &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Mich an &lt;b&gt;%1&lt;/b&gt; erinnern:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>does not repeat</source>
        <translation>keine Wiederholung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>year(s)</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ReminderStore</name>
    <message>
        <location filename="../core/storage/ReminderStore.cpp" line="+34"/>
        <source>A reminder needs a valid due date.</source>
        <translation>Eine Erinnerung braucht ein gültiges Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reminder repeats at least every 1 day, week, month or year.</source>
        <translation>Eine Erinnerung wiederholt sich mindestens alle 1 Tag, Woche, Monat oder Jahr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some reminders are for contacts that do not exist.</source>
        <translation>Einige Erinnerungen gehören zu Kontakten, die nicht existieren.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no reminder with id %1.</source>
        <translation>Es gibt keine Erinnerung mit der ID %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reminder %1 is already done.</source>
        <translation>Erinnerung %1 ist bereits erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder %1 was dismissed.</source>
        <translation>Erinnerung %1 wurde verworfen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Snoozing needs a valid date.</source>
        <translation>Zum Verschieben ist ein gültiges Datum nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reminder can only be snoozed until a time in the future.</source>
        <translation>Eine Erinnerung kann nur auf einen Zeitpunkt in der Zukunft verschoben werden.</translation>
    </message>
</context>
<context>
    <name>kith::SettingsDialog</name>
    <message>
        <location filename="../ui/main/SettingsDialog.cpp" line="+90"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desktop</source>
        <translation>&amp;Arbeitsfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep in touch with each circle every</source>
        <translation>Mit jedem Kreis in Kontakt bleiben alle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me when I have not been in touch with someone in the %1 circle for this many days (a contact&apos;s own cadence comes first)</source>
        <translation>Erinnern, wenn ich so viele Tage keinen Kontakt mit jemandem im Kreis %1 hatte (der eigene Rhythmus eines Kontakts hat Vorrang)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Birthdays and anniversaries</source>
        <translation>Geburtstage und Jahrestage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only on the day</source>
        <translation>Nur am Tag selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days before, and on the day</source>
        <translation> Tage vorher und am Tag selbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many days before a birthday or anniversary to be reminded</source>
        <translation>Wie viele Tage vor einem Geburtstag oder Jahrestag erinnert werden soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me:</source>
        <translation>Erinnern:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of day at which date reminders pop up</source>
        <translation>Die Uhrzeit, zu der Terminerinnerungen erscheinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pop-ups between</source>
        <translation>Keine Meldungen zwischen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders that fall due in this window are shown when it ends</source>
        <translation>Erinnerungen, die in dieser Zeit fällig werden, erscheinen an ihrem Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours end (the next morning if earlier than the start)</source>
        <translation>Ende der Ruhezeit (am nächsten Morgen, wenn früher als der Beginn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders that come due then are shown when quiet hours end.</source>
        <translation>Erinnerungen, die dann fällig werden, erscheinen, wenn die Ruhezeit endet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>In der &amp;Kontrollleiste weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders keep popping up while the window is closed; Quit ends Kith</source>
        <translation>Erinnerungen erscheinen weiter, während das Fenster geschlossen ist; „Beenden“ beendet Kith</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start Kith in the tray when I log in</source>
        <translation>Kith bei der Anmeldung in der Kontrollleiste &amp;starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds Kith to your desktop&apos;s autostart programs</source>
        <translation>Fügt Kith den Autostart-Programmen Ihrer Arbeitsumgebung hinzu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What counts in the strength of a tie</source>
        <translation>Was für die Stärke einer Bindung zählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Both reaching out:</source>
        <translation>Beide melden sich:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much it counts that you both start conversations, not only you</source>
        <translation>Wie viel es zählt, dass Sie beide Gespräche beginnen, nicht nur Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known for long:</source>
        <translation>Lange bekannt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much it counts how long you have known each other (full after five years)</source>
        <translation>Wie viel es zählt, wie lange Sie sich kennen (voll nach fünf Jahren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth:</source>
        <translation>Tiefe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much in-person meetings, long calls and the closeness you rated count</source>
        <translation>Wie viel persönliche Treffen, lange Anrufe und die von Ihnen bewertete Nähe zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weights are relative: 2, 1, 1 makes reaching out count as much as the other two together. 0 leaves a part out. Health (how well you keep up with someone) does not change with them.</source>
        <translation>Die Gewichte sind relativ: 2, 1, 1 lässt das gegenseitige Melden so viel zählen wie die beiden anderen zusammen. 0 lässt einen Teil weg. Der Zustand (wie gut Sie mit jemandem in Kontakt bleiben) ändert sich dadurch nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The country Kith reads a phone number in when it has no country code (such as +44), to recognise the same number written two ways; numbers of that country are shown in its national format. It applies to the numbers you add, edit or import from now on; numbers already saved keep the reading they have.</source>
        <translation>Das Land, in dem Kith eine Telefonnummer ohne Ländervorwahl (wie +44) liest, damit dieselbe Nummer in zwei Schreibweisen erkannt wird; Nummern dieses Landes werden in seinem nationalen Format angezeigt. Es gilt für die Nummern, die Sie ab jetzt hinzufügen, bearbeiten oder importieren; bereits gespeicherte Nummern behalten ihre Lesart.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the system locale (which names no country)</source>
        <translation>Aus der Systemsprache (die kein Land nennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the system locale: %1</source>
        <translation>Aus der Systemsprache: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your system&apos;s locale names no country: only numbers written with a country code can be read</source>
        <translation>Die Spracheinstellung Ihres Systems nennt kein Land: Nur Nummern mit Ländervorwahl können gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Numbers without a country code are in:</source>
        <translation>&amp;Nummern ohne Ländervorwahl sind in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers written with a country code are read as written. A change applies to the numbers you add, edit or import from now on.</source>
        <translation>Nummern mit Ländervorwahl werden gelesen, wie sie geschrieben sind. Eine Änderung gilt für die Nummern, die Sie ab jetzt hinzufügen, bearbeiten oder importieren.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot Save Preferences</source>
        <translation>Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot Change Start at Login</source>
        <translation>Start bei der Anmeldung kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>kith::SnoozeDialog</name>
    <message>
        <location filename="../ui/reminders/SnoozeDialog.cpp" line="+18"/>
        <source>Snooze Until</source>
        <translation>Verschieben bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When to be reminded again</source>
        <translation>Wann erneut erinnert werden soll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind me again &amp;on:</source>
        <translation>Erneut erinnern &amp;am:</translation>
    </message>
</context>
<context>
    <name>kith::SnoozeMenu</name>
    <message>
        <location filename="../ui/reminders/SnoozeMenu.cpp" line="+9"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Be reminded again later</source>
        <translation>Später erneut erinnern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For 1 &amp;hour</source>
        <translation>Um 1 &amp;Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;tomorrow</source>
        <translation>Auf &amp;morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;next week</source>
        <translation>Auf &amp;nächste Woche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Custom…</source>
        <translation>&amp;Anders…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the date and time to be reminded again</source>
        <translation>Datum und Uhrzeit für die erneute Erinnerung wählen</translation>
    </message>
</context>
<context>
    <name>kith::SocialCapitalAdvice</name>
    <message>
        <location filename="../core/network/SocialCapitalAdvice.cpp" line="+21"/>
        <source>How many people you keep in each circle: most people can keep about 5 very close, 15 close and 150 in all (Dunbar&apos;s layers).</source>
        <translation>Wie viele Menschen Sie in jedem Kreis haben: Die meisten Menschen können etwa 5 sehr nahe, 15 nahe und insgesamt 150 Kontakte pflegen (Dunbars Schichten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or import your contacts to see how your network is spread over your circles.</source>
        <translation>Fügen Sie Ihre Kontakte hinzu oder importieren Sie sie, um zu sehen, wie sich Ihr Netzwerk auf Ihre Kreise verteilt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation type="vanished"> und </translation>
    </message>
    <message>
        <source>Your %1 circles hold %2 people, more than the about 15 anyone can keep close: move some outwards so that your reminders stay realistic.</source>
        <translation type="vanished">Ihre Kreise %1 umfassen %2 Menschen, mehr als die etwa 15, die man nahe halten kann: Verschieben Sie einige nach außen, damit Ihre Erinnerungen realistisch bleiben.</translation>
    </message>
    <message>
        <source>Only %1 people are in your %2 circles: move the people you most want to keep close inwards.</source>
        <translation type="vanished">Nur %1 Menschen sind in Ihren Kreisen %2: Verschieben Sie die Menschen nach innen, die Sie am meisten nahe halten möchten.</translation>
    </message>
    <message>
        <source>Your %1 circles hold %2 people, about as many as anyone can keep close: keep in touch with them first.</source>
        <translation type="vanished">Ihre Kreise %1 umfassen %2 Menschen, etwa so viele, wie man nahe halten kann: Bleiben Sie zuerst mit ihnen in Kontakt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Groups of contacts linked mostly among themselves (found by the Leiden algorithm): each group is a world of its own, with its own news and opportunities.</source>
        <translation>Gruppen von Kontakten, die vor allem untereinander verknüpft sind (gefunden mit dem Leiden-Algorithmus): Jede Gruppe ist eine eigene Welt mit eigenen Neuigkeiten und Gelegenheiten.</translation>
    </message>
    <message>
        <source>Record how your contacts know each other (Contact &gt; Links) to see the groups in your network.</source>
        <translation type="vanished">Halten Sie fest, wie sich Ihre Kontakte kennen, um die Gruppen in Ihrem Netzwerk zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your linked contacts form one group: new information will come from people outside it.</source>
        <translation>Ihre verknüpften Kontakte bilden eine Gruppe: Neues erfahren Sie von Menschen außerhalb davon.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your network falls into %n groups: when you need something new, look beyond the group you are most in touch with.</source>
        <translation>
            <numerusform>Ihr Netzwerk bildet %n Gruppe: Wenn Sie etwas Neues brauchen, schauen Sie über die Menschen hinaus, mit denen Sie am meisten in Kontakt sind.</numerusform>
            <numerusform>Ihr Netzwerk zerfällt in %n Gruppen: Wenn Sie etwas Neues brauchen, schauen Sie über die Gruppe hinaus, mit der Sie am meisten in Kontakt sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts on many of the shortest paths between others (high betweenness): they join groups that would otherwise not meet.</source>
        <translation>Kontakte auf vielen der kürzesten Wege zwischen anderen (hohe Betweenness): Sie verbinden Gruppen, die sich sonst nicht begegnen würden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one joins groups yet: record the links between your contacts to find your bridges.</source>
        <translation>Noch verbindet niemand Gruppen: Halten Sie die Verknüpfungen zwischen Ihren Kontakten fest, um Ihre Brücken zu finden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in touch with them: they are the people to ask for an introduction to another group.</source>
        <translation>Bleiben Sie mit ihnen in Kontakt: Sie sind die Menschen, die Sie um eine Vorstellung bei einer anderen Gruppe bitten können.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acquaintances (tie strength below %1) whose links reach other groups: weak ties bring new information more often than close friends do (Granovetter, 1973).</source>
        <translation>Bekannte (Bindungsstärke unter %1), deren Verknüpfungen in andere Gruppen reichen: Schwache Bindungen bringen öfter Neues als enge Freunde (Granovetter, 1973).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of your weak ties reaches another group: links between your contacts would show them.</source>
        <translation>Keine Ihrer schwachen Bindungen reicht in eine andere Gruppe: Verknüpfungen zwischen Ihren Kontakten würden sie zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect with one or two of them when you look for a job, a hire or a new idea.</source>
        <translation>Melden Sie sich bei einem oder zwei von ihnen, wenn Sie eine Stelle, eine Besetzung oder eine neue Idee suchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Burt&apos;s constraint is high when the people closest to you all know each other, so that you hear the same things; effective size counts how many of them are not redundant.</source>
        <translation>Burts Constraint ist hoch, wenn sich die Menschen, die Ihnen am nächsten sind, alle kennen, sodass Sie dasselbe hören; die effektive Größe zählt, wie viele von ihnen nicht redundant sind.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Your %1 circles hold %n people, more than the about 15 anyone can keep close: move some outwards so that your reminders stay realistic.</source>
        <translation>
            <numerusform>Ihre Kreise %1 umfassen %n Person, mehr als die etwa 15, die man nah bei sich halten kann: Verschieben Sie einige nach außen, damit Ihre Erinnerungen realistisch bleiben.</numerusform>
            <numerusform>Ihre Kreise %1 umfassen %n Personen, mehr als die etwa 15, die man nah bei sich halten kann: Verschieben Sie einige nach außen, damit Ihre Erinnerungen realistisch bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only %n people are in your %1 circles: move the people you most want to keep close inwards.</source>
        <translation>
            <numerusform>Nur %n Person ist in Ihren Kreisen %1: Verschieben Sie die Menschen, die Sie am liebsten nah bei sich halten, nach innen.</numerusform>
            <numerusform>Nur %n Personen sind in Ihren Kreisen %1: Verschieben Sie die Menschen, die Sie am liebsten nah bei sich halten, nach innen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Your %1 circles hold %n people, about as many as anyone can keep close: keep in touch with them first.</source>
        <translation>
            <numerusform>Ihre Kreise %1 umfassen %n Person, etwa so viele, wie man nah bei sich halten kann: Bleiben Sie zuerst mit ihnen in Kontakt.</numerusform>
            <numerusform>Ihre Kreise %1 umfassen %n Personen, etwa so viele, wie man nah bei sich halten kann: Bleiben Sie zuerst mit ihnen in Kontakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record how your contacts know each other (Relationships in a contact&apos;s details) to see the groups in your network.</source>
        <translation>Halten Sie fest, wie sich Ihre Kontakte kennen (Beziehungen in den Details eines Kontakts), um die Gruppen in Ihrem Netzwerk zu sehen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Put the people you are closest to in your %1 circles to measure your brokerage.</source>
        <translation>Ordnen Sie die Menschen, die Ihnen am nächsten sind, Ihren Kreisen %1 zu, um Ihre Vermittlerrolle zu messen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your close contacts span separate groups, so you are a broker: pass on what one group knows to another, and make introductions.</source>
        <translation>Ihre engen Kontakte reichen über getrennte Gruppen, Sie sind also ein Vermittler: Geben Sie weiter, was eine Gruppe weiß, und stellen Sie Menschen einander vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your close contacts are tightly knit: spend time with people outside them, or join a group none of them belongs to.</source>
        <translation>Ihre engen Kontakte sind eng miteinander verbunden: Verbringen Sie Zeit mit Menschen außerhalb oder treten Sie einer Gruppe bei, zu der keiner von ihnen gehört.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your close contacts are partly knit together: one or two new ties to other groups would widen what you hear.</source>
        <translation>Ihre engen Kontakte sind teilweise miteinander verbunden: Eine oder zwei neue Bindungen zu anderen Gruppen würden erweitern, was Sie hören.</translation>
    </message>
</context>
<context>
    <name>kith::SocialCapitalCalculator</name>
    <message>
        <location filename="../core/network/SocialCapitalCalculator.cpp" line="+90"/>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
</context>
<context>
    <name>kith::SocialCapitalPage</name>
    <message>
        <location filename="../ui/network/SocialCapitalPage.cpp" line="+85"/>
        <source>Social capital</source>
        <translation>Soziales Kapital</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your brokerage</source>
        <translation>Ihre Vermittlerrolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network size per circle</source>
        <translation>Netzwerkgröße pro Kreis</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Clusters</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bridges</source>
        <translation>Brücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak ties that span clusters</source>
        <translation>Schwache Bindungen über Gruppen hinweg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No links between your contacts yet</source>
        <translation>Noch keine Verknüpfungen zwischen Ihren Kontakten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Social capital is measured on how your contacts know each other. Link a few of them (who is whose colleague, friend or family), or try File &gt; Open sample network: this page then shows the groups in your network, who joins them, the acquaintances who reach beyond your groups, and your own brokerage.</source>
        <translation>Soziales Kapital wird daran gemessen, wie sich Ihre Kontakte kennen. Verknüpfen Sie einige (wer ist wessen Kollege, Freund oder Familie), oder probieren Sie Datei &gt; Beispielnetzwerk öffnen: Diese Seite zeigt dann die Gruppen in Ihrem Netzwerk, wer sie verbindet, die Bekannten, die über Ihre Gruppen hinausreichen, und Ihre eigene Vermittlerrolle.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to measure your network.</source>
        <translation>Öffnen Sie diese Seite, um Ihr Netzwerk zu messen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Could not measure the network: %1</source>
        <translation>Das Netzwerk konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>%1 contacts, no links between them</source>
        <translation type="vanished">%1 Kontakte, keine Verknüpfungen untereinander</translation>
    </message>
    <message>
        <source>%1 contacts, %2 links between them, %3 clusters</source>
        <translation type="vanished">%1 Kontakte, %2 Verknüpfungen untereinander, %3 Gruppen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective size</source>
        <translation>effektive Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Measured on you and the %1 people of your %2 circles, with the %3 links among them.</source>
        <translation type="vanished">Gemessen an Ihnen und den %1 Menschen Ihrer Kreise %2, mit den %3 Verknüpfungen zwischen ihnen.</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>%Ln contacts, no links between them</source>
        <translation>
            <numerusform>%Ln Kontakt, keine Verbindungen</numerusform>
            <numerusform>%Ln Kontakte, keine Verbindungen zwischen ihnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, </source>
        <extracomment>Between the counts of the social capital summary (&quot;12 contacts, 30 links between them, 3 clusters&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links between them</source>
        <translation>
            <numerusform>%Ln Verbindung zwischen ihnen</numerusform>
            <numerusform>%Ln Verbindungen zwischen ihnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln clusters</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Measured on you and the %Ln people of your %1 circles.</source>
        <translation>
            <numerusform>Gemessen an Ihnen und der %Ln Person Ihrer Kreise %1.</numerusform>
            <numerusform>Gemessen an Ihnen und den %Ln Personen Ihrer Kreise %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>There are %Ln links among them.</source>
        <translation>
            <numerusform>Zwischen ihnen gibt es %Ln Verbindung.</numerusform>
            <numerusform>Zwischen ihnen gibt es %Ln Verbindungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked to others</source>
        <translation>Mit anderen verknüpft</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of them at %2</source>
        <translation>%1 davon bei %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of them in your %2 circle</source>
        <translation>%1 davon in Ihrem Kreis „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people, </source>
        <translation>
            <numerusform>%n Person, </numerusform>
            <numerusform>%n Personen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links inside</source>
        <translation>
            <numerusform>%n Verknüpfung innerhalb</numerusform>
            <numerusform>%n Verknüpfungen innerhalb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n smaller clusters.</source>
        <translation>
            <numerusform>… und %n kleinere Gruppe.</numerusform>
            <numerusform>… und %n kleinere Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modularity %1 (0.3 and above: clear groups).</source>
        <translation>Modularität %1 (ab 0,3: klare Gruppen).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Cluster</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Reaches clusters</source>
        <translation>Erreicht Gruppen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Betweenness estimated from the shortest paths of %1 contacts spread over the network.</source>
        <translation>Betweenness geschätzt aus den kürzesten Wegen von %1 über das Netzwerk verteilten Kontakten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tie strength</source>
        <translation>Bindungsstärke</translation>
    </message>
</context>
<context>
    <name>kith::SuggestedLinksDialog</name>
    <message>
        <location filename="../ui/network/SuggestedLinksDialog.cpp" line="+32"/>
        <source>Review Suggested Links</source>
        <translation>Vorgeschlagene Verknüpfungen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kith noticed these links in what you entered: siblings through a shared parent, colleagues at the same organisation, people who were at the same event. Confirm the ones that are true; rejected ones are not suggested again.</source>
        <translation>Kith hat diese Verknüpfungen in Ihren Eingaben bemerkt: Geschwister über einen gemeinsamen Elternteil, Kollegen bei derselben Organisation, Menschen, die bei derselben Veranstaltung waren. Bestätigen Sie die zutreffenden; abgelehnte werden nicht erneut vorgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Colleagues at organisations with more than %n contacts are not listed here; each contact&apos;s details suggest a few of them.</source>
        <translation>
            <numerusform>Kolleginnen und Kollegen bei Organisationen mit mehr als %n Kontakt sind hier nicht aufgeführt; die Details jedes Kontakts schlagen einige davon vor.</numerusform>
            <numerusform>Kolleginnen und Kollegen bei Organisationen mit mehr als %n Kontakten sind hier nicht aufgeführt; die Details jedes Kontakts schlagen einige davon vor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No suggested links right now. Kith suggests siblings when two contacts share a parent, colleagues when they work at the same organisation, and that people who were at the same event know each other.</source>
        <translation>Derzeit keine vorgeschlagenen Verknüpfungen. Kith schlägt Geschwister vor, wenn zwei Kontakte einen gemeinsamen Elternteil haben, Kollegen, wenn sie bei derselben Organisation arbeiten, und dass Menschen, die bei derselben Veranstaltung waren, sich kennen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the selected links (Undo takes them away again)</source>
        <translation>Die ausgewählten Verknüpfungen hinzufügen (Rückgängig nimmt sie wieder weg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not so: do not suggest the selected links again</source>
        <translation>Stimmt nicht: die ausgewählten Verknüpfungen nicht mehr vorschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n suggested link(s). Select some, then Confirm or Reject.</source>
        <translation>
            <numerusform>%n vorgeschlagene Verknüpfung. Auswählen, dann „Bestätigen“ oder „Ablehnen“.</numerusform>
            <numerusform>%n vorgeschlagene Verknüpfungen. Einige auswählen, dann „Bestätigen“ oder „Ablehnen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Confirm %n suggested link(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Verknüpfung bestätigen</numerusform>
            <numerusform>%n vorgeschlagene Verknüpfungen bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Add Relationship</source>
        <translation>Beziehung kann nicht hinzugefügt werden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n link(s). Undo takes them away again.</source>
        <translation>
            <numerusform>%n Verknüpfung hinzugefügt. Rückgängig nimmt sie wieder weg.</numerusform>
            <numerusform>%n Verknüpfungen hinzugefügt. Rückgängig nimmt sie wieder weg.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Reject Suggestion</source>
        <translation>Vorschlag kann nicht abgelehnt werden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Kith will not suggest %n link(s) again.</source>
        <translation>
            <numerusform>Kith schlägt %n Verknüpfung nicht mehr vor.</numerusform>
            <numerusform>Kith schlägt %n Verknüpfungen nicht mehr vor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::SuggestedLinksModel</name>
    <message>
        <location filename="../ui/network/SuggestedLinksModel.cpp" line="+37"/>
        <source>Contact #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2&apos;s %3</source>
        <translation>%1 ist %3 von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other contact</source>
        <translation>Anderer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>kith::TagManagerDialog</name>
    <message>
        <location filename="../ui/contacts/TagManagerDialog.cpp" line="+59"/>
        <source>Manage Tags</source>
        <translation>Schlagwörter verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags group your contacts; categories are the ones Kith starts with. A tag&apos;s colour shows wherever the tag does.</source>
        <translation>Schlagwörter ordnen Ihre Kontakte; die Kategorien bringt Kith von Anfang an mit. Die Farbe eines Schlagworts erscheint überall, wo es steht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+94"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a tag to rename it</source>
        <translation>Doppelklicken Sie auf ein Schlagwort, um es umzubenennen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new tag with a name and a colour</source>
        <translation>Ein neues Schlagwort mit Namen und Farbe anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the selected tag another name; its contacts keep it</source>
        <translation>Dem ausgewählten Schlagwort einen anderen Namen geben; seine Kontakte behalten es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another colour for the selected tag</source>
        <translation>Eine andere Farbe für das ausgewählte Schlagwort wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected tag and take it off every contact</source>
        <translation>Das ausgewählte Schlagwort löschen und von allen Kontakten entfernen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1, colour %2</source>
        <translation>%1, Farbe %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) carry this tag</source>
        <translation>
            <numerusform>%n Kontakt trägt dieses Schlagwort</numerusform>
            <numerusform>%n Kontakte tragen dieses Schlagwort</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot Add Tag</source>
        <translation>Schlagwort kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Rename Tag</source>
        <translation>Schlagwort kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Change Colour</source>
        <translation>Farbe kann nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete the tag “%1”? %n contact(s) will lose it.</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ löschen? %n Kontakt verliert es.</numerusform>
            <numerusform>Das Schlagwort „%1“ löschen? %n Kontakte verlieren es.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the tag “%1”? No contact carries it.</source>
        <translation>Das Schlagwort „%1“ löschen? Kein Kontakt trägt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is one of the categories Kith starts with. A tag of that name can be added again, but not as a category.</source>
        <translation>„%1“ ist eine der Kategorien, die Kith von Anfang an mitbringt. Ein Schlagwort dieses Namens lässt sich wieder anlegen, aber nicht als Kategorie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Delete Tag</source>
        <translation>Schlagwort kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. climbing</source>
        <translation>z. B. Klettern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the tag&apos;s colour</source>
        <translation>Die Farbe des Schlagworts wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag Colour</source>
        <translation>Farbe des Schlagworts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>kith::TagStore</name>
    <message>
        <location filename="../core/storage/TagStore.cpp" line="+31"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a colour like #3a7bd5.</source>
        <translation>„%1“ ist keine Farbe wie #3a7bd5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read tags.</source>
        <translation>Die Schlagwörter können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+20"/>
        <source>A tag called &quot;%1&quot; already exists.</source>
        <translation>Ein Schlagwort namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>There is no tag with id %1.</source>
        <translation>Es gibt kein Schlagwort mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>kith::Topic</name>
    <message>
        <location filename="../core/domain/Topic.cpp" line="+43"/>
        <source>Can help with</source>
        <translation>Kann helfen bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for</source>
        <translation>Sucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>Gemeinschaft</translation>
    </message>
</context>
<context>
    <name>kith::TopicCommand</name>
    <message>
        <location filename="../ui/contacts/TopicCommand.cpp" line="+25"/>
        <source>Add “%1” to %2</source>
        <translation>„%1“ zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from %2</source>
        <translation>„%1“ von %2 entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Add Topic</source>
        <translation>Thema kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot Remove Topic</source>
        <translation>Thema kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>kith::TopicDialog</name>
    <message>
        <location filename="../ui/contacts/TopicDialog.cpp" line="+20"/>
        <source>e.g. tax law, React, sourdough</source>
        <translation>z. B. Steuerrecht, React, Sauerteig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. climbing, jazz, chess</source>
        <translation>z. B. Klettern, Jazz, Schach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. run a marathon, start a company</source>
        <translation>z. B. einen Marathon laufen, ein Unternehmen gründen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. a flat in Berlin, a new job</source>
        <translation>z. B. eine Wohnung in Berlin, eine neue Stelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. r/woodworking, Rust Discord</source>
        <translation>z. B. r/woodworking, Rust-Discord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What %1 can help others with: Who Can Help finds them first for it.</source>
        <translation>Wobei %1 anderen helfen kann: „Wer kann helfen“ findet die Person dafür zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What %1 enjoys or cares about.</source>
        <translation>Was %1 Freude macht oder am Herzen liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What %1 is working towards.</source>
        <translation>Worauf %1 hinarbeitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What %1 is looking for: someone in your network may help.</source>
        <translation>Was %1 sucht: Vielleicht kann jemand in Ihrem Netzwerk helfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An online group, forum or community %1 is part of.</source>
        <translation>Eine Online-Gruppe, ein Forum oder eine Gemeinschaft, zu der %1 gehört.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A topic already in use is completed, so that contacts share one entry</source>
        <translation>Ein bereits verwendetes Thema wird beim Tippen vervollständigt, damit sich Kontakte einen Eintrag teilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: their own words, e.g. “did my tax return in 2024”</source>
        <translation>Optional: in eigenen Worten, z. B. „hat 2024 meine Steuererklärung gemacht“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail:</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A topic for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ein Thema für &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 already has “%2” under %3.</source>
        <translation>%1 hat „%2“ bereits unter „%3“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is already a topic: %2 will share it.</source>
        <translation>„%1“ ist bereits ein Thema: %2 bekommt denselben Eintrag.</translation>
    </message>
</context>
<context>
    <name>kith::TopicStore</name>
    <message>
        <location filename="../core/storage/TopicStore.cpp" line="+43"/>
        <source>A topic needs a name.</source>
        <translation>Ein Thema braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in the Trash; restore them before adding topics.</source>
        <translation>%1 ist im Papierkorb; stellen Sie den Kontakt wieder her, bevor Sie Themen hinzufügen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot store the topic &quot;%1&quot;.</source>
        <translation>Das Thema „%1“ kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact %1 already has &quot;%2&quot; as %3.</source>
        <translation>Kontakt %1 hat „%2“ bereits als %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contact %1 has no &quot;%2&quot; as %3.</source>
        <translation>Kontakt %1 hat „%2“ nicht als %3.</translation>
    </message>
</context>
<context>
    <name>kith::TrashContactsCommand</name>
    <message numerus="yes">
        <location filename="../ui/contacts/TrashContactsCommand.cpp" line="+15"/>
        <source>Move %n contact(s) to Trash</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschieben</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restore %n contact(s) from Trash</source>
        <translation>
            <numerusform>%n Kontakt aus dem Papierkorb wiederherstellen</numerusform>
            <numerusform>%n Kontakte aus dem Papierkorb wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kith</source>
        <translation>Kith</translation>
    </message>
</context>
<context>
    <name>kith::WhoCanHelp</name>
    <message>
        <location filename="../core/network/WhoCanHelp.cpp" line="+31"/>
        <source>knows %1</source>
        <translation>kennt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introduced by %1</source>
        <translation>vorgestellt von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introduced %1</source>
        <translation>hat %1 vorgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s %2</source>
        <translation>%2 von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, </source>
        <extracomment>Between the topics found by Who Can Help.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Can help with</source>
        <translation>Kann helfen bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title or organisation</source>
        <translation>Position oder Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Say what you need help with, for example &quot;tax law&quot;.</source>
        <translation>Sagen Sie, wobei Sie Hilfe brauchen, zum Beispiel „Steuerrecht“.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 circle</source>
        <translation>Kreis „%1“</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+178"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last in touch %1</source>
        <translation>zuletzt in Kontakt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tie strength %1/100</source>
        <translation>Bindungsstärke %1/100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never in touch</source>
        <translation>noch nie in Kontakt</translation>
    </message>
</context>
<context>
    <name>kith::WhoCanHelpDialog</name>
    <message>
        <location filename="../ui/network/WhoCanHelpDialog.cpp" line="+37"/>
        <source>Who Can Help</source>
        <translation>Wer kann helfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who in your network can help with…</source>
        <translation>Wer in Ihrem Netzwerk kann helfen bei …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. tax law, a flat in Berlin, React, fundraising</source>
        <translation>z. B. Steuerrecht, eine Wohnung in Berlin, React, Fundraising</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches what people can help with, their topics, their work, your notes on them and your interactions</source>
        <translation>Durchsucht, wobei Menschen helfen können, ihre Themen, ihre Arbeit, Ihre Notizen zu ihnen und Ihre Interaktionen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected person in the contacts table (Enter)</source>
        <translation>Die ausgewählte Person in der Kontakttabelle zeigen (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Type what you need help with: a skill, a topic, a company, a place.

Kith looks at what people can help with first, then their other topics, their work, your notes on them and what you talked about.</source>
        <translation>Geben Sie ein, wobei Sie Hilfe brauchen: eine Fähigkeit, ein Thema, eine Firma, einen Ort.

Kith sieht zuerst nach, wobei Menschen helfen können, dann nach ihren anderen Themen, ihrer Arbeit, Ihren Notizen zu ihnen und worüber Sie gesprochen haben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No one in your network matches “%1”.

Try fewer words, another word for it, or add what people can help with in their Topics.</source>
        <translation>Niemand in Ihrem Netzwerk passt zu „%1“.

Versuchen Sie es mit weniger Wörtern oder einem anderen Begriff, oder tragen Sie bei den Themen der Menschen ein, wobei sie helfen können.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The best %n matches for “%1”, best first. Enter opens the contact.</source>
        <translation>
            <numerusform>Der beste Treffer für „%1“. Eingabe öffnet den Kontakt.</numerusform>
            <numerusform>Die besten %n Treffer für „%1“, der beste zuerst. Eingabe öffnet den Kontakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The best %1 matches for “%2”, best first. Enter opens the contact.</source>
        <translation type="vanished">Die %1 besten Treffer für „%2“, der beste zuerst. Die Eingabetaste öffnet den Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es) for “%1”, best first. Enter opens the contact.</source>
        <translation>
            <numerusform>%n Treffer für „%1“. Die Eingabetaste öffnet den Kontakt.</numerusform>
            <numerusform>%n Treffer für „%1“, der beste zuerst. Die Eingabetaste öffnet den Kontakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::WhoCanHelpModel</name>
    <message>
        <location filename="../ui/network/WhoCanHelpModel.cpp" line="+77"/>
        <source>Enter or double-click opens %1</source>
        <translation>Eingabetaste oder Doppelklick öffnet %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never in touch</source>
        <translation>noch nie in Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie strength %1 of 100: both reaching out, how long you have known each other, depth. Last in touch %2.</source>
        <translation>Bindungsstärke %1 von 100: beide melden sich, wie lange Sie sich kennen, Tiefe. Zuletzt in Kontakt am %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have never been in touch: no tie to measure yet.</source>
        <translation>Sie hatten noch nie Kontakt: noch keine Bindung zu messen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know them</source>
        <translation>Woher Sie die Person kennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie strength</source>
        <translation>Bindungsstärke</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+44"/>
        <source>Kith, a personal network manager.</source>
        <translation>Kith, ein persönlicher Netzwerkmanager.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the database file &lt;path&gt; (default: $KITH_DB, else %1).</source>
        <translation>Die Datenbankdatei &lt;Pfad&gt; verwenden (Standard: $KITH_DB, sonst %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Im Systemabschnitt der Kontrollleiste starten, ohne das Fenster zu zeigen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
