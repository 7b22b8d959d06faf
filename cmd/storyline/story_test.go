package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/compare"
)

func TestStoryViewEscapesPageText(t *testing.T) {
	a := &storyline.Article{ID: "a\x1b[31m", Source: "evil.com", Publisher: "Evil\u202e News", Published: "2024-01-02",
		Title: "Bad \x1b]0;title\x07 news", Body: "He said “stop\x1b[2J now please” today."}
	a.Quotes = []storyline.Quote{{Text: "stop\x1b[2J now please", Speaker: "Jo", Kind: storyline.QuoteDirect, Start: 9, End: 29}}
	s := &storyline.Story{ID: "s-1", Articles: []string{a.ID}}
	compare.Story(s, []*storyline.Article{a})
	var buf bytes.Buffer
	writeStoryView(&buf, s, []*storyline.Article{a})
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("control characters reached the terminal: %q", out)
	}
	for _, want := range []string{"SOURCES", "evil.com (Evil News)", "QUOTES", "Jo"} {
		if !strings.Contains(out, want) {
			t.Errorf("view lacks %q:\n%s", want, out)
		}
	}
}

// A quotation in parts is shown as its parts, not with the attribution
// between them that its report's span covers.
func TestStoryViewQuotationInParts(t *testing.T) {
	body := "“We will rebuild,” she said, adding that talks went on. “Nobody asked us.”"
	a := &storyline.Article{ID: "a", Source: "x.example", Published: "2024-01-02", Body: body}
	a.Quotes = []storyline.Quote{
		{Text: "We will rebuild,", Speaker: "Ilse Varga", Kind: storyline.QuoteDirect, Start: 1, End: 17},
		{Text: "talks went on", Speaker: "Ilse Varga", Kind: storyline.QuoteIndirect, Start: 41, End: 54},
		{Text: "Nobody asked us.", Speaker: "Ilse Varga", Kind: storyline.QuoteDirect, Start: 57, End: 73, Continues: true},
	}
	for _, q := range a.Quotes {
		if got := string([]rune(body)[q.Start:q.End]); got != q.Text {
			t.Fatalf("fixture offsets: %q is %q", q.Text, got)
		}
	}
	s := &storyline.Story{ID: "s-1", Articles: []string{a.ID}}
	compare.Story(s, []*storyline.Article{a})
	var buf bytes.Buffer
	writeStoryView(&buf, s, []*storyline.Article{a})
	out := buf.String()
	if !strings.Contains(out, "“We will rebuild, … Nobody asked us.”") {
		t.Errorf("the parts are not shown joined:\n%s", out)
	}
	if i := strings.Index(out, "QUOTES"); i < 0 || strings.Contains(out[i:], "she said") {
		t.Errorf("the attribution between the parts is shown as quoted:\n%s", out)
	}
}

// A quote no one is named for is headed as the web UI heads it.
func TestStoryViewUnattributed(t *testing.T) {
	body := "A sign read “no entry” at the gate."
	a := &storyline.Article{ID: "a", Source: "x.example", Published: "2024-01-02", Body: body,
		Quotes: []storyline.Quote{{Text: "no entry", Kind: storyline.QuotePartial, Start: 13, End: 21}}}
	s := &storyline.Story{ID: "s-1", Articles: []string{a.ID}}
	compare.Story(s, []*storyline.Article{a})
	var buf bytes.Buffer
	writeStoryView(&buf, s, []*storyline.Article{a})
	if out := buf.String(); !strings.Contains(out, "QUOTES (by speaker)\n  Unattributed\n") {
		t.Errorf("the unattributed quote is not headed so:\n%s", out)
	}
}

// TestWhoWhere: a story's listing names its people, organisations and
// places, most central first, and leaves out what its articles type MISC
// only.
func TestWhoWhere(t *testing.T) {
	arts := []*storyline.Article{
		{Entities: []storyline.ArticleEntity{{Name: "Ilse Varga", Type: storyline.Person}, {Name: "American", Type: storyline.Misc}, {Name: "Twitter", Type: storyline.Misc}}},
		{Entities: []storyline.ArticleEntity{{Name: "Twitter", Type: storyline.Org}, {Name: "Port Calder", Type: storyline.Place}}},
	}
	got := whoWhere([]string{"American", "Ilse Varga", "Twitter", "Port Calder", "Unknown"}, arts)
	if want := []string{"Ilse Varga", "Twitter", "Port Calder"}; !slices.Equal(got, want) {
		t.Errorf("whoWhere = %v, want %v", got, want)
	}
}

// TestSourceColumn: the source column beside quotes and figures keeps its
// width whatever the host's length.
func TestSourceColumn(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", "-                   "},
		{"ndtv.com", "ndtv.com            "},
		{"articles.timesofindia.indiatimes.com", "articles.timesofind…"},
		{"süddeutsche.de", "süddeutsche.de      "},
	} {
		if got := sourceColumn(tt.in); got != tt.want {
			t.Errorf("sourceColumn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// What one source alone carries is counted by source: its quotes are
// printed once (under QUOTES, marked "one source"), its figures in full.
func TestStoryViewSingleSource(t *testing.T) {
	a := &storyline.Article{ID: "a", Source: "x.example", Published: "2024-01-02", Title: "Storm",
		Body: "“The harbour stays shut,” the mayor said. The storm killed 12 people."}
	a.Quotes = []storyline.Quote{{Text: "The harbour stays shut,", Speaker: "Ilse Varga", Kind: storyline.QuoteDirect, Start: 1, End: 24}}
	b := &storyline.Article{ID: "b", Source: "y.example", Published: "2024-01-02", Title: "Schools", Body: "Schools reopened on Monday."}
	s := &storyline.Story{ID: "s-1", Articles: []string{a.ID, b.ID}}
	arts := []*storyline.Article{a, b}
	compare.Story(s, arts)
	var buf bytes.Buffer
	writeStoryView(&buf, s, arts)
	out := buf.String()
	if n := strings.Count(out, "The harbour stays shut"); n != 1 {
		t.Errorf("the single-source quote is printed %d times:\n%s", n, out)
	}
	i := strings.Index(out, "ONLY ONE SOURCE")
	if i < 0 || !strings.Contains(out[i:], "x.example: 1 quote (above), 1 figure") || !strings.Contains(out[i:], "12 people") {
		t.Errorf("the single-source items are not counted by source with the figure in full:\n%s", out)
	}
}

// An utterance printed in different words shows, in each report, the
// words the closest other report lacks between « and », a mark cut with
// a long report closed.
func TestStoryViewMarksOwnWords(t *testing.T) {
	short := "We will rebuild the harbour"
	long := short + " before the winter storms come, and then we will rebuild the school, the library and every road the flood took from the old town, one street at a time, whatever it costs and however long it takes the council to finish the work"
	a := &storyline.Article{ID: "a", Source: "x.example", Published: "2024-01-02", Title: "A", Body: "“" + short + ",” she said."}
	b := &storyline.Article{ID: "b", Source: "y.example", Published: "2024-01-02", Title: "B", Body: "“" + long + ",” she said."}
	a.Quotes = []storyline.Quote{{Text: short, Speaker: "Ilse Varga", Kind: storyline.QuoteDirect, Start: 1, End: 1 + len([]rune(short))}}
	b.Quotes = []storyline.Quote{{Text: long, Speaker: "Ilse Varga", Kind: storyline.QuoteDirect, Start: 1, End: 1 + len([]rune(long))}}
	s := &storyline.Story{ID: "s-1", Articles: []string{"a", "b"}}
	arts := []*storyline.Article{a, b}
	compare.Story(s, arts)
	if len(s.Comparison.Quotes) != 1 || s.Comparison.Quotes[0].Wording != storyline.WordingVariant {
		t.Fatalf("want one utterance in two wordings: %+v", s.Comparison.Quotes)
	}
	var buf bytes.Buffer
	writeStoryView(&buf, s, arts)
	out := buf.String()
	if !strings.Contains(out, "“We will rebuild the harbour”") || !strings.Contains(out, "“We will rebuild the harbour «before the winter storms come") {
		t.Errorf("the added words are not marked:\n%s", out)
	}
	if strings.Count(out, "«") != strings.Count(out, "»") {
		t.Errorf("a mark is left open:\n%s", out)
	}
}
