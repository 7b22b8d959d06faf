package cluster

import (
	"context"
	"slices"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/logit"
)

func TestJoinModelEmbedded(t *testing.T) {
	m, err := LoadJoinModel()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Features) == 0 || m.Threshold <= 0 || m.Threshold >= 1 || m.DecayDays <= 0 {
		t.Errorf("embedded model: %d features, threshold %v, decay %v", len(m.Features), m.Threshold, m.DecayDays)
	}
	for _, f := range m.Features {
		if !slices.Contains(JoinFeatures, f) {
			t.Errorf("unknown feature %q", f)
		}
	}
	bad := JoinModel{Standardized: logit.Standardized{Features: []string{"no such"}, Mean: []float64{0}, Scale: []float64{1}, Weights: []float64{1}}}
	if bad.Prepare() == nil {
		t.Error("a model with an unknown feature prepared")
	}
}

// TestTimeDecay checks that, with the hand-set bars and with the learned
// model, a report of the same event joins its story within days and starts
// a new story a year on, all else equal: an event of 2019 does not absorb an
// article of 2020, unless that article names the day or month of the
// story's event (a trial goes back to its crime).
func TestTimeDecay(t *testing.T) {
	for _, o := range []struct {
		name string
		opt  Options
	}{{"hand", DefaultOptions()}, {"learned", LearnedOptions()}} {
		t.Run(o.name, func(t *testing.T) { testTimeDecay(t, o.opt) })
	}
}

func testTimeDecay(t *testing.T, opt Options) {
	for _, tc := range []struct {
		name  string
		later string
		names string // a date the later report names
		join  bool
	}{
		{"same day", "2019-03-01", "", true},
		{"next day", "2019-03-02", "", true},
		{"a year on", "2020-03-01", "", false},
		{"two years on", "2021-03-02", "", false},
		{"a year on, naming a day of another year", "2020-03-01", "2017-08-20", false},
		{"a year on, naming the day", "2020-03-01", "2019-03-01", true},
		{"a year on, naming the month", "2020-03-01", "2019-03", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := newSynth(5)
			var docs []*storyline.Doc
			for range 40 { // ten other stories: some collection statistics
				docs = append(docs, g.article())
			}
			first := &storyline.Doc{Article: &storyline.Article{ID: "first", Title: "Rhine floods Cologne old town",
				Published: "2019-03-01", Source: "a.example", Body: floodReport1}}
			second := &storyline.Doc{Article: &storyline.Article{ID: "second", Title: "Cologne closes promenade as Rhine rises",
				Published: tc.later, Source: "b.example", Body: floodReport2}}
			if tc.names != "" {
				second.Article.Dates = []storyline.DateMention{{Text: "then", Date: tc.names, Start: 10, End: 14}}
			}
			docs = append(docs, first, second)
			c := New(opt)
			if _, err := c.Assign(context.Background(), docs); err != nil {
				t.Fatal(err)
			}
			if joined := first.Article.Story == second.Article.Story; joined != tc.join {
				t.Errorf("joined = %v, want %v", joined, tc.join)
			}
		})
	}
}

// TestExamples checks the teacher-forced pairs: each article is scored
// against the candidate stories, and Same says whether a candidate holds
// its gold event.
func TestExamples(t *testing.T) {
	g := newSynth(3)
	var docs []*storyline.Doc
	label := map[string]string{}
	for i := range 24 { // six events of four articles
		d := g.article()
		label[d.Article.ID] = string(rune('a' + i/4))
		docs = append(docs, d)
	}
	ex, err := Examples(context.Background(), docs, func(id string) string { return label[id] }, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	same := 0
	for _, e := range ex {
		if len(e.X) != len(JoinFeatures) {
			t.Fatalf("%d features, want %d", len(e.X), len(JoinFeatures))
		}
		if e.Same {
			same++
			if e.X[0] <= 0 {
				t.Errorf("%s: same event with text similarity %v", e.Article, e.X[0])
			}
		}
	}
	// Every article after an event's first has its own story among the
	// candidates: 6 events × 3.
	if same != 18 {
		t.Errorf("%d same-event pairs, want 18", same)
	}
}

const floodReport1 = `Heavy rain swelled the Rhine at Cologne on Friday, and the city closed its riverside promenade. Mayor Henriette Reker said crews of the Cologne fire brigade had built mobile barriers along the Altstadt. The water reached 8.5 metres at the Cologne gauge, the highest level since 2003, and shipping was halted between Bonn and Düsseldorf. Reker urged residents of Rodenkirchen to move their cars from low streets. The Rhine is expected to crest on Sunday near 9 metres, the flood office in Mainz said.`

const floodReport2 = `Cologne shut its riverside promenade on Friday as the Rhine rose to 8.5 metres, its highest since 2003. Firefighters put up mobile flood barriers in the Altstadt, Mayor Henriette Reker told reporters, and she asked people in Rodenkirchen to park on higher ground. Barges were stopped on the stretch from Bonn to Düsseldorf. Forecasters in Mainz expect the Rhine to peak near 9 metres on Sunday.`

// TestFarGap checks the gap the time decay counts: the event days' own
// gap, or the distance from a day or month the article names to the
// story's nearest day when that is less; never more than the gap.
func TestFarGap(t *testing.T) {
	d := func(s string) int { n, _ := day(s); return n }
	spans := func(dates ...string) [][2]int {
		var ms []storyline.DateMention
		for _, x := range dates {
			ms = append(ms, storyline.DateMention{Date: x})
		}
		return saidSpans(ms)
	}
	story := &story{days: []int{d("2019-03-01"), d("2019-03-03")}}
	for _, tc := range []struct {
		name string
		day  string
		said [][2]int
		want int
	}{
		{"within a month: the gap", "2019-03-20", spans("2019-03-02"), 17},
		{"a year on, naming nothing", "2020-03-03", nil, 366},
		{"a year on, naming the day", "2020-03-03", spans("2019-03-01"), 0},
		{"a year on, naming the month", "2020-03-03", spans("2019-03"), 0},
		{"a year on, naming the month before", "2020-03-03", spans("2019-02"), 1},
		{"a year on, naming a day after", "2020-03-03", spans("2019-04-10"), 38},
		{"a year on, naming a later day still", "2020-03-03", spans("2020-03-02"), 365},
		{"a year on, a year alone is no span", "2020-03-03", spans("2019"), 366},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &features{day: d(tc.day), said: tc.said}
			if got := farGap(f, story, nearest(f.day, story.days)); got != tc.want {
				t.Errorf("farGap = %d, want %d", got, tc.want)
			}
		})
	}
}
