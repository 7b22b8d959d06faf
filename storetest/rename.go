package storetest

import (
	"context"
	"testing"

	"github.com/storyline-news/storyline"
)

// testRenameEntities checks that a later full name rewrites a lone surname in
// stored articles: their entities (merged where both names occur), their
// quote speakers and the entity aggregation, and nothing of another type.
func testRenameEntities(t *testing.T, s storyline.Store) {
	body := "Varga spoke first. Ilse Varga spoke again."
	a := sparseArticle("renamed.txt", body)
	a.Entities = []storyline.ArticleEntity{
		{Name: "Varga", Type: storyline.Person, Mentions: []storyline.Span{{Start: 0, End: 5}}},
		{Name: "Ilse Varga", Type: storyline.Person, Mentions: []storyline.Span{{Start: 19, End: 29}}},
		{Name: "Varga", Type: storyline.Org, Mentions: []storyline.Span{{Start: 24, End: 29}}},
	}
	a.Quotes = []storyline.Quote{{Text: "first", Speaker: "Varga", Kind: storyline.QuoteDirect, Start: 12, End: 17}}
	other := sparseArticle("untouched.txt", "Nobody here.")
	c := page("renamed.txt", "h1", a)
	st := story("s-1", "renamed.txt")
	st.Entities = []string{"Ilse Varga", "Varga", "Calder"}
	c.Stories = []*storyline.Story{st}
	commit(t, s, c)
	commit(t, s, page("untouched.txt", "h2", other))

	n, err := s.RenameEntities(context.Background(), map[storyline.EntityKey]storyline.EntityKey{
		{Name: "Varga", Type: storyline.Person}: {Name: "Ilse Varga", Type: storyline.Person},
		{Name: "Harbour", Type: storyline.Org}:  {Name: "Harbour Authority", Type: storyline.Org}, // named nowhere
	})
	if err != nil {
		t.Fatalf("RenameEntities: %v", err)
	}
	if n != 1 {
		t.Errorf("RenameEntities changed %d articles, want 1", n)
	}
	got := article(t, s, "renamed.txt")
	want := []storyline.ArticleEntity{
		{Name: "Ilse Varga", Type: storyline.Person, Mentions: []storyline.Span{{Start: 0, End: 5}, {Start: 19, End: 29}}},
		{Name: "Varga", Type: storyline.Org, Mentions: []storyline.Span{{Start: 24, End: 29}}},
	}
	sameJSON(t, "entities after rename", got.Entities, want)
	if got.Quotes[0].Speaker != "Ilse Varga" {
		t.Errorf("speaker = %q, want Ilse Varga", got.Quotes[0].Speaker)
	}
	gotStory, err := s.Story(context.Background(), "s-1")
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "story entities after rename", gotStory.Entities, []string{"Ilse Varga", "Calder"})
	if got.Body != body {
		t.Errorf("body changed: %q", got.Body)
	}
	for _, e := range entities(t, s) {
		if e.Name == "Varga" && e.Type == storyline.Person {
			t.Errorf("the old person name is still aggregated: %+v", e)
		}
		if e.Name == "Ilse Varga" && (e.Mentions != 2 || e.Aliases["Varga"] != 1) {
			t.Errorf("Ilse Varga aggregated as %+v", e)
		}
	}
}
