<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kith::ContactDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/contacts/ContactDetailPane.cpp" line="+444"/>
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
        <location line="+28"/>
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
        <location filename="../ui/reminders/DueView.cpp" line="+202"/>
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
    <name>kith::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="+864"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>%n contact in the Trash</numerusform>
            <numerusform>%n contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n contact(s) in the Trash</source>
        <translation>
            <numerusform>%1 of %n contact in the Trash</numerusform>
            <numerusform>%1 of %n contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n contact(s)</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
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
        <location line="+77"/>
        <source>This database already holds contacts. Add %n made-up sample contact(s) to it?</source>
        <translation>
            <numerusform>This database already holds contacts. Add %n made-up sample contact to it?</numerusform>
            <numerusform>This database already holds contacts. Add %n made-up sample contacts to it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Added a sample network of %n contact(s).</source>
        <translation>
            <numerusform>Added a sample network of %n contact.</numerusform>
            <numerusform>Added a sample network of %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>Exported %n calendar item(s) to %1.</source>
        <translation>
            <numerusform>Exported %n calendar item to %1.</numerusform>
            <numerusform>Exported %n calendar items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+279"/>
        <source>Interaction logged. Follow up with %n people:</source>
        <translation>
            <numerusform>Interaction logged. Follow up with %n person:</numerusform>
            <numerusform>Interaction logged. Follow up with %n people:</numerusform>
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
</TS>
