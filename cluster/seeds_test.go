package cluster

import (
	"context"
	"encoding/json"
	"github.com/storyline-news/storyline/sharedtest"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/lang"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/text"
	"github.com/storyline-news/storyline/timex"
)

// seedDocs extracts the seed pages as text dumps and runs the stages over
// their articles, in file order.
func seedDocs(t *testing.T, dir string, stages []storyline.Stage, link bool) []*storyline.Doc {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	ctx := context.Background()
	x := extract.New(extract.Options{})
	var docs []*storyline.Doc
	linker := entity.NewLinker()
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(name)
		page := &storyline.Page{ID: base, Origin: storyline.Origin{Path: base}, Format: storyline.FormatText, Text: string(data)}
		arts, err := x.Extract(ctx, page)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range arts {
			d := &storyline.Doc{Article: a, Page: page}
			for _, st := range stages {
				if err := st.Process(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			if link { // as ingest does, in order, before clustering
				linker.Link(a)
			}
			docs = append(docs, d)
		}
	}
	return docs
}

// TestSeeds checks the seed stories, on text alone and with the entities
// of the NER and entity stages: the pairs expected.json lists under "same"
// share a story, every other pair of articles is apart, nothing is marked a
// duplicate, and all but the EU-India pact form one storyline.
func TestSeeds(t *testing.T) {
	dir := sharedtest.Path(t, "seeds")
	for _, o := range []struct {
		name string
		opt  Options
	}{{"hand", DefaultOptions()}, {"learned", LearnedOptions()}} {
		t.Run(o.name+"/text", func(t *testing.T) {
			checkSeeds(t, o.opt, seedDocs(t, dir, []storyline.Stage{text.Stage{}, timex.NewStage()}, false))
		})
		t.Run(o.name+"/entities", func(t *testing.T) {
			model, err := ner.Load()
			if err != nil {
				t.Skipf("NER model unavailable: %v", err)
			}
			stages := []storyline.Stage{lang.Stage{}, text.Stage{}, ner.NewStage(model), entity.Stage{}, timex.NewStage()}
			checkSeeds(t, o.opt, seedDocs(t, dir, stages, true))
		})
	}
}

func checkSeeds(t *testing.T, opt Options, docs []*storyline.Doc) {
	dir := sharedtest.Path(t, "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Stories struct {
			Same [][]string `json:"same"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	c := New(opt)
	c.trace = func(id string, best *story, score float64, joined bool) {
		if best != nil {
			t.Logf("%s -> %s: %.3f (bar %.3f) joined %v", id, best.articles[0], score, c.bar(best), joined)
		}
	}
	stories, err := c.Assign(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	story := map[string]string{}
	for _, d := range docs {
		story[d.Article.ID] = d.Article.Story
		if d.Article.DuplicateOf != "" {
			t.Errorf("%s marked a duplicate of %s", d.Article.ID, d.Article.DuplicateOf)
		}
	}
	same := map[[2]string]bool{}
	for _, g := range want.Stories.Same {
		for i := range g {
			for j := range g {
				same[[2]string{g[i], g[j]}] = true
			}
		}
	}
	for i, a := range docs {
		for _, b := range docs[i+1:] {
			x, y := a.Article.ID, b.Article.ID
			if together := story[x] == story[y]; together != same[[2]string{x, y}] {
				t.Errorf("%s and %s together = %v, want %v", x, y, together, !together)
			}
		}
	}
	// The seeds but the EU-India pact are one NATO-US-Europe thread.
	thread := map[string]string{}
	for _, s := range stories {
		thread[s.ID] = s.Storyline
	}
	want0 := thread[story["001_0557a99e0e87f955.txt"]]
	for id, sid := range story {
		inThread := thread[sid] == want0 && want0 != ""
		if wantIn := id != "000_f52581f06a5db432.txt#2"; inThread != wantIn {
			t.Errorf("%s in the NATO thread %q = %v, want %v", id, want0, inThread, wantIn)
		}
	}
	for _, s := range stories {
		t.Logf("story %s %q articles %v sources %v storyline %q", s.ID, s.Title, s.Articles, s.Sources, s.Storyline)
	}
}
