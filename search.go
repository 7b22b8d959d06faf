package storyline

import "context"

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
