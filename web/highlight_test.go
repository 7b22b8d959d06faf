package web

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestHighlight(t *testing.T) {
	body := "Ünal said: “Rutte is here.” Then <b>left</b>."
	at := func(sub string) storyline.Span {
		i := strings.Index(body, sub)
		s := len([]rune(body[:i]))
		return storyline.Span{Start: s, End: s + len([]rune(sub))}
	}
	q := at("Rutte is here.")
	a := &storyline.Article{Body: body,
		Entities: []storyline.ArticleEntity{
			{Name: "Ali Ünal", Type: storyline.Person, Mentions: []storyline.Span{at("Ünal"), {Start: -1, End: 3}, {Start: 5, End: 999}}},
			{Name: "Mark Rutte", Type: storyline.Person, Mentions: []storyline.Span{at("Rutte")}},
		},
		Quotes: []storyline.Quote{{Text: "Rutte is here.", Speaker: "Ali Ünal", Start: q.Start, End: q.End}},
	}
	segs := highlight(a)
	var text strings.Builder
	var got []string
	for _, s := range segs {
		text.WriteString(s.Text)
		label := s.Text
		if s.Quote {
			label = "Q(" + label + ")"
		}
		if s.Entity != "" {
			label = "E[" + s.Entity + "](" + label + ")"
		}
		got = append(got, label)
	}
	if text.String() != body {
		t.Fatalf("segments do not rebuild the body: %q", text.String())
	}
	want := []string{"E[Ali Ünal](Ünal)", " said: “", "E[Mark Rutte](Q(Rutte))", "Q( is here.)", "” Then <b>left</b>."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments\n got %q\nwant %q", got, want)
	}
}

// FuzzHighlight states: whatever the spans, the segments rebuild the body
// exactly (nothing lost, nothing duplicated) and none is empty.
func FuzzHighlight(f *testing.F) {
	f.Add("Rutte said “yes”.", 0, 5, 12, 15)
	f.Add("ä", -3, 9, 0, 1)
	f.Fuzz(func(t *testing.T, body string, s1, e1, s2, e2 int) {
		a := &storyline.Article{Body: body,
			Entities: []storyline.ArticleEntity{{Name: "X", Mentions: []storyline.Span{{Start: s1, End: e1}}}},
			Quotes:   []storyline.Quote{{Start: s2, End: e2}}}
		var b strings.Builder
		for _, s := range highlight(a) {
			if s.Text == "" {
				t.Fatalf("empty segment")
			}
			b.WriteString(s.Text)
		}
		if b.String() != string([]rune(body)) {
			t.Errorf("segments %q do not rebuild %q", b.String(), body)
		}
	})
}

func TestWeeklyChart(t *testing.T) {
	c := weeklyChart([]string{"2026-01-21", "2026-01-22", "2026-01-28", "bad", "", "2026-01"})
	if c.Max != 2 || len(c.Bars) != 2 || c.Last != "2026-01-26" {
		t.Fatalf("chart = %+v, want 2 bars, max 2, last week 2026-01-26", c)
	}
	if c.Bars[0].H <= c.Bars[1].H || c.Bars[1].X <= c.Bars[0].X {
		t.Errorf("bars = %+v: the week with 2 must be taller and come first", c.Bars)
	}
	if len(weeklyChart(nil).Bars) != 0 {
		t.Error("no dates must draw no bars")
	}
}
