package storyline

import (
	"context"
	"encoding/base64"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Snippet highlight marks: two private-use characters around every hit in a
// SearchHit.Snippet. They are not HTML, so a caller escapes the snippet and
// then swaps the marks for its own (the web package writes <mark>).
const (
	MarkStart = "\ue000"
	MarkEnd   = "\ue001"
)

// Query selects articles (Search) or stories (Stories). Text is what a person
// types: words (all must occur), "quoted phrases" and prefix* words, matched
// against titles and bodies; no text is a syntax error. The filters narrow
// the result; an empty one is no filter.
type Query struct {
	Text   string
	Entity string // canonical name of an entity the article names
	Source string // the article's outlet, as export articles writes it
	From   string // published on or after this date (YYYY-MM-DD, or a prefix: YYYY-MM)
	To     string // published on or before this date (a prefix covers its whole month or year)
	Limit  int    // at most this many results; <= 0 means DefaultLimit
	Cursor string // Next of the previous page, "" for the first
}

// DefaultLimit and MaxLimit bound one page of results: enough for a screen,
// and never so many that one request holds the store for long.
const (
	DefaultLimit = 20
	MaxLimit     = 500
)

// SearchHit is one article that a query matches.
type SearchHit struct {
	Article   string  `json:"article"`
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	Published string  `json:"published"`
	Story     string  `json:"story"`
	Snippet   string  `json:"snippet"` // words of the body, hits between MarkStart and MarkEnd
	Score     float64 `json:"-"`       // higher is better (bm25, title weighted over body)
}

// FacetCount is how many matching articles have one value of a facet.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Facets count the matching articles (all of them, not one page) by source,
// entity and month of publication (YYYY-MM), most frequent first.
type Facets struct {
	Source    []FacetCount `json:"source"`
	Entity    []FacetCount `json:"entity"`
	Published []FacetCount `json:"published"`
}

// SearchResult is one page of hits: best first when the query has text,
// newest first otherwise.
type SearchResult struct {
	Hits   []SearchHit
	Total  int    // matching articles in all pages
	Next   string // cursor of the next page, "" after the last
	Facets Facets
}

// StoryPage is one page of stories, latest first.
type StoryPage struct {
	Stories []*Story
	Total   int
	Next    string
}

// QuoteQuery selects quotes; every filter that is set must hold.
type QuoteQuery struct {
	Speaker string // canonical name of the speaker
	Text    string // words the quote holds (case-insensitive substring)
	Story   string // the story of the quoting article
	Limit   int    // <= 0 means no limit
	Offset  int    // the selected quotes to pass over first (a page's start)
}

// QuoteRecord is a quote with the article that carries it, as export quotes
// writes it.
type QuoteRecord struct {
	Article   string
	Source    string
	Published string
	Quote
}

// Searcher is what the web API and the search command read beyond
// ArticleReader. Every store implements it (storetest checks it).
type Searcher interface {
	// Search finds articles; a Query without text lists the articles that
	// the filters select, newest first. A bad cursor is EINVALID.
	Search(ctx context.Context, q Query) (*SearchResult, error)
	// Stories lists stories that have at least one article the query
	// selects, latest (last_published) first.
	Stories(ctx context.Context, q Query) (*StoryPage, error)
	// Quotes returns the quotes that q selects, newest article first.
	Quotes(ctx context.Context, q QuoteQuery) ([]QuoteRecord, error)
	// Entity returns the entity with this canonical name (the most
	// mentioned one when types differ); ENOTFOUND if none.
	Entity(ctx context.Context, name string) (*Entity, error)
}

// QueryChunks splits query text as a person typed it: at white space, a
// double-quoted run kept together as one chunk (a phrase). What a chunk
// means (a word, a prefix*) is each store's to read. A chunk that repeats
// an earlier one (case aside) is dropped: every chunk must occur anyway,
// and a full-text engine spends time on each repeat (SQLite's snippets
// grow with the square of the terms: 200 times "the" ran past the 30 s
// that a server gives a read).
func QueryChunks(text string) []string {
	var out []string
	add := func(chunk string) {
		if !slices.ContainsFunc(out, func(c string) bool { return strings.EqualFold(c, chunk) }) {
			out = append(out, chunk)
		}
	}
	for text != "" {
		text = strings.TrimLeftFunc(text, unicode.IsSpace)
		if rest, ok := strings.CutPrefix(text, `"`); ok {
			phrase, after, _ := strings.Cut(rest, `"`)
			add(phrase)
			text = after
			continue
		}
		end := strings.IndexFunc(text, unicode.IsSpace)
		if end < 0 {
			end = len(text)
		}
		if end > 0 {
			add(text[:end])
		}
		text = text[end:]
	}
	return out
}

// MaxQueryWords bounds the words of a query's text (QueryChunks' chunks,
// phrases counted word by word): a sentence pasted to find who printed it
// fits, while a query of hundreds of words, which only a script sends,
// would hold a store slot for the whole read time limit (a phrase of 10,000
// words took 9 s on a thousand articles, and the cost grows with the store).
const MaxQueryWords = 32

func queryWords(chunk string) []string {
	return strings.FieldsFunc(chunk, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// MinPrefix is the fewest letters a prefix search (word*) takes before its
// '*': one letter matches nearly every article, and the full-text index
// reads the postings of every word it begins (the 26 one-letter prefixes
// took 1.6-6 s on a store of a thousand articles, two letters each 0.07 s).
const MinPrefix = 2

// checkQueryText refuses query text of more than MaxQueryWords words (the
// runs of letters and digits of QueryChunks' chunks, phrases counted word
// by word) or with a prefix shorter than MinPrefix ("a*", "trade e*",
// "a.*": the stores take a chunk's last word as the prefix).
func checkQueryText(text string) error {
	n, short := 0, ""
	for _, chunk := range QueryChunks(text) {
		w := queryWords(chunk)
		n += len(w)
		if short == "" && strings.HasSuffix(chunk, "*") && len(w) > 0 && utf8.RuneCountInString(w[len(w)-1]) < MinPrefix {
			short = chunk
		}
	}
	if n > MaxQueryWords {
		return Errorf(EINVALID, "the query has %d words: search with at most %d", n, MaxQueryWords)
	}
	if short != "" {
		return Errorf(EINVALID, "%q: a prefix search needs at least %d letters before the *", short, MinPrefix)
	}
	return nil
}

// Cursors are opaque to callers: the offset of the next page, encoded, the
// same for every store.
const cursorPrefix = "o:"

// NextCursor is the cursor of the page that starts at offset.
func NextCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// Page is the page the query asks for: at most limit results from offset.
// A cursor that no store made is EINVALID, and so is a From or To that is
// no calendar date, month or year, a Text of more than MaxQueryWords
// words and a prefix shorter than MinPrefix (every store asks, so each
// refuses them alike).
func (q Query) Page() (limit, offset int, err error) {
	if err := checkQueryText(q.Text); err != nil {
		return 0, 0, err
	}
	for _, d := range []struct{ name, value string }{{"from", q.From}, {"to", q.To}} {
		if d.value != "" && !datePrefix(d.value) {
			return 0, 0, Errorf(EINVALID, "%s %q: want a day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)", d.name, d.value)
		}
	}
	limit = q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	if offset, err = CursorOffset(q.Cursor); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// CursorOffset is the offset a cursor (NextCursor's) stands for, 0 for no
// cursor; a cursor that no store made is EINVALID.
func CursorOffset(cursor string) (int, error) {
	if cursor == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(cursor)
	if err == nil {
		n, ok := strings.CutPrefix(string(raw), cursorPrefix)
		if offset, err := strconv.Atoi(n); ok && err == nil && offset >= 0 {
			return offset, nil
		}
	}
	return 0, Errorf(EINVALID, "bad cursor %q", cursor)
}

// datePrefix reports whether s is a calendar day, month or year as the
// store's dates begin: "2026-02-28", "2026-02", "2026"; not "2026-02-30" or
// "2026-13".
func datePrefix(s string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}

// FacetSize is how many values each facet lists: a screen's worth of
// filters; the rest would be noise in a sidebar.
const FacetSize = 12

// TopFacets orders values most frequent first (ties by value, bytewise) and
// keeps FacetSize.
func TopFacets(fs []FacetCount) []FacetCount {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Count != fs[j].Count {
			return fs[i].Count > fs[j].Count
		}
		return fs[i].Value < fs[j].Value
	})
	return fs[:min(len(fs), FacetSize)]
}
