-- One row per quote, so that the quotes of one speaker are found through an
-- index instead of by reading every article (the web API's entity pages).
-- quote is the quote's contract JSON as the article doc holds it; the doc
-- stays the truth, and triggers keep these rows in step with it inside the
-- writing transaction.
CREATE TABLE article_quotes (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	speaker    TEXT,
	quote      TEXT NOT NULL,
	PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX article_quotes_speaker ON article_quotes(speaker);

CREATE TRIGGER article_quotes_insert AFTER INSERT ON articles BEGIN
	INSERT INTO article_quotes(article_id, seq, speaker, quote)
		SELECT new.id, j.key, json_extract(j.value, '$.speaker'), j.value FROM json_each(new.doc, '$.quotes') j;
END;
CREATE TRIGGER article_quotes_update AFTER UPDATE OF doc, id ON articles BEGIN
	DELETE FROM article_quotes WHERE article_id = old.id;
	INSERT INTO article_quotes(article_id, seq, speaker, quote)
		SELECT new.id, j.key, json_extract(j.value, '$.speaker'), j.value FROM json_each(new.doc, '$.quotes') j;
END;

-- Backfill the stores written before this migration.
INSERT INTO article_quotes(article_id, seq, speaker, quote)
	SELECT a.id, j.key, json_extract(j.value, '$.speaker'), j.value FROM articles a, json_each(a.doc, '$.quotes') j;
