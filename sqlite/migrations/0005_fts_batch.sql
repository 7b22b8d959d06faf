-- Commit writes the full-text index of the articles it inserts once per
-- batch, after the batch's other statements, instead of a trigger per
-- article: SQLite opens a statement savepoint for every write that may
-- touch the index, and FTS5 flushes its pending terms to a new segment at
-- each one, so a trigger per article wrote (and merged) one segment per
-- article, about a third of Commit's time. Deleting an article still
-- removes it through its trigger. An update re-indexes only when the
-- indexed columns change: moving an article to another story rewrote the
-- index for the same title and body.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.n, coalesce(old.title, ''), old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.n, coalesce(new.title, ''), new.body);
END;
