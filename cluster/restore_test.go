package cluster

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sqlite"
)

// commitAll stores each doc as its own page, with the stories Assign returned.
func commitAll(t *testing.T, db *sqlite.DB, docs []*storyline.Doc, stories []*storyline.Story) {
	t.Helper()
	ctx := context.Background()
	for i, d := range docs {
		c := &storyline.Commit{
			Page:     storyline.PageRecord{ID: d.Article.ID, Hash: d.Article.ID, Format: storyline.FormatText, Articles: []string{d.Article.ID}},
			Articles: []*storyline.Article{d.Article},
		}
		if i == len(docs)-1 {
			c.Stories = stories
		}
		if err := db.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
}

// restoreFromStore commits docs and the stories Assign gave them to a fresh SQLite
// store and returns a clusterer restored from it.
func restoreFromStore(t *testing.T, docs []*storyline.Doc, stories []*storyline.Story) *Clusterer {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	commitAll(t, db, docs, stories)
	c := New(DefaultOptions())
	if err := c.Restore(ctx, db); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRestoreContinues checks that a clusterer restored from the store
// replays it exactly and assigns later articles as one that saw the whole
// stream does, keeps the stored ids, and that assigning stored articles
// again changes nothing.
func TestRestoreContinues(t *testing.T) {
	ctx := context.Background()
	g := newSynth(9)
	docs := make([]*storyline.Doc, 240)
	for i := range docs {
		docs[i] = g.article()
	}
	// A republished copy, to restore a duplicate too.
	cp := *docs[10].Article
	cp.ID, cp.Title = "copy-of-10", "A new headline"
	docs = append(docs[:100], append([]*storyline.Doc{{Article: &cp}}, docs[100:]...)...)

	whole := New(DefaultOptions())
	if _, err := whole.Assign(ctx, clone(docs)); err != nil {
		t.Fatal(err)
	}

	first, rest := clone(docs[:150]), clone(docs[150:])
	c1 := New(DefaultOptions())
	stories, err := c1.Assign(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	c2 := restoreFromStore(t, first, stories)
	if got := first[100].Article.DuplicateOf; got != docs[10].Article.ID {
		t.Errorf("republished copy: duplicate_of = %q, want %q", got, docs[10].Article.ID)
	}

	if !c2.Exact() {
		t.Error("Restore did not reproduce the run that stored the articles")
	}
	again := clone(docs[:150])
	changed, err := c2.Assign(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 0 {
		t.Errorf("assigning stored articles again changed %d stories", len(changed))
	}
	for i, d := range again {
		if d.Article.Story != first[i].Article.Story || d.Article.DuplicateOf != first[i].Article.DuplicateOf {
			t.Errorf("%s: story %q dup %q after restore, was %q %q", d.Article.ID, d.Article.Story, d.Article.DuplicateOf,
				first[i].Article.Story, first[i].Article.DuplicateOf)
		}
	}
	if _, err := c2.Assign(ctx, rest); err != nil {
		t.Fatal(err)
	}
	same := 0
	for i, d := range rest {
		if d.Article.Story == whole.of[docs[150+i].Article.ID].id {
			same++
		}
	}
	if same != len(rest) {
		t.Errorf("after restore %d of %d later articles got the story a single run gives", same, len(rest))
	}
}

// TestRestoreRebuildsWhatReplayCannot checks that a store the replay does
// not reproduce (here, a story's list edited behind the clusterer's back) is
// restored from its stories as they stand: ids kept, later articles placed.
func TestRestoreRebuildsWhatReplayCannot(t *testing.T) {
	ctx := context.Background()
	g := newSynth(9)
	docs := make([]*storyline.Doc, 120)
	for i := range docs {
		docs[i] = g.article()
	}
	c1 := New(DefaultOptions())
	stories, err := c1.Assign(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	moved := docs[7].Article
	var from *storyline.Story
	for _, st := range stories {
		if st.ID == moved.Story {
			from = st
		}
	}
	// The article leaves its story for one of its own.
	from.Articles = slices.DeleteFunc(from.Articles, func(id string) bool { return id == moved.ID })
	moved.Story = "s-elsewhere"
	stories = append(stories, &storyline.Story{ID: "s-elsewhere", Articles: []string{moved.ID}})
	c2 := restoreFromStore(t, docs, stories)
	if c2.Exact() {
		t.Fatal("Restore claims to have reproduced a store edited after the run")
	}
	if s := c2.of[moved.ID]; s == nil || s.id != "s-elsewhere" {
		t.Errorf("the moved article is restored in %v, want s-elsewhere", s)
	}
	later := g.article()
	if _, err := c2.Assign(ctx, []*storyline.Doc{later}); err != nil || later.Article.Story == "" {
		t.Errorf("a later article after the rebuild: story %q, %v", later.Article.Story, err)
	}
}

func clone(docs []*storyline.Doc) []*storyline.Doc {
	out := make([]*storyline.Doc, len(docs))
	for i, d := range docs {
		a := *d.Article
		a.Story, a.DuplicateOf = "", ""
		out[i] = &storyline.Doc{Article: &a, Mentions: d.Mentions}
	}
	return out
}

// TestIDsDeterministic checks that the same input in the same order gives
// the same story ids and storylines.
func TestIDsDeterministic(t *testing.T) {
	ctx := context.Background()
	g := newSynth(5)
	docs := make([]*storyline.Doc, 120)
	for i := range docs {
		docs[i] = g.article()
	}
	a, b := clone(docs), clone(docs)
	sa, err := New(DefaultOptions()).Assign(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := New(DefaultOptions()).Assign(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a {
		if a[i].Article.Story != b[i].Article.Story {
			t.Fatalf("%s: story %s vs %s", a[i].Article.ID, a[i].Article.Story, b[i].Article.Story)
		}
	}
	if len(sa) != len(sb) {
		t.Fatalf("%d vs %d stories", len(sa), len(sb))
	}
	for i := range sa {
		if sa[i].ID != sb[i].ID || sa[i].Storyline != sb[i].Storyline || sa[i].Title != sb[i].Title {
			t.Fatalf("story %d: %+v vs %+v", i, sa[i], sb[i])
		}
	}
	stories := map[string]bool{}
	for _, d := range a {
		stories[d.Article.Story] = true
	}
	// Four articles per synthetic story: the clusterer should find about 30.
	if len(stories) < 20 || len(stories) > 45 {
		t.Errorf("%d stories for 30 synthetic ones", len(stories))
	}
}

// TestRestoreKeepsArticleOrder checks that a restored story lists its
// articles in the stored order (the order they joined), whatever their
// publication dates, so that a run continued after a stop exports what one
// run exports.
func TestRestoreKeepsArticleOrder(t *testing.T) {
	ctx := context.Background()
	g := newSynth(4)
	docs := make([]*storyline.Doc, 120)
	for i := range docs {
		docs[i] = g.article()
	}
	// Arrival order against publication order: each article published a
	// little before the one that arrived before it.
	for i, d := range docs {
		d.Article.Published = fmt.Sprintf("2026-01-%02d", 28-i*27/len(docs))
	}
	c1 := New(DefaultOptions())
	stories, err := c1.Assign(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	c2 := restoreFromStore(t, docs, stories)
	checked := 0
	for _, st := range stories {
		got := c2.stories[st.ID]
		if got == nil {
			t.Fatalf("story %s not restored", st.ID)
		}
		if strings.Join(got.articles, " ") != strings.Join(st.Articles, " ") {
			t.Errorf("story %s restored as %v, stored %v", st.ID, got.articles, st.Articles)
		}
		if len(st.Articles) > 1 {
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no story with two articles: the test checks nothing")
	}
}
