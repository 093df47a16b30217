-- Kith schema 9: "who can help with X" finds topics one at a time (issue 6, follow-up). Schema 7 indexed all
-- of a contact's topics as one text, names and details joined with spaces ("machine learning  tax law VAT"):
-- a search for "learning tax" took two topics for one, and what was shown ran them together. Now each topic
-- of a contact is a row of its own, the topic's name and the contact's words about it apart, so that every
-- word searched for must be in one topic, and each topic found is shown as itself.
-- Released: never edit. Statements end with a semicolon at line end; a trigger ends with "END;".

DROP TRIGGER topics_fts_after_insert;
DROP TRIGGER topics_fts_after_update;
DROP TRIGGER topics_fts_after_delete;
DROP TRIGGER topics_fts_after_rename;
DROP VIEW topics_fts_source;
DROP TABLE topics_fts;

-- contact_topics has no rowid; this gives each of its rows one: the rowid of its row in topics_fts. Kept in
-- step by the triggers below (a contact's purge reaches it through contact_topics' cascade).
CREATE TABLE contact_topic_search_ids (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL,
    topic_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    UNIQUE (contact_id, topic_id, kind)
);

CREATE INDEX contact_topic_search_ids_by_topic ON contact_topic_search_ids (topic_id);

-- One row per topic of a contact (rowid = contact_topic_search_ids.id): the topic's name and the detail.
CREATE VIRTUAL TABLE topics_fts USING fts5 (
    name, detail,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO contact_topic_search_ids (contact_id, topic_id, kind)
    SELECT contact_id, topic_id, kind FROM contact_topics ORDER BY contact_id, topic_id, kind;

INSERT INTO topics_fts (rowid, name, detail)
    SELECT s.id, t.name, ct.detail FROM contact_topic_search_ids s
      JOIN contact_topics ct ON ct.contact_id = s.contact_id AND ct.topic_id = s.topic_id AND ct.kind = s.kind
      JOIN topics t ON t.id = s.topic_id;

CREATE TRIGGER topics_fts_after_insert AFTER INSERT ON contact_topics BEGIN
    INSERT INTO contact_topic_search_ids (contact_id, topic_id, kind)
        VALUES (NEW.contact_id, NEW.topic_id, NEW.kind);
    INSERT INTO topics_fts (rowid, name, detail)
        SELECT s.id, t.name, NEW.detail FROM contact_topic_search_ids s JOIN topics t ON t.id = s.topic_id
         WHERE s.contact_id = NEW.contact_id AND s.topic_id = NEW.topic_id AND s.kind = NEW.kind;
END;

CREATE TRIGGER topics_fts_after_update AFTER UPDATE ON contact_topics BEGIN
    DELETE FROM topics_fts WHERE rowid = (SELECT id FROM contact_topic_search_ids
                                           WHERE contact_id = OLD.contact_id AND topic_id = OLD.topic_id
                                             AND kind = OLD.kind);
    DELETE FROM contact_topic_search_ids
     WHERE contact_id = OLD.contact_id AND topic_id = OLD.topic_id AND kind = OLD.kind;
    INSERT INTO contact_topic_search_ids (contact_id, topic_id, kind)
        VALUES (NEW.contact_id, NEW.topic_id, NEW.kind);
    INSERT INTO topics_fts (rowid, name, detail)
        SELECT s.id, t.name, NEW.detail FROM contact_topic_search_ids s JOIN topics t ON t.id = s.topic_id
         WHERE s.contact_id = NEW.contact_id AND s.topic_id = NEW.topic_id AND s.kind = NEW.kind;
END;

CREATE TRIGGER topics_fts_after_delete AFTER DELETE ON contact_topics BEGIN
    DELETE FROM topics_fts WHERE rowid = (SELECT id FROM contact_topic_search_ids
                                           WHERE contact_id = OLD.contact_id AND topic_id = OLD.topic_id
                                             AND kind = OLD.kind);
    DELETE FROM contact_topic_search_ids
     WHERE contact_id = OLD.contact_id AND topic_id = OLD.topic_id AND kind = OLD.kind;
END;

CREATE TRIGGER topics_fts_after_rename AFTER UPDATE OF name ON topics BEGIN
    DELETE FROM topics_fts WHERE rowid IN (SELECT id FROM contact_topic_search_ids WHERE topic_id = NEW.id);
    INSERT INTO topics_fts (rowid, name, detail)
        SELECT s.id, NEW.name, ct.detail FROM contact_topic_search_ids s
          JOIN contact_topics ct ON ct.contact_id = s.contact_id AND ct.topic_id = s.topic_id AND ct.kind = s.kind
         WHERE s.topic_id = NEW.id;
END;
