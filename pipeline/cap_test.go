package pipeline

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// bodyExtractor makes one article whose body is the page text.
type bodyExtractor struct{}

func (bodyExtractor) Extract(ctx context.Context, p *storyline.Page) ([]*storyline.Article, error) {
	return []*storyline.Article{{ID: p.ID, Body: p.Text}}, nil
}

// seenStage records how many code points of the body it was given and
// marks a span at the end of what it saw.
type seenStage struct{ seen *int }

func (seenStage) Info() storyline.StageInfo { return storyline.StageInfo{Name: "seen"} }
func (s seenStage) Process(ctx context.Context, d *storyline.Doc) error {
	*s.seen = utf8.RuneCountInString(d.Article.Body)
	d.Sentences = append(d.Sentences, storyline.Span{Start: 0, End: *s.seen})
	return nil
}

// TestStagesReadABoundedBody: a body past the bound is read by the stages up
// to a paragraph end before it, the article keeps its whole body and says
// so in Problems; a body within the bound is read whole, with no problem.
func TestStagesReadABoundedBody(t *testing.T) {
	para := strings.Repeat("Ünïcödé wörds in a sentence. ", 10) + "\n\n" // 292 code points
	tests := []struct {
		name        string
		body        string
		max         int
		wantSeenMax int
		wantProblem bool
	}{
		{"short", para, 1000, len([]rune(para)), false},
		{"at the bound", strings.Repeat("x", 1000), 1000, 1000, false},
		{"long", strings.Repeat(para, 20), 1000, 1000, true},
		{"no paragraph ends", strings.Repeat("y", 5000), 1000, 1000, true},
		{"no bound", strings.Repeat(para, 20), -1, 20 * len([]rune(para)), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var seen int
			p := &Pipeline{Extractor: bodyExtractor{}, Stages: []storyline.Stage{seenStage{&seen}}, MaxStageRunes: tt.max}
			r := p.Process(context.Background(), &storyline.Page{ID: "p", Text: tt.body})
			if r.Err != nil || len(r.Docs) != 1 {
				t.Fatalf("result %+v", r)
			}
			a := r.Docs[0].Article
			if a.Body != tt.body {
				t.Errorf("the article lost part of its body: %d of %d bytes", len(a.Body), len(tt.body))
			}
			if seen > tt.wantSeenMax || (!tt.wantProblem && seen != tt.wantSeenMax) || (tt.wantProblem && seen < tt.max/2) {
				t.Errorf("the stage saw %d code points, want at most %d", seen, tt.wantSeenMax)
			}
			if got := len(a.Problems) > 0; got != tt.wantProblem {
				t.Errorf("problems %q, want a problem: %v", a.Problems, tt.wantProblem)
			} else if got && !strings.Contains(a.Problems[0], "looked for in its first") {
				t.Errorf("problem %q", a.Problems[0])
			}
		})
	}
}

func TestStagePrefixCutsAtParagraphs(t *testing.T) {
	body := "first paragraph.\n\nsecond paragraph is longer.\n\nthird"
	cut, runes, ok := stagePrefix(body, 47)
	if !ok || body[:cut] != "first paragraph.\n\nsecond paragraph is longer." || runes != len(body) {
		t.Errorf("cut %q, runes %d, ok %v", body[:cut], runes, ok)
	}
	if _, _, ok := stagePrefix("ab", 2); ok {
		t.Error("cut a body at the bound")
	}
}
