package compare

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/logit"
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
		got := linkGroups(4, tt.links, tt.th, tt.rule, docOf, nil)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLinkGroupsNested: two groups that share an article join when the
// article's items in them nest (its fragment of an utterance in one, its
// full print in the other) and a pair across them links; items of one
// article that do not nest still keep groups apart.
func TestLinkGroupsNested(t *testing.T) {
	// items 0, 1 are fragments (articles 0, 1), 2, 3 full prints
	// (articles 1, 2): article 1 prints the utterance twice.
	docOf := func(i int) int { return []int{0, 1, 1, 2}[i] }
	links := []link{{0, 1, 0.9}, {2, 3, 0.95}, {0, 3, 0.8}}
	tests := []struct {
		name   string
		nested func(i, j int) bool
		th     float64
		want   [][]int
	}{
		{"no nesting asked: one item per article", nil, 0.5, [][]int{{0, 1}, {2, 3}}},
		{"article 1's items nest", func(i, j int) bool { return i+j == 3 }, 0.5, [][]int{{0, 1, 2, 3}}},
		{"article 1's items do not nest", func(int, int) bool { return false }, 0.5, [][]int{{0, 1}, {2, 3}}},
		{"nested but no pair across reaches the threshold", func(i, j int) bool { return i+j == 3 }, 0.85, [][]int{{0, 1}, {2, 3}}},
	}
	for _, tt := range tests {
		if got := linkGroups(4, links, tt.th, LinkSingle, docOf, tt.nested); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestNestedFragmentUtterance: an article that quotes a fragment of an
// utterance and the full sentence it comes from reports it once, by the
// full sentence, in one utterance with the other outlets' fragment and
// full print; the one-report-per-article rule kept the two prints in two
// utterances.
func TestNestedFragmentUtterance(t *testing.T) {
	full := "If it’s a legitimate rape, the female body has ways to try to shut that whole thing down,"
	a1 := art("a1", "x.com", "2012-08-20", "Akin spoke of “legitimate rape” on Sunday.",
		[]storyline.Quote{{Text: "legitimate rape", Speaker: "Todd Akin", Kind: storyline.QuotePartial}}, nil)
	a2 := art("a2", "y.com", "2012-08-20", "Akin said “legitimate rape” was rare. “"+full+"” Akin said.",
		[]storyline.Quote{{Text: "legitimate rape", Speaker: "Todd Akin", Kind: storyline.QuotePartial}, {Text: full, Speaker: "Todd Akin", Kind: storyline.QuoteDirect}}, nil)
	a3 := art("a3", "z.com", "2012-08-20", "“"+full+"” he told KTVI.",
		[]storyline.Quote{{Text: full, Speaker: "Todd Akin", Kind: storyline.QuoteDirect}}, nil)
	q := NewQuoteSet(&storyline.Story{ID: "s"}, []*storyline.Article{a1, a2, a3})
	// alike reports link surely; a fragment and its sentence (jaccard 2/16) above 0.5
	m := &GroupModel{Standardized: logit.Standardized{Features: []string{FeatJaccard}, Mean: []float64{0}, Scale: []float64{1}, Weights: []float64{10}, Bias: -0.5}, Threshold: 0.5, Link: LinkSingle}
	if err := m.Prepare(); err != nil {
		t.Fatal(err)
	}
	us := q.Utterances(m)
	if len(us) != 1 || len(us[0].Reports) != 3 {
		t.Fatalf("utterances %+v, want one of three reports", us)
	}
	for _, r := range us[0].Reports {
		if r.Article == "a2" && !strings.Contains(r.Text, "female body") {
			t.Errorf("a2 reported by %q, want its full sentence", r.Text)
		}
	}
}

// TestPairFeatures: the features of a pair say what a reader sees: a
// fragment is contained, a changed word keeps most word pairs, a bracketed
// insertion is dropped and marked, speakers compare by surname.
func TestPairFeatures(t *testing.T) {
	rep := func(doc int, text, speaker, cue string) *qrep {
		written := writtenWords(text)
		caps, number := wordShapes(written)
		ws := foldWords(written)
		return &qrep{doc: doc, words: ws, speaker: speaker, cue: cue,
			content: wordSet(ws, true), elided: elided(text), caps: caps, number: number}
	}
	partial := func(r *qrep) *qrep { r.partial = true; return r }
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
			map[string]float64{FeatSpeakerDiff: 1, FeatContained: 1, FeatSpeakerOne: 0, FeatNameShort: 1.0 / 4}},
		{"a term both quote in passing", partial(rep(0, "radical Islam", "", "")), partial(rep(1, "Radical Islam", "Trump", "")),
			map[string]float64{FeatBothPartial: 1, FeatShortPartial: 0, FeatSpeakerOne: 1, FeatNameShort: 1, FeatNumberShort: 0}},
		{"a fragment of a sentence quoted whole", partial(rep(0, "the 47 percent", "Romney", "")), rep(1, "There are 47 percent who will vote for the president", "Romney", ""),
			map[string]float64{FeatBothPartial: 0, FeatShortPartial: 1, FeatNumberShort: 1, FeatNameShort: 0}},
		{"I is no name", rep(0, "I think I can", "", ""), rep(1, "I think I can win", "", ""),
			map[string]float64{FeatNameShort: 0, FeatShortPartial: 0}},
	}
	for _, tt := range tests {
		x := newPairScorer([]*qrep{tt.a, tt.b}).features(tt.a, tt.b)
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
		m := &GroupModel{Standardized: logit.Standardized{Features: []string{FeatRunLog}, Mean: []float64{0}, Scale: []float64{1}, Weights: []float64{0}, Bias: tt.bias}, Threshold: 0.5, Link: LinkSingle}
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
	a3 := art("a3", "z.com", "2020-01-02", "The tweet named “Comey and others”. Comey & others deny it; Comey and others also.",
		[]storyline.Quote{{Text: "Comey and others", Kind: storyline.QuoteDirect}}, nil)
	docs := []*doc{newDoc(a1), newDoc(a2), newDoc(a3)}
	reps := quoteReports(docs)
	countFreeUses(docs, reps)
	tests := []struct {
		rep, free int
	}{
		{0, 1}, // "Radical Islam is the issue." stands unquoted once
		{1, 1},
		{2, 0},
		{3, 2}, // "&" stands for "and" in the body as in a quotation
	}
	for _, tt := range tests {
		if r := reps[tt.rep]; r.free != tt.free {
			t.Errorf("%v: free %d, want %d", r.words, r.free, tt.free)
		}
	}
}

// BenchmarkStory compares a story of size articles, each quoting the same
// three utterances and seven of its own among 40 sentences.
func BenchmarkStory(b *testing.B) {
	for _, size := range []int{3, 30, 100} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			var arts []*storyline.Article
			for a := range size {
				var body strings.Builder
				var quotes []storyline.Quote
				for k := range 40 {
					text := fmt.Sprintf("Officials said the storm number %d hit the coast near town %d", k, a)
					if k < 10 {
						text = fmt.Sprintf("We will rebuild the harbour and the school number %d before winter", k)
						if k >= 3 {
							text += fmt.Sprintf(" said in article %d", a)
						}
						start := utf8.RuneCountInString(body.String()) + 1
						quotes = append(quotes, storyline.Quote{Text: text, Speaker: "Jane Doe", Kind: storyline.QuoteDirect, Start: start, End: start + utf8.RuneCountInString(text)})
						fmt.Fprintf(&body, "“%s,” she said. ", text)
						continue
					}
					body.WriteString(text + ". ")
				}
				arts = append(arts, &storyline.Article{ID: fmt.Sprintf("a%d", a), Source: fmt.Sprintf("s%d.com", a), Body: body.String(), Quotes: quotes})
			}
			s := &storyline.Story{ID: "s"}
			b.ResetTimer()
			for range b.N {
				Story(s, arts)
			}
		})
	}
}

// TestLinkGroupsAgainstNaive: the incremental grouping gives the groups of
// the plain one (every pair of groups rescored after each join) on random
// stories, under every rule.
func TestLinkGroupsAgainstNaive(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		n := 2 + rnd.IntN(14)
		docs := make([]int, n)
		for i := range docs {
			docs[i] = rnd.IntN(4)
		}
		var links []link
		for i := range n {
			for j := i + 1; j < n; j++ {
				if docs[i] != docs[j] && rnd.IntN(3) > 0 {
					links = append(links, link{i, j, float64(rnd.IntN(10)) / 10})
				}
			}
		}
		docOf := func(i int) int { return docs[i] }
		for _, rule := range []string{LinkSingle, LinkAverage, LinkComplete} {
			th := float64(1+rnd.IntN(8)) / 10
			got := linkGroups(n, links, th, rule, docOf, nil)
			want := naiveLinkGroups(n, links, th, rule, docOf)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("trial %d %s at %v: %v, want %v (links %v, docs %v)", trial, rule, th, got, want, links, docs)
			}
		}
	}
}

// naiveLinkGroups is the plain grouping the incremental one must match.
func naiveLinkGroups(n int, links []link, threshold float64, rule string, docOf func(int) int) [][]int {
	group := make([]int, n) // item -> group id (the group's lowest item)
	members := make([][]int, n)
	docs := make([]map[int]bool, n)
	for i := range group {
		group[i] = i
		members[i] = []int{i}
		docs[i] = map[int]bool{docOf(i): true}
	}
	type agg struct {
		sum, lo, hi float64
		count       int
	}
	for {
		byPair := map[[2]int]*agg{}
		for _, l := range links {
			a, b := group[l.i], group[l.j]
			if a == b {
				continue
			}
			k := [2]int{min(a, b), max(a, b)}
			g := byPair[k]
			if g == nil {
				g = &agg{lo: math.Inf(1), hi: math.Inf(-1)}
				byPair[k] = g
			}
			g.sum += l.p
			g.lo, g.hi = min(g.lo, l.p), max(g.hi, l.p)
			g.count++
		}
		best, bestP := [2]int{-1, -1}, math.Inf(-1)
		for k, g := range byPair {
			if overlaps(docs[k[0]], docs[k[1]]) {
				continue
			}
			all := len(members[k[0]]) * len(members[k[1]])
			var p float64
			switch rule {
			case LinkSingle:
				p = g.hi
			case LinkComplete:
				p = g.lo
				if g.count < all {
					p = 0
				}
			default:
				p = g.sum / float64(all)
			}
			if p < threshold {
				continue
			}
			if p > bestP || p == bestP && (k[0] < best[0] || k[0] == best[0] && k[1] < best[1]) {
				best, bestP = k, p
			}
		}
		if best[0] < 0 {
			break
		}
		a, b := best[0], best[1]
		for _, x := range members[b] {
			group[x] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		for d := range docs[b] {
			docs[a][d] = true
		}
	}
	var out [][]int
	at := map[int]int{}
	for i := 0; i < n; i++ {
		k, ok := at[group[i]]
		if !ok {
			k = len(out)
			at[group[i]] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// TestQuoteFeatureOrder: pairFeatures fills its vector by position; the
// positions it writes must be the places of these names in QuoteFeatures,
// so that a reordering of the list fails here and not silently in a model.
func TestQuoteFeatureOrder(t *testing.T) {
	want := []string{FeatPairsShort, FeatPairsLong, FeatRunShort, FeatRunLog, FeatContained,
		FeatJaccard, FeatLenRatio, FeatShortLog, FeatContentShort, FeatRareShort, FeatRareLog,
		FeatSpeakerSame, FeatSpeakerDiff, FeatCueDiff, FeatElided, FeatMutualBest,
		FeatShortContent, FeatOneContent, FeatRunContent, FeatDiffRun, FeatFreeUses,
		FeatSpeakerOne, FeatBothPartial, FeatShortPartial, FeatNameShort, FeatNumberShort}
	if !slices.Equal(QuoteFeatures, want) {
		t.Errorf("QuoteFeatures = %v,\nwant the order pairFeatures writes: %v", QuoteFeatures, want)
	}
	if i := slices.Index(QuoteFeatures, FeatMutualBest); i != mutualBestFeature {
		t.Errorf("FeatMutualBest is at %d, mutualBestFeature says %d", i, mutualBestFeature)
	}
}

// TestDropSubsumed: a lone report is no utterance of one source when its
// article already reports the utterance in a group and another outlet in
// that group prints its words in a row; short pieces and pieces of groups
// its article is not in stay.
func TestDropSubsumed(t *testing.T) {
	mk := func(doc int, text string) *qrep {
		ws := foldWords(writtenWords(text))
		return &qrep{doc: doc, words: ws, content: wordSet(ws, true)}
	}
	full := "This decision should be deeply troubling to all Americans. A lengthy investigation failed to produce a shred of evidence"
	tests := []struct {
		name string
		reps []*qrep
		want [][]int
	}{
		{"second piece of a grouped utterance", []*qrep{mk(0, "A lengthy investigation failed"), mk(1, full), mk(0, "This decision should be deeply troubling")},
			[][]int{{0, 1}}},
		{"too short to stand for an utterance", []*qrep{mk(0, "A lengthy investigation failed"), mk(1, full), mk(0, "This decision")},
			[][]int{{0, 1}, {2}}},
		{"its article is not in the group", []*qrep{mk(2, "A lengthy investigation failed"), mk(1, full), mk(0, "This decision should be deeply troubling")},
			[][]int{{0, 1}, {2}}},
		{"words not in a row", []*qrep{mk(0, "A lengthy investigation failed"), mk(1, full), mk(0, "This troubling decision should be deeply")},
			[][]int{{0, 1}, {2}}},
	}
	for _, tt := range tests {
		within := make([][]int, len(tt.reps))
		got := dropSubsumed([][]int{{0, 1}, {2}}, within, tt.reps)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSameSpeaker: one speaker across articles is the same last word, or a
// name of two words or more that the other holds as a run; one word inside
// a longer name, two different surnames, or a name and the same with a
// suffix (Jr., III), are not.
func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Donald J. Trump", "Trump", true},
		{"Jim Mattis", "James Mattis", true},
		{"St. Louis Tea Party Coalition", "St. Louis Tea Party", true},
		{"tea party", "St. Louis Tea Party Coalition", true},
		{"Senate", "Senate Republicans", false},
		{"Harry Reid", "Jim Manley", false},
		{"Tea Party Express", "St. Louis Tea Party Coalition", false},
		{"Donald Trump", "Donald Trump Jr.", false},
		{"Donald Trump Jr.", "Trump", false},
		{"", "Trump", false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
