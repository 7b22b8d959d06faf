package compare

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/text"
)

// art builds an article whose quotes and dates are found by their words,
// so the test states offsets by text, not by counting.
func art(id, source, published, body string, quotes []storyline.Quote, dates []storyline.DateMention) *storyline.Article {
	a := &storyline.Article{ID: id, Source: source, Published: published, Body: body}
	for _, q := range quotes {
		q.Start, q.End = find(body, q.Text)
		a.Quotes = append(a.Quotes, q)
	}
	for _, d := range dates {
		d.Start, d.End = find(body, d.Text)
		a.Dates = append(a.Dates, d)
	}
	return a
}

func find(body, s string) (int, int) {
	i := strings.Index(body, s)
	if i < 0 {
		panic("not in body: " + s)
	}
	start := utf8.RuneCountInString(body[:i])
	return start, start + utf8.RuneCountInString(s)
}

func storyFixture() (*storyline.Story, []*storyline.Article) {
	a1 := art("a1", "nytimes.com", "2011-03-29",
		"Justice Ginsburg spoke on Monday. “If somebody tells you how to exercise discretion, you don’t have discretion,” she said. The storm killed 52 people. The state will spend $1.2 billion on roads.",
		[]storyline.Quote{{Text: "If somebody tells you how to exercise discretion, you don’t have discretion,", Speaker: "Ruth Bader Ginsburg", Kind: storyline.QuoteDirect}},
		[]storyline.DateMention{{Text: "on Monday", Date: "2011-03-28"}})
	a2 := art("a2", "foxnews.com", "2011-03-29",
		"Ginsburg said: “If somebody tells you how to exercise discretion,” and left it there. At least 50 people were killed by the storm, officials said. Roads will get $1.2 billion from the state. “We will rebuild,” the mayor said. It began in 2010.",
		[]storyline.Quote{
			{Text: "If somebody tells you how to exercise discretion,", Speaker: "Ginsburg", Kind: storyline.QuoteDirect},
			{Text: "We will rebuild,", Speaker: "Jane Doe", Kind: storyline.QuoteDirect},
		},
		[]storyline.DateMention{{Text: "2010", Date: "2010"}})
	a3 := art("a3", "", "", "Nothing was said here about anything in particular, really.", nil, nil)
	return &storyline.Story{ID: "s-1", Articles: []string{"a1", "a2", "a3"}}, []*storyline.Article{a3, a2, a1}
}

func TestStory(t *testing.T) {
	s, arts := storyFixture()
	Story(s, arts)
	c := s.Comparison
	if c == nil {
		t.Fatal("no comparison")
	}
	if len(c.Sources) != 3 || c.Sources[0].Source != "foxnews.com" && c.Sources[0].Source != "nytimes.com" || c.Sources[2].Source != "" {
		t.Errorf("sources = %+v", c.Sources)
	}
	var grouped *storyline.Utterance
	for i, u := range c.Quotes {
		if len(u.Reports) == 2 {
			grouped = &c.Quotes[i]
		}
	}
	if grouped == nil || grouped.Wording != storyline.WordingVariant || grouped.Speaker != "Ruth Bader Ginsburg" {
		t.Fatalf("quotes = %+v", c.Quotes)
	}
	var killed, dollars *storyline.Figure
	for i, f := range c.Figures {
		switch f.What {
		case "people killed":
			killed = &c.Figures[i]
		case "dollar":
			dollars = &c.Figures[i]
		}
	}
	if killed == nil || killed.Agree || len(killed.Values) != 2 {
		t.Errorf("people killed = %+v (figures %+v)", killed, c.Figures)
	}
	if dollars == nil || !dollars.Agree || dollars.Values[0].Value != 1.2e9 {
		t.Errorf("dollars = %+v", dollars)
	}
	if len(c.Figures) > 0 && c.Figures[0].Agree {
		t.Errorf("disagreements must come first: %+v", c.Figures)
	}
	single := false
	for _, it := range c.SingleSource {
		if it.Kind == "quote" && strings.Contains(it.Text, "We will rebuild") {
			single = true
		}
	}
	if !single {
		t.Errorf("single_source = %+v", c.SingleSource)
	}
	if len(s.Timeline) != 2 || s.Timeline[0].Date != "2010" || s.Timeline[1].Date != "2011-03-28" || s.Timeline[1].What == "" {
		t.Errorf("timeline = %+v", s.Timeline)
	}
	checkOffsets(t, s, arts)
}

// checkOffsets: every text is the article's own words at start..end.
func checkOffsets(t *testing.T, s *storyline.Story, arts []*storyline.Article) {
	t.Helper()
	bodies := map[string][]rune{}
	for _, a := range arts {
		bodies[a.ID] = []rune(a.Body)
	}
	check := func(kind string, r storyline.Report) {
		b, ok := bodies[r.Article]
		if !ok || r.Start < 0 || r.End > len(b) || r.Start >= r.End {
			t.Errorf("%s: bad span %+v", kind, r)
			return
		}
		if got := string(b[r.Start:r.End]); got != r.Text {
			t.Errorf("%s: text %q is not the body's %q", kind, r.Text, got)
		}
	}
	for _, u := range s.Comparison.Quotes {
		for _, r := range u.Reports {
			check("quote", r)
		}
	}
	for _, f := range s.Comparison.Figures {
		for _, v := range f.Values {
			check("figure", v.Report)
		}
	}
	for _, it := range s.Comparison.SingleSource {
		check("single", it.Report)
	}
	for _, e := range s.Timeline {
		check("timeline", storyline.Report{Article: e.Article, Text: e.Text, Start: e.Start, End: e.End})
	}
}

// TestTimelineFolds: a clause dated the same day in several articles, or
// several times in one (a gallery's caption), is one entry with the other
// articles in Also; another clause or another day stays an entry of its own.
func TestTimelineFolds(t *testing.T) {
	caption := "The harbour reopened on Monday. "
	arts := []*storyline.Article{
		art("a1", "x.com", "2020-01-07", caption+caption+"Ships waited until Tuesday.", nil, nil),
		art("a2", "y.com", "2020-01-07", caption+"Ships waited until Tuesday.", nil, nil),
		art("a3", "z.com", "2020-01-07", caption+"Ships sailed on Tuesday.", nil, nil),
	}
	for _, a := range arts {
		for i := 0; ; i++ {
			k := indexFrom(a.Body, "Monday", i)
			if k < 0 {
				break
			}
			a.Dates = append(a.Dates, storyline.DateMention{Text: "on Monday", Date: "2020-01-06", Start: k - 3, End: k + 6})
			i = k
		}
		if k := indexFrom(a.Body, "Tuesday", 0); k >= 0 {
			a.Dates = append(a.Dates, storyline.DateMention{Text: "Tuesday", Date: "2020-01-07", Start: k, End: k + 7})
		}
	}
	s := &storyline.Story{ID: "s"}
	Story(s, arts)
	var got []string
	for _, e := range s.Timeline {
		var also []string
		for _, r := range e.Also {
			also = append(also, r.Article)
		}
		got = append(got, e.Date+" "+e.Article+" "+strings.Join(also, ",")+" | "+e.What)
	}
	want := []string{
		"2020-01-06 a1 a2,a3 | The harbour reopened on Monday.",
		"2020-01-07 a1 a2 | Ships waited until Tuesday.",
		"2020-01-07 a3  | Ships sailed on Tuesday.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	checkOffsets(t, s, arts)
	body := map[string][]rune{}
	for _, a := range arts {
		body[a.ID] = []rune(a.Body)
	}
	for _, e := range s.Timeline {
		for _, r := range e.Also {
			if b := body[r.Article]; r.Start < 0 || r.End > len(b) || r.Start >= r.End || string(b[r.Start:r.End]) != e.Text {
				t.Errorf("%s also %+v: not %q in its body", e.Article, r, e.Text)
			}
		}
	}
}

// indexFrom is the byte index of sub in s at or after from, or -1.
func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	k := strings.Index(s[from:], sub)
	if k < 0 {
		return -1
	}
	return from + k
}

// TestTimelineYears: a day one article names without its year takes the
// year another article of the story writes for that day, when it writes
// one only; the order follows the day it is.
func TestTimelineYears(t *testing.T) {
	tests := []struct {
		name  string
		other []storyline.DateMention // the second article's
		want  string                  // the first article's "September 11" in the timeline
	}{
		{"written once", []storyline.DateMention{{Text: "September 11, 2001", Date: "2001-09-11"}}, "2001-09-11"},
		{"written with two years", []storyline.DateMention{{Text: "September 11, 2001", Date: "2001-09-11"}, {Text: "11 September 2012", Date: "2012-09-11"}}, "2025-09-11"},
		{"another day", []storyline.DateMention{{Text: "September 12, 2001", Date: "2001-09-12"}}, "2025-09-11"},
		{"no year written", []storyline.DateMention{{Text: "Sept. 11", Date: "2025-09-11"}}, "2025-09-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body strings.Builder
			body.WriteString("The alliance acted once before, and never since. ")
			for _, m := range tt.other {
				body.WriteString("It recalled " + m.Text + ". ")
			}
			a1 := art("a1", "", "2026-01-21", "Troops died after September 11 in the war.",
				nil, []storyline.DateMention{{Text: "September 11", Date: "2025-09-11"}})
			a2 := art("a2", "", "2026-01-21", body.String(), nil, tt.other)
			s := &storyline.Story{ID: "s-1", Articles: []string{"a1", "a2"}}
			Story(s, []*storyline.Article{a1, a2})
			got := ""
			for i, e := range s.Timeline {
				if e.Article == "a1" {
					got = e.Date
				}
				if i > 0 {
					prev, _ := dateKey(s.Timeline[i-1].Date)
					this, _ := dateKey(e.Date)
					if prev > this {
						t.Errorf("timeline out of order: %+v", s.Timeline)
					}
				}
			}
			if got != tt.want {
				t.Errorf("September 11 = %q, want %q (timeline %+v)", got, tt.want, s.Timeline)
			}
			checkOffsets(t, s, []*storyline.Article{a1, a2})
		})
	}
}

func TestStoryJSON(t *testing.T) {
	s, arts := storyFixture()
	Story(s, arts)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Comparison struct {
			Sources []map[string]any `json:"sources"`
			Figures []map[string]any `json:"figures"`
		} `json:"comparison"`
		Timeline []map[string]any `json:"timeline"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	last := m.Comparison.Sources[len(m.Comparison.Sources)-1]
	if v, ok := last["source"]; !ok || v != nil {
		t.Errorf("a source no page names must be null: %v", last)
	}
	for _, f := range m.Comparison.Figures {
		vs := f["values"].([]any)
		v := vs[0].(map[string]any)
		for _, k := range []string{"article", "source", "text", "value", "start", "end"} {
			if _, ok := v[k]; !ok {
				t.Errorf("figure value lacks %q: %v", k, v)
			}
		}
	}
}

func TestOneArticleStory(t *testing.T) {
	s := &storyline.Story{ID: "s"}
	Story(s, []*storyline.Article{{ID: "x", Body: "Short."}})
	b, _ := json.Marshal(s)
	if !strings.Contains(string(b), `"quotes":[]`) || !strings.Contains(string(b), `"timeline":[]`) {
		t.Errorf("lists must be [] not null: %s", b)
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		in    string
		text  string
		value float64
		what  string
	}{
		{"They paid $1.2 billion for it.", "$1.2 billion", 1.2e9, "dollar"},
		{"Some two dozen protesters gathered.", "Some two dozen protesters gathered", 24, "protester gathered"},
		{"At least 50 people were killed.", "At least 50 people were killed", 50, "people killed"},
		{"Support fell to 40 percent in May.", "40 percent", 40, "percent"},
		{"He was sentenced to 25 years in prison.", "25 years", 25, "year-in"},
		{"About 7,000 troops will leave.", "About 7,000 troops", 7000, "troop"},
		{"A dozen senators voted no.", "A dozen senators voted", 12, "senator voted"},
		{"Twenty-five workers were hurt.", "Twenty-five workers were hurt", 25, "worker injured"},
		{"It cost 3.5 million euros.", "3.5 million euros", 3.5e6, "euro"},
		// a scale word glued to its numeral by a hyphen, or for money written short
		{"They made off with $137-million of diamonds.", "$137-million", 137e6, "dollar"},
		{"The club lost $31.5-million last year.", "$31.5-million", 31.5e6, "dollar"},
		{"A fine of 110-billion euros was set.", "110-billion euros", 110e9, "euro"},
		{"The club paid £88m for him.", "£88m", 88e6, "pound"},
		{"It is a $1.5bn deal.", "$1.5bn", 1.5e9, "dollar"},
		{"A fee of €20k was paid.", "€20k", 20e3, "euro"},
		{"The firm, worth $2 billion, grew.", "$2 billion", 2e9, "dollar"},
		// a currency sign with its country glued to the number
		{"Damage was estimated at $US1 million.", "$US1 million", 1e6, "dollar"},
		{"It sold for $NZ2.5 billion.", "$NZ2.5 billion", 2.5e9, "dollar"},
		{"He sent 5,200 active-duty troops to the border.", "5,200 active-duty troops", 5200, "troop"},
		{"The quake killed at least six people.", "at least six people", 6, "people killed"},
		{"It left four people dead.", "four people dead", 4, "people killed"},
		{"Police said 18 people had been injured.", "18 people had been injured", 18, "people injured"},
		// a short harm verb after the noun counts the dead too
		{"Three people have died after rioters set fire to a bank.", "Three people have died", 3, "people killed"},
		{"Three people died in a burning bank.", "Three people died", 3, "people killed"},
		// lengths are stated in metres whatever unit the writer used
		{"He fell about 150 metres from a ridge.", "about 150 metres", 150, "metre"},
		{"He fell 700 meters to his death.", "700 meters", 700, "metre"},
		{"He fell about 2,000 feet while climbing.", "about 2,000 feet", 609.6, "metre"},
		// one half of a decimal split by a text dump is not a figure; the other is kept whole or not at all
		{"It lost $5. 3 million and 40 cows.", "40 cows", 40, "cow"},
		{"It covers 8. 7 acres and 40 cows.", "40 cows", 40, "cow"},
		// a number after a name counts when a plural or percent follows it
		{"The poll has Obama 47 percent ahead of the rest.", "47 percent", 47, "percent"},
		{"It gave Romney 206 electoral votes in the end.", "206 electoral", 206, "electoral"},
		{"Nearly 3,000 people died.", "Nearly 3,000 people died", 3000, "people killed"},
		// a model's name between the number and the noun counts nothing
		{"They seized six AK-47 rifles.", "six AK-47 rifles", 6, "rifle"},
		{"They seized six AK 47 rifles.", "six AK 47 rifles", 6, "rifle"},
		{"It sent two F-16 jets.", "two F-16 jets", 2, "jet"},
		{"It ordered three Boeing 737-800 jets.", "three Boeing 737-800 jets", 3, "jet"},
		{"It ordered four Airbus A320 planes.", "four Airbus A320 planes", 4, "plane"},
		// plurals in -es after a hiss
		{"He threw 369 punches.", "369 punches", 369, "punch"},
		{"Police heard 12 witnesses.", "12 witnesses", 12, "witness"},
		{"They found 40 boxes.", "40 boxes", 40, "box"},
		{"She had 3 headaches.", "3 headaches", 3, "headache"},
	}
	for _, tt := range tests {
		q, ok := oneFigure(t, tt.in)
		if !ok {
			continue
		}
		got := string([]rune(tt.in)[q.Start:q.End])
		if got != tt.text || q.Value != tt.value || q.What != tt.what {
			t.Errorf("%q: got %q %v %q, want %q %v %q", tt.in, got, q.Value, q.What, tt.text, tt.value, tt.what)
		}
	}
	for _, none := range []string{"In 2019 the law passed.", "On Jan. 21 he left.", "The 9/11 attacks.", "One of them left.", "At 5:30 p.m. it ended.",
		"He was shot in the 12000 block of East 223rd Street.", "Posted 16 Sep 2013 by staff.", "It paid $Usa1 to $usd2.",
		"Polls closed at 6:00 p.m. local time (1300 GMT) on Sunday.", "Voting began at 0300 UTC.",
		"He signed Senate Bill 1062 on Monday.", "She backed the Park 51 project.", "They drove down Route 66 at night.",
		// half of a split decimal, its scale glued or not; no scale, or no money
		"They took a ($2. 6-million) booty.", "Jewellery worth £1. 7m was stolen.", "He ran a 5k race.", "The 3-million-strong union and a 9-11 call."} {
		if qs := Figures(none, nil); len(qs) != 0 {
			t.Errorf("%q: want no figure, got %+v", none, qs)
		}
	}
}

// TestFigurePhrase: a figure is shown up to the head of what it counts
// when the counted word only modifies it.
func TestFigurePhrase(t *testing.T) {
	for _, tt := range []struct{ in, phrase string }{
		{"The inspector referred five FBI employees for investigation.", "five FBI employees"},
		{"All together, 12 crude explosive devices have been found.", "12 crude explosive devices"},
		{"He said about 30 Democratic senators remained opposed.", "about 30 Democratic senators"},
		{"About 7,000 troops will leave.", "About 7,000 troops"},
		{"At least 50 people were killed.", "At least 50 people were killed"},
		{"He signed two about making changes.", "two about"},
	} {
		qs := Figures(tt.in, nil)
		if len(qs) != 1 {
			t.Errorf("%q: %d figures %+v", tt.in, len(qs), qs)
			continue
		}
		if got := string([]rune(tt.in)[qs[0].Phrase.Start:qs[0].Phrase.End]); got != tt.phrase {
			t.Errorf("%q: phrase %q, want %q", tt.in, got, tt.phrase)
		}
	}
}

func TestAgree(t *testing.T) {
	q := func(v, scale float64, dec int) Quantity {
		return Quantity{Value: v * scale, Scale: scale, Decimals: dec}
	}
	tests := []struct {
		a, b Quantity
		want bool
	}{
		{q(1.2, 1e9, 1), q(1.23, 1e9, 2), true},
		{q(50, 1, 0), q(52, 1, 0), false},
		{q(716, 1e9, 0), q(882, 1e9, 0), false},
		{q(84000, 1, 0), q(84000, 1, 0), true},
		// half a unit away is no rounding: "$1 million" and "$500,000"
		{q(1, 1e6, 0), q(500000, 1, 0), false},
		{Quantity{Value: 940, Scale: 1, Approx: true}, q(930, 1, 0), true},
		{Quantity{Value: 50, Scale: 1, Approx: true}, q(80, 1, 0), false},
		// "2,000 feet" (609.6 m) and "609 metres" are one distance; "700 metres" is another
		{Quantity{Value: 609.6, Scale: 1, Converted: true}, q(609, 1, 0), true},
		{Quantity{Value: 609.6, Scale: 1, Converted: true}, q(700, 1, 0), false},
	}
	for _, tt := range tests {
		if got := agree(tt.a, tt.b); got != tt.want {
			t.Errorf("agree(%v, %v) = %v", tt.a.Value, tt.b.Value, got)
		}
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"At least 50 people were killed, and $1.2 billion.", "two dozen", "a", "$", "1,000,000.5 million billion", "twenty-five hundred thousand", "[$3]", "€ 4 % per cent", "2 1/2 years", "a 2-1/2 year", "4 ½ months", "3 9/11"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		n := utf8.RuneCountInString(body)
		for _, q := range Figures(body, nil) {
			if q.Start < 0 || q.End > n || q.Start >= q.End {
				t.Fatalf("span %v outside body of %d code points", q.Span, n)
			}
			if q.Phrase.Start != q.Start || q.Phrase.End < q.End || q.Phrase.End > n {
				t.Fatalf("phrase %v of span %v outside the body of %d code points or not around the span", q.Phrase, q.Span, n)
			}
		}
	})
}

// TestMergeGroups: two groups of figures of one noun whose values differ
// are one quantity when their pooled sentences share enough words, never
// when an article is in both, nor across participles.
func TestMergeGroups(t *testing.T) {
	words := func(ws ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	rep := func(doc int, v float64, what string, ctx map[string]bool) *frep {
		noun, _, _ := strings.Cut(what, " ")
		return &frep{doc: doc, q: Quantity{Value: v, Scale: 1, What: what}, noun: noun, ctx: ctx}
	}
	tests := []struct {
		name string
		reps []*frep
		want int // groups after merging [[0,1],[2,3]]
	}{
		{"pooled sentences share half their words", []*frep{
			rep(0, 150, "metre", words("australian", "climber")), rep(1, 150, "metre", words("ridge", "fell")),
			rep(2, 60, "metre", words("ridge", "raite")), rep(3, 60, "metre", words("fell", "slipped")),
		}, 1},
		{"too few shared words", []*frep{
			rep(0, 150, "metre", words("australian", "climber")), rep(1, 150, "metre", words("ridge", "fell")),
			rep(2, 60, "metre", words("glacier", "raite")), rep(3, 60, "metre", words("hut", "slipped")),
		}, 2},
		{"an article in both groups", []*frep{
			rep(0, 150, "metre", words("australian", "climber")), rep(1, 150, "metre", words("ridge", "fell")),
			rep(0, 60, "metre", words("ridge", "raite")), rep(3, 60, "metre", words("fell", "slipped")),
		}, 2},
		{"other participles count other things", []*frep{
			rep(0, 12, "people injured", words("police", "riot")), rep(1, 12, "people injured", words("athens", "bank")),
			rep(2, 3, "people killed", words("police", "riot")), rep(3, 3, "people killed", words("athens", "bank")),
		}, 2},
	}
	for _, tt := range tests {
		got := mergeGroups([][]int{{0, 1}, {2, 3}}, tt.reps, Options{FigureGroupDiffer: 0.4})
		if len(got) != tt.want {
			t.Errorf("%s: %d groups %v, want %d", tt.name, len(got), got, tt.want)
		}
	}
	// two lone figures pool nothing beyond their own sentences
	lone := []*frep{rep(0, 150, "metre", words("ridge", "fell")), rep(1, 60, "metre", words("ridge", "fell"))}
	if got := mergeGroups([][]int{{0}, {1}}, lone, Options{FigureGroupDiffer: 0.4}); len(got) != 2 {
		t.Errorf("two lone figures merged: %v", got)
	}
	// nor do groups whose values lie more than the ratio apart
	far := []*frep{rep(0, 150, "metre", words("ridge", "fell")), rep(1, 150, "metre", words("ridge")),
		rep(2, 6000, "metre", words("ridge", "fell")), rep(3, 6000, "metre", words("fell"))}
	if got := mergeGroups([][]int{{0, 1}, {2, 3}}, far, Options{FigureGroupDiffer: 0.4, FigureRatio: 10}); len(got) != 2 {
		t.Errorf("groups 40 times apart merged: %v", got)
	}
}

// TestFigureDisagreements: two articles' figures of one noun whose values
// differ are one quantity (a disagreement) only when their sentences share
// enough words, two at least, and their values lie within FigureRatio of
// each other; a figure restated in brackets in another unit or currency is
// not a figure of its own.
func TestFigureDisagreements(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		differ int // disagreeing figures
	}{
		{"same predicate, same setting", "Police said 12 people were injured in the riots in Athens.",
			"Police said 18 people had been injured in the riots in Athens.", 1},
		{"one shared word is chance", "A commotion breaks out as the three mothers and two children press up against a storefront.",
			"Horton was the mother of 12 children.", 0},
		{"values orders apart count different things", "In Heraklion, 10,000 people marched against the austerity measures in Greece.",
			"Three people marched against the austerity measures in Athens.", 0},
		{"a bracketed conversion restates the figure before it", "Damage to the church was estimated at $US1 million ($1.52 million), authorities said.",
			"Damage to the church was estimated at $1 million, authorities said.", 0},
	}
	for _, tt := range tests {
		arts := []*storyline.Article{art("a", "x.com", "2024-01-01", tt.a, nil, nil), art("b", "y.com", "2024-01-01", tt.b, nil, nil)}
		docs := []*doc{newDoc(arts[0]), newDoc(arts[1])}
		figs, _ := figures(docs, DefaultOptions())
		n := 0
		for _, f := range figs {
			if !f.Agree {
				n++
			}
		}
		if n != tt.differ {
			t.Errorf("%s: %d disagreements %+v, want %d", tt.name, n, figs, tt.differ)
		}
	}
}

func TestFarApart(t *testing.T) {
	tests := []struct {
		a, b, ratio float64
		want        bool
	}{
		{12, 18, 10, false},
		{2, 12, 10, false},
		{3, 10000, 10, true},
		{3, 363, 10, true},
		{3, 10000, 0, false}, // no bound
		{0, 5, 10, true},
		{-2, 2, 10, true},
		{5, 5, 10, false},
	}
	for _, tt := range tests {
		if got := farApart(Quantity{Value: tt.a}, Quantity{Value: tt.b}, tt.ratio); got != tt.want {
			t.Errorf("farApart(%v, %v, %v) = %v, want %v", tt.a, tt.b, tt.ratio, got, tt.want)
		}
	}
}

// TestOverlap: the share of the smaller context two contexts share.
func TestOverlap(t *testing.T) {
	set := func(ws ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	tests := []struct {
		a, b map[string]bool
		want float64
	}{
		{set("fell", "ridge"), set("fell", "hut", "glacier"), 0.5},
		{set("fell", "ridge"), set("fell", "ridge", "hut"), 1},
		{set("fell"), set(), 0},
	}
	for _, tt := range tests {
		if got := overlap(tt.a, tt.b); got != tt.want {
			t.Errorf("overlap(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestClause: a timeline entry quotes the clause of its date expression;
// one longer than maxWhatRunes is cut on word boundaries around the
// expression, and says so with an ellipsis where it is cut.
func TestClause(t *testing.T) {
	long := strings.Repeat("alpha beta gamma ", 20)
	tests := []struct{ name, body, expr, want string }{
		{"short sentence whole", "The strike ended on Friday after talks.", "Friday", "The strike ended on Friday after talks."},
		{"clause cut at a semicolon", "Talks failed; the strike ended on Friday.", "Friday", "the strike ended on Friday."},
		{"long sentence cut on words", long + "it ended on Friday " + long + ".", "Friday", ""},
	}
	for _, tt := range tests {
		a := &storyline.Article{ID: "a", Body: tt.body}
		d := newDoc(a)
		at := strings.Index(tt.body, tt.expr) // ASCII: byte and rune offsets agree
		sp := storyline.Span{Start: at, End: at + len(tt.expr)}
		got := d.clause(text.Sentences(tt.body, text.Tokenize(tt.body)), sp)
		if tt.want != "" {
			if got != tt.want {
				t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
			}
			continue
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(got, "… "), " …")
		if !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") || !strings.Contains(got, tt.expr) {
			t.Errorf("%s: %q lacks its cut marks or its expression", tt.name, got)
		}
		if utf8.RuneCountInString(inner) > maxWhatRunes {
			t.Errorf("%s: %d runes, more than %d", tt.name, utf8.RuneCountInString(inner), maxWhatRunes)
		}
		for _, w := range strings.Fields(inner) {
			if !strings.Contains(tt.body, " "+w+" ") {
				t.Errorf("%s: %q is cut inside a word (%q)", tt.name, got, w)
				break
			}
		}
	}
}

// TestStoryMaxArticles: a story larger than MaxArticles is compared over
// the first article of each source, then the earliest others, and says how
// many; its sources and timeline still hold every article.
func TestStoryMaxArticles(t *testing.T) {
	body := "“We will rebuild the harbour before winter,” the mayor said on Monday."
	q := []storyline.Quote{{Text: "We will rebuild the harbour before winter", Speaker: "Jane Doe", Kind: storyline.QuoteDirect}}
	d := []storyline.DateMention{{Text: "on Monday", Date: "2020-01-06"}}
	arts := []*storyline.Article{
		art("a1", "x.com", "2020-01-06", body, q, d),
		art("a2", "x.com", "2020-01-07", body, q, d),
		art("a3", "x.com", "2020-01-08", body, q, d),
		art("b1", "y.com", "2020-01-09", body, q, d),
		art("c1", "z.com", "2020-01-10", body, q, d),
	}
	tests := []struct {
		max      int
		compared int
		reports  []string // the articles of the one utterance
	}{
		{0, 0, []string{"a1", "a2", "a3", "b1", "c1"}},
		{5, 0, []string{"a1", "a2", "a3", "b1", "c1"}},
		{4, 4, []string{"a1", "a2", "b1", "c1"}},
		{3, 3, []string{"a1", "b1", "c1"}},
		{2, 2, []string{"a1", "b1"}},
	}
	for _, tt := range tests {
		s := &storyline.Story{ID: "s"}
		o := DefaultOptions()
		o.MaxArticles = tt.max
		StoryWith(s, arts, o)
		c := s.Comparison
		if c.Compared != tt.compared {
			t.Errorf("max %d: compared %d, want %d", tt.max, c.Compared, tt.compared)
		}
		if len(c.Sources) != 3 || len(s.Timeline) != 1 || 1+len(s.Timeline[0].Also) != len(arts) {
			t.Errorf("max %d: %d sources, timeline %+v; want 3 and one entry from all %d articles", tt.max, len(c.Sources), s.Timeline, len(arts))
		}
		if len(c.Quotes) != 1 {
			t.Fatalf("max %d: %d utterances, want 1", tt.max, len(c.Quotes))
		}
		var got []string
		for _, r := range c.Quotes[0].Reports {
			got = append(got, r.Article)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.reports) {
			t.Errorf("max %d: reports from %v, want %v", tt.max, got, tt.reports)
		}
	}
}

// TestFigureLabel: a figure is called by the words its statements most use
// for what they count when these say more than the counted noun; a count
// of what happened ("people killed") keeps its name.
func TestFigureLabel(t *testing.T) {
	tests := []struct {
		bodies []string
		want   string
	}{
		{[]string{"The navy caught 23 Somali pirates.", "The navy caught 26 Somali pirates.", "The navy caught 26 pirates."}, "Somali pirates"},
		{[]string{"Two fire engines came to the blaze on the pier.", "Three fire engines came to the blaze on the pier."}, "fire engines"},
		{[]string{"The storm killed 12 people in the port town.", "The storm killed 14 people in the port town."}, "people killed"},
		{[]string{"THE NAVY CAUGHT 23 SOMALI\nPIRATES.", "THE NAVY CAUGHT 26 SOMALI PIRATES."}, "somali pirates"},
	}
	for _, tt := range tests {
		var arts []*storyline.Article
		for i, b := range tt.bodies {
			arts = append(arts, art(fmt.Sprint("a", i), fmt.Sprint("s", i, ".com"), "2024-01-02", b, nil, nil))
		}
		s := &storyline.Story{ID: "s"}
		Story(s, arts)
		if len(s.Comparison.Figures) != 1 {
			t.Errorf("%q: %d figures, want 1: %+v", tt.bodies, len(s.Comparison.Figures), s.Comparison.Figures)
			continue
		}
		if got := s.Comparison.Figures[0].What; got != tt.want {
			t.Errorf("%q: what %q, want %q", tt.bodies, got, tt.want)
		}
	}
}

// TestSingleSourceFigureStatedElsewhere: a figure that another outlet
// states too, in a sentence too unlike its own to make them one quantity,
// is no outlet's alone; a figure only one outlet states is.
func TestSingleSourceFigureStatedElsewhere(t *testing.T) {
	a1 := art("a1", "nytimes.com", "2010-05-28",
		"Seven Republicans asked for an inquiry into the offer. The committee has 40 members.", nil, nil)
	a2 := art("a2", "foxnews.com", "2010-05-28",
		"Aides said the letter bore the names of seven Republicans from Ohio.", nil, nil)
	s := &storyline.Story{ID: "s-1", Articles: []string{"a1", "a2"}}
	Story(s, []*storyline.Article{a1, a2})
	if len(s.Comparison.Figures) != 0 {
		t.Fatalf("figures %+v, want the two sevens apart (their sentences share one word)", s.Comparison.Figures)
	}
	var singles []string
	for _, it := range s.Comparison.SingleSource {
		if it.Kind == "figure" {
			singles = append(singles, it.Article+": "+it.Text)
		}
	}
	if want := []string{"a1: 40 members"}; !reflect.DeepEqual(singles, want) {
		t.Errorf("single-source figures %q, want %q", singles, want)
	}
}
