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
        <location filename="../core/demo/SampleNetworkGenerator.cpp" line="+247"/>
        <source>The sample network needs between 1 and 1,000,000 contacts.</source>
        <translation>Das Beispielnetzwerk braucht zwischen 1 und 1.000.000 Kontakte.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+29"/>
        <location line="+52"/>
        <location line="+26"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/storage/ContactWriter.cpp" line="+107"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+48"/>
        <source>Missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <location line="+80"/>
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
        <location line="+2"/>
        <location line="+33"/>
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
        <location line="+21"/>
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
        <location filename="../core/reminders/DueCalculator.cpp" line="+102"/>
        <source>Birthday today</source>
        <translation>Geburtstag heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday in %n day(s)</source>
        <translation>Geburtstag in %n Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday %n day(s) ago</source>
        <translation>Geburtstag vor %n Tag</translation>
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
    <message>
        <location line="+2"/>
        <source>Anniversary in %n day(s)</source>
        <translation>Jahrestag in %n Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anniversary %n day(s) ago</source>
        <translation>Jahrestag vor %n Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%n year(s))</source>
        <translation>(%n Jahr)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>every %n day(s)</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last checked %n day(s) ago</source>
        <translation>Zuletzt vor %n Tag abgehakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last talked %n day(s) ago</source>
        <translation>Zuletzt vor %n Tag gesprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in touch since added %n day(s) ago</source>
        <translation>Kein Kontakt seit dem Hinzufügen vor %n Tag</translation>
    </message>
    <message>
        <location line="+154"/>
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
    <name>kith::ContactDetailPane</name>
    <message>
        <location filename="../ui/contacts/ContactDetailPane.cpp" line="+38"/>
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
        <location line="+373"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-371"/>
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
        <location line="+87"/>
        <source>Select a contact to see everything about them here.</source>
        <translation>Wählen Sie einen Kontakt aus, um hier alles über ihn zu sehen.</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+66"/>
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
        <location line="+5"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+280"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="-272"/>
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
        <location line="+148"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-147"/>
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
        <location line="+272"/>
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
    <name>kith::ContactStore</name>
    <message>
        <location filename="../core/storage/ContactStore.cpp" line="+101"/>
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
        <location line="+106"/>
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
        <location filename="../ui/contacts/ContactTableModel.cpp" line="+169"/>
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
        <location filename="../ui/reminders/DueView.cpp" line="+55"/>
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
        <location line="+60"/>
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
    <name>kith::InteractionStore</name>
    <message>
        <location filename="../core/storage/InteractionStore.cpp" line="+50"/>
        <source>An interaction needs a valid date and time.</source>
        <translation>Eine Interaktion braucht ein gültiges Datum und eine gültige Uhrzeit.</translation>
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
        <location line="+109"/>
        <location line="+32"/>
        <location line="+33"/>
        <source>There is no interaction with id %1.</source>
        <translation>Es gibt keine Interaktion mit der ID %1.</translation>
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
        <location filename="../ui/interactions/LogInteractionDialog.cpp" line="+39"/>
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
        <location line="+52"/>
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
        <location filename="../ui/main/MainWindow.cpp" line="+165"/>
        <source>No system tray was found</source>
        <translation>Kein Systemabschnitt der Kontrollleiste gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kith shows its reminders here in the window instead, and quits when the window is closed.</source>
        <translation>Kith zeigt seine Erinnerungen stattdessen hier im Fenster und wird beendet, wenn das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+547"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="-547"/>
        <location line="+549"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Die ausgewählten Kontakte in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="-544"/>
        <location line="+628"/>
        <source>Show &amp;Trash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <location line="-627"/>
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
        <location line="+1050"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="-1049"/>
        <source>Who to get in touch with today and this week: cadence, birthdays and follow-ups</source>
        <translation>Mit wem Sie sich heute und diese Woche melden sollten: Rhythmus, Geburtstage und Nachfassen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+8"/>
        <source>&amp;Export Reminders and Birthdays…</source>
        <translation>Erinnerungen und Geburtstage &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save birthdays, anniversaries and open follow-ups as an iCalendar file</source>
        <translation>Geburtstage, Jahrestage und offene Erinnerungen als iCalendar-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+14"/>
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
        <location line="+277"/>
        <location line="+688"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-964"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search name, organisation, email, phone, tag, notes</source>
        <translation>Name, Organisation, E-Mail, Telefon, Schlagwort, Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+173"/>
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
    <message numerus="yes">
        <location line="+79"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>%n Kontakt im Papierkorb</numerusform>
            <numerusform>%n Kontakte im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n contact(s) in the Trash</source>
        <translation>
            <numerusform>%1 von %n Kontakt im Papierkorb</numerusform>
            <numerusform>%1 von %n Kontakten im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n contact(s)</source>
        <translation>
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
        <location line="+17"/>
        <source>Cannot Log Interaction</source>
        <translation>Interaktion kann nicht erfasst werden</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Due (%1)</source>
        <translation>Fällig (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+67"/>
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
        <location line="-478"/>
        <location line="+450"/>
        <location line="+25"/>
        <source>Cannot Add Reminder</source>
        <translation>Erinnerung kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="-472"/>
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
        <location line="+33"/>
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
        <location line="+11"/>
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
        <location line="+18"/>
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
        <location line="+37"/>
        <source>Importing contact files arrives in a later version</source>
        <translation>Das Importieren von Kontaktdateien kommt in einer späteren Version</translation>
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
        <location line="+73"/>
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
        <location filename="../ui/main/SettingsDialog.cpp" line="+52"/>
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
        <location line="+16"/>
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
        <location line="+25"/>
        <source>Cannot Save Preferences</source>
        <translation>Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+57"/>
        <source>Kith, a personal network manager.</source>
        <translation>Kith, ein persönlicher Netzwerkmanager.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the database file &lt;path&gt; (default: $KITH_DB, else %1).</source>
        <translation>Die Datenbankdatei &lt;Pfad&gt; verwenden (Standard: $KITH_DB, sonst %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Im Systemabschnitt der Kontrollleiste starten, ohne das Fenster zu zeigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
