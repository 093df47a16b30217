-- Kith schema 7: using the network (issue 6, first part). Typed relationships between contacts,
-- topics on contacts (expertise, interests, goals, needs, communities), the relationship suggestions
-- the user rejected, and the full-text indexes behind "who can help with X".
-- Events, favours and introductions come in later schemas; they will refer to contacts, to topics
-- (an introduction matches one contact's need with another's expertise: the same topics row) and,
-- for "met at the same event" suggestions, reuse relationship_suggestions_rejected as it is: a
-- rejection is about a pair and a type, whatever suggested it.
-- Released: never edit. Statements end with a semicolon at line end; a trigger ends with "END;".

-- One row per link, read from both sides: `to_id` is `from_id`'s <type> ("Byron is Ada's parent" is
-- (Ada, Byron, 'parent')). Only one type of each inverse pair is stored (parent, not child; manager, not
-- report; mentor, not mentee; introduced-by, not introduced), and a symmetric link has from_id < to_id,
-- so that the same link cannot be stored twice in two spellings.
CREATE TABLE relationships (
    id INTEGER PRIMARY KEY,
    from_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('partner', 'parent', 'sibling', 'friend', 'colleague', 'manager', 'mentor',
                                       'introduced-by', 'knows')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (from_id <> to_id),
    CHECK (from_id < to_id OR type IN ('parent', 'manager', 'mentor', 'introduced-by'))
);

-- A pair holds each type once, whichever way round (Ada's parent Byron and Byron's parent Ada cannot both be).
CREATE UNIQUE INDEX relationships_once ON relationships (min(from_id, to_id), max(from_id, to_id), type);
CREATE INDEX relationships_by_from ON relationships (from_id, to_id);
CREATE INDEX relationships_by_to ON relationships (to_id, from_id);

-- Suggested links the user said no to, in the stored form of a link: not suggested again.
CREATE TABLE relationship_suggestions_rejected (
    from_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (from_id, to_id, type)
) WITHOUT ROWID;

-- Topics are shared entries ("tax law"), so that one contact's need meets another's expertise.
CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);

-- A topic on a contact, of one kind, with the contact's own words ("VAT for small shops").
CREATE TABLE contact_topics (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('expertise', 'interest', 'goal', 'need', 'community')),
    detail TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (contact_id, topic_id, kind)
) WITHOUT ROWID;

CREATE INDEX contact_topics_by_topic ON contact_topics (topic_id, kind, contact_id);

-- Who can help with X, part 1: a contact's topics, expertise apart (rowid = contact id). Kept in step by
-- the triggers below on every write, whoever writes.
CREATE VIRTUAL TABLE topics_fts USING fts5 (
    expertise, topics,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW topics_fts_source AS
SELECT c.id AS contact_id,
       coalesce((SELECT group_concat(t.name || ' ' || ct.detail, ' ') FROM contact_topics ct
                   JOIN topics t ON t.id = ct.topic_id WHERE ct.contact_id = c.id AND ct.kind = 'expertise'), '')
           AS expertise,
       coalesce((SELECT group_concat(t.name || ' ' || ct.detail, ' ') FROM contact_topics ct
                   JOIN topics t ON t.id = ct.topic_id WHERE ct.contact_id = c.id AND ct.kind <> 'expertise'), '')
           AS topics
  FROM contacts c
 WHERE EXISTS (SELECT 1 FROM contact_topics ct WHERE ct.contact_id = c.id);

CREATE TRIGGER topics_fts_after_insert AFTER INSERT ON contact_topics BEGIN
    DELETE FROM topics_fts WHERE rowid = NEW.contact_id;
    INSERT INTO topics_fts (rowid, expertise, topics)
        SELECT contact_id, expertise, topics FROM topics_fts_source WHERE contact_id = NEW.contact_id;
END;

CREATE TRIGGER topics_fts_after_update AFTER UPDATE ON contact_topics BEGIN
    DELETE FROM topics_fts WHERE rowid IN (OLD.contact_id, NEW.contact_id);
    INSERT INTO topics_fts (rowid, expertise, topics)
        SELECT contact_id, expertise, topics FROM topics_fts_source
         WHERE contact_id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER topics_fts_after_delete AFTER DELETE ON contact_topics BEGIN
    DELETE FROM topics_fts WHERE rowid = OLD.contact_id;
    INSERT INTO topics_fts (rowid, expertise, topics)
        SELECT contact_id, expertise, topics FROM topics_fts_source WHERE contact_id = OLD.contact_id;
END;

CREATE TRIGGER topics_fts_after_rename AFTER UPDATE OF name ON topics BEGIN
    DELETE FROM topics_fts WHERE rowid IN (SELECT contact_id FROM contact_topics WHERE topic_id = NEW.id);
    INSERT INTO topics_fts (rowid, expertise, topics)
        SELECT contact_id, expertise, topics FROM topics_fts_source
         WHERE contact_id IN (SELECT contact_id FROM contact_topics WHERE topic_id = NEW.id);
END;

-- Who can help with X, part 2: what was said in interactions (rowid = interaction id). Titles,
-- organisations and a contact's notes are in contacts_fts already.
CREATE VIRTUAL TABLE interactions_fts USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO interactions_fts (rowid, text) SELECT id, summary || ' ' || notes FROM interactions;

CREATE TRIGGER interactions_fts_after_insert AFTER INSERT ON interactions BEGIN
    INSERT INTO interactions_fts (rowid, text) VALUES (NEW.id, NEW.summary || ' ' || NEW.notes);
END;

CREATE TRIGGER interactions_fts_after_update AFTER UPDATE OF summary, notes ON interactions BEGIN
    DELETE FROM interactions_fts WHERE rowid = OLD.id;
    INSERT INTO interactions_fts (rowid, text) VALUES (NEW.id, NEW.summary || ' ' || NEW.notes);
END;

CREATE TRIGGER interactions_fts_after_delete AFTER DELETE ON interactions BEGIN
    DELETE FROM interactions_fts WHERE rowid = OLD.id;
END;
