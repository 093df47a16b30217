-- Kith schema 2: a full-text index over the fields people search by. Its rows are kept in
-- sync by the stores (SearchIndex); the migration fills it for contacts already present.
-- Released: never edit. Statements end with a semicolon at line end.

CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    name, organization, emails, phones, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);
