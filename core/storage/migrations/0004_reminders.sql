-- Kith schema 4: recurring, snoozed and dismissed follow-ups; what the user did with every due
-- item (cadence, birthday, anniversary, follow-up) as one history; indexes for the due list.
-- Released: never edit. Statements end with a semicolon at line end.

ALTER TABLE reminders ADD COLUMN recurrence_unit TEXT NOT NULL DEFAULT ''
    CHECK (recurrence_unit IN ('', 'days', 'weeks', 'months', 'years'));
ALTER TABLE reminders ADD COLUMN recurrence_interval INTEGER NOT NULL DEFAULT 1 CHECK (recurrence_interval > 0);
ALTER TABLE reminders ADD COLUMN snoozed_until TEXT;
ALTER TABLE reminders ADD COLUMN dismissed_at TEXT;

-- Pending follow-ups by due time, and snoozed ones by when they come back.
CREATE INDEX reminders_pending_by_due ON reminders (due_at) WHERE done_at IS NULL AND dismissed_at IS NULL;
CREATE INDEX reminders_pending_by_snooze ON reminders (snoozed_until)
    WHERE snoozed_until IS NOT NULL AND done_at IS NULL AND dismissed_at IS NULL;

-- One row per action on a due item. For cadence, birthdays and anniversaries this is also their
-- state (the latest action on an occurrence wins); follow-ups keep theirs in `reminders`.
-- `occurrence` is the date the item is about (YYYY-MM-DD): the birthday that year, the touch date.
CREATE TABLE reminder_actions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('cadence', 'birthday', 'anniversary', 'followup')),
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    reminder_id INTEGER REFERENCES reminders (id) ON DELETE SET NULL,
    occurrence TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('done', 'snoozed', 'dismissed', 'skipped')),
    snoozed_until TEXT,
    at TEXT NOT NULL
);

CREATE INDEX reminder_actions_by_occurrence ON reminder_actions (kind, occurrence, contact_id);
CREATE INDEX reminder_actions_by_time ON reminder_actions (kind, at);
CREATE INDEX reminder_actions_by_contact ON reminder_actions (contact_id, at);
CREATE INDEX reminder_actions_by_reminder ON reminder_actions (reminder_id) WHERE reminder_id IS NOT NULL;

-- Birthdays and anniversaries by month and day ("MM-DD" ends both "YYYY-MM-DD" and "--MM-DD").
CREATE INDEX contacts_by_birthday_day ON contacts (substr(birthday, -5)) WHERE birthday <> '';
CREATE INDEX contacts_by_anniversary_day ON contacts (substr(anniversary, -5)) WHERE anniversary <> '';
-- Who is past their keep-in-touch cadence: a range search per circle by last interaction (or, for
-- those never contacted, by when they were added), and per cadence set on contacts themselves.
CREATE INDEX contacts_for_cadence ON contacts (circle, cadence_days, last_interaction_at, created_at)
    WHERE deleted_at IS NULL;
CREATE INDEX contacts_by_cadence ON contacts (cadence_days) WHERE cadence_days IS NOT NULL;
