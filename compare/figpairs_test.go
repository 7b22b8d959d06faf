package compare

import (
	"math"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestEmbeddedFigureModel(t *testing.T) {
	m, err := LoadFigureModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 || len(m.Features) == 0 {
		t.Errorf("threshold %v, %d features", m.Threshold, len(m.Features))
	}
	if DefaultOptions().figureModel() == nil {
		t.Error("the learned decision is the default: DefaultOptions must ask for the embedded figure model")
	}
	if (Options{LearnedFigures: true}).figureModel() == nil {
		t.Error("LearnedFigures: want the embedded model")
	}
	if (Options{}).figureModel() != nil {
		t.Error("no LearnedFigures, no Figures: want the hand decision")
	}
}

func TestParseFigureModel(t *testing.T) {
	tests := []struct {
		name, json string
		ok         bool
	}{
		{"good", `{"features":["hand"],"mean":[0],"scale":[1],"weights":[1],"bias":0,"threshold":0.5,"pool":0.3}`, true},
		{"unknown feature", `{"features":["nope"],"mean":[0],"scale":[1],"weights":[1],"threshold":0.5}`, false},
		{"lengths differ", `{"features":["hand"],"mean":[0,1],"scale":[1],"weights":[1],"threshold":0.5}`, false},
		{"not JSON", `{`, false},
	}
	for _, tt := range tests {
		if _, err := ParseFigureModel([]byte(tt.json)); (err == nil) != tt.ok {
			t.Errorf("%s: err %v, want ok %v", tt.name, err, tt.ok)
		}
	}
}

// TestFigureHead: the head of what a number counts is the plural noun
// its first word modifies, across at most two words, never across a dash
// or a function word; "" when the counted noun is its own head.
func TestFigureHead(t *testing.T) {
	tests := []struct{ in, head string }{
		{"Crews used at least two ladder trucks at the fire.", "truck"},
		{"He got seven consecutive life sentences.", "sentence"},
		{"Five Democratic senators voted no.", "senator"},
		{"Police said 12 people were injured.", ""},
		{"He was sentenced to 25 years in prison.", ""},
		{"It killed three bank workers-two women and a man.", ""},
		{"It sent three fire engine to the scene.", ""},                      // no plural within reach: the first word stays
		{"Any of the 1,247 animal and 747 plant species listed.", "species"}, // two counts share the head of the second
		{"It has 1,247 animal and other species.", ""},                       // no number after the "and": no shared head
	}
	for _, tt := range tests {
		qs := Figures(tt.in, nil)
		if len(qs) == 0 {
			t.Errorf("%q: no figure", tt.in)
			continue
		}
		if qs[0].head != tt.head {
			t.Errorf("%q: head %q, want %q", tt.in, qs[0].head, tt.head)
		}
	}
}

// TestFigureBound: a bound ("at least", "more than", "up to") is not a
// hedge, and neither is "only".
func TestFigureBound(t *testing.T) {
	tests := []struct {
		in                   string
		bound, below, approx bool
	}{
		{"At least 50 people were killed.", true, false, false},
		{"More than 200 troops left.", true, false, false},
		{"Up to 10 trucks came.", true, true, false},
		{"Fewer than 20 trucks came.", true, true, false},
		{"At most 5 trucks came.", true, true, false},
		{"About 50 people were killed.", false, false, true},
		{"Only 5 people came.", false, false, false},
		{"Fifty people came.", false, false, false},
	}
	for _, tt := range tests {
		qs := Figures(tt.in, nil)
		if len(qs) != 1 {
			t.Errorf("%q: %d figures", tt.in, len(qs))
			continue
		}
		if qs[0].Bound != tt.bound || qs[0].Below != tt.below || qs[0].Approx != tt.approx {
			t.Errorf("%q: bound %v below %v approx %v, want %v %v %v", tt.in, qs[0].Bound, qs[0].Below, qs[0].Approx, tt.bound, tt.below, tt.approx)
		}
	}
}

// TestWithinBound: a value on the allowed side of another's bound does
// not contradict it; one the bound rules out does.
func TestWithinBound(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"at least two ladder trucks", "three ladder trucks", true},
		{"over $142 million", "$140 million", false},
		{"up to 10 trucks", "eight trucks", true},
		{"up to 10 trucks", "12 trucks", false},
		{"at least 50 people", "more than 200 people", true},
		{"12 people", "18 people", false},
	}
	for _, tt := range tests {
		a, b := Figures(tt.a, nil), Figures(tt.b, nil)
		if len(a) != 1 || len(b) != 1 {
			t.Errorf("%q, %q: %d and %d figures", tt.a, tt.b, len(a), len(b))
			continue
		}
		if got := withinBound(a[0], b[0]); got != tt.want || withinBound(b[0], a[0]) != tt.want {
			t.Errorf("withinBound(%q, %q) = %v, want %v both ways", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFigureFrames: who a count is of, when it held and what stretch it
// covers come from its sentence, the figure's own words aside; a tally is
// "N of M".
func TestFigureFrames(t *testing.T) {
	body := "Cheeks spent 11 seasons in Philadelphia. Klitschko landed 178 of 369 punches thrown. He was arrested three times since October in 2012."
	a := art("a", "x.com", "", body, nil, nil)
	s, e := find(body, "Cheeks")
	a.Entities = []storyline.ArticleEntity{{Name: "Maurice Cheeks", Type: storyline.Person, Mentions: []storyline.Span{{Start: s, End: e}}}}
	reps := figureReports([]*doc{newDoc(a)})
	tests := []struct {
		text   string
		people []string
		years  []string
		frames []string
		tally  bool
	}{
		{"11 seasons", []string{"cheeks"}, nil, nil, false},
		{"369 punches", nil, nil, nil, true},
		{"three times", nil, []string{"2012"}, []string{"since"}, false},
	}
	for _, tt := range tests {
		var r *frep
		for _, x := range reps {
			if body := []rune(body); string(body[x.q.Start:x.q.End]) == tt.text {
				r = x
			}
		}
		if r == nil {
			t.Errorf("%q: no figure", tt.text)
			continue
		}
		if !hasKeys(r.people, tt.people) || !hasKeys(r.years, tt.years) || !hasKeys(r.frames, tt.frames) || r.tally != tt.tally {
			t.Errorf("%q: people %v years %v frames %v tally %v, want %v %v %v %v", tt.text, r.people, r.years, r.frames, r.tally, tt.people, tt.years, tt.frames, tt.tally)
		}
	}
}

func hasKeys(m map[string]bool, want []string) bool {
	if len(m) != len(want) {
		return false
	}
	for _, w := range want {
		if !m[w] {
			return false
		}
	}
	return true
}

// TestFigurePairs: only candidate pairs whose values differ are the
// model's decision, and their features say what the two figures share.
func TestFigurePairs(t *testing.T) {
	feat := func(x []float64, name string) float64 { return x[slices.Index(FigureFeatures, name)] }
	tests := []struct {
		name  string
		a, b  string
		pairs int
		want  map[string]float64
	}{
		{"a toll that differs", "Police said 12 people were injured in the riots in Athens.",
			"Police said at least 18 people had been injured in the riots in Athens.", 1,
			map[string]float64{FeatHand: 1, FeatBound: 1, FeatHarm: 1, FeatWhatSame: 1, FeatHeadSame: 1, FeatFrame: 1, FeatOwnValues: 0}},
		{"equal values are not a decision", "Police said 12 people were injured.", "Officials said 12 people were injured.", 0, nil},
		{"an article that states two values of the noun", "Crews sent two trucks at first and three trucks later.",
			"The department sent four trucks.", 2,
			map[string]float64{FeatBound: 0, FeatHarm: 0, FeatOwnValues: math.Log(2)}},
		{"values orders apart are no candidates", "10,000 people marched.", "Three people marched.", 0, nil},
	}
	for _, tt := range tests {
		arts := []*storyline.Article{art("a", "x.com", "2024-01-01", tt.a, nil, nil), art("b", "y.com", "2024-01-01", tt.b, nil, nil)}
		fs := NewFigureSet(&storyline.Story{}, arts, DefaultOptions())
		ps := fs.Pairs()
		if len(ps) != tt.pairs {
			t.Errorf("%s: %d pairs %+v, want %d", tt.name, len(ps), ps, tt.pairs)
			continue
		}
		if len(ps) == 0 {
			continue
		}
		for name, v := range tt.want {
			if got := feat(ps[0].X, name); got != v {
				t.Errorf("%s: %s = %v, want %v", tt.name, name, got, v)
			}
		}
		if len(ps[0].X) != len(FigureFeatures) {
			t.Errorf("%s: %d features, want %d", tt.name, len(ps[0].X), len(FigureFeatures))
		}
	}
}

// TestFigureSetGroup: the threshold decides the pairs whose values differ,
// never the ones that agree.
func TestFigureSetGroup(t *testing.T) {
	arts := []*storyline.Article{
		art("a", "x.com", "", "Police said 12 people were injured in the riots in Athens.", nil, nil),
		art("b", "y.com", "", "Police said 18 people had been injured in the riots in Athens.", nil, nil),
		art("c", "z.com", "", "Police said 12 people were injured in the riots in Athens.", nil, nil),
	}
	fs := NewFigureSet(&storyline.Story{}, arts, DefaultOptions())
	tests := []struct {
		prob    float64
		differ  int
		figures int
	}{
		{0.9, 1, 1}, // one quantity, stated two ways
		{0.1, 0, 1}, // 12 and 12 agree; 18 stands alone
	}
	for _, tt := range tests {
		probs := make([]float64, len(fs.Pairs()))
		for k := range probs {
			probs[k] = tt.prob
		}
		figs, _ := fs.Group(probs, 0.5, 0, false)
		differ := 0
		for _, f := range figs {
			if !f.Agree {
				differ++
			}
		}
		if differ != tt.differ || len(figs) != tt.figures {
			t.Errorf("prob %v: %d figures (%d disagreeing) %+v, want %d (%d)", tt.prob, len(figs), differ, figs, tt.figures, tt.differ)
		}
	}
}

// TestFigureOneWriter: with FigureOneWriter, two figures of different
// values never join when either article states both values; without it
// they may.
func TestFigureOneWriter(t *testing.T) {
	a := "During the operation, six rifles and 12 magazines of ammunition were seized by the navy. So far the navy has seized a total of 31 magazines of ammunition."
	b := "The navy said 31 magazines of ammunition were seized during the operation."
	tests := []struct {
		oneWriter bool
		differ    int
	}{
		{false, 1},
		{true, 0},
	}
	for _, tt := range tests {
		arts := []*storyline.Article{art("a", "x.com", "", a, nil, nil), art("b", "y.com", "", b, nil, nil), art("c", "z.com", "", "The navy said 12 magazines of ammunition were seized during the operation.", nil, nil)}
		o := DefaultOptions()
		o.FigureOneWriter = tt.oneWriter
		figs, _ := figures([]*doc{newDoc(arts[0]), newDoc(arts[1]), newDoc(arts[2])}, o)
		differ := 0
		for _, f := range figs {
			if !f.Agree {
				differ++
			}
		}
		if differ != tt.differ {
			t.Errorf("one writer %v: %d disagreements %+v, want %d", tt.oneWriter, differ, figs, tt.differ)
		}
	}
}

// TestHandApart: the hand decision's options keep apart figures of one
// noun that count different things: another modifier of the head, a box
// score's many values, another time frame; off, the same pair disagrees.
func TestHandApart(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		set  func(*Options)
	}{
		{"modifier", "The agency lists 1,247 animal species as endangered under the act.",
			"The agency lists 1,009 species as endangered under the act.",
			func(o *Options) { o.FigureModifierApart = true }},
		{"box score", "Smith rushed for 120 yards, passed for 200 yards and caught passes for 30 yards against Dallas.",
			"Smith rushed for 110 yards against Dallas.",
			func(o *Options) { o.FigureMaxOwn = 2 }},
		{"time frame", "He was arrested four times on charges of larceny.",
			"He was arrested three times since October on charges of larceny.",
			func(o *Options) { o.FigureFrameApart = true }},
	}
	for _, tt := range tests {
		for _, on := range []bool{false, true} {
			o := DefaultOptions()
			// the hand decision alone: the learned one weighs these
			// options' evidence as features, not as rules
			o.FigureModifierApart, o.FigureMaxOwn, o.LearnedFigures = false, 0, false
			if on {
				tt.set(&o)
			}
			docs := []*doc{newDoc(art("a", "x.com", "", tt.a, nil, nil)), newDoc(art("b", "y.com", "", tt.b, nil, nil))}
			figs, _ := figures(docs, o)
			differ := 0
			for _, f := range figs {
				if !f.Agree {
					differ++
				}
			}
			if want := map[bool]int{false: 1, true: 0}[on]; differ != want {
				t.Errorf("%s, option on %v: %d disagreements %+v, want %d", tt.name, on, differ, figs, want)
			}
		}
	}
}

// TestInSentence: the tokens of a sentence are found by position, the
// tokens before and after it and one that crosses its end left out.
func TestInSentence(t *testing.T) {
	toks := []storyline.Token{
		{Span: storyline.Span{Start: 0, End: 3}, Text: "One"}, {Span: storyline.Span{Start: 4, End: 9}, Text: "said."},
		{Span: storyline.Span{Start: 10, End: 13}, Text: "Two"}, {Span: storyline.Span{Start: 14, End: 18}, Text: "more"},
		{Span: storyline.Span{Start: 19, End: 24}, Text: "words"},
	}
	tests := []struct {
		sent storyline.Span
		want []string
	}{
		{storyline.Span{Start: 0, End: 9}, []string{"One", "said."}},
		{storyline.Span{Start: 10, End: 24}, []string{"Two", "more", "words"}},
		{storyline.Span{Start: 10, End: 20}, []string{"Two", "more"}},
		{storyline.Span{Start: 25, End: 30}, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range inSentence(toks, tt.sent) {
			got = append(got, tok.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("inSentence(%v) = %q, want %q", tt.sent, got, tt.want)
		}
	}
}
