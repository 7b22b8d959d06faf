package postgres

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Snippet highlight marks: plain characters rather than HTML, so that a
// caller escapes the snippet first and then swaps the marks for its own
// (the same marks as the SQLite store's).
const (
	MarkStart = "«"
	MarkEnd   = "»"
)

// SearchHit is one article that matches a full-text query; the same shape
// as the SQLite store's.
type SearchHit struct {
	ID        string
	Title     string
	Published string
	// Snippet is a short excerpt of the body with the matches between MarkStart and MarkEnd.
	Snippet string
	// Score is higher for better matches (ts_rank, title weighted 5:1 over body).
	Score float64
}

// rankWeights are ts_rank's weights for the D, C, B and A labels: the body is
// D and the title A, five to one, as the SQLite store weights BM25.
const rankWeights = "{0.2, 0.2, 0.2, 1.0}"

// Search finds the articles whose title or body contain every word of query,
// best first. A double-quoted part of the query is a phrase and a word ending
// in '*' a prefix; everything else is taken literally, so no query is a
// syntax error. Case and diacritics are ignored. An empty query finds nothing.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	tsq := tsQuery(query)
	if tsq == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	opts := "StartSel=" + MarkStart + ", StopSel=" + MarkEnd + ", MaxWords=24, MinWords=12, FragmentDelimiter=…"
	rows, err := db.pool.Query(ctx, `
		SELECT a.id, coalesce(a.title, ''), coalesce(a.published, ''),
			ts_headline('simple', a.body, q, $2), ts_rank($3, a.tsv, q)::float8 AS score
		FROM articles a, to_tsquery('simple', $1) q
		WHERE a.tsv @@ q
		ORDER BY score DESC, a.id LIMIT $4`, tsq, opts, rankWeights, limit)
	if err != nil {
		return nil, fmt.Errorf("postgres.Search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.Snippet, &h.Score); err != nil {
			return nil, fmt.Errorf("postgres.Search %q: %w", query, err)
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres.Search %q: %w", query, err)
	}
	return hits, nil
}

// tsQuery turns what a person types into a tsquery: every chunk becomes a
// phrase of its words (letters and digits only, so tsquery syntax cannot get
// in), a trailing '*' makes its last word a prefix, chunks are ANDed.
func tsQuery(q string) string {
	var terms []string
	for _, chunk := range chunks(q) {
		prefix := strings.HasSuffix(chunk, "*")
		words := strings.FieldsFunc(fold(chunk), func(r rune) bool { return !isWordRune(r) })
		if len(words) == 0 {
			continue
		}
		for i, w := range words {
			words[i] = "'" + w + "'"
		}
		if prefix {
			words[len(words)-1] += ":*"
		}
		terms = append(terms, "("+strings.Join(words, " <-> ")+")")
	}
	return strings.Join(terms, " & ")
}

// fold lowers case and drops diacritics ("Ålesund" → "alesund"), for the
// index and for queries alike; NULs, which text cannot hold, go too.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(clean(s))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// chunks splits q at white space, keeping a double-quoted run together.
func chunks(q string) []string {
	var out []string
	for q != "" {
		q = strings.TrimLeftFunc(q, unicode.IsSpace)
		if rest, ok := strings.CutPrefix(q, `"`); ok {
			phrase, after, _ := strings.Cut(rest, `"`)
			out = append(out, phrase)
			q = after
			continue
		}
		end := strings.IndexFunc(q, unicode.IsSpace)
		if end < 0 {
			end = len(q)
		}
		if end > 0 {
			out = append(out, q[:end])
		}
		q = q[end:]
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
