package storetest

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
)

var errStop = errors.New("storetest: stop")

func testEachArticleOrder(t *testing.T, s storyline.Store) {
	ids := []string{"m.txt", "b.txt#2", "z.txt", "b.txt#1", "a.txt"}
	for _, id := range ids {
		commit(t, s, page(id, "h", sparseArticle(id, bodyShort)))
	}
	want := slices.Clone(ids)
	slices.Sort(want)
	if got := articleIDs(t, s); !slices.Equal(got, want) {
		t.Errorf("EachArticle order = %v, want %v", got, want)
	}
	if n := count(t, s); n != len(ids) {
		t.Errorf("Count = %d, want %d", n, len(ids))
	}
}

func testEachArticleStops(t *testing.T, s storyline.Store) {
	for _, id := range []string{"1.txt", "2.txt", "3.txt", "4.txt"} {
		commit(t, s, page(id, "h", sparseArticle(id, bodyShort)))
	}
	calls := 0
	err := s.EachArticle(context.Background(), func(*storyline.Article) error {
		calls++
		if calls == 2 {
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) || calls != 2 {
		t.Errorf("EachArticle returned %v after %d calls, want errStop after 2", err, calls)
	}
}

func testStoryRoundTrip(t *testing.T, s storyline.Store) {
	full := story("s-000002", "x.txt", "y.txt")
	full.Storyline = "l-000001"
	sparse := &storyline.Story{ID: "s-000003", Articles: []string{"z.txt"}}
	c := page("x.txt", "h", sparseArticle("x.txt", bodyShort))
	c.Stories = []*storyline.Story{full, sparse}
	commit(t, s, c)
	for _, want := range c.Stories {
		got, err := s.Story(context.Background(), want.ID)
		if err != nil {
			t.Fatalf("Story(%s): %v", want.ID, err)
		}
		sameJSON(t, "story "+want.ID, got, want)
	}
}

func testStoryUpsert(t *testing.T, s storyline.Store) {
	c := page("x.txt", "h", sparseArticle("x.txt", bodyShort))
	c.Stories = []*storyline.Story{story("s-1", "x.txt", "y.txt", "w.txt")}
	commit(t, s, c)
	c2 := page("v.txt", "h", sparseArticle("v.txt", bodyShort))
	updated := story("s-1", "v.txt", "x.txt")
	updated.Title = "Renamed"
	c2.Stories = []*storyline.Story{updated}
	commit(t, s, c2)
	got, err := s.Story(context.Background(), "s-1")
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if !slices.Equal(got.Articles, []string{"v.txt", "x.txt"}) || got.Title != "Renamed" {
		t.Errorf("story after upsert = %+v, want articles [v.txt x.txt] titled Renamed", got)
	}
}

func testEachStory(t *testing.T, s storyline.Store) {
	c := page("x.txt", "h", sparseArticle("x.txt", bodyShort))
	c.Stories = []*storyline.Story{story("s-3", "x.txt"), story("s-1", "x.txt"), story("s-2", "x.txt")}
	commit(t, s, c)
	var ids []string
	err := s.EachStory(context.Background(), func(st *storyline.Story) error {
		ids = append(ids, st.ID)
		return nil
	})
	if err != nil || !slices.Equal(ids, []string{"s-1", "s-2", "s-3"}) {
		t.Errorf("EachStory = %v, %v; want [s-1 s-2 s-3]", ids, err)
	}
	calls := 0
	err = s.EachStory(context.Background(), func(*storyline.Story) error { calls++; return errStop })
	if !errors.Is(err, errStop) || calls != 1 {
		t.Errorf("EachStory returned %v after %d calls, want errStop after 1", err, calls)
	}
}

func testEntityAggregation(t *testing.T, s storyline.Store) {
	commit(t, s, page("a.txt", "h", fullArticle(t, "a.txt")))
	commit(t, s, page("b.txt", "h", followUp(t, "b.txt")))
	want := []storyline.Entity{
		{Name: "Maren Olsvik", Type: storyline.Person, Aliases: map[string]int{"Maren Olsvik": 1, "Olsvik": 3}, Mentions: 4, Articles: 2},
		{Name: "Harbour Council", Type: storyline.Org, Aliases: map[string]int{"Harbour Council": 3}, Mentions: 3, Articles: 2},
		{Name: "Zürich", Type: storyline.Place, Aliases: map[string]int{"ZÜRICH": 1}, Mentions: 1, Articles: 1},
	}
	checkEntities(t, entities(t, s), want)
}

func testEntityOrdering(t *testing.T, s storyline.Store) {
	body := "Alpha Beta Gamma Gamma Gamma Alpha Beta"
	a := sparseArticle("o.txt", body)
	mk := func(name string, n int) storyline.ArticleEntity {
		e := storyline.ArticleEntity{Name: name, Type: storyline.Misc}
		for i := range n {
			e.Mentions = append(e.Mentions, span(t, body, name, i))
		}
		return e
	}
	a.Entities = []storyline.ArticleEntity{mk("Beta", 2), mk("Delta", 0), mk("Gamma", 3), mk("Alpha", 2)}
	commit(t, s, page("o.txt", "h", a))
	want := []storyline.Entity{
		{Name: "Gamma", Type: storyline.Misc, Aliases: map[string]int{"Gamma": 3}, Mentions: 3, Articles: 1},
		{Name: "Alpha", Type: storyline.Misc, Aliases: map[string]int{"Alpha": 2}, Mentions: 2, Articles: 1},
		{Name: "Beta", Type: storyline.Misc, Aliases: map[string]int{"Beta": 2}, Mentions: 2, Articles: 1},
		{Name: "Delta", Type: storyline.Misc, Aliases: map[string]int{}, Mentions: 0, Articles: 1},
	}
	checkEntities(t, entities(t, s), want)
	calls := 0
	err := s.EachEntity(context.Background(), func(*storyline.Entity) error { calls++; return errStop })
	if !errors.Is(err, errStop) || calls != 1 {
		t.Errorf("EachEntity returned %v after %d calls, want errStop after 1", err, calls)
	}
}

func testEntitiesFollowRecommit(t *testing.T, s storyline.Store) {
	commit(t, s, page("a.txt", "h1", fullArticle(t, "a.txt")))
	commit(t, s, page("a.txt", "h2", followUp(t, "a.txt")))
	want := []storyline.Entity{
		{Name: "Harbour Council", Type: storyline.Org, Aliases: map[string]int{"Harbour Council": 1}, Mentions: 1, Articles: 1},
		{Name: "Maren Olsvik", Type: storyline.Person, Aliases: map[string]int{"Olsvik": 1}, Mentions: 1, Articles: 1},
	}
	checkEntities(t, entities(t, s), want)
}

func checkEntities(t *testing.T, got []*storyline.Entity, want []storyline.Entity) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d entities, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Name != w.Name || g.Type != w.Type || g.Mentions != w.Mentions || g.Articles != w.Articles {
			t.Errorf("entity %d = %s/%s mentions %d articles %d, want %s/%s mentions %d articles %d",
				i, g.Name, g.Type, g.Mentions, g.Articles, w.Name, w.Type, w.Mentions, w.Articles)
		}
		if len(g.Aliases) != len(w.Aliases) || !maps.Equal(g.Aliases, w.Aliases) {
			t.Errorf("entity %s aliases = %v, want %v", w.Name, g.Aliases, w.Aliases)
		}
	}
}

// testStoryMovesArticles checks that a story listing articles stored under
// another story moves them, and that a merged-away story can be deleted.
func testStoryMovesArticles(t *testing.T, s storyline.Store) {
	a, b := sparseArticle("a.txt", "First."), sparseArticle("b.txt", "Second.")
	a.Story, b.Story = "s-a", "s-b"
	commit(t, s, &storyline.Commit{Page: storyline.PageRecord{ID: "a.txt", Hash: "1"}, Articles: []*storyline.Article{a}, Stories: []*storyline.Story{story("s-a", "a.txt")}})
	commit(t, s, &storyline.Commit{Page: storyline.PageRecord{ID: "b.txt", Hash: "2"}, Articles: []*storyline.Article{b}, Stories: []*storyline.Story{story("s-b", "b.txt")}})
	c := sparseArticle("c.txt", "Third.")
	c.Story = "s-a"
	commit(t, s, &storyline.Commit{
		Page:           storyline.PageRecord{ID: "c.txt", Hash: "3"},
		Articles:       []*storyline.Article{c},
		Stories:        []*storyline.Story{story("s-a", "a.txt", "b.txt", "c.txt")},
		DeletedStories: []string{"s-b"},
	})
	for _, id := range []string{"a.txt", "b.txt", "c.txt"} {
		if got := article(t, s, id).Story; got != "s-a" {
			t.Errorf("article %s is in story %q, want s-a", id, got)
		}
	}
	if _, err := s.Story(context.Background(), "s-b"); storyline.ErrorCode(err) != storyline.ENOTFOUND {
		t.Errorf("merged-away story s-b: err = %v, want ENOTFOUND", err)
	}
}

// testBatchMovesAsOneByOne checks that a batch of pages moves articles as
// the same pages committed one by one would: a story merged into another
// later in the batch hands its articles on, and a story written before an
// article is stored again (under a story of its own) does not claim it.
func testBatchMovesAsOneByOne(t *testing.T, s storyline.Store) {
	for _, id := range []string{"a.txt", "b.txt", "c.txt"} {
		a := sparseArticle(id, "Text of "+id+".")
		a.Story = "s-" + id
		commit(t, s, &storyline.Commit{Page: storyline.PageRecord{ID: id, Hash: "1"}, Articles: []*storyline.Article{a},
			Stories: []*storyline.Story{story("s-"+id, id)}})
	}
	d := sparseArticle("d.txt", "Fourth.")
	d.Story = "s-b.txt"
	c := sparseArticle("c.txt", "Text of c.txt, again.")
	c.Story = "s-c.txt"
	err := s.Commit(context.Background(),
		// s-a.txt takes c.txt and b.txt.
		&storyline.Commit{Page: storyline.PageRecord{ID: "x.txt", Hash: "1"},
			Stories: []*storyline.Story{story("s-a.txt", "a.txt", "b.txt", "c.txt")}, DeletedStories: []string{"s-b.txt"}},
		// d.txt joins s-b.txt, written again, which takes a.txt and b.txt back.
		&storyline.Commit{Page: storyline.PageRecord{ID: "d.txt", Hash: "1"}, Articles: []*storyline.Article{d},
			Stories: []*storyline.Story{story("s-b.txt", "a.txt", "b.txt", "d.txt")}},
		// c.txt is stored again, back in its first story (not written in
		// this batch): s-a.txt, written before, still lists it.
		&storyline.Commit{Page: storyline.PageRecord{ID: "c.txt", Hash: "2"}, Articles: []*storyline.Article{c}},
	)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"a.txt": "s-b.txt", "b.txt": "s-b.txt", "c.txt": "s-c.txt", "d.txt": "s-b.txt"} {
		if got := article(t, s, id).Story; got != want {
			t.Errorf("article %s is in story %q, want %s", id, got, want)
		}
	}
	// Two stories of one page list d.txt: the later one takes it, as it
	// would page by page.
	for _, order := range [][2]string{{"s-x", "s-y"}, {"s-y", "s-x"}} {
		commit(t, s, &storyline.Commit{Page: storyline.PageRecord{ID: "e.txt", Hash: order[0]},
			Stories: []*storyline.Story{story(order[0], "d.txt"), story(order[1], "d.txt")}})
		if got := article(t, s, "d.txt").Story; got != order[1] {
			t.Errorf("stories %v of one page: d.txt is in %q, want the later one", order, got)
		}
	}
}
