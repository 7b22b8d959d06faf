package prosebench

import (
	"context"
	"os"
	"testing"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"

	"github.com/storyline-news/storyline/eval"
	storyner "github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/sharedtest"
)

func devDocs(tb testing.TB) []*storyner.Document {
	f, err := os.Open(sharedtest.Path(tb, "data/ner/dev.conll"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	docs, err := storyner.ReadCoNLL(context.Background(), f)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// proseTagger runs prose's part-of-speech tagger (its entity features need
// the tags) and its entity classifier over CoNLL tokens, one sentence at a time.
type proseTagger struct {
	tag *tag.Tagger
	ner *ner.Extracter
	buf []token.Token
}

func newProse(tb testing.TB) *proseTagger {
	tg, err := tag.New()
	if err != nil {
		tb.Fatal(err)
	}
	ex, err := ner.New()
	if err != nil {
		tb.Fatal(err)
	}
	return &proseTagger{tag: tg, ner: ex}
}

// labels returns prose's IOB labels mapped to CoNLL types: PERSON→PER,
// ORGANIZATION→ORG, GPE/LOCATION/GSP/FACILITY→LOC (prose has no MISC).
func (p *proseTagger) labels(words []string) []string {
	p.buf = p.buf[:0]
	off := 0
	for _, w := range words {
		p.buf = append(p.buf, token.Token{Text: w, Start: off})
		off += len(w) + 1
	}
	p.tag.TagTokens(p.buf)
	p.ner.Label(p.buf)
	out := make([]string, len(words))
	for i, t := range p.buf {
		out[i] = mapLabel(t.Label)
	}
	return out
}

func mapLabel(l string) string {
	if len(l) < 3 || l[1] != '-' {
		return "O"
	}
	switch l[2:] {
	case "PERSON":
		return l[:2] + "PER"
	case "ORGANIZATION":
		return l[:2] + "ORG"
	case "GPE", "LOCATION", "GSP", "FACILITY":
		return l[:2] + "LOC"
	}
	return "O"
}

// TestProseDevF1 logs prose's dev F1 for the report; it asserts only that
// the mapping produced entities at all.
func TestProseDevF1(t *testing.T) {
	docs := devDocs(t)
	p := newProse(t)
	var sc eval.NERScores
	for _, d := range docs {
		for _, s := range d.Sentences {
			if err := sc.AddSentence(s.Tags, p.labels(s.Words)); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("prose v3 dev F1 %.4f (P %.4f R %.4f), untyped F1 %.4f", sc.Overall.F1(), sc.Overall.P(), sc.Overall.R(), sc.Untyped.F1())
	if sc.Overall.Pred == 0 {
		t.Error("prose found no entities: the label mapping is broken")
	}
}

func tokenCount(docs []*storyner.Document) int {
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			n += len(s.Words)
		}
	}
	return n
}

// BenchmarkTag/model=storyline and /model=prose tag CoNLL dev on one
// goroutine, in tokens/s: run them together for a fair comparison.
func BenchmarkTag(b *testing.B) {
	docs := devDocs(b)
	n := tokenCount(docs)
	b.Run("model=storyline", func(b *testing.B) {
		m, err := storyner.Load()
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			for _, d := range docs {
				m.TagDocument(d.Words())
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("model=prose", func(b *testing.B) {
		p := newProse(b)
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.Sentences {
					p.labels(s.Words)
				}
			}
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
}
