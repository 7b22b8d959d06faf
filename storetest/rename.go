package storetest

import (
	"context"
	"testing"

	"github.com/storyline-news/storyline"
)

// testRelink checks that a later full name rewrites a lone surname in stored
// articles: their entities (merged where both names occur), their quote
// speakers and the entity aggregation, and nothing of another type; and
// that a Relink without that rename gives back the names committed.
func testRelink(t *testing.T, s storyline.Store) {
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

	committed := article(t, s, "renamed.txt")
	n, err := s.Relink(context.Background(), map[storyline.EntityKey]storyline.EntityKey{
		{Name: "Varga", Type: storyline.Person}: {Name: "Ilse Varga", Type: storyline.Person},
		{Name: "Harbour", Type: storyline.Org}:  {Name: "Harbour Authority", Type: storyline.Org}, // named nowhere
	})
	if err != nil {
		t.Fatalf("Relink: %v", err)
	}
	if n != 1 {
		t.Errorf("Relink changed %d articles, want 1", n)
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

	again, err := s.Relink(context.Background(), map[storyline.EntityKey]storyline.EntityKey{
		{Name: "Varga", Type: storyline.Person}: {Name: "Ilse Varga", Type: storyline.Person},
	})
	if err != nil || again != 0 {
		t.Errorf("the same Relink again = %d, %v; want nothing changed", again, err)
	}
	sameJSON(t, "entities after the same Relink again", article(t, s, "renamed.txt").Entities, want)

	linked := committedArticles(t, s)["renamed.txt"]
	sameJSON(t, "EachCommitted gives the names committed", linked.LinkedNames(), committed.LinkedNames())

	// The evidence for the rename is gone: the names committed come back.
	if n, err := s.Relink(context.Background(), nil); err != nil || n != 1 {
		t.Fatalf("Relink without renames = %d, %v; want 1 article changed", n, err)
	}
	sameJSON(t, "entities after the rename is undone", article(t, s, "renamed.txt"), committed)
	gotStory, err = s.Story(context.Background(), "s-1")
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "story entities after the rename is undone", gotStory.Entities, []string{"Ilse Varga", "Varga", "Calder"})
	if n, err := s.Relink(context.Background(), nil); err != nil || n != 0 {
		t.Errorf("Relink again = %d, %v; want nothing changed", n, err)
	}
}

// testEachCommitted checks that articles come in the order they were
// committed (a page committed again comes last), not in id order.
func testEachCommitted(t *testing.T, s storyline.Store) {
	for _, id := range []string{"c.txt", "a.txt", "b.txt"} {
		commit(t, s, page(id, "h1", sparseArticle(id, "Body of "+id)))
	}
	commit(t, s, page("a.txt", "h2", sparseArticle("a.txt", "New body of a.txt")))
	var got []string
	err := s.EachCommitted(context.Background(), func(a *storyline.Article) error {
		got = append(got, a.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "commit order", got, []string{"c.txt", "b.txt", "a.txt"})
}

func committedArticles(t *testing.T, s storyline.Store) map[string]*storyline.Article {
	t.Helper()
	out := map[string]*storyline.Article{}
	err := s.EachCommitted(context.Background(), func(a *storyline.Article) error {
		out[a.ID] = a
		return nil
	})
	if err != nil {
		t.Fatalf("EachCommitted: %v", err)
	}
	return out
}
