package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/storesql"
)

// PageHash returns the stored content hash of a page, "" if it was never committed.
func (db *DB) PageHash(ctx context.Context, pageID string) (string, error) {
	return db.reader().PageHash(ctx, "postgres.PageHash", pageID)
}

// Commit writes pages, each with everything derived from it, in one
// transaction, in the order given. What an earlier version of a page
// produced is deleted first, and an article id another page holds is taken
// over (last writer wins), so the same commit may be applied any number of
// times.
func (db *DB) Commit(ctx context.Context, cs ...*storyline.Commit) error {
	return db.commit(ctx, cs, false, nil)
}

// commit writes cs; finish, when set, queues more statements into the
// transaction's last batch. async commits without waiting for the WAL to
// reach the disk: for a writer that can redo what a crash of the server
// loses (the queue's sequencer, whose input stays in the ledger until the
// transaction that applies it commits).
func (db *DB) commit(ctx context.Context, cs []*storyline.Commit, async bool, finish func(*pgx.Batch)) error {
	const op = "postgres.Commit"
	if len(cs) == 0 && finish == nil {
		return nil
	}
	for _, c := range cs {
		if err := validate(c); err != nil {
			return err
		}
	}
	at := "(no page)"
	if len(cs) > 0 {
		at = cs[0].Page.ID
	}
	if len(cs) > 1 {
		at = fmt.Sprintf("%s (and %d more pages)", at, len(cs)-1)
	}
	err := db.write(ctx, async, func(tx pgx.Tx) error {
		return commitTx(ctx, tx, cs, finish)
	})
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, at, err)
	}
	return nil
}

// validate is Commit.Validate, and no NUL in an id: PostgreSQL text cannot
// hold one.
func validate(c *storyline.Commit) error {
	const op = "postgres.Commit"
	if err := c.Validate(op); err != nil {
		return err
	}
	if strings.IndexByte(c.Page.ID, 0) >= 0 {
		return storyline.OpErrorf(op, storyline.EINVALID, "page id %q %v", c.Page.ID, errNUL)
	}
	for _, a := range c.Articles {
		if strings.IndexByte(a.ID, 0) >= 0 {
			return storyline.OpErrorf(op, storyline.EINVALID, "page %s: article id %q %v", c.Page.ID, a.ID, errNUL)
		}
	}
	return nil
}

// commitTx writes cs in three round trips whatever their number: every
// page's rows, then which articles the stories now list under another
// story, then the moves (with finish's statements).
func commitTx(ctx context.Context, tx pgx.Tx, cs []*storyline.Commit, finish func(*pgx.Batch)) error {
	b := &pgx.Batch{}
	for _, c := range cs {
		if err := queuePage(b, c); err != nil {
			return fmt.Errorf("%s: %w", c.Page.ID, err)
		}
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
	last, err := moveArticles(ctx, tx, cs)
	if err != nil {
		return err
	}
	if finish != nil {
		finish(last)
	}
	if last.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, last).Close()
}

// queuePage queues the rows of one page: what an earlier version of it
// produced goes first (deleting cascades to the entity rows), then its
// articles, the stories it deleted and the stories it wrote.
func queuePage(b *pgx.Batch, c *storyline.Commit) error {
	b.Queue(`DELETE FROM articles WHERE page_id = $1`, c.Page.ID)
	at := c.Page.IngestedAt
	if at.IsZero() {
		at = time.Now()
	}
	b.Queue(`INSERT INTO pages(id, hash, format, path, ingested_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, format = excluded.format,
			path = excluded.path, ingested_at = excluded.ingested_at`,
		c.Page.ID, clean(c.Page.Hash), clean(string(c.Page.Format)), clean(c.Page.Path), at.UTC())
	for i, a := range c.Articles {
		if err := queueArticle(b, c.Page.ID, i, a); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
	}
	for _, id := range c.DeletedStories {
		b.Queue(`DELETE FROM stories WHERE id = $1`, clean(id))
	}
	for _, s := range c.Stories {
		if err := queueStory(b, s); err != nil {
			return fmt.Errorf("story %s: %w", s.ID, err)
		}
	}
	return nil
}

func queueArticle(b *pgx.Batch, pageID string, seq int, a *storyline.Article) error {
	doc, err := articleDoc(a)
	if err != nil {
		return err
	}
	linked, err := json.Marshal(a.LinkedNames())
	if err != nil {
		return err
	}
	b.Queue(`DELETE FROM articles WHERE id = $1`, a.ID)
	b.Queue(`INSERT INTO articles(id, page_id, seq, title, published, language,
			story, duplicate_of, source, url, body, doc, search_title, search_body, linked)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
		a.ID, pageID, seq, null(a.Title), null(a.Published), null(a.Language),
		null(a.Story), null(a.DuplicateOf), null(a.Source), null(a.URL), clean(a.Body), doc,
		searchText(a.Title), searchText(a.Body), string(linked))
	queueEntities(b, a)
	return queueQuotes(b, a.ID, doc)
}

func queueEntities(b *pgx.Batch, a *storyline.Article) {
	for _, e := range a.EntityAliases() {
		b.Queue(`INSERT INTO article_entities(article_id, name, type, alias, mentions) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (article_id, name, type, alias) DO UPDATE SET mentions = article_entities.mentions + excluded.mentions`,
			a.ID, clean(e.Name), clean(string(e.Type)), clean(e.Alias), e.Mentions) // a text column holds no NUL
	}
}

// articleDoc is the article's contract JSON without the body, which the body
// column already holds. A body with a NUL in it, which a text column cannot
// hold, stays in the document (JSON escapes it) and the column gets a copy
// without the NULs, for search.
func articleDoc(a *storyline.Article) (string, error) {
	cp := *a
	if strings.IndexByte(a.Body, 0) < 0 {
		cp.Body = ""
	}
	b, err := json.Marshal(&cp)
	return string(b), err
}

func queueStory(b *pgx.Batch, s *storyline.Story) error {
	doc, err := json.Marshal(s)
	if err != nil {
		return err
	}
	linked, err := json.Marshal(append([]string{}, s.Entities...))
	if err != nil {
		return err
	}
	b.Queue(`INSERT INTO stories(id, title, storyline, first_published, last_published, entities, doc, linked)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT(id) DO UPDATE SET title = excluded.title, storyline = excluded.storyline,
			first_published = excluded.first_published, last_published = excluded.last_published,
			entities = excluded.entities, doc = excluded.doc, linked = excluded.linked`,
		clean(s.ID), null(s.Title), null(s.Storyline), null(s.FirstPublished), null(s.LastPublished),
		cleanAll(s.Entities), string(doc), string(linked))
	b.Queue(`DELETE FROM story_articles WHERE story_id = $1`, clean(s.ID))
	ids := cleanAll(s.Articles)
	seqs := make([]int32, len(ids))
	for i := range seqs {
		seqs[i] = int32(i)
	}
	b.Queue(`INSERT INTO story_articles(story_id, article_id, seq)
		SELECT $1, a, n FROM unnest($2::text[], $3::int[]) AS u(a, n)
		ON CONFLICT DO NOTHING`, clean(s.ID), ids, seqs)
	return nil
}

// moveArticles moves the stored articles that the written stories list
// into them (after a merge); the document is what readers see, so it is
// rewritten too. It gives what writing the pages one by one, each followed
// by its stories' moves, would give: an article goes to the story written
// last of those that list it, if that story was written no earlier than
// the article (a story written before the article was stored again does
// not claim it). The moves are returned unsent, to go with the
// transaction's last batch.
func moveArticles(ctx context.Context, tx pgx.Tx, cs []*storyline.Commit) (*pgx.Batch, error) {
	b := &pgx.Batch{}
	// Every write gets its place in the order of the one-by-one commits: a
	// page's articles, then its stories one after the other.
	written := map[string]int{}  // story id -> the place of its last write
	inserted := map[string]int{} // article id -> the place of its last write
	var ids []string
	place := 0
	for _, c := range cs {
		for _, a := range c.Articles {
			inserted[a.ID] = place
		}
		for _, s := range c.Stories {
			place++
			id := clean(s.ID)
			if _, ok := written[id]; !ok {
				ids = append(ids, id)
			}
			written[id] = place
		}
	}
	if len(ids) == 0 {
		return b, nil
	}
	rows, err := tx.Query(ctx, `SELECT sa.story_id, a.id, coalesce(a.story, '') FROM story_articles sa
		JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	type claim struct {
		story, now string
		place      int
	}
	claims := map[string]claim{} // article id -> the story that claims it last
	for rows.Next() {
		var story, id, now string
		if err := rows.Scan(&story, &id, &now); err != nil {
			rows.Close()
			return nil, err
		}
		at := written[story]
		if ins, ok := inserted[id]; ok && at <= ins {
			continue // written before the article was stored again
		}
		if c, ok := claims[id]; !ok || at > c.place {
			claims[id] = claim{story: story, now: now, place: at}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var move []string
	for id, c := range claims {
		if c.story != c.now {
			move = append(move, id)
		}
	}
	if len(move) == 0 {
		return b, nil
	}
	slices.Sort(move)
	rows, err = tx.Query(ctx, `SELECT id, doc, body FROM articles WHERE id = ANY($1) ORDER BY id`, move)
	if err != nil {
		return nil, err
	}
	moved, err := collectArticles(rows)
	if err != nil {
		return nil, err
	}
	for _, a := range moved {
		a.Story = claims[a.ID].story
		doc, err := articleDoc(a)
		if err != nil {
			return nil, err
		}
		b.Queue(`UPDATE articles SET story = $1, doc = $2 WHERE id = $3`, clean(a.Story), doc, a.ID)
	}
	return b, nil
}

// collectArticles reads (id, doc, body) rows into articles.
func collectArticles(rows pgx.Rows) ([]*storyline.Article, error) {
	defer rows.Close()
	var out []*storyline.Article
	for rows.Next() {
		var id, doc, body string
		if err := rows.Scan(&id, &doc, &body); err != nil {
			return nil, err
		}
		a, err := storesql.DecodeArticle(doc, body)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = clean(s)
	}
	return out
}
