-- Pages remember what was ingested so that ingesting the same input again
-- stores nothing twice.
CREATE TABLE pages (
	id          TEXT PRIMARY KEY,
	hash        TEXT NOT NULL,
	format      TEXT NOT NULL,
	path        TEXT NOT NULL,
	ingested_at TEXT NOT NULL
);

-- articles.n is an integer key so that the FTS index can use the table as its
-- external content; the contract id is unique. doc holds the contract JSON of
-- the article without its body, which lives (once) in the body column. The
-- other columns are copies for querying; doc is the truth when reading.
CREATE TABLE articles (
	n            INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	page_id      TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
	seq          INTEGER NOT NULL,
	title        TEXT,
	published    TEXT,
	language     TEXT,
	story        TEXT,
	duplicate_of TEXT,
	source       TEXT,
	url          TEXT,
	body         TEXT NOT NULL,
	doc          TEXT NOT NULL
);
CREATE INDEX articles_page_id ON articles(page_id);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX articles_published ON articles(published);

-- One row per article, entity and surface form; an entity without mentions
-- has one row with an empty alias and zero mentions, so it still counts the
-- article.
CREATE TABLE article_entities (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	alias      TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (article_id, name, type, alias)
) WITHOUT ROWID;
CREATE INDEX article_entities_name ON article_entities(name, type);

CREATE TABLE stories (
	id              TEXT PRIMARY KEY,
	title           TEXT,
	storyline       TEXT,
	first_published TEXT,
	last_published  TEXT,
	doc             TEXT NOT NULL
);

-- A story's article list; no foreign key to articles, because a story may
-- name an article that a later commit of its page replaced.
CREATE TABLE story_articles (
	story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	article_id TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
CREATE INDEX story_articles_article_id ON story_articles(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, body,
	content = 'articles', content_rowid = 'n',
	tokenize = 'unicode61 remove_diacritics 2'
);

-- Triggers keep the index in step inside the same transaction as the write.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.n, coalesce(new.title, ''), new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.n, coalesce(old.title, ''), old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.n, coalesce(old.title, ''), old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.n, coalesce(new.title, ''), new.body);
END;
