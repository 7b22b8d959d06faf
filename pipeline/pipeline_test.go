package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

// splitExtractor makes one article per "|"-separated part of the page text.
type splitExtractor struct{}

func (splitExtractor) Extract(ctx context.Context, p *storyline.Page) ([]*storyline.Article, error) {
	if p.Text == "bad" {
		return nil, storyline.InputError("test", p.ID, errors.New("unreadable"))
	}
	var out []*storyline.Article
	for i, part := range strings.Split(p.Text, "|") {
		out = append(out, &storyline.Article{ID: fmt.Sprintf("%s#%d", p.ID, i+1), Body: part})
	}
	return out, nil
}

type upperStage struct{}

func (upperStage) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "upper", Adds: []storyline.Layer{storyline.LayerTokens}}
}
func (upperStage) Process(ctx context.Context, d *storyline.Doc) error {
	if d.Article.Body == "panic" {
		panic("boom")
	}
	d.Article.Title = strings.ToUpper(d.Article.Body)
	return nil
}

func feed(pages ...*storyline.Page) <-chan *storyline.Page {
	ch := make(chan *storyline.Page, len(pages))
	for _, p := range pages {
		ch <- p
	}
	close(ch)
	return ch
}

func TestRunKeepsInputOrderAndMarksBadPages(t *testing.T) {
	var pages []*storyline.Page
	for i := range 200 {
		text := fmt.Sprintf("a%d|b%d", i, i)
		switch i {
		case 7:
			text = "bad"
		case 9:
			text = "panic"
		}
		pages = append(pages, &storyline.Page{ID: fmt.Sprint(i), Text: text})
	}
	stats := &Stats{}
	p := &Pipeline{Extractor: splitExtractor{}, Stages: []storyline.Stage{upperStage{}}, Workers: 4, Stats: stats}
	var got []Result
	err := p.Run(context.Background(), feed(pages...), func(ctx context.Context, r Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(pages) {
		t.Fatalf("got %d results, want %d", len(got), len(pages))
	}
	for i, r := range got {
		if r.Page != pages[i] {
			t.Fatalf("result %d is page %s: order lost", i, r.Page.ID)
		}
		switch i {
		case 7, 9:
			if r.Err == nil || r.Docs != nil {
				t.Errorf("page %d: want an error and no docs, got err=%v docs=%d", i, r.Err, len(r.Docs))
			}
		default:
			if r.Err != nil || len(r.Docs) != 2 || r.Docs[1].Article.Title != strings.ToUpper(fmt.Sprintf("b%d", i)) {
				t.Errorf("page %d: err=%v docs=%d", i, r.Err, len(r.Docs))
			}
		}
	}
	snap := stats.Snapshot()
	if len(snap) != 2 || snap[0].Name != "extract" || snap[0].Calls != 200 {
		t.Errorf("stats = %+v", snap)
	}
}

func TestRunStopsAtSinkError(t *testing.T) {
	pages := make([]*storyline.Page, 50)
	for i := range pages {
		pages[i] = &storyline.Page{ID: fmt.Sprint(i), Text: "x"}
	}
	stop := errors.New("stop")
	n := 0
	p := &Pipeline{Extractor: splitExtractor{}, Workers: 2}
	err := p.Run(context.Background(), feed(pages...), func(ctx context.Context, r Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Fatalf("err=%v after %d results; want stop after 3", err, n)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan *storyline.Page) // never closed: only cancellation ends the run
	p := &Pipeline{Extractor: splitExtractor{}, Workers: 2}
	done := make(chan error)
	go func() { done <- p.Run(ctx, in, func(context.Context, Result) error { return nil }) }()
	in <- &storyline.Page{ID: "1", Text: "x"}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// declared is a stage that only declares itself, for the order checks.
type declared storyline.StageInfo

func (s declared) Info() storyline.StageInfo                   { return storyline.StageInfo(s) }
func (declared) Process(context.Context, *storyline.Doc) error { return nil }

func TestCheck(t *testing.T) {
	tokens := declared{Name: "text", Adds: []storyline.Layer{storyline.LayerTokens}}
	ner := declared{Name: "ner", Needs: []storyline.Layer{storyline.LayerTokens}, Adds: []storyline.Layer{storyline.LayerMentions}, Languages: []string{"en"}}
	entity := declared{Name: "entity", Needs: []storyline.Layer{storyline.LayerMentions}, Languages: []string{"en"}}
	anyLang := declared{Name: "any", Needs: []storyline.Layer{storyline.LayerMentions}}
	tests := []struct {
		name    string
		stages  []storyline.Stage
		wantErr string
	}{
		{"in order", []storyline.Stage{tokens, ner, entity}, ""},
		{"need not added", []storyline.Stage{ner, tokens}, "ner needs tokens"},
		{"need added by an English-only stage for any language", []storyline.Stage{tokens, ner, anyLang}, "runs only for [en]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := (&Pipeline{Stages: tt.stages}).Check()
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Check() = %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

// marker is a stage that records that it ran in the article's title.
type marker struct{ info storyline.StageInfo }

func (m marker) Info() storyline.StageInfo { return m.info }
func (m marker) Process(_ context.Context, d *storyline.Doc) error {
	d.Article.Title += m.info.Name + ";"
	return nil
}

func TestAnnotateSkipsStagesBuiltForOtherLanguages(t *testing.T) {
	p := &Pipeline{Stages: []storyline.Stage{
		marker{storyline.StageInfo{Name: "any"}},
		marker{storyline.StageInfo{Name: "english", Languages: []string{"en"}}},
	}}
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{"any", "english"}},
		{"", []string{"any", "english"}}, // unknown language: not known to be another
		{"de", []string{"any"}},
	}
	for _, tt := range tests {
		d := &storyline.Doc{Article: &storyline.Article{Language: tt.lang}}
		if err := p.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(d.Article.Stages, tt.want) || d.Article.Title != strings.Join(tt.want, ";")+";" {
			t.Errorf("language %q: stages %v (ran %q), want %v", tt.lang, d.Article.Stages, d.Article.Title, tt.want)
		}
	}
}

// TestAnnotateSkipsTransientStagesNobodyReads checks that a transient
// stage runs only for an article some later stage that runs for it reads
// its layers for, and that a stage that is not transient runs anyway.
func TestAnnotateSkipsTransientStagesNobodyReads(t *testing.T) {
	p := &Pipeline{Stages: []storyline.Stage{
		marker{storyline.StageInfo{Name: "tokens", Adds: []storyline.Layer{storyline.LayerTokens}, Transient: true}},
		marker{storyline.StageInfo{Name: "dates", Adds: []storyline.Layer{storyline.LayerDates}}},
		marker{storyline.StageInfo{Name: "english", Needs: []storyline.Layer{storyline.LayerTokens}, Languages: []string{"en"}}},
	}}
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{"tokens", "dates", "english"}},
		{"", []string{"tokens", "dates", "english"}},
		{"de", []string{"dates"}},
	}
	for _, tt := range tests {
		d := &storyline.Doc{Article: &storyline.Article{Language: tt.lang}}
		if err := p.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(d.Article.Stages, tt.want) {
			t.Errorf("language %q: stages %v, want %v", tt.lang, d.Article.Stages, tt.want)
		}
	}
}
