-- Kith schema 1: contacts with multi-valued fields, circles, tags, interactions, reminders.
-- Released: never edit; add a new migration instead. Statements end with a semicolon at line end.

CREATE TABLE circles (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    sort_order INTEGER NOT NULL DEFAULT 0
);

INSERT INTO circles (key, name, cadence_days, sort_order) VALUES
    ('inner', 'Inner', 7, 1),
    ('close', 'Close', 30, 2),
    ('active', 'Active', 90, 3),
    ('acquaintance', 'Acquaintance', 365, 4),
    ('dormant', 'Dormant', NULL, 5);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL DEFAULT '',
    given TEXT NOT NULL DEFAULT '',
    additional TEXT NOT NULL DEFAULT '',
    family TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    birthday TEXT NOT NULL DEFAULT '',
    anniversary TEXT NOT NULL DEFAULT '',
    circle TEXT REFERENCES circles (key) ON UPDATE CASCADE ON DELETE SET NULL,
    cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    how_met TEXT NOT NULL DEFAULT '',
    where_met TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    photo BLOB,
    sort_name TEXT NOT NULL DEFAULT '',
    last_interaction_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE INDEX contacts_by_name ON contacts (deleted_at, sort_name COLLATE NOCASE);
CREATE INDEX contacts_by_last_interaction ON contacts (deleted_at, last_interaction_at);

CREATE TABLE contact_fields (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url', 'social')),
    label TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX contact_fields_by_contact ON contact_fields (contact_id, kind, position);
CREATE INDEX contact_fields_by_value ON contact_fields (kind, value COLLATE NOCASE);

CREATE TABLE contact_addresses (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    po_box TEXT NOT NULL DEFAULT '',
    extended TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    locality TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX contact_addresses_by_contact ON contact_addresses (contact_id, position);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT '#808080',
    is_category INTEGER NOT NULL DEFAULT 0
);

INSERT INTO tags (name, color, is_category) VALUES
    ('family', '#d9534f', 1),
    ('friend', '#f0ad4e', 1),
    ('colleague', '#5bc0de', 1),
    ('classmate', '#5cb85c', 1),
    ('mentor', '#8e6bbf', 1),
    ('acquaintance', '#999999', 1);

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id, contact_id);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('in-person', 'call', 'video', 'message', 'email', 'social', 'event')),
    initiator TEXT NOT NULL CHECK (initiator IN ('me', 'them', 'mutual')),
    summary TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX interactions_by_time ON interactions (occurred_at);

CREATE TABLE interaction_participants (
    interaction_id INTEGER NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;

CREATE INDEX interaction_participants_by_contact ON interaction_participants (contact_id, interaction_id);

CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    due_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    done_at TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX reminders_open_by_contact ON reminders (contact_id, done_at, due_at);
CREATE INDEX reminders_open_by_due ON reminders (done_at, due_at);
