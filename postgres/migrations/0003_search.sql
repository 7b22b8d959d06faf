-- The web API's search (storyline.Searcher): filters, facets and paging.

-- Dates are compared and sorted bytewise, as SQLite does, whatever the
-- database's locale: a date filter's upper bound "2026-03~" covers the month
-- only if '~' sorts after every digit.
ALTER TABLE articles ALTER COLUMN published TYPE TEXT COLLATE "C";
ALTER TABLE articles ALTER COLUMN source TYPE TEXT COLLATE "C";
ALTER TABLE stories ALTER COLUMN last_published TYPE TEXT COLLATE "C";
CREATE INDEX articles_source ON articles(source);
CREATE INDEX stories_last_published ON stories(last_published);

-- The search columns now hold words only, one space apart (the commit code
-- splits them at every rune that is not a letter or digit, as SQLite's
-- tokenizer does), so that the text-search parser, which in some locales
-- takes a curly apostrophe or a dash for part of a word, sees the words the
-- query parser sees. Rows written before are redone here as well as SQL can:
-- ASCII, Latin-1 and general punctuation become spaces.
UPDATE articles SET
	search_title = btrim(regexp_replace(search_title, '[^0-9a-z\u00c0-\u1fff\u2070-\u2fff\u3040-\U0010ffff]+', ' ', 'g')),
	search_body = btrim(regexp_replace(search_body, '[^0-9a-z\u00c0-\u1fff\u2070-\u2fff\u3040-\U0010ffff]+', ' ', 'g'));

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

-- Backfill the stores written before this migration. The JSON type (not
-- jsonb) keeps an escaped NUL as written; a speaker's is dropped, as the
-- commit code drops it.
INSERT INTO article_quotes(article_id, seq, speaker, quote)
	SELECT a.id, e.n - 1,
		CASE WHEN json_typeof(e.q -> 'speaker') = 'string'
			THEN replace((e.q -> 'speaker')::text, '\u0000', '')::json #>> '{}' END,
		e.q::text
	FROM articles a, json_array_elements(CASE WHEN json_typeof(a.doc::json -> 'quotes') = 'array'
		THEN a.doc::json -> 'quotes' ELSE '[]' END) WITH ORDINALITY AS e(q, n);
