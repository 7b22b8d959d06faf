package quote_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
	"github.com/storyline-news/storyline/extract"
	"github.com/storyline-news/storyline/ner"
	"github.com/storyline-news/storyline/quote"
	"github.com/storyline-news/storyline/sharedtest"
	"github.com/storyline-news/storyline/text"
)

type seedQuote struct {
	Article  string `json:"article"`
	Speaker  string `json:"speaker"`
	Contains string `json:"contains"`
}

// normSeed ignores white space and straight versus curly quotes and
// apostrophes, as expected.json says.
func normSeed(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// seedTagger is the ner stage, or, while its model cannot be loaded, a
// stand-in that marks runs of capitalised words as PERSON mentions.
func seedTagger(t *testing.T) storyline.Stage {
	m, err := ner.Load()
	if err == nil {
		return ner.NewStage(m)
	}
	t.Logf("ner model unavailable (%v): using capitalised words as mentions", err)
	return capitals{}
}

type capitals struct{}

func (capitals) Info() storyline.StageInfo {
	return storyline.StageInfo{Name: "capitals", Needs: []storyline.Layer{storyline.LayerTokens}, Adds: []storyline.Layer{storyline.LayerMentions}}
}

func (capitals) Process(_ context.Context, d *storyline.Doc) error {
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		if !capWord(toks[i].Text) {
			continue
		}
		j := i
		for j+1 < len(toks) && capWord(toks[j+1].Text) {
			j++
		}
		var words []string
		for k := i; k <= j; k++ {
			words = append(words, toks[k].Text)
		}
		d.Mentions = append(d.Mentions, storyline.Mention{
			Span: storyline.Span{Start: toks[i].Start, End: toks[j].End}, Type: storyline.Person, Text: strings.Join(words, " "),
		})
		i = j
	}
	return nil
}

func capWord(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[len(r)-1]) &&
		!map[string]bool{"The": true, "He": true, "She": true, "It": true, "In": true, "This": true, "Her": true, "His": true}[w]
}

// seedArticles runs extract → text → ner → entity → quote over every seed.
func seedArticles(t *testing.T, dir string) map[string]*storyline.Article {
	ctx := context.Background()
	q, err := quote.New()
	if err != nil {
		t.Fatal(err)
	}
	stages := []storyline.Stage{text.Stage{}, seedTagger(t), entity.Stage{}, q}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	out := map[string]*storyline.Article{}
	linker := entity.NewLinker()
	for _, f := range files {
		content, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		arts, err := extract.New(extract.Options{}).Extract(ctx, &storyline.Page{ID: name, Format: storyline.FormatText, Text: string(content)})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, a := range arts {
			d := &storyline.Doc{Article: a}
			for _, s := range stages {
				if err := s.Process(ctx, d); err != nil {
					t.Fatalf("%s: %s: %v", name, s.Info().Name, err)
				}
			}
			id := name
			if len(arts) > 1 {
				id = name + "#" + string(rune('1'+i))
			}
			linker.Link(a)
			out[id] = a
		}
	}
	// as ingest does: names learned later rename the lone surnames of
	// articles committed earlier, speakers included
	pending := linker.Pending()
	for _, a := range out {
		a.RenameEntities(pending)
	}
	return out
}

func TestSeedQuotes(t *testing.T) {
	dir := sharedtest.Path(t, "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Quotes []seedQuote `json:"quotes"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Quotes) == 0 {
		t.Fatal("expected.json lists no quotes")
	}
	arts := seedArticles(t, dir)
	for _, want := range exp.Quotes {
		a, ok := arts[want.Article]
		if !ok {
			t.Errorf("%s: article not extracted", want.Article)
			continue
		}
		if !hasQuote(a.Quotes, want) {
			t.Errorf("%s: no quote containing %q said by %q; got:\n%s", want.Article, want.Contains, want.Speaker, listQuotes(a.Quotes))
		}
	}
}

func hasQuote(qs []storyline.Quote, want seedQuote) bool {
	for _, q := range qs {
		if q.Kind != storyline.QuoteIndirect && strings.Contains(normSeed(q.Text), normSeed(want.Contains)) && q.Speaker == want.Speaker {
			return true
		}
	}
	return false
}

func listQuotes(qs []storyline.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  " + string(q.Kind) + " [" + q.Speaker + "] " + q.Cue + ": " + q.Text + "\n")
	}
	return b.String()
}
