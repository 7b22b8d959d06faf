package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestScoreCompare(t *testing.T) {
	no := false
	texts := map[string]string{"a": "He said “we will win” and “never give up” today. 52 people died.", "b": "“We will win,” he said. At least 50 people died.", "c": "Other story."}
	arts := map[string]*storyline.Article{}
	for id, txt := range texts {
		arts[id] = &storyline.Article{ID: id, Body: txt}
	}
	eventOf := map[string]string{"a": "e", "b": "e", "c": "e2"}
	gold := []CompareItem{
		{Event: "e", Kind: "scope", Scope: "quotes"}, {Event: "e", Kind: "scope", Scope: "figures"},
		{Event: "e", Kind: "quote", Group: "q1", Article: "a", Start: 9, End: 20},
		{Event: "e", Kind: "quote", Group: "q1", Article: "b", Start: 1, End: 13},
		{Event: "e", Kind: "figure", Group: "f1", Article: "a", Start: 49, End: 58, Agree: &no},
		{Event: "e", Kind: "figure", Group: "f1", Article: "b", Start: 24, End: 42, Agree: &no},
	}
	rep := func(article string, start, end int) storyline.Report {
		return storyline.Report{Article: article, Start: start, End: end}
	}
	story := &storyline.Story{ID: "s", Articles: []string{"a", "b"}, Comparison: &storyline.Comparison{
		Quotes: []storyline.Utterance{
			{Reports: []storyline.Report{rep("a", 9, 20), rep("b", 1, 13)}}, // right
			{Reports: []storyline.Report{rep("a", 26, 39), rep("b", 1, 5)}}, // a's second quote is no part of q1
		},
		Figures: []storyline.Figure{{Agree: false, Values: []storyline.FigureValue{{Report: rep("a", 49, 58)}, {Report: rep("b", 24, 42)}}}},
	}}
	sc := ScoreCompare(gold, texts, eventOf, arts, []*storyline.Story{story})
	if sc.QuotePairsGold != 1 || sc.QuotePairsSys != 2 || sc.QuotePairsBoth != 1 {
		t.Errorf("quote pairs gold %d sys %d both %d, want 1 2 1", sc.QuotePairsGold, sc.QuotePairsSys, sc.QuotePairsBoth)
	}
	if sc.QuoteP() != 0.5 || sc.QuoteR() != 1 {
		t.Errorf("quote P %v R %v", sc.QuoteP(), sc.QuoteR())
	}
	if sc.FigureP() != 1 || sc.FigureR() != 1 {
		t.Errorf("figure P %v R %v (%+v)", sc.FigureP(), sc.FigureR(), sc)
	}
}

// TestScoreCompareMissedNotes: a missed pair's note says how the system
// holds each side: in an utterance with other articles, alone, or not as
// a quotation at all.
func TestScoreCompareMissedNotes(t *testing.T) {
	texts := map[string]string{"a": "He said “we will win” today.", "b": "“We will win,” he said.", "c": "They said we will win, too."}
	arts := map[string]*storyline.Article{}
	for id, txt := range texts {
		arts[id] = &storyline.Article{ID: id, Body: txt}
	}
	eventOf := map[string]string{"a": "e", "b": "e", "c": "e"}
	gold := []CompareItem{
		{Event: "e", Kind: "scope", Scope: "quotes"},
		{Event: "e", Kind: "quote", Group: "q1", Article: "a", Start: 9, End: 20},
		{Event: "e", Kind: "quote", Group: "q1", Article: "b", Start: 1, End: 13},
		{Event: "e", Kind: "quote", Group: "q1", Article: "c", Start: 10, End: 21},
	}
	story := &storyline.Story{ID: "s", Articles: []string{"a", "b", "c"}, Comparison: &storyline.Comparison{
		SingleSource: []storyline.SingleItem{{Kind: "quote", Report: storyline.Report{Article: "b", Start: 1, End: 13, Text: "We will win,"}}},
	}}
	sc := ScoreCompare(gold, texts, eventOf, arts, []*storyline.Story{story})
	want := map[string]bool{
		`missed pair e/q1: a (no quote) ~ b (alone "We will win,")`: true,
		`missed pair e/q1: a (no quote) ~ c (no quote)`:             true,
		`missed pair e/q1: b (alone "We will win,") ~ c (no quote)`: true,
	}
	for _, n := range sc.Notes {
		if !want[n] {
			t.Errorf("unexpected note %q", n)
		}
		delete(want, n)
	}
	for n := range want {
		t.Errorf("missing note %q", n)
	}
}

// TestScoreCompareReportOfTwoUtterances: a report that runs across two
// gold utterances stands for both, whichever the gold lists first.
func TestScoreCompareReportOfTwoUtterances(t *testing.T) {
	texts := map[string]string{"a": "“We will win. We never give up,” he said.", "b": "He said they “never give up”."}
	arts := map[string]*storyline.Article{}
	for id, txt := range texts {
		arts[id] = &storyline.Article{ID: id, Body: txt}
	}
	eventOf := map[string]string{"a": "e", "b": "e"}
	gold := []CompareItem{
		{Event: "e", Kind: "scope", Scope: "quotes"},
		{Event: "e", Kind: "quote", Group: "q1", Article: "a", Start: 1, End: 13},
		{Event: "e", Kind: "quote", Group: "q2", Article: "a", Start: 17, End: 30},
		{Event: "e", Kind: "quote", Group: "q2", Article: "b", Start: 14, End: 27},
	}
	story := &storyline.Story{ID: "s", Articles: []string{"a", "b"}, Comparison: &storyline.Comparison{
		Quotes: []storyline.Utterance{{Reports: []storyline.Report{
			{Article: "a", Start: 1, End: 31}, {Article: "b", Start: 14, End: 27},
		}}},
	}}
	sc := ScoreCompare(gold, texts, eventOf, arts, []*storyline.Story{story})
	if sc.QuotePairsGold != 1 || sc.QuotePairsSys != 1 || sc.QuotePairsBoth != 1 || len(sc.Notes) != 0 {
		t.Errorf("pairs gold %d sys %d both %d, notes %q; want 1 1 1 and none", sc.QuotePairsGold, sc.QuotePairsSys, sc.QuotePairsBoth, sc.Notes)
	}
}

func TestReadCompareGold(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(`{"event":"e","kind":"scope","scope":"quotes"}
{"event":"e","kind":"quote","group":"q1","article":"a","start":1,"end":5}
`), 0o644)
	if items, err := ReadCompareGold(good); err != nil || len(items) != 2 {
		t.Fatalf("read: %v, %d items", err, len(items))
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"event":"e","kind":"quote","group":"q1","article":"a","start":5,"end":1}`+"\n"), 0o644)
	if _, err := ReadCompareGold(bad); err == nil {
		t.Error("a span with start after end must be refused")
	}
}

// TestCompareGoldInRepo: the annotations in testdata read, hold no article
// text (ids and offsets only), and cover at least 15 events for quotes.
func TestCompareGoldInRepo(t *testing.T) {
	for _, name := range []string{"compare-basil-dev.jsonl", "compare-ecbplus-dev.jsonl"} {
		items, err := ReadCompareGold(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		quoteEvents := map[string]bool{}
		for _, it := range items {
			if it.Kind == "scope" && it.Scope == "quotes" {
				quoteEvents[it.Event] = true
			}
		}
		if name == "compare-basil-dev.jsonl" && len(quoteEvents) < 15 {
			t.Errorf("%s: %d events annotated for quotes, want 15", name, len(quoteEvents))
		}
	}
}
