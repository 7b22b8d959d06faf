-- The web API's search (storyline.Searcher): filters, facets and paging.

-- Dates are compared and sorted bytewise, as SQLite does, whatever the
-- database's locale: a date filter's upper bound "2026-03~" covers the month
-- only if '~' sorts after every digit.
ALTER TABLE articles ALTER COLUMN published TYPE TEXT COLLATE "C";
ALTER TABLE articles ALTER COLUMN source TYPE TEXT COLLATE "C";
ALTER TABLE stories ALTER COLUMN last_published TYPE TEXT COLLATE "C";
CREATE INDEX articles_source ON articles(source);
CREATE INDEX stories_last_published ON stories(last_published);

-- The search columns now hold words only, one space apart: the commit code
-- splits them at every rune that is not a letter or digit, as SQLite's
-- tokenizer does, so that the text-search parser (which in some locales takes
-- a curly apostrophe or a dash for part of a word) sees the words the query
-- parser makes. The rows written before are redone after this file, in Go
-- (backfillSearch), in the same transaction.

-- One row per quote, so that the quotes of one speaker are found through an
-- index instead of by reading every article (the web API's entity pages).
-- quote is the quote's contract JSON as the article doc holds it; the doc
-- stays the truth, and the commit and rename code rewrite these rows in the
-- transaction that writes the doc.
CREATE TABLE article_quotes (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	speaker    TEXT COLLATE "C",
	quote      TEXT NOT NULL,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX article_quotes_speaker ON article_quotes(speaker);
-- backfillSearch fills it for the rows written before: PostgreSQL's JSON
-- operators refuse a document with an escaped NUL in it, and Go does not.
