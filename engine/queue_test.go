package engine_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/text"
)

// TestPagesThenApplyEqualsIngest: reading pages with Pages, processing each
// on its own and applying the results in order, each page without its
// content but with its hash (what the queue does across processes), stores
// what Ingest stores, a second pass included.
func TestPagesThenApplyEqualsIngest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i, topic := range []string{"harbour", "harbour", "railway", "harbour"} {
		body := article(topic, i+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs, errs := ingest.Expand([]string{dir})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := openStore(t)
	if _, err := newEngine(t, want).Ingest(ctx, inputs, nil, engine.Observer{}); err != nil {
		t.Fatal(err)
	}

	got := openStore(t)
	p := &pipeline.Pipeline{Extractor: extract.New(extract.Options{}), Stages: []storyline.Stage{text.Stage{}}}
	for pass := range 2 {
		seq := newEngine(t, got).Sequential(engine.Observer{})
		var ids []string
		rep, err := engine.Pages(ctx, got, inputs, nil, engine.Options{}, engine.Observer{}, func(ctx context.Context, pg *storyline.Page) error {
			ids = append(ids, pg.ID)
			res := p.Process(ctx, pg)
			bare := *res.Page
			bare.Text, bare.HTML = "", nil
			res.Page, res.Hash = &bare, engine.PageHash(pg)
			return seq.Apply(ctx, res)
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := seq.EndRun(ctx); err != nil {
			t.Fatal(err)
		}
		if pass == 1 && (len(ids) != 0 || len(rep.Unchanged) != len(inputs)) {
			t.Errorf("second pass read %v (%d unchanged), want nothing but unchanged pages", ids, len(rep.Unchanged))
		}
	}
	if len(dump(t, want, "articles")) != len(inputs) || len(dump(t, want, "stories")) == 0 {
		t.Fatalf("the reference ingest stored too little to compare")
	}
	for _, kind := range []string{"articles", "stories"} {
		if g, w := dump(t, got, kind), dump(t, want, kind); !slices.Equal(g, w) {
			t.Errorf("%s differ:\n got %q\nwant %q", kind, g, w)
		}
	}
}

func dump(t *testing.T, s storyline.Store, kind string) []string {
	t.Helper()
	var out []string
	add := func(v any) error {
		b, err := json.Marshal(v)
		out = append(out, string(b))
		return err
	}
	var err error
	if kind == "articles" {
		err = s.EachArticle(context.Background(), func(a *storyline.Article) error { return add(a) })
	} else {
		err = s.EachStory(context.Background(), func(st *storyline.Story) error { return add(st) })
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}
