-- Kith schema 5: imports. What a contact file held that Kith does not model, phone numbers in E.164 for
-- matching, every import as a batch that can be undone (the contacts it added, and the contacts it merged
-- into as they were before), the incoming values a merge did not apply, and the column mappings of generic
-- CSV files by header. The migration's function fills the E.164 column and the search index.
-- Released: never edit. Statements end with a semicolon at line end.

-- Unfolded vCard content lines (VCardProperty::toContentLine), one per line, joined with a newline.
ALTER TABLE contacts ADD COLUMN vcard_extras TEXT NOT NULL DEFAULT '';

-- For phones: the number in E.164 ("+442079460958") when libphonenumber could read it, else ''.
ALTER TABLE contact_fields ADD COLUMN normalized TEXT NOT NULL DEFAULT '';
CREATE INDEX contact_fields_by_normalized ON contact_fields (kind, normalized) WHERE normalized <> '';

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    files TEXT NOT NULL DEFAULT '[]', -- JSON array of paths
    added INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
);

-- The contacts a batch added or merged into. `before` is the merged contact as it was (JSON, see
-- ContactSnapshot), so that undo restores it exactly. No foreign key on contact_id: the history of a batch
-- outlives a contact deleted later.
CREATE TABLE import_batch_contacts (
    batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'merged')),
    before TEXT,
    PRIMARY KEY (batch_id, contact_id)
) WITHOUT ROWID;

CREATE INDEX import_batch_contacts_by_contact ON import_batch_contacts (contact_id, batch_id);

-- Incoming single values that conflicted with the contact's own and were not applied.
CREATE TABLE contact_field_history (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    batch_id INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);

CREATE INDEX contact_field_history_by_contact ON contact_field_history (contact_id, at);
CREATE INDEX contact_field_history_by_batch ON contact_field_history (batch_id);

-- How the columns of a generic CSV file were mapped, by header signature (CsvColumnMapping).
CREATE TABLE csv_mappings (
    signature TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
