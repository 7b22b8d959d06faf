package compare

import (
	"reflect"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestEmbeddedGroupModel: the embedded model parses, names known features
// and a link rule, and has a threshold strictly between 0 and 1.
func TestEmbeddedGroupModel(t *testing.T) {
	m, err := LoadGroupModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("threshold %v", m.Threshold)
	}
	if DefaultOptions().Grouping == nil {
		t.Error("DefaultOptions has no grouping model")
	}
}

func TestParseGroupModel(t *testing.T) {
	tests := []struct {
		name, json string
		ok         bool
	}{
		{"good", `{"features":["run_log"],"mean":[0],"scale":[1],"weights":[1],"bias":0,"threshold":0.5,"link":"single"}`, true},
		{"unknown feature", `{"features":["nope"],"mean":[0],"scale":[1],"weights":[1],"threshold":0.5,"link":"single"}`, false},
		{"unknown link", `{"features":["run_log"],"mean":[0],"scale":[1],"weights":[1],"threshold":0.5,"link":"ward"}`, false},
		{"lengths differ", `{"features":["run_log"],"mean":[0,1],"scale":[1],"weights":[1],"threshold":0.5,"link":"single"}`, false},
		{"not JSON", `{`, false},
	}
	for _, tt := range tests {
		_, err := ParseGroupModel([]byte(tt.json))
		if (err == nil) != tt.ok {
			t.Errorf("%s: err %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

// TestLinkGroups: groups join best first while their link probability
// reaches the threshold, never two items of one article in a group; the
// link rule decides whether one strong pair (single) or all pairs
// (complete, average) must hold.
func TestLinkGroups(t *testing.T) {
	// items 0,1,2 of articles 0,1,2; item 3 of article 0 again.
	docOf := func(i int) int { return []int{0, 1, 2, 0}[i] }
	chain := []link{{0, 1, 0.9}, {1, 2, 0.8}, {0, 2, 0.1}}
	tests := []struct {
		name  string
		links []link
		th    float64
		rule  string
		want  [][]int
	}{
		{"single link follows the chain", chain, 0.5, LinkSingle, [][]int{{0, 1, 2}, {3}}},
		{"complete link needs every pair", chain, 0.5, LinkComplete, [][]int{{0, 1}, {2}, {3}}},
		{"average link: (0.8+0.1)/2 below the threshold", chain, 0.5, LinkAverage, [][]int{{0, 1}, {2}, {3}}},
		{"average link: (0.8+0.1)/2 above a lower one", chain, 0.4, LinkAverage, [][]int{{0, 1, 2}, {3}}},
		{"nothing reaches the threshold", chain, 0.95, LinkSingle, [][]int{{0}, {1}, {2}, {3}}},
		{"one article twice: the better pair wins", []link{{0, 1, 0.7}, {3, 1, 0.9}}, 0.5, LinkSingle, [][]int{{0}, {1, 3}, {2}}},
		{"a missing pair counts 0 for complete link", []link{{0, 1, 0.9}, {1, 2, 0.9}}, 0.5, LinkComplete, [][]int{{0, 1}, {2}, {3}}},
	}
	for _, tt := range tests {
		got := linkGroups(4, tt.links, tt.th, tt.rule, docOf)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPairFeatures: the features of a pair say what a reader sees: a
// fragment is contained, a changed word keeps most word pairs, a bracketed
// insertion is dropped and marked, speakers compare by surname.
func TestPairFeatures(t *testing.T) {
	rep := func(doc int, text, speaker, cue string) *qrep {
		ws := quoteWords(text)
		return &qrep{doc: doc, words: ws, pairs: wordPairs(ws), speaker: speaker, cue: cue,
			wordSet: wordSet(ws, false), content: wordSet(ws, true), elided: elided(text)}
	}
	feat := func(name string) int {
		for i, f := range QuoteFeatures {
			if f == name {
				return i
			}
		}
		t.Fatalf("no feature %s", name)
		return -1
	}
	full := "If somebody tells you how to exercise discretion, you don't have discretion"
	tests := []struct {
		name string
		a, b *qrep
		want map[string]float64
	}{
		{"fragment", rep(0, full, "Ruth Bader Ginsburg", "said"), rep(1, "how to exercise discretion", "Ginsburg", "said"),
			map[string]float64{FeatContained: 1, FeatPairsShort: 1, FeatRunShort: 1, FeatSpeakerSame: 1, FeatSpeakerDiff: 0, FeatCueDiff: 0, FeatElided: 0}},
		{"one word changed", rep(0, "we will never pay for that wall", "", ""), rep(1, "we will never pay for the wall", "", ""),
			map[string]float64{FeatContained: 0, FeatPairsShort: 4.0 / 6, FeatSpeakerSame: 0, FeatSpeakerDiff: 0, FeatLenRatio: 1}},
		{"bracketed insertion", rep(0, "[Putin's] actions are designed to undercut our ideals", "Mattis", "wrote"),
			rep(1, "actions are designed to undercut our ideals", "Jim Mattis", "said"),
			map[string]float64{FeatContained: 1, FeatElided: 1, FeatCueDiff: 1, FeatSpeakerSame: 1}},
		{"other speaker", rep(0, "a sad day for America", "Schumer", ""), rep(1, "a sad day for America", "Graham", ""),
			map[string]float64{FeatSpeakerDiff: 1, FeatContained: 1}},
	}
	for _, tt := range tests {
		idf := rarity([]*qrep{tt.a, tt.b})
		x := pairFeatures(tt.a, tt.b, idf)
		for name, want := range tt.want {
			if got := x[feat(name)]; got < want-1e-9 || got > want+1e-9 {
				t.Errorf("%s: %s = %v, want %v", tt.name, name, got, want)
			}
		}
	}
}

// TestQuoteSetBlocks: pairs of one article, and pairs that share no
// content word, are no candidates; the others are, once each.
func TestQuoteSetBlocks(t *testing.T) {
	a1 := art("a1", "x.com", "2020-01-02", "He said “we will rebuild the town” and “nothing else”.",
		[]storyline.Quote{{Text: "we will rebuild the town", Kind: storyline.QuoteDirect}, {Text: "nothing else", Kind: storyline.QuoteDirect}}, nil)
	a2 := art("a2", "y.com", "2020-01-02", "The mayor: “We will rebuild the town.” And: “in the”.",
		[]storyline.Quote{{Text: "We will rebuild the town.", Kind: storyline.QuoteDirect}, {Text: "in the", Kind: storyline.QuoteDirect}}, nil)
	q := NewQuoteSet(&storyline.Story{ID: "s"}, []*storyline.Article{a1, a2})
	ps := q.Pairs()
	if len(ps) != 1 {
		t.Fatalf("pairs %+v, want the rebuild pair only", ps)
	}
	if ps[0].A.Article == ps[0].B.Article {
		t.Errorf("pair within one article: %+v", ps[0])
	}
	// a model that trusts the run joins them; one that never does, not.
	for _, tt := range []struct {
		bias float64
		want int // utterances with two reports
	}{{10, 1}, {-10, 0}} {
		m := &GroupModel{Features: []string{FeatRunLog}, Mean: []float64{0}, Scale: []float64{1}, Weights: []float64{0}, Bias: tt.bias, Threshold: 0.5, Link: LinkSingle}
		if err := m.Prepare(); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, u := range q.Utterances(m) {
			if len(u.Reports) == 2 {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("bias %v: %d joined utterances, want %d", tt.bias, n, tt.want)
		}
	}
}

// TestFreeUses: a phrase the articles also use in their own voice counts
// its unquoted uses; words only ever quoted count none.
func TestFreeUses(t *testing.T) {
	a1 := art("a1", "x.com", "2020-01-02", "Trump said Obama would not say “radical Islam” on Sunday. Radical Islam is the issue.",
		[]storyline.Quote{{Text: "radical Islam", Kind: storyline.QuoteDirect}}, nil)
	a2 := art("a2", "y.com", "2020-01-02", "He called it “radical Islam” and said it was “a bunch of malarkey”, then left.",
		[]storyline.Quote{{Text: "radical Islam", Kind: storyline.QuoteDirect}, {Text: "a bunch of malarkey", Kind: storyline.QuoteDirect}}, nil)
	docs := []*doc{newDoc(a1), newDoc(a2)}
	reps := quoteReports(docs)
	countFreeUses(docs, reps)
	tests := []struct {
		rep, free int
	}{
		{0, 1}, // "Radical Islam is the issue." stands unquoted once
		{1, 1},
		{2, 0},
	}
	for _, tt := range tests {
		if r := reps[tt.rep]; r.free != tt.free {
			t.Errorf("%v: free %d, want %d", r.words, r.free, tt.free)
		}
	}
}
