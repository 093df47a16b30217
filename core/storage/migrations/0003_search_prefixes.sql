-- Kith schema 3: the search index also stores 1- to 3-character prefixes, so that the first
-- keystrokes of a search (the ones matching most contacts) stay within one frame.
-- The index is refilled from the contacts by the migration's function (SearchIndex::rebuild).
-- Released: never edit. Statements end with a semicolon at line end.

DROP TABLE contacts_fts;

CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    name, organization, emails, phones, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
