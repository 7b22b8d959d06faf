package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-news/storyline"
)

var _ storyline.Searcher = (*DB)(nil)

// snippetTokens is the length of a search snippet in words: about two lines.
const snippetTokens = 24

// leadRunes is the length of the excerpt a hit without query text shows.
const leadRunes = 200

// rankWeights are ts_rank's weights for the D, C, B and A labels: the body is
// D and the title A, five to one, as the SQLite store weights BM25.
const rankWeights = "{0.2, 0.2, 0.2, 1.0}"

// rankNormalization divides a rank by 1 + log(length of the document), so a
// long article that mentions a word in passing does not outrank a short one
// about it: the length normalisation BM25 does in the SQLite store.
const rankNormalization = 1

// selection is the SQL that selects the articles of a query: WHERE
// conditions over articles a, with numbered parameters.
type selection struct {
	terms []term
	text  bool
	where []string
	args  []any
}

func (sel *selection) arg(v any) string {
	sel.args = append(sel.args, v)
	return "$" + strconv.Itoa(len(sel.args))
}

var dateFilter = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func selectArticles(op string, q storyline.Query) (*selection, error) {
	sel := &selection{}
	if strings.TrimSpace(q.Text) != "" {
		sel.text = true
		sel.terms = parseQuery(q.Text)
		if tsq := tsQuery(sel.terms); tsq == "" {
			// Text with no word in it matches nothing, rather than everything.
			sel.where = append(sel.where, "false")
		} else {
			sel.where = append(sel.where, "a.tsv @@ to_tsquery('simple', "+sel.arg(tsq)+")")
		}
	}
	if q.Entity != "" {
		sel.where = append(sel.where, "a.id IN (SELECT article_id FROM article_entities WHERE name = "+sel.arg(clean(q.Entity))+")")
	}
	if q.Source != "" {
		sel.where = append(sel.where, "a.source = "+sel.arg(clean(q.Source)))
	}
	for _, d := range []struct{ v, op, suffix string }{{q.From, ">=", ""}, {q.To, "<=", "~"}} {
		if d.v == "" {
			continue
		}
		if !dateFilter.MatchString(d.v) {
			return nil, invalid(op, "date filter %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.v)
		}
		// '~' sorts after every digit and '-' (the column is bytewise, COLLATE "C"),
		// so "2026-01~" covers the whole month.
		sel.where = append(sel.where, "a.published "+d.op+" "+sel.arg(d.v+d.suffix))
	}
	return sel, nil
}

func (sel *selection) whereSQL() string {
	if len(sel.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(sel.where, " AND ")
}

// Search finds the articles a query selects, with facet counts over all of them.
func (db *DB) Search(ctx context.Context, q storyline.Query) (*storyline.SearchResult, error) {
	const op = "postgres.Search"
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
	args := append([]any{}, sel.args...)
	n := len(args)
	var query string
	if sel.text {
		if tsQuery(sel.terms) == "" {
			return []storyline.SearchHit{}, nil // the selection is "false"; $1 is no tsquery
		}
		// The whole body comes back for the snippet, for one page of hits only.
		query = `SELECT ` + cols + `, a.body, ts_rank($` + strconv.Itoa(n+1) + `::float4[], a.tsv, to_tsquery('simple', $1), ` +
			strconv.Itoa(rankNormalization) + `)::float8 AS score FROM articles a` + sel.whereSQL() +
			` ORDER BY score DESC, a.id LIMIT $` + strconv.Itoa(n+2) + ` OFFSET $` + strconv.Itoa(n+3)
		args = append(args, rankWeights, limit, offset)
	} else {
		query = `SELECT ` + cols + `, substr(a.body, 1, ` + strconv.Itoa(leadRunes) + `), 0::float8 FROM articles a` +
			sel.whereSQL() + ` ORDER BY a.published DESC NULLS LAST, a.id LIMIT $` + strconv.Itoa(n+1) +
			` OFFSET $` + strconv.Itoa(n+2)
		args = append(args, limit, offset)
	}
	rows, err := db.pool.Query(ctx, query, args...)
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
		if sel.text {
			h.Snippet = snippet(h.Snippet, sel.terms)
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// facets counts the whole selection once, by source, month and entity.
func (db *DB) facets(ctx context.Context, sel *selection, res *storyline.SearchResult) error {
	query := `WITH m AS MATERIALIZED (SELECT a.id, a.source, a.published FROM articles a` + sel.whereSQL() + `)
		SELECT 'total', '', count(*) FROM m
		UNION ALL SELECT 'source', source, count(*) FROM m WHERE source IS NOT NULL GROUP BY source
		UNION ALL SELECT 'published', substr(published, 1, 7), count(*) FROM m WHERE published IS NOT NULL GROUP BY 2
		UNION ALL SELECT 'entity', name, count(*) FROM (
			SELECT DISTINCT e.article_id, e.name FROM m JOIN article_entities e ON e.article_id = m.id) d GROUP BY name`
	rows, err := db.pool.Query(ctx, query, sel.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return storyline.ReadFacets(rows, res)
}

// Stories lists the stories with an article that the query selects, latest first.
func (db *DB) Stories(ctx context.Context, q storyline.Query) (*storyline.StoryPage, error) {
	const op = "postgres.Stories"
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
			WHERE sa.article_id IN (SELECT a.id FROM articles a` + sel.whereSQL() + `)`
	}
	out := &storyline.StoryPage{Stories: []*storyline.Story{}}
	err = db.pool.QueryRow(ctx, `SELECT count(*) FROM (`+chosen+`) c`, sel.args...).Scan(&out.Total)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	n := len(sel.args)
	rows, err := db.pool.Query(ctx, `SELECT s.doc FROM stories s WHERE s.id IN (`+chosen+`)
		ORDER BY s.last_published DESC NULLS LAST, s.id LIMIT $`+strconv.Itoa(n+1)+` OFFSET $`+strconv.Itoa(n+2),
		append(append([]any{}, sel.args...), limit, offset)...)
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
	const op = "postgres.Quotes"
	query := `SELECT a.id, coalesce(a.source, ''), coalesce(a.published, ''), q.quote
		FROM article_quotes q JOIN articles a ON a.id = q.article_id WHERE true`
	var args []any
	if q.Speaker != "" {
		args = append(args, clean(q.Speaker))
		query += ` AND q.speaker = $` + strconv.Itoa(len(args))
	}
	if q.Story != "" {
		args = append(args, clean(q.Story))
		query += ` AND a.story = $` + strconv.Itoa(len(args))
	}
	query += ` ORDER BY a.published DESC NULLS LAST, a.id, q.seq`
	rows, err := db.pool.Query(ctx, query, args...)
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

// queueQuotes rewrites an article's article_quotes rows from its doc, in the
// batch that writes the doc.
func queueQuotes(b *pgx.Batch, id, doc string) error {
	var d struct {
		Quotes []json.RawMessage `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(doc), &d); err != nil {
		return err
	}
	b.Queue(`DELETE FROM article_quotes WHERE article_id = $1`, id)
	for i, raw := range d.Quotes {
		var s struct {
			Speaker *string `json:"speaker"`
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		var speaker any
		if s.Speaker != nil {
			speaker = clean(*s.Speaker)
		}
		b.Queue(`INSERT INTO article_quotes(article_id, seq, speaker, quote) VALUES ($1, $2, $3, $4)`,
			id, i, speaker, string(raw))
	}
	return nil
}

// Entity returns the entity with this canonical name, the most mentioned
// type when there are several.
func (db *DB) Entity(ctx context.Context, name string) (*storyline.Entity, error) {
	const op = "postgres.Entity"
	var typ string
	e := &storyline.Entity{Name: name, Aliases: map[string]int{}}
	err := db.pool.QueryRow(ctx, `SELECT type, sum(mentions), count(DISTINCT article_id)
		FROM article_entities WHERE name = $1 GROUP BY type ORDER BY sum(mentions) DESC, type LIMIT 1`, clean(name)).
		Scan(&typ, &e.Mentions, &e.Articles)
	if err == pgx.ErrNoRows {
		return nil, notFound(op, "entity %q not found", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", op, name, err)
	}
	e.Type = storyline.EntityType(typ)
	rows, err := db.pool.Query(ctx, `SELECT alias, sum(mentions) FROM article_entities
		WHERE name = $1 AND type = $2 AND alias != '' GROUP BY alias`, clean(name), typ)
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
