-- Kith schema 8: using the network (issue 6, second part). Events with the people met there, favours
-- given and received, and introductions between two contacts with their follow-up.
-- Released: never edit. Statements end with a semicolon at line end.

-- A meetup, a conference, a party. `held_on` is a day (YYYY-MM-DD), the local date of the event.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('meetup', 'conference', 'party', 'other')),
    held_on TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX events_by_date ON events (held_on);

-- Who was there. `met` says the user met them there (the contact's "met at"); the follow-up is the
-- reminder the "I met these people at..." flow set, kept so the event can show whom you followed up.
CREATE TABLE event_attendees (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    follow_up_reminder_id INTEGER REFERENCES reminders (id) ON DELETE SET NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (event_id, contact_id)
) WITHOUT ROWID;

CREATE INDEX event_attendees_by_contact ON event_attendees (contact_id, event_id);

-- A favour between the user and one contact: `given` by the user to them, or `received` from them.
CREATE TABLE favours (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    what TEXT NOT NULL CHECK (what <> ''),
    happened_on TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX favours_by_contact ON favours (contact_id, happened_on);

-- The user introduces `first_id` to `second_id` (an unordered pair, stored with first_id < second_id),
-- for a reason, optionally about a topic (one's need meeting the other's expertise).
CREATE TABLE introductions (
    id INTEGER PRIMARY KEY,
    first_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    second_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    reason TEXT NOT NULL DEFAULT '',
    introduced_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'made', 'accepted', 'declined')),
    outcome TEXT NOT NULL DEFAULT '',
    follow_up_reminder_id INTEGER REFERENCES reminders (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (first_id < second_id)
);

CREATE INDEX introductions_by_first ON introductions (first_id, second_id);
CREATE INDEX introductions_by_second ON introductions (second_id, first_id);

-- Suggested introductions the user said no to (first_id < second_id): not suggested again.
CREATE TABLE introduction_suggestions_dismissed (
    first_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    second_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id)
) WITHOUT ROWID;
