package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/storyline-news/storyline"
)

// PageHash returns the stored content hash of a page, "" if it was never committed.
// A store opened for writing asks through its prepared statement: parsing
// the query anew for every page an ingest reads was 0.02 s of a 3.2
// CPU-second one-core bench of the text dev dumps (sqlite3Prepare,
// bench --cpuprofile); a read-only store asks as the other queries do.
func (db *DB) PageHash(ctx context.Context, pageID string) (string, error) {
	const op = "sqlite.PageHash"
	if db.pageHash == nil {
		return db.reader().PageHash(ctx, op, pageID)
	}
	var hash string
	err := db.pageHash.QueryRowContext(ctx, pageID).Scan(&hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("%s %s: %w", op, pageID, err)
	}
	return hash, nil
}

// pageHashQuery is the query of storesql.Reader.PageHash.
const pageHashQuery = `SELECT hash FROM pages WHERE id = ?1`

// Commit writes pages, each with everything derived from it, in one
// transaction. What an earlier version of a page produced is deleted first,
// and an article id another page holds is taken over (last writer wins), so
// the same commit may be applied any number of times.
func (db *DB) Commit(ctx context.Context, cs ...*storyline.Commit) error {
	const op = "sqlite.Commit"
	if len(cs) == 0 {
		return nil
	}
	for _, c := range cs {
		if err := c.Validate(op); err != nil {
			return err
		}
	}
	at := cs[0].Page.ID
	if len(cs) > 1 {
		at = fmt.Sprintf("%s (and %d more pages)", at, len(cs)-1)
	}
	if db.w == nil {
		return db.errReadOnly(op)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return storeError(op, at, err)
	}
	defer tx.Rollback()
	b := &batch{tx: tx, st: db.stmts}
	for _, c := range cs {
		if err := commitTx(ctx, b, c); err != nil {
			return storeError(op, c.Page.ID, err)
		}
	}
	if err := b.index(ctx); err != nil {
		return storeError(op, at, err)
	}
	if err := tx.Commit(); err != nil {
		return storeError(op, at, err)
	}
	return nil
}

// batch is one Commit's transaction and the articles it inserted that the
// full-text index does not hold yet (migration 0005: Commit indexes them
// once, at the end).
type batch struct {
	tx      *sql.Tx
	st      *writeStmts
	pending []ftsRow
}

// ftsRow is an inserted article's row number, what identifies it, and what
// the index holds of it.
type ftsRow struct {
	n           int64
	page, id    string
	title, body string
}

// index adds the pending articles to the full-text index. A single-row
// insert with no trigger opens no statement savepoint, so FTS5 keeps the
// terms of the whole batch in memory and writes them as one segment.
func (b *batch) index(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	ins := b.tx.StmtContext(ctx, b.st.insertFTS)
	for _, r := range b.pending {
		if _, err := ins.ExecContext(ctx, r.n, r.title, r.body); err != nil {
			return fmt.Errorf("index article %s: %w", r.id, err)
		}
	}
	b.pending = b.pending[:0]
	return nil
}

// indexBeforeDelete indexes the pending articles when a delete is about to
// remove one of them (a page committed twice in one batch, an article id
// another page takes over): the delete trigger removes from the index what
// it holds, so it must hold it first.
func (b *batch) indexBeforeDelete(ctx context.Context, hit func(ftsRow) bool) error {
	for _, r := range b.pending {
		if hit(r) {
			return b.index(ctx)
		}
	}
	return nil
}

func commitTx(ctx context.Context, b *batch, c *storyline.Commit) error {
	tx, st := b.tx, b.st
	// Deleting cascades to entity rows and, through triggers, the FTS index.
	if err := b.indexBeforeDelete(ctx, func(r ftsRow) bool { return r.page == c.Page.ID }); err != nil {
		return err
	}
	if _, err := tx.StmtContext(ctx, st.deletePageArticles).ExecContext(ctx, c.Page.ID); err != nil {
		return fmt.Errorf("delete old articles: %w", err)
	}
	if err := upsertPage(ctx, tx, st, &c.Page); err != nil {
		return err
	}
	for i, a := range c.Articles {
		if err := insertArticle(ctx, b, c.Page.ID, i, a); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
	}
	for _, id := range c.DeletedStories {
		if _, err := tx.StmtContext(ctx, st.deleteStory).ExecContext(ctx, id); err != nil {
			return fmt.Errorf("delete story %s: %w", id, err)
		}
	}
	for _, s := range c.Stories {
		if err := upsertStory(ctx, tx, st, s); err != nil {
			return fmt.Errorf("story %s: %w", s.ID, err)
		}
	}
	return nil
}

func upsertPage(ctx context.Context, tx *sql.Tx, st *writeStmts, p *storyline.PageRecord) error {
	at := p.IngestedAt
	if at.IsZero() {
		at = time.Now()
	}
	_, err := tx.StmtContext(ctx, st.upsertPage).ExecContext(ctx,
		p.ID, p.Hash, string(p.Format), p.Path, at.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("page: %w", err)
	}
	return nil
}

func insertArticle(ctx context.Context, b *batch, pageID string, seq int, a *storyline.Article) error {
	tx, st := b.tx, b.st
	if err := b.indexBeforeDelete(ctx, func(r ftsRow) bool { return r.id == a.ID }); err != nil {
		return err
	}
	if _, err := tx.StmtContext(ctx, st.deleteArticle).ExecContext(ctx, a.ID); err != nil {
		return err
	}
	doc, err := articleDoc(a)
	if err != nil {
		return err
	}
	linked, err := json.Marshal(a.LinkedNames())
	if err != nil {
		return err
	}
	res, err := tx.StmtContext(ctx, st.insertArticle).ExecContext(ctx,
		a.ID, pageID, seq, null(a.Title), null(a.Published), null(a.Language),
		null(a.Story), null(a.DuplicateOf), null(a.Source), null(a.URL), a.Body, doc, string(linked))
	if err != nil {
		return err
	}
	n, err := res.LastInsertId()
	if err != nil {
		return err
	}
	// the index holds coalesce(title, ''): a.Title, stored NULL when empty
	b.pending = append(b.pending, ftsRow{n: n, page: pageID, id: a.ID, title: a.Title, body: a.Body})
	insertEntity := tx.StmtContext(ctx, st.insertEntity)
	for _, e := range a.EntityAliases() {
		_, err := insertEntity.ExecContext(ctx, a.ID, e.Name, e.Type, e.Alias, e.Mentions)
		if err != nil {
			return fmt.Errorf("entity %s: %w", e.Name, err)
		}
	}
	return nil
}

// articleDoc is the article's contract JSON without the body, which the body
// column already holds: keeping it once halves the size of the file.
// MarshalJSON is called as it is: json.Marshal would only compact and
// escape its output again, which its own json.Marshal already did
// (TestDocsAreMarshal), a pass over every document (0.11 s of the 1.99 s of
// Commit in bench --cpuprofile over the text dev dumps).
func articleDoc(a *storyline.Article) (string, error) {
	cp := *a
	cp.Body = ""
	b, err := cp.MarshalJSON()
	return string(b), err
}

func upsertStory(ctx context.Context, tx *sql.Tx, st *writeStmts, s *storyline.Story) error {
	doc, err := s.MarshalJSON() // as json.Marshal(s) writes it (see articleDoc)
	if err != nil {
		return err
	}
	linked, err := json.Marshal(append([]string{}, s.Entities...))
	if err != nil {
		return err
	}
	_, err = tx.StmtContext(ctx, st.upsertStory).ExecContext(ctx,
		s.ID, null(s.Title), null(s.Storyline), null(s.FirstPublished), null(s.LastPublished), string(doc), string(linked))
	if err != nil {
		return err
	}
	if _, err := tx.StmtContext(ctx, st.deleteStoryArticles).ExecContext(ctx, s.ID); err != nil {
		return err
	}
	insertStoryArticle := tx.StmtContext(ctx, st.insertStoryArticle)
	for i, id := range s.Articles {
		_, err := insertStoryArticle.ExecContext(ctx, s.ID, id, i)
		if err != nil {
			return err
		}
	}
	_, err = tx.StmtContext(ctx, st.moveArticles).ExecContext(ctx, s.ID)
	return err
}

// writeStmts are the statements of Commit, prepared once on the single write
// connection: parsing them anew for every article cost about a fifth of
// Commit's time (BenchmarkCommit profile), and the per-page and per-story
// ones, still parsed each time, 0.26 s of a 9 CPU-second one-core ingest of
// the text dumps (bench --cpuprofile).
// Relink's, asked once an article it relinks or a name it renames, are
// prepared beside them (0.03 s of the relink at the end of that ingest).
type writeStmts struct {
	deleteArticle, insertArticle, insertEntity                  *sql.Stmt
	deletePageArticles, upsertPage                              *sql.Stmt
	deleteStory, upsertStory, deleteStoryArticles, moveArticles *sql.Stmt
	insertStoryArticle, insertFTS                               *sql.Stmt
	renamedArticles, relinkArticle, relinkedArticle             *sql.Stmt
	deleteEntities                                              *sql.Stmt
}

func (st *writeStmts) all() []*sql.Stmt {
	return []*sql.Stmt{st.deleteArticle, st.insertArticle, st.insertEntity,
		st.deletePageArticles, st.upsertPage,
		st.deleteStory, st.upsertStory, st.deleteStoryArticles, st.moveArticles,
		st.insertStoryArticle, st.insertFTS,
		st.renamedArticles, st.relinkArticle, st.relinkedArticle, st.deleteEntities}
}

func prepareWrites(ctx context.Context, w *sql.DB) (*writeStmts, error) {
	var st writeStmts
	for _, p := range []struct {
		dst  **sql.Stmt
		text string
	}{
		{&st.deleteArticle, `DELETE FROM articles WHERE id = ?`},
		{&st.insertArticle, `INSERT INTO articles(id, page_id, seq, title, published, language,
			story, duplicate_of, source, url, body, doc, linked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertEntity, `INSERT INTO article_entities(article_id, name, type, alias, mentions) VALUES (?, ?, ?, ?, ?)`},
		{&st.deletePageArticles, `DELETE FROM articles WHERE page_id = ?`},
		{&st.upsertPage, `INSERT INTO pages(id, hash, format, path, ingested_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, format = excluded.format,
			path = excluded.path, ingested_at = excluded.ingested_at`},
		{&st.deleteStory, `DELETE FROM stories WHERE id = ?`},
		{&st.upsertStory, `INSERT INTO stories(id, title, storyline, first_published, last_published, doc, linked)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET title = excluded.title, storyline = excluded.storyline,
			first_published = excluded.first_published, last_published = excluded.last_published,
			doc = excluded.doc, linked = excluded.linked`},
		{&st.deleteStoryArticles, `DELETE FROM story_articles WHERE story_id = ?`},
		{&st.insertFTS, `INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)`},
		{&st.insertStoryArticle, `INSERT OR IGNORE INTO story_articles(story_id, article_id, seq) VALUES (?, ?, ?)`},
		// Articles stored earlier move into the story they are now listed in
		// (after a merge); the doc JSON is what readers see, so it moves too.
		{&st.moveArticles, `UPDATE articles SET story = ?1, doc = json_set(doc, '$.story', ?1)
		WHERE id IN (SELECT article_id FROM story_articles WHERE story_id = ?1) AND story IS NOT ?1`},
		{&st.renamedArticles, `SELECT DISTINCT article_id FROM article_entities WHERE name = ? AND type = ?`},
		{&st.relinkArticle, `SELECT doc, body, linked FROM articles WHERE id = ?`},
		{&st.relinkedArticle, `UPDATE articles SET doc = ?, relinked = ?, linked = coalesce(linked, ?) WHERE id = ?`},
		{&st.deleteEntities, `DELETE FROM article_entities WHERE article_id = ?`},
	} {
		s, err := w.PrepareContext(ctx, p.text)
		if err != nil {
			st.close() // the ones already prepared
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = s
	}
	return &st, nil
}

// close closes the statements that were prepared; nil ones are skipped.
func (st *writeStmts) close() error {
	var errs []error
	for _, s := range st.all() {
		if s != nil {
			errs = append(errs, s.Close())
		}
	}
	return errors.Join(errs...)
}
