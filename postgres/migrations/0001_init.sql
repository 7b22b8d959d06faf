-- Every text column that is sorted or compared uses the "C" collation: it
-- orders by bytes, as SQLite's BINARY does, so both stores list articles,
-- stories and entities in the same order whatever the database's locale.

CREATE TABLE pages (
	id          TEXT COLLATE "C" PRIMARY KEY,
	hash        TEXT NOT NULL,
	format      TEXT NOT NULL,
	path        TEXT NOT NULL,
	ingested_at TIMESTAMPTZ NOT NULL
);

-- doc holds the contract JSON of the article without its body, which lives
-- (once) in the body column; the other columns are copies for querying, doc
-- is the truth when reading. search is the folded title and body (lower case,
-- no diacritics) that the full-text index reads.
CREATE TABLE articles (
	id           TEXT COLLATE "C" PRIMARY KEY,
	page_id      TEXT COLLATE "C" NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
	seq          INTEGER NOT NULL,
	title        TEXT,
	published    TEXT,
	language     TEXT,
	story        TEXT COLLATE "C",
	duplicate_of TEXT,
	source       TEXT,
	url          TEXT,
	body         TEXT NOT NULL,
	doc          TEXT NOT NULL,
	search_title TEXT NOT NULL DEFAULT '',
	search_body  TEXT NOT NULL DEFAULT '',
	tsv          TSVECTOR GENERATED ALWAYS AS (
		setweight(to_tsvector('simple', search_title), 'A') ||
		setweight(to_tsvector('simple', search_body), 'D')) STORED
);
CREATE INDEX articles_page_id ON articles(page_id);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

-- One row per article, entity and surface form; an entity without mentions
-- has one row with an empty alias and zero mentions, so it still counts the
-- article.
CREATE TABLE article_entities (
	article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	name       TEXT COLLATE "C" NOT NULL,
	type       TEXT COLLATE "C" NOT NULL,
	alias      TEXT COLLATE "C" NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (article_id, name, type, alias)
);
CREATE INDEX article_entities_name ON article_entities(name, type);

-- entities copies the story's entity list so that a rename finds the
-- stories naming an old name through the GIN index.
CREATE TABLE stories (
	id              TEXT COLLATE "C" PRIMARY KEY,
	title           TEXT,
	storyline       TEXT,
	first_published TEXT,
	last_published  TEXT,
	entities        TEXT[] NOT NULL DEFAULT '{}',
	doc             TEXT NOT NULL
);
CREATE INDEX stories_entities ON stories USING GIN (entities);

-- A story's article list; no foreign key to articles, because a story may
-- name an article that a later commit of its page replaced.
CREATE TABLE story_articles (
	story_id   TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	article_id TEXT COLLATE "C" NOT NULL,
	seq        INTEGER NOT NULL,
	PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article_id ON story_articles(article_id);
