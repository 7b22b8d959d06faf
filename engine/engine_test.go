package engine_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/engine"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/ingest"
	"github.com/storyline-news/storyline/pipeline"
	"github.com/storyline-news/storyline/sqlite"
	"github.com/storyline-news/storyline/text"
)

// article returns a small text page about topic that the extractor keeps
// whole: a title line and three paragraphs.
func article(topic string, n int) string {
	return fmt.Sprintf(`%[1]s talks resume as strike enters day %[2]d

The %[1]s authority and the union agreed on Wednesday to resume talks over the automation plan, but the strike that has halted the %[1]s since Monday goes on for day %[2]d.

"It was a start, nothing more," the union leader told reporters outside the offices after the first meeting, which lasted four hours.

Exporters warned that every day of the stoppage cost the regional economy about %[2]d million euros, and shipping lines said more vessels were waiting.
`, topic, n)
}

func openStore(t *testing.T) storyline.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "engine.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// newEngine wires a short pipeline: extraction and tokens are enough for
// the sequential steps this package owns.
func newEngine(t *testing.T, store engine.Store) *engine.Engine {
	t.Helper()
	p := &pipeline.Pipeline{Extractor: extract.New(extract.Options{}), Stages: []storyline.Stage{text.Stage{}}, Workers: 2}
	e, err := engine.New(context.Background(), store, p, engine.Options{Now: func() time.Time { return time.Unix(0, 0) }})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestIngestBody(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	e := newEngine(t, store)
	tests := []struct {
		name, body    string
		wantArticles  []string
		wantUnchanged int
		wantFailed    int
		wantEmpty     int
	}{
		{"harbour.txt", article("harbour", 3), []string{"harbour.txt"}, 0, 0, 0},
		{"harbour.txt", article("harbour", 3), nil, 1, 0, 0},                     // the same bytes again: nothing stored twice
		{"harbour.txt", article("harbour", 4), []string{"harbour.txt"}, 0, 0, 0}, // changed content replaces the page
		{"noise.bin", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", nil, 0, 1, 0},
		{"menu.txt", "Home\nNews\nSport\nWeather\nContact us\n", nil, 0, 0, 1}, // no article: counted, and stored
		{"menu.txt", "Home\nNews\nSport\nWeather\nContact us\n", nil, 1, 0, 0}, // so that it is passed over again
	}
	for i, tt := range tests {
		rep, err := e.IngestBody(ctx, tt.name, strings.NewReader(tt.body), engine.Observer{})
		if err != nil {
			t.Fatalf("%d: IngestBody: %v", i, err)
		}
		if !slices.Equal(rep.Articles, tt.wantArticles) || len(rep.Unchanged) != tt.wantUnchanged || len(rep.Failed) != tt.wantFailed || rep.Empty != tt.wantEmpty {
			t.Errorf("%d: articles %v unchanged %d failed %v empty %d; want %v, %d, %d failures, %d empty",
				i, rep.Articles, len(rep.Unchanged), rep.Failed, rep.Empty, tt.wantArticles, tt.wantUnchanged, tt.wantFailed, tt.wantEmpty)
		}
	}
	a, err := store.Article(ctx, "harbour.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "day 4") || a.Story == "" {
		t.Errorf("stored article is not the changed page in a story: story %q, body %q", a.Story, a.Body)
	}
}

// TestNewEngineContinues checks that an engine opened on a store restores
// what the last one knew: a copy of a stored article is marked a duplicate
// and joins its story.
func TestNewEngineContinues(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	if _, err := newEngine(t, store).IngestBody(ctx, "a.txt", strings.NewReader(article("harbour", 3)), engine.Observer{}); err != nil {
		t.Fatal(err)
	}
	if _, err := newEngine(t, store).IngestBody(ctx, "copy.txt", strings.NewReader(article("harbour", 3)), engine.Observer{}); err != nil {
		t.Fatal(err)
	}
	a, err := store.Article(ctx, "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Article(ctx, "copy.txt")
	if err != nil {
		t.Fatal(err)
	}
	if c.DuplicateOf != "a.txt" || c.Story != a.Story {
		t.Errorf("copy: duplicate_of %q story %q; want a.txt and %q", c.DuplicateOf, c.Story, a.Story)
	}
}

// commitFailingStore is a real store whose Commit starts failing after a
// number of transactions, as a full disk would make it.
type commitFailingStore struct {
	storyline.Store
	left int
}

var errDiskFull = errors.New("disk full")

func (s *commitFailingStore) Commit(ctx context.Context, cs ...*storyline.Commit) error {
	if s.left == 0 {
		return errDiskFull
	}
	s.left--
	return s.Store.Commit(ctx, cs...)
}

// TestStoreFailureStopsTheRun checks that a store failure ends the run with
// that error, promptly, with the batches before it committed and reported.
func TestStoreFailureStopsTheRun(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	var b strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&b, "{\"id\": \"r%d\", \"title\": \"Record %d\", \"text\": %q}\n", i, i, article(fmt.Sprintf("port %d", i), i))
	}
	e := newEngine(t, &commitFailingStore{Store: store, left: 2})
	done := make(chan struct{})
	var rep *engine.Report
	var err error
	go func() {
		defer close(done)
		rep, err = e.Ingest(ctx, []ingest.Input{{Path: "-", Name: "records.jsonl", Size: -1}}, strings.NewReader(b.String()), engine.Observer{})
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatal("ingest hung after the store failed")
	}
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("Ingest = %v, want the store's error", err)
	}
	// Two batches were stored before the failure, and reported; the rest
	// was neither.
	if n, cerr := store.Count(ctx); cerr != nil || n == 0 || n >= 1000 || n != len(rep.Articles) {
		t.Errorf("stored %d of 1000 articles (err %v), reported %d; want the batches committed before the failure, reported", n, cerr, len(rep.Articles))
	}
}
