package storesql

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"sync"

	"github.com/storyline-news/storyline"
)

var dateFilter = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`) })

// HitColumns are the columns of a hit that come before its snippet (and
// score), as ReadHits scans them.
const HitColumns = `a.id, coalesce(a.title, ''), coalesce(a.source, ''), coalesce(a.published, ''), coalesce(a.story, '')`

// The orders of hits: by the store's score (a column named score), best
// first, for a query with text; newest first without. Ties go by id, so
// that pages neither overlap nor skip.
const (
	ByScore  = ` ORDER BY score DESC, a.id`
	ByNewest = ` ORDER BY a.published DESC NULLS LAST, a.id`
)

// LeadRunes is the length of the excerpt a hit without query text shows.
const LeadRunes = 200

// Ranked runs a store's full-text query for one page of a selection with
// text: HitColumns, the snippet and the score, ByScore (ReadHits reads them).
type Ranked func(limit, offset int) ([]storyline.SearchHit, error)

// Search is a search as every store runs it: the page the query asks for (a
// bad cursor is EINVALID), that page's hits (ranked when the query has
// text, else the leads of the newest articles), the facets over the whole
// selection, and the cursor of the next page while hits remain.
func (r Reader) Search(ctx context.Context, op string, q storyline.Query, sel *Selection, ranked Ranked) (*storyline.SearchResult, error) {
	limit, offset, err := q.Page()
	if err != nil {
		return nil, err
	}
	res := &storyline.SearchResult{Facets: storyline.Facets{
		Source: []storyline.FacetCount{}, Entity: []storyline.FacetCount{}, Published: []storyline.FacetCount{}}}
	if sel.Text {
		res.Hits, err = ranked(limit, offset)
	} else {
		res.Hits, err = r.leads(ctx, sel, limit, offset)
	}
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", op, q.Text, err)
	}
	if err := r.facets(ctx, sel, res); err != nil {
		return nil, fmt.Errorf("%s %q: %w", op, q.Text, err)
	}
	if offset+len(res.Hits) < res.Total {
		res.Next = storyline.NextCursor(offset + len(res.Hits))
	}
	return res, nil
}

// leads are the hits of a selection without text: the start of each body,
// newest first.
func (r Reader) leads(ctx context.Context, sel *Selection, limit, offset int) ([]storyline.SearchHit, error) {
	args, p := sel.With(limit, offset)
	rows, err := r.Query(ctx, `SELECT `+HitColumns+`, substr(a.body, 1, `+strconv.Itoa(LeadRunes)+`) FROM `+sel.From+
		sel.WhereSQL()+ByNewest+` LIMIT `+p[0]+` OFFSET `+p[1], args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := []storyline.SearchHit{}
	for rows.Next() {
		var h storyline.SearchHit
		if err := rows.Scan(&h.Article, &h.Title, &h.Source, &h.Published, &h.Story, &h.Snippet); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// facets counts the whole selection once, by source, month and entity.
func (r Reader) facets(ctx context.Context, sel *Selection, res *storyline.SearchResult) error {
	query := `WITH m AS MATERIALIZED (SELECT a.id, a.source, a.published FROM ` + sel.From + sel.WhereSQL() + `)
		SELECT 'total', '', count(*) FROM m
		UNION ALL SELECT 'source', source, count(*) FROM m WHERE source IS NOT NULL GROUP BY source
		UNION ALL SELECT 'published', substr(published, 1, 7), count(*) FROM m WHERE published IS NOT NULL GROUP BY 2
		UNION ALL SELECT 'entity', name, count(*) FROM (
			SELECT DISTINCT e.article_id, e.name FROM m JOIN article_entities e ON e.article_id = m.id) d GROUP BY name`
	rows, err := r.Query(ctx, query, sel.Args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return readFacets(rows, res)
}

// Stories lists the stories with an article that the selection selects
// (all of them when it has no condition), latest first.
func (r Reader) Stories(ctx context.Context, op string, q storyline.Query, sel *Selection) (*storyline.StoryPage, error) {
	limit, offset, err := q.Page()
	if err != nil {
		return nil, err
	}
	chosen := `SELECT id FROM stories`
	if len(sel.Where) > 0 {
		chosen = `SELECT DISTINCT sa.story_id FROM story_articles sa
			WHERE sa.article_id IN (SELECT a.id FROM ` + sel.From + sel.WhereSQL() + `)`
	}
	out := &storyline.StoryPage{Stories: []*storyline.Story{}}
	if out.Total, err = r.count(ctx, `SELECT count(*) FROM (`+chosen+`) c`, sel.Args...); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	args, p := sel.With(limit, offset)
	rows, err := r.Query(ctx, `SELECT s.doc FROM stories s WHERE s.id IN (`+chosen+`)
		ORDER BY s.last_published DESC NULLS LAST, s.id LIMIT `+p[0]+` OFFSET `+p[1], args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		s, err := DecodeStory(doc)
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

// count runs a query of one count.
func (r Reader) count(ctx context.Context, query string, args ...any) (int, error) {
	rows, err := r.Query(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
	}
	return n, rows.Err()
}
