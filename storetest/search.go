package storetest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// searchFixture stores three articles in three stories:
//
//	a  news.example   2026-03-17  s-a  the treaty article (entities, a quote)
//	b  other.example  2026-04-02  s-b  the council vote follow-up
//	c  news.example   2026-03-20  s-c  a short notice
func searchFixture(t *testing.T, s storyline.Store) {
	a := fullArticle(t, "a")
	a.Story = "s-a"
	b := followUp(t, "b")
	b.Source, b.Published, b.Story = "other.example", "2026-04-02", "s-b"
	c := sparseArticle("c", bodyShort)
	c.Source, c.Published, c.Story = "news.example", "2026-03-20", "s-c"
	for _, x := range []*storyline.Article{a, b, c} {
		cm := page(x.ID, "h", x)
		cm.Stories = []*storyline.Story{{ID: x.Story, Title: x.Title, Articles: []string{x.ID},
			FirstPublished: x.Published, LastPublished: x.Published}}
		commit(t, s, cm)
	}
}

func search(t *testing.T, s storyline.Store, q storyline.Query) *storyline.SearchResult {
	t.Helper()
	res, err := s.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("Search(%+v): %v", q, err)
	}
	return res
}

func hitIDs(res *storyline.SearchResult) []string {
	ids := []string{}
	for _, h := range res.Hits {
		ids = append(ids, h.Article)
	}
	return ids
}

func testSearchText(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	res := search(t, s, storyline.Query{Text: "council"})
	got := hitIDs(res)
	slices.Sort(got)
	if !slices.Equal(got, []string{"a", "b"}) || res.Total != 2 || res.Next != "" {
		t.Fatalf("Search(council) = %v total %d next %q; want [a b], 2, no next", got, res.Total, res.Next)
	}
	for _, h := range res.Hits {
		if !strings.Contains(h.Snippet, storyline.MarkStart) || !strings.Contains(h.Snippet, storyline.MarkEnd) {
			t.Errorf("hit %s: snippet %q marks no hit", h.Article, h.Snippet)
		}
		if h.Article == "a" && (h.Title != "Envoy says trade deal is close" || h.Source != "news.example" ||
			h.Published != "2026-03-17" || h.Story != "s-a") {
			t.Errorf("hit a = %+v", h)
		}
	}
	sameJSON(t, "source facet", res.Facets.Source, []storyline.FacetCount{{Value: "news.example", Count: 1}, {Value: "other.example", Count: 1}})
	sameJSON(t, "month facet", res.Facets.Published, []storyline.FacetCount{{Value: "2026-03", Count: 1}, {Value: "2026-04", Count: 1}})
	sameJSON(t, "entity facet", res.Facets.Entity, []storyline.FacetCount{
		{Value: "Harbour Council", Count: 2}, {Value: "Maren Olsvik", Count: 2}, {Value: "Zürich", Count: 1}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{`"trade envoy"`, []string{"a"}},
		{`"envoy trade"`, []string{}},
		{"olsv*", []string{"a", "b"}},
		{"council short", []string{}}, // every word must occur
		{"NOT (", []string{}},         // operators are words; no syntax error
	} {
		got := hitIDs(search(t, s, storyline.Query{Text: tt.text}))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// testSearchRanking: a word in a title ranks above the same word in a
// body, case and diacritics fold in text and query alike, and what would be
// query syntax elsewhere (NOT, AND, brackets) is words.
func testSearchRanking(t *testing.T, s storyline.Store) {
	for _, a := range []*storyline.Article{
		{ID: "a", Title: "Harbour council approves ferry budget", Body: "The council met in Ålesund and approved the ferry budget."},
		{ID: "b", Title: "Ferry strike ends", Body: "Crews returned to work after the harbour council offered a raise."},
		{ID: "c", Title: "Weather", Body: "Rain is expected across the coast; ferries may be delayed."},
	} {
		commit(t, s, page(a.ID, "h", a))
	}
	for _, tt := range []struct {
		text string
		want []string // best first
	}{
		{"council", []string{"a", "b"}}, // a has it in the title
		{"harbour council", []string{"a", "b"}},
		{`"council offered"`, []string{"b"}},
		{"ALESUND", []string{"a"}},
		{"ferry NOT", []string{}},
		{"council AND (", []string{"a"}}, // AND is a word, found in a only
	} {
		res := search(t, s, storyline.Query{Text: tt.text})
		if got := hitIDs(res); !slices.Equal(got, tt.want) || res.Total != len(tt.want) {
			t.Errorf("Search(%s) = %v (total %d), want %v", tt.text, got, res.Total, tt.want)
		}
	}
}

func testSearchFilters(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	for _, tt := range []struct {
		name string
		q    storyline.Query
		want []string // in order: no text lists newest first
	}{
		{"all", storyline.Query{}, []string{"b", "c", "a"}},
		{"entity", storyline.Query{Entity: "Zürich"}, []string{"a"}},
		{"source", storyline.Query{Source: "news.example"}, []string{"c", "a"}},
		{"from month", storyline.Query{From: "2026-04"}, []string{"b"}},
		{"to month", storyline.Query{To: "2026-03"}, []string{"c", "a"}},
		{"to day", storyline.Query{To: "2026-03-17"}, []string{"a"}},
		{"text and source", storyline.Query{Text: "council", Source: "other.example"}, []string{"b"}},
	} {
		res := search(t, s, tt.q)
		if got := hitIDs(res); !slices.Equal(got, tt.want) || res.Total != len(tt.want) {
			t.Errorf("%s: Search(%+v) = %v (total %d), want %v", tt.name, tt.q, got, res.Total, tt.want)
		}
	}
}

func testSearchPaging(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	var got []string
	q := storyline.Query{Limit: 2}
	for pages := 0; ; pages++ {
		if pages > 3 {
			t.Fatalf("paging does not end: %v", got)
		}
		res := search(t, s, q)
		if res.Total != 3 {
			t.Errorf("page %d: total %d, want 3", pages, res.Total)
		}
		got = append(got, hitIDs(res)...)
		if res.Next == "" {
			break
		}
		q.Cursor = res.Next
	}
	if !slices.Equal(got, []string{"b", "c", "a"}) {
		t.Errorf("pages gave %v, want [b c a]", got)
	}
	ctx := context.Background()
	for _, bad := range []storyline.Query{{Cursor: "not a cursor"}, {From: "March"}, {To: "2026-3-1"}} {
		_, err := s.Search(ctx, bad)
		wantCode(t, "Search bad query", err, storyline.EINVALID)
		_, err = s.Stories(ctx, bad)
		wantCode(t, "Stories bad query", err, storyline.EINVALID)
	}
}

func testStories(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	ctx := context.Background()
	for _, tt := range []struct {
		q    storyline.Query
		want []string
	}{
		{storyline.Query{}, []string{"s-b", "s-c", "s-a"}},
		{storyline.Query{Text: "council"}, []string{"s-b", "s-a"}},
		{storyline.Query{Entity: "Zürich"}, []string{"s-a"}},
		{storyline.Query{Source: "nowhere.example"}, []string{}},
	} {
		p, err := s.Stories(ctx, tt.q)
		if err != nil {
			t.Fatalf("Stories(%+v): %v", tt.q, err)
		}
		got := []string{}
		for _, st := range p.Stories {
			got = append(got, st.ID)
		}
		if !slices.Equal(got, tt.want) || p.Total != len(tt.want) || p.Next != "" {
			t.Errorf("Stories(%+v) = %v total %d next %q, want %v", tt.q, got, p.Total, p.Next, tt.want)
		}
	}
	first, err := s.Stories(ctx, storyline.Query{Limit: 2})
	if err != nil || len(first.Stories) != 2 || first.Next == "" {
		t.Fatalf("Stories(limit 2) = %+v, %v; want 2 and a cursor", first, err)
	}
	rest, err := s.Stories(ctx, storyline.Query{Limit: 2, Cursor: first.Next})
	if err != nil || len(rest.Stories) != 1 || rest.Stories[0].ID != "s-a" || rest.Next != "" {
		t.Errorf("Stories second page = %+v, %v; want [s-a] and no cursor", rest, err)
	}
}

func testQuotes(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	ctx := context.Background()
	for _, tt := range []struct {
		q    storyline.QuoteQuery
		want int
	}{
		{storyline.QuoteQuery{}, 1},
		{storyline.QuoteQuery{Speaker: "Maren Olsvik"}, 1},
		{storyline.QuoteQuery{Speaker: "Harbour Council"}, 0},
		{storyline.QuoteQuery{Text: "CLOSE to"}, 1},
		{storyline.QuoteQuery{Text: "far from"}, 0},
		{storyline.QuoteQuery{Story: "s-a"}, 1},
		{storyline.QuoteQuery{Story: "s-b"}, 0},
	} {
		qs, err := s.Quotes(ctx, tt.q)
		if err != nil || len(qs) != tt.want {
			t.Errorf("Quotes(%+v) = %d quotes, %v; want %d", tt.q, len(qs), err, tt.want)
			continue
		}
		if tt.want == 1 {
			q := qs[0]
			if q.Article != "a" || q.Source != "news.example" || q.Published != "2026-03-17" ||
				q.Text != "We are close to a deal." || q.Speaker != "Maren Olsvik" || q.Cue != "said" {
				t.Errorf("quote = %+v", q)
			}
		}
	}
}

// testQuotesPaged: pages of quotes (Limit, Offset) laid end to end are the
// whole list in its order, with words to filter by and without.
func testQuotesPaged(t *testing.T, s storyline.Store) {
	ctx := context.Background()
	var body strings.Builder
	var quotes []storyline.Quote
	for i := range 5 {
		text := fmt.Sprintf("Quote %d on the %s.", i, []string{"harbour", "bridge"}[i%2])
		start := body.Len() + len("“")
		fmt.Fprintf(&body, "“%s” she said. ", text)
		quotes = append(quotes, storyline.Quote{Text: text, Kind: storyline.QuoteDirect, Start: start, End: start + len(text)})
	}
	a := sparseArticle("q", body.String())
	a.Quotes = quotes
	commit(t, s, page("q", "h", a))
	for _, words := range []string{"", "harbour"} {
		all, err := s.Quotes(ctx, storyline.QuoteQuery{Text: words})
		if err != nil || len(all) < 3 {
			t.Fatalf("Quotes(%q) = %d, %v; want 3 or more", words, len(all), err)
		}
		var paged []string
		for offset := 0; offset < len(all)+2; offset += 2 {
			qs, err := s.Quotes(ctx, storyline.QuoteQuery{Text: words, Limit: 2, Offset: offset})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range qs {
				paged = append(paged, q.Text)
			}
		}
		var want []string
		for _, q := range all {
			want = append(want, q.Text)
		}
		if !slices.Equal(paged, want) {
			t.Errorf("Quotes(%q) in pages of 2 = %q, want %q", words, paged, want)
		}
	}
}

func testEntityLookup(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	e, err := s.Entity(context.Background(), "Maren Olsvik")
	if err != nil {
		t.Fatalf("Entity: %v", err)
	}
	want := map[string]int{"Maren Olsvik": 1, "Olsvik": 3}
	if e.Type != storyline.Person || e.Mentions != 4 || e.Articles != 2 || !maps.Equal(e.Aliases, want) {
		t.Errorf("Entity(Maren Olsvik) = %+v, want PERSON, 4 mentions in 2 articles, aliases %v", e, want)
	}
	_, err = s.Entity(context.Background(), "Nobody Atall")
	wantCode(t, "Entity(absent)", err, storyline.ENOTFOUND)
}

// testQuotesFollowRenames: a quote's speaker renamed in the store is found
// under the new name only.
func testQuotesFollowRenames(t *testing.T, s storyline.Store) {
	searchFixture(t, s)
	ctx := context.Background()
	renames := map[storyline.EntityKey]storyline.EntityKey{
		{Name: "Maren Olsvik", Type: storyline.Person}: {Name: "Maren K. Olsvik", Type: storyline.Person}}
	if _, err := s.Relink(ctx, renames); err != nil {
		t.Fatal(err)
	}
	for speaker, want := range map[string]int{"Maren Olsvik": 0, "Maren K. Olsvik": 1} {
		if qs, err := s.Quotes(ctx, storyline.QuoteQuery{Speaker: speaker}); err != nil || len(qs) != want {
			t.Errorf("after rename, Quotes(%s) = %d, %v; want %d", speaker, len(qs), err, want)
		}
	}
	// A recommit with no quotes leaves none behind.
	commit(t, s, page("a", "h2", sparseArticle("a", bodyShort)))
	if qs, err := s.Quotes(ctx, storyline.QuoteQuery{}); err != nil || len(qs) != 0 {
		t.Errorf("after recommit without quotes, Quotes = %d, %v; want 0", len(qs), err)
	}
}
