<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../core/reminders/DueCalculator.cpp" line="+111"/>
        <source>Birthday in %n day(s)</source>
        <translation>
            <numerusform>Birthday in %n day</numerusform>
            <numerusform>Birthday in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Birthday %n day(s) ago</source>
        <translation>
            <numerusform>Birthday %n day ago</numerusform>
            <numerusform>Birthday %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Anniversary in %n day(s)</source>
        <translation>
            <numerusform>Anniversary in %n day</numerusform>
            <numerusform>Anniversary in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Anniversary %n day(s) ago</source>
        <translation>
            <numerusform>Anniversary %n day ago</numerusform>
            <numerusform>Anniversary %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <location filename="../app/cli/ShowCommand.cpp" line="+131"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last checked %n day(s) ago</source>
        <translation>
            <numerusform>Last checked %n day ago</numerusform>
            <numerusform>Last checked %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last talked %n day(s) ago</source>
        <translation>
            <numerusform>Last talked %n day ago</numerusform>
            <numerusform>Last talked %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not in touch since added %n day(s) ago</source>
        <translation>
            <numerusform>Not in touch since added %n day ago</numerusform>
            <numerusform>Not in touch since added %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/NetworkCommand.cpp" line="+197"/>
        <source>%n contacts, </source>
        <translation>
            <numerusform>%n contact, </numerusform>
            <numerusform>%n contacts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links between them (on %1).</source>
        <translation>
            <numerusform>%n link between them (on %1).</numerusform>
            <numerusform>%n links between them (on %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/UndoImportCommand.cpp" line="+52"/>
        <source>Import %1 undone: %n contact(s) removed</source>
        <translation>
            <numerusform>Import %1 undone: %n contact removed</numerusform>
            <numerusform>Import %1 undone: %n contacts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n restored.</source>
        <translation>
            <numerusform>, %n restored.</numerusform>
            <numerusform>, %n restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::AttentionModel</name>
    <message numerus="yes">
        <source>%1: health %2, down from %3 %n day(s) ago; last in touch %4 day(s) ago, every %5 days intended</source>
        <translation type="vanished">
            <numerusform>%1: health %2, down from %3 %n day ago; last in touch %4 day(s) ago, every %5 days intended</numerusform>
            <numerusform>%1: health %2, down from %3 %n days ago; last in touch %4 day(s) ago, every %5 days intended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/AttentionModel.cpp" line="+64"/>
        <source>%1: health %2, down from %3 %n days ago.</source>
        <translation>
            <numerusform>%1: health %2, down from %3 %n day ago.</numerusform>
            <numerusform>%1: health %2, down from %3 %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last in touch %n days ago.</source>
        <translation>
            <numerusform>Last in touch %n day ago.</numerusform>
            <numerusform>Last in touch %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Meant to be in touch every %n days.</source>
        <translation>
            <numerusform>Meant to be in touch every day.</numerusform>
            <numerusform>Meant to be in touch every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>How much health fell over the last %n day(s)</source>
        <translation>
            <numerusform>How much health fell over the last day</numerusform>
            <numerusform>How much health fell over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n-day change</source>
        <extracomment>Column header: how much health fell over this many days.</extracomment>
        <translation>
            <numerusform>%n-day change</numerusform>
            <numerusform>%n-day change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::CircleSuggestionModel</name>
    <message numerus="yes">
        <source>in touch on %n day(s) in the last year</source>
        <translation type="vanished">
            <numerusform>in touch on %n day in the last year</numerusform>
            <numerusform>in touch on %n days in the last year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, last %n day(s) ago</source>
        <translation type="vanished">
            <numerusform>, last %n day ago</numerusform>
            <numerusform>, last %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/CircleSuggestionModel.cpp" line="+37"/>
        <source>Ranked %1 of %2 by recent contact (%3); in touch on %n days in the last year.</source>
        <translation>
            <numerusform>Ranked %1 of %2 by recent contact (%3); in touch on %n day in the last year.</numerusform>
            <numerusform>Ranked %1 of %2 by recent contact (%3); in touch on %n days in the last year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last in touch %n days ago.</source>
        <translation>
            <numerusform>Last in touch %n day ago.</numerusform>
            <numerusform>Last in touch %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ContactDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/contacts/ContactDetailPane.cpp" line="+545"/>
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n day(s) (the circle&apos;s rhythm)</source>
        <translation>
            <numerusform>every day (the circle&apos;s rhythm)</numerusform>
            <numerusform>every %n days (the circle&apos;s rhythm)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>repeats every %n day(s)</source>
        <translation>
            <numerusform>repeats every %n day</numerusform>
            <numerusform>repeats every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeats every %n week(s)</source>
        <translation>
            <numerusform>repeats every %n week</numerusform>
            <numerusform>repeats every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeats every %n month(s)</source>
        <translation>
            <numerusform>repeats every %n month</numerusform>
            <numerusform>repeats every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>repeats every %n year(s)</source>
        <translation>
            <numerusform>repeats every %n year</numerusform>
            <numerusform>repeats every %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ContactLinksPanel</name>
    <message numerus="yes">
        <location filename="../ui/contacts/ContactLinksPanel.cpp" line="+216"/>
        <source>Relationships (%Ln)</source>
        <translation>
            <numerusform>Relationships (%Ln)</numerusform>
            <numerusform>Relationships (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n more suggestion(s)…</source>
        <translation>
            <numerusform>%n more suggestion…</numerusform>
            <numerusform>%n more suggestions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more colleagues at %1 are not suggested: too many to list them all.</source>
        <translation>
            <numerusform>%n more colleague at %1 is not suggested: too many to list them all.</numerusform>
            <numerusform>%n more colleagues at %1 are not suggested: too many to list them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ContactTableModel</name>
    <message numerus="yes">
        <location filename="../ui/contacts/ContactTableModel.cpp" line="+184"/>
        <source>last in touch %n day(s) ago</source>
        <translation>
            <numerusform>last in touch %n day ago</numerusform>
            <numerusform>last in touch %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Health %1 of 100 (%2), strength %3; %4, against a %n-day cadence</source>
        <translation>
            <numerusform>Health %1 of 100 (%2), strength %3; %4, against a daily cadence</numerusform>
            <numerusform>Health %1 of 100 (%2), strength %3; %4, against a %n-day cadence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ContactTopicsPanel</name>
    <message numerus="yes">
        <location filename="../ui/contacts/ContactTopicsPanel.cpp" line="+163"/>
        <source>Topics (%Ln)</source>
        <translation>
            <numerusform>Topics (%Ln)</numerusform>
            <numerusform>Topics (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::CsvMappingDialog</name>
    <message numerus="yes">
        <location filename="../ui/import/CsvMappingDialog.cpp" line="+185"/>
        <source>File %1 of %n</source>
        <translation>
            <numerusform>File %1 of %n</numerusform>
            <numerusform>File %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="+486"/>
        <source>%1: %2 of %n contact(s) %3</source>
        <translation>
            <numerusform>%1: %2 of %n contact %3</numerusform>
            <numerusform>%1: %2 of %n contacts %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../ui/reminders/DesktopIntegration.cpp" line="+93"/>
        <source>Kith — %n due</source>
        <translation>
            <numerusform>Kith — %n due</numerusform>
            <numerusform>Kith — %n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>And %n more…</source>
        <translation>
            <numerusform>And %n more…</numerusform>
            <numerusform>And %n more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n reminder(s) came due while Kith was closed</source>
        <translation>
            <numerusform>%n reminder came due while Kith was closed</numerusform>
            <numerusform>%n reminders came due while Kith was closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::DueText</name>
    <message numerus="yes">
        <location filename="../ui/reminders/DueText.cpp" line="+37"/>
        <source>Last interaction: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last interaction: %1 (%n day ago)</numerusform>
            <numerusform>Last interaction: %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::DueView</name>
    <message numerus="yes">
        <location filename="../ui/reminders/DueView.cpp" line="+193"/>
        <location line="+2"/>
        <source>%n due now</source>
        <translation>
            <numerusform>%n due now</numerusform>
            <numerusform>%n due now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>, %n more this week</source>
        <translation>
            <numerusform>, %n more this week</numerusform>
            <numerusform>, %n more this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nothing due now, %n later this week</source>
        <translation>
            <numerusform>Nothing due now, %n later this week</numerusform>
            <numerusform>Nothing due now, %n later this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::EventsView</name>
    <message numerus="yes">
        <location filename="../ui/network/EventsView.cpp" line="+256"/>
        <source>%n people on the list; you did not meet any of them.</source>
        <translation>
            <numerusform>%n person on the list; you did not meet them.</numerusform>
            <numerusform>%n people on the list; you did not meet any of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>You met %n people here and have followed up with everyone.</source>
        <translation>
            <numerusform>You met %n person here and have followed up with them.</numerusform>
            <numerusform>You met %n people here and have followed up with everyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>You met %n people here.</source>
        <translation>
            <numerusform>You met %n person here.</numerusform>
            <numerusform>You met %n people here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::Favour</name>
    <message numerus="yes">
        <location filename="../core/domain/Favour.cpp" line="+43"/>
        <source>You&apos;ve done %n favour(s) for %1; none back yet.</source>
        <translation>
            <numerusform>You&apos;ve done %n favour for %1; none back yet.</numerusform>
            <numerusform>You&apos;ve done %n favours for %1; none back yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 has done %n favour(s) for you; you haven&apos;t returned one yet.</source>
        <translation>
            <numerusform>%1 has done %n favour for you; you haven&apos;t returned one yet.</numerusform>
            <numerusform>%1 has done %n favours for you; you haven&apos;t returned one yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>You&apos;ve done %n favour(s) for %1; %1 has done %2 for you.</source>
        <extracomment>%n: the favours the user did for %1; %2: how many %1 did in return (a number, &quot;favours&quot; left out).</extracomment>
        <translation>
            <numerusform>You&apos;ve done %n favour for %1; %1 has done %2 for you.</numerusform>
            <numerusform>You&apos;ve done %n favours for %1; %1 has done %2 for you.</numerusform>
        </translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-75"/>
        <source>about %n week(s)</source>
        <translation>
            <numerusform>about %n week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n year(s)</source>
        <translation>
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>your %n-day cadence for them</source>
        <translation>
            <numerusform>your daily cadence for them</numerusform>
            <numerusform>your %n-day cadence for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a %n-day cadence</source>
        <translation>
            <numerusform>a daily cadence</numerusform>
            <numerusform>a %n-day cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the %n-day cadence Kith assumes without one</source>
        <translation>
            <numerusform>the daily cadence Kith assumes without one</numerusform>
            <numerusform>the %n-day cadence Kith assumes without one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>depth %1% (%2 of the last %n interaction(s) in person or long calls</source>
        <translation>
            <numerusform>depth %1% (%2 of the last %n interaction in person or a long call</numerusform>
            <numerusform>depth %1% (%2 of the last %n interactions in person or long calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ImportBatchStore</name>
    <message numerus="yes">
        <location filename="../core/storage/ImportBatchStore.cpp" line="+146"/>
        <source>%n contact(s) this import added or changed were edited since (for example &quot;%1&quot;). Undoing it would lose those edits.</source>
        <translation>
            <numerusform>%n contact this import added or changed was edited since (&quot;%1&quot;). Undoing it would lose those edits.</numerusform>
            <numerusform>%n contacts this import added or changed were edited since (for example &quot;%1&quot;). Undoing it would lose those edits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ImportController</name>
    <message numerus="yes">
        <source>Imported %n contact(s)</source>
        <translation type="vanished">
            <numerusform>Imported %n contact</numerusform>
            <numerusform>Imported %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n</source>
        <translation type="vanished">
            <numerusform>merged %n</numerusform>
            <numerusform>merged %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n</source>
        <translation type="vanished">
            <numerusform>skipped %n</numerusform>
            <numerusform>skipped %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation type="vanished">
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) it added will be deleted.</source>
        <translation type="vanished">
            <numerusform>The %n contact it added will be deleted.</numerusform>
            <numerusform>The %n contacts it added will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n contact(s) it merged into go back to how they were before.</source>
        <translation type="vanished">
            <numerusform>The %n contact it merged into goes back to how it was before.</numerusform>
            <numerusform>The %n contacts it merged into go back to how they were before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n contact(s)</source>
        <translation type="vanished">
            <numerusform>removed %n contact</numerusform>
            <numerusform>removed %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restored %n merged contact(s)</source>
        <translation type="vanished">
            <numerusform>restored %n merged contact</numerusform>
            <numerusform>restored %n merged contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportController.cpp" line="+312"/>
        <source>Imported %Ln contact(s)</source>
        <translation>
            <numerusform>Imported %Ln contact</numerusform>
            <numerusform>Imported %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>merged %Ln</source>
        <translation>
            <numerusform>merged %Ln</numerusform>
            <numerusform>merged %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln</source>
        <translation>
            <numerusform>skipped %Ln</numerusform>
            <numerusform>skipped %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln could not be read</numerusform>
            <numerusform>%Ln could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>The %Ln contact(s) it added will be deleted.</source>
        <translation>
            <numerusform>The %Ln contact it added will be deleted.</numerusform>
            <numerusform>The %Ln contacts it added will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %Ln contact(s) it merged into go back to how they were before.</source>
        <translation>
            <numerusform>The %Ln contact it merged into goes back to how it was before.</numerusform>
            <numerusform>The %Ln contacts it merged into go back to how they were before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>removed %Ln contact(s)</source>
        <translation>
            <numerusform>removed %Ln contact</numerusform>
            <numerusform>removed %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>restored %Ln merged contact(s)</source>
        <translation>
            <numerusform>restored %Ln merged contact</numerusform>
            <numerusform>restored %Ln merged contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n Contact(s)</source>
        <translation type="vanished">
            <numerusform>&amp;Import %n Contact</numerusform>
            <numerusform>&amp;Import %n Contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportPreviewDialog.cpp" line="+257"/>
        <source>&amp;Import %Ln Contact(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln Contact</numerusform>
            <numerusform>&amp;Import %Ln Contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::IntroductionSuggester</name>
    <message numerus="yes">
        <location filename="../core/network/IntroductionSuggester.cpp" line="+75"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::IntroductionsView</name>
    <message numerus="yes">
        <location filename="../ui/network/IntroductionsView.cpp" line="+347"/>
        <source>(the best %n)</source>
        <translation>
            <numerusform>(the best one)</numerusform>
            <numerusform>(the best %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n suggestion(s))</source>
        <translation>
            <numerusform>(%n suggestion)</numerusform>
            <numerusform>(%n suggestions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s) in the Trash</source>
        <translation type="vanished">
            <numerusform>%n contact in the Trash</numerusform>
            <numerusform>%n contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) in the Trash</source>
        <translation type="vanished">
            <numerusform>%1 of %n contact in the Trash</numerusform>
            <numerusform>%1 of %n contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s)</source>
        <translation type="vanished">
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="+1331"/>
        <source>%Ln contact(s) in the Trash</source>
        <translation>
            <numerusform>%Ln contact in the Trash</numerusform>
            <numerusform>%Ln contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln contact(s) in the Trash</source>
        <translation>
            <numerusform>%1 of %Ln contact in the Trash</numerusform>
            <numerusform>%1 of %Ln contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Delete %n contact(s) for good, with their interactions and reminders?

This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact for good, with their interactions and reminders?

This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts for good, with their interactions and reminders?

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Moved %n contact(s) to the Trash. Undo brings them back.</source>
        <translation>
            <numerusform>Moved %n contact to the Trash. Undo brings it back.</numerusform>
            <numerusform>Moved %n contacts to the Trash. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Restored %n contact(s).</source>
        <translation>
            <numerusform>Restored %n contact.</numerusform>
            <numerusform>Restored %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Delete the %n contact(s) in the Trash for good, with their interactions and reminders?

This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n contact in the Trash for good, with their interactions and reminders?

This cannot be undone.</numerusform>
            <numerusform>Delete the %n contacts in the Trash for good, with their interactions and reminders?

This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>This database already holds contacts. Add %n made-up sample contact(s) to it?</source>
        <translation>
            <numerusform>This database already holds contacts. Add %n made-up sample contact to it?</numerusform>
            <numerusform>This database already holds contacts. Add %n made-up sample contacts to it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Added a sample network of %n contact(s).</source>
        <translation>
            <numerusform>Added a sample network of %n contact.</numerusform>
            <numerusform>Added a sample network of %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Exported %n calendar item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n calendar item to %1.</numerusform>
            <numerusform>Exported %n calendar items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%n reminder(s) due now: keep in touch, birthdays and follow-ups.
Snoozed ones are left out; one person can have several.</source>
        <translation>
            <numerusform>%n reminder due now: keep in touch, birthdays and follow-ups.
Snoozed ones are left out; one person can have several.</numerusform>
            <numerusform>%n reminders due now: keep in touch, birthdays and follow-ups.
Snoozed ones are left out; one person can have several.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+225"/>
        <source>Interaction logged. Follow up with %n people:</source>
        <translation>
            <numerusform>Interaction logged. Follow up with %n person:</numerusform>
            <numerusform>Interaction logged. Follow up with %n people:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::NetworkGraphPage</name>
    <message numerus="yes">
        <location filename="../ui/network/NetworkGraphPage.cpp" line="+160"/>
        <source>%Ln strongest ties</source>
        <translation>
            <numerusform>%Ln strongest tie</numerusform>
            <numerusform>%Ln strongest ties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>The %1 strongest ties of %Ln matching contacts</source>
        <extracomment>%1 (at least 100) is how many are drawn, %n how many contacts there are.</extracomment>
        <translation>
            <numerusform>The %1 strongest ties of %Ln matching contact</numerusform>
            <numerusform>The %1 strongest ties of %Ln matching contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Your %1 strongest ties of %Ln contacts</source>
        <extracomment>%1 (at least 100) is how many are drawn, %n how many contacts there are.</extracomment>
        <translation>
            <numerusform>Your %1 strongest ties of %Ln contact</numerusform>
            <numerusform>Your %1 strongest ties of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln matching contacts of %1</source>
        <extracomment>%n contacts are drawn, those matching the search, of %1 in all.</extracomment>
        <translation>
            <numerusform>%Ln matching contact of %1</numerusform>
            <numerusform>%Ln matching contacts of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %Ln contacts</source>
        <translation>
            <numerusform>The only contact</numerusform>
            <numerusform>All %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links between them</source>
        <translation>
            <numerusform>%Ln link between them</numerusform>
            <numerusform>%Ln links between them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::RelationshipSuggester</name>
    <message numerus="yes">
        <location filename="../core/network/RelationshipSuggester.cpp" line="+263"/>
        <source>Both were at %1 and %n other event(s).</source>
        <translation>
            <numerusform>Both were at %1 and %n other event.</numerusform>
            <numerusform>Both were at %1 and %n other events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::ReminderDialog</name>
    <message numerus="yes">
        <location filename="../ui/reminders/ReminderDialog.cpp" line="+151"/>
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::SocialCapitalAdvice</name>
    <message numerus="yes">
        <location filename="../core/network/SocialCapitalAdvice.cpp" line="+37"/>
        <source>Your %1 circles hold %n people, more than the about 15 anyone can keep close: move some outwards so that your reminders stay realistic.</source>
        <translation>
            <numerusform>Your %1 circles hold %n person, more than the about 15 anyone can keep close: move some outwards so that your reminders stay realistic.</numerusform>
            <numerusform>Your %1 circles hold %n people, more than the about 15 anyone can keep close: move some outwards so that your reminders stay realistic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only %n people are in your %1 circles: move the people you most want to keep close inwards.</source>
        <translation>
            <numerusform>Only %n person is in your %1 circles: move the people you most want to keep close inwards.</numerusform>
            <numerusform>Only %n people are in your %1 circles: move the people you most want to keep close inwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Your %1 circles hold %n people, about as many as anyone can keep close: keep in touch with them first.</source>
        <translation>
            <numerusform>Your %1 circles hold %n person, about as many as anyone can keep close: keep in touch with them first.</numerusform>
            <numerusform>Your %1 circles hold %n people, about as many as anyone can keep close: keep in touch with them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Your network falls into %n groups: when you need something new, look beyond the group you are most in touch with.</source>
        <translation>
            <numerusform>Your network falls into %n group: when you need something new, look beyond the people you are most in touch with.</numerusform>
            <numerusform>Your network falls into %n groups: when you need something new, look beyond the group you are most in touch with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::SocialCapitalPage</name>
    <message numerus="yes">
        <location filename="../ui/network/SocialCapitalPage.cpp" line="+293"/>
        <source>%Ln contacts, no links between them</source>
        <translation>
            <numerusform>%Ln contact, no links</numerusform>
            <numerusform>%Ln contacts, no links between them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln links between them</source>
        <translation>
            <numerusform>%Ln link between them</numerusform>
            <numerusform>%Ln links between them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln clusters</source>
        <translation>
            <numerusform>%Ln cluster</numerusform>
            <numerusform>%Ln clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Measured on you and the %Ln people of your %1 circles.</source>
        <translation>
            <numerusform>Measured on you and the %Ln person of your %1 circles.</numerusform>
            <numerusform>Measured on you and the %Ln people of your %1 circles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>There are %Ln links among them.</source>
        <translation>
            <numerusform>There is %Ln link among them.</numerusform>
            <numerusform>There are %Ln links among them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n people, </source>
        <translation>
            <numerusform>%n person, </numerusform>
            <numerusform>%n people, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n links inside</source>
        <translation>
            <numerusform>%n link inside</numerusform>
            <numerusform>%n links inside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n smaller clusters.</source>
        <translation>
            <numerusform>…and %n smaller cluster.</numerusform>
            <numerusform>…and %n smaller clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::SuggestedLinksDialog</name>
    <message numerus="yes">
        <location filename="../ui/network/SuggestedLinksDialog.cpp" line="+42"/>
        <source>Colleagues at organisations with more than %n contacts are not listed here; each contact&apos;s details suggest a few of them.</source>
        <translation>
            <numerusform>Colleagues at organisations with more than %n contact are not listed here; each contact&apos;s details suggest a few of them.</numerusform>
            <numerusform>Colleagues at organisations with more than %n contacts are not listed here; each contact&apos;s details suggest a few of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>%n suggested link(s). Select some, then Confirm or Reject.</source>
        <translation>
            <numerusform>%n suggested link. Select it, then Confirm or Reject.</numerusform>
            <numerusform>%n suggested links. Select some, then Confirm or Reject.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Confirm %n suggested link(s)</source>
        <translation>
            <numerusform>Confirm %n suggested link</numerusform>
            <numerusform>Confirm %n suggested links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Added %n link(s). Undo takes them away again.</source>
        <translation>
            <numerusform>Added %n link. Undo takes it away again.</numerusform>
            <numerusform>Added %n links. Undo takes them away again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Kith will not suggest %n link(s) again.</source>
        <translation>
            <numerusform>Kith will not suggest %n link again.</numerusform>
            <numerusform>Kith will not suggest %n links again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../ui/contacts/TagManagerDialog.cpp" line="+165"/>
        <source>%n contact(s) carry this tag</source>
        <translation>
            <numerusform>%n contact carries this tag</numerusform>
            <numerusform>%n contacts carry this tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>Delete the tag “%1”? %n contact(s) will lose it.</source>
        <translation>
            <numerusform>Delete the tag “%1”? %n contact will lose it.</numerusform>
            <numerusform>Delete the tag “%1”? %n contacts will lose it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::TrashContactsCommand</name>
    <message numerus="yes">
        <location filename="../ui/contacts/TrashContactsCommand.cpp" line="+15"/>
        <source>Move %n contact(s) to Trash</source>
        <translation>
            <numerusform>Move %n contact to Trash</numerusform>
            <numerusform>Move %n contacts to Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Restore %n contact(s) from Trash</source>
        <translation>
            <numerusform>Restore %n contact from Trash</numerusform>
            <numerusform>Restore %n contacts from Trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kith::WhoCanHelpDialog</name>
    <message numerus="yes">
        <location filename="../ui/network/WhoCanHelpDialog.cpp" line="+203"/>
        <source>The best %n matches for “%1”, best first. Enter opens the contact.</source>
        <translation>
            <numerusform>The best match for “%1”. Enter opens the contact.</numerusform>
            <numerusform>The best %n matches for “%1”, best first. Enter opens the contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es) for “%1”, best first. Enter opens the contact.</source>
        <translation>
            <numerusform>%n match for “%1”. Enter opens the contact.</numerusform>
            <numerusform>%n matches for “%1”, best first. Enter opens the contact.</numerusform>
        </translation>
    </message>
</context>
</TS>
