package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline"
)

var _ storyline.Searcher = (*DB)(nil)

// snippetTokens is the length of a search snippet in tokens: about two lines.
const snippetTokens = 24

// leadRunes is the length of the excerpt a hit without query text shows.
const leadRunes = 200

// selection is the SQL that selects the articles of a query: a FROM clause
// (with the FTS table when the query has text) and its WHERE conditions.
type selection struct {
	text  bool
	match string
	where []string
	args  []any
}

var dateFilter = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func selectArticles(op string, q storyline.Query) (*selection, error) {
	sel := &selection{}
	if strings.TrimSpace(q.Text) != "" {
		sel.text = true
		sel.match = matchQuery(q.Text)
		if sel.match == "" {
			// Text with no word in it matches nothing, rather than everything.
			sel.where = append(sel.where, "0")
		} else {
			sel.where = append(sel.where, "articles_fts MATCH ?")
			sel.args = append(sel.args, sel.match)
		}
	}
	if q.Entity != "" {
		sel.where = append(sel.where, "a.id IN (SELECT article_id FROM article_entities WHERE name = ?)")
		sel.args = append(sel.args, q.Entity)
	}
	if q.Source != "" {
		sel.where = append(sel.where, "a.source = ?")
		sel.args = append(sel.args, q.Source)
	}
	for _, d := range []struct{ v, cond, suffix string }{{q.From, "a.published >= ?", ""}, {q.To, "a.published <= ?", "~"}} {
		if d.v == "" {
			continue
		}
		if !dateFilter.MatchString(d.v) {
			return nil, invalid(op, "date filter %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.v)
		}
		// '~' sorts after every digit and '-', so "2026-01~" covers the whole month.
		sel.where = append(sel.where, d.cond)
		sel.args = append(sel.args, d.v+d.suffix)
	}
	return sel, nil
}

func (sel *selection) from() string {
	if sel.text {
		return "articles_fts JOIN articles a ON a.n = articles_fts.rowid"
	}
	return "articles a"
}

func (sel *selection) whereSQL() string {
	if len(sel.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(sel.where, " AND ")
}

// Search finds the articles a query selects, with facet counts over all of them.
func (db *DB) Search(ctx context.Context, q storyline.Query) (*storyline.SearchResult, error) {
	const op = "sqlite.Search"
	sel, err := selectArticles(op, q)
	if err != nil {
		return nil, err
	}
	limit, offset, err := q.Page()
	if err != nil {
		return nil, err
	}
	res := &storyline.SearchResult{Facets: storyline.Facets{
		Source: []storyline.FacetCount{}, Entity: []storyline.FacetCount{}, Published: []storyline.FacetCount{}}}
	if res.Hits, err = db.hits(ctx, sel, limit, offset); err != nil {
		return nil, fmt.Errorf("%s %q: %w", op, q.Text, err)
	}
	if err := db.facets(ctx, sel, res); err != nil {
		return nil, fmt.Errorf("%s %q: %w", op, q.Text, err)
	}
	if offset+len(res.Hits) < res.Total {
		res.Next = storyline.NextCursor(offset + len(res.Hits))
	}
	return res, nil
}

func (db *DB) hits(ctx context.Context, sel *selection, limit, offset int) ([]storyline.SearchHit, error) {
	cols := `a.id, coalesce(a.title, ''), coalesce(a.source, ''), coalesce(a.published, ''), coalesce(a.story, '')`
	var query string
	var args []any
	if sel.text {
		query = `SELECT ` + cols + `, snippet(articles_fts, 1, ?, ?, '…', ` + strconv.Itoa(snippetTokens) + `),
			-bm25(articles_fts, 5.0, 1.0) AS score FROM ` + sel.from() + sel.whereSQL() +
			` ORDER BY score DESC, a.id LIMIT ? OFFSET ?`
		args = append([]any{storyline.MarkStart, storyline.MarkEnd}, sel.args...)
	} else {
		query = `SELECT ` + cols + `, substr(a.body, 1, ` + strconv.Itoa(leadRunes) + `), 0 FROM ` + sel.from() + sel.whereSQL() +
			` ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?`
		args = append(args, sel.args...)
	}
	rows, err := db.r.QueryContext(ctx, query, append(args, limit, offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := []storyline.SearchHit{}
	for rows.Next() {
		var h storyline.SearchHit
		if err := rows.Scan(&h.Article, &h.Title, &h.Source, &h.Published, &h.Story, &h.Snippet, &h.Score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// facets counts the whole selection once, by source, month and entity.
func (db *DB) facets(ctx context.Context, sel *selection, res *storyline.SearchResult) error {
	query := `WITH m AS MATERIALIZED (SELECT a.id, a.source, a.published FROM ` + sel.from() + sel.whereSQL() + `)
		SELECT 'total', '', count(*) FROM m
		UNION ALL SELECT 'source', source, count(*) FROM m WHERE source IS NOT NULL GROUP BY source
		UNION ALL SELECT 'published', substr(published, 1, 7), count(*) FROM m WHERE published IS NOT NULL GROUP BY 2
		UNION ALL SELECT 'entity', name, count(*) FROM (
			SELECT DISTINCT e.article_id, e.name FROM m JOIN article_entities e ON e.article_id = m.id) GROUP BY name`
	rows, err := db.r.QueryContext(ctx, query, sel.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storyline.ReadFacets(rows, res)
}

// Stories lists the stories with an article that the query selects, latest first.
func (db *DB) Stories(ctx context.Context, q storyline.Query) (*storyline.StoryPage, error) {
	const op = "sqlite.Stories"
	sel, err := selectArticles(op, q)
	if err != nil {
		return nil, err
	}
	limit, offset, err := q.Page()
	if err != nil {
		return nil, err
	}
	chosen := `SELECT id FROM stories`
	if len(sel.where) > 0 {
		chosen = `SELECT DISTINCT sa.story_id FROM story_articles sa
			WHERE sa.article_id IN (SELECT a.id FROM ` + sel.from() + sel.whereSQL() + `)`
	}
	out := &storyline.StoryPage{Stories: []*storyline.Story{}}
	err = db.r.QueryRowContext(ctx, `SELECT count(*) FROM (`+chosen+`)`, sel.args...).Scan(&out.Total)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT s.doc FROM stories s WHERE s.id IN (`+chosen+`)
		ORDER BY s.last_published DESC NULLS LAST, s.id LIMIT ? OFFSET ?`, append(sel.args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		s, err := decodeStory(doc)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		out.Stories = append(out.Stories, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if offset+len(out.Stories) < out.Total {
		out.Next = storyline.NextCursor(offset + len(out.Stories))
	}
	return out, nil
}

// Quotes returns the quotes that q selects, newest article first, each
// article's quotes in body order.
func (db *DB) Quotes(ctx context.Context, q storyline.QuoteQuery) ([]storyline.QuoteRecord, error) {
	const op = "sqlite.Quotes"
	query := `SELECT a.id, coalesce(a.source, ''), coalesce(a.published, ''), q.quote
		FROM article_quotes q JOIN articles a ON a.id = q.article_id WHERE 1`
	var args []any
	if q.Speaker != "" {
		query += ` AND q.speaker = ?`
		args = append(args, q.Speaker)
	}
	if q.Story != "" {
		query += ` AND a.story = ?`
		args = append(args, q.Story)
	}
	query += ` ORDER BY a.published DESC NULLS LAST, a.id, q.seq`
	rows, err := db.r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	words := strings.ToLower(strings.TrimSpace(q.Text))
	out := []storyline.QuoteRecord{}
	for rows.Next() {
		var r storyline.QuoteRecord
		var doc string
		if err := rows.Scan(&r.Article, &r.Source, &r.Published, &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		if err := json.Unmarshal([]byte(doc), &r.Quote); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, r.Article, err)
		}
		if words != "" && !strings.Contains(strings.ToLower(r.Text), words) {
			continue
		}
		out = append(out, r)
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	return out, nil
}

// Entity returns the entity with this canonical name, the most mentioned
// type when there are several.
func (db *DB) Entity(ctx context.Context, name string) (*storyline.Entity, error) {
	const op = "sqlite.Entity"
	var typ string
	e := &storyline.Entity{Name: name, Aliases: map[string]int{}}
	err := db.r.QueryRowContext(ctx, `SELECT type, sum(mentions), count(DISTINCT article_id)
		FROM article_entities WHERE name = ? GROUP BY type ORDER BY sum(mentions) DESC, type LIMIT 1`, name).
		Scan(&typ, &e.Mentions, &e.Articles)
	if err == sql.ErrNoRows {
		return nil, notFound(op, "entity %q not found", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	e.Type = storyline.EntityType(typ)
	rows, err := db.r.QueryContext(ctx, `SELECT alias, sum(mentions) FROM article_entities
		WHERE name = ? AND type = ? AND alias != '' GROUP BY alias`, name, typ)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var alias string
		var n int
		if err := rows.Scan(&alias, &n); err != nil {
			return nil, fmt.Errorf("%s %s: %w", op, name, err)
		}
		e.Aliases[alias] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	return e, nil
}
