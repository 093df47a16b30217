-- Kith schema 6: relationship health (issue 5). A closeness rating the user gives a contact, how
-- long an interaction lasted (for "long calls"), and the circle suggestions the user ignored.
-- Released: never edit. Statements end with a semicolon at line end.

ALTER TABLE contacts ADD COLUMN closeness INTEGER CHECK (closeness IS NULL OR closeness BETWEEN 1 AND 5);
ALTER TABLE interactions ADD COLUMN duration_minutes INTEGER
    CHECK (duration_minutes IS NULL OR duration_minutes > 0);

-- One row per ignored suggestion: the same circle is not suggested again for that contact; a
-- different one may be, when behaviour changes.
CREATE TABLE circle_suggestions_ignored (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    circle TEXT NOT NULL,
    ignored_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, circle)
) WITHOUT ROWID;
