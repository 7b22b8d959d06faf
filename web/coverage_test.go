package web

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestCoverageChart(t *testing.T) {
	art := func(id, source, published string) *storyline.Article {
		return &storyline.Article{ID: id, Source: source, Published: published, Title: "Title " + id}
	}
	arts := []*storyline.Article{
		art("b1", "b.example", "2026-03-12"),
		art("a1", "a.example", "2026-03-10T08:00:00Z"),
		art("a2", "a.example", "2026-03-10"), // the same source and day as a1
		art("c1", "", "2026-03-11"),
		art("u1", "a.example", ""), // undated
	}
	timeline := []storyline.TimelineEvent{
		{Date: "2026-03-09", What: "the storm began", Article: "a1"},
		{Date: "2026-03-09", What: "the river rose", Article: "b1"}, // one mark per day
		{Date: "2026-03", What: "a month is no day", Article: "a1"},
		{Date: "1911-05-01", What: "long before", Article: "b1"},
	}
	c := coverageChart(arts, timeline)
	if c.Undated != 1 || c.Outside != 1 {
		t.Errorf("undated %d, outside %d; want 1 and 1", c.Undated, c.Outside)
	}
	var rows []string
	for _, r := range c.Rows {
		rows = append(rows, r.Label)
	}
	if want := []string{"a.example", "source unknown", "b.example"}; !slices.Equal(rows, want) {
		t.Errorf("rows %q, want %q (sources in the order they first reported)", rows, want)
	}
	if len(c.Dots) != 4 || len(c.Events) != 1 {
		t.Fatalf("%d dots and %d events, want 4 and 1", len(c.Dots), len(c.Events))
	}
	if l := c.Events[0].Label; !strings.Contains(l, "the storm began") || !strings.Contains(l, "the river rose") || c.Events[0].Article != "a1" {
		t.Errorf("the day's mark reads %q (article %s): want both clauses, the first article", l, c.Events[0].Article)
	}
	if c.First != "2026-03-09" || c.Last != "2026-03-12" {
		t.Errorf("span %s to %s, want the event's day to the last report", c.First, c.Last)
	}
	x := map[string]float64{}
	for _, d := range c.Dots {
		x[d.Article] = d.X
		if d.X < c.Left || d.X > float64(c.Width) || d.Y <= 0 || d.Y >= c.Plot {
			t.Errorf("dot %s at (%v, %v) outside the plot", d.Article, d.X, d.Y)
		}
	}
	if !(c.Events[0].X < x["a1"] && x["a1"] != x["a2"] && x["a2"] < x["c1"] && x["c1"] < x["b1"]) {
		t.Errorf("positions: event %v, dots %v: want the event first, a1 and a2 apart, then c1, then b1", c.Events[0].X, x)
	}

	if c := coverageChart([]*storyline.Article{art("u", "x", "")}, nil); len(c.Dots) != 0 || c.Undated != 1 {
		t.Errorf("no dated article: %+v", c)
	}
}

// TestCoverageRows: past coverageRows sources the rest share the last row.
func TestCoverageRows(t *testing.T) {
	var arts []*storyline.Article
	for i := range coverageRows + 3 {
		arts = append(arts, &storyline.Article{ID: string(rune('a' + i)), Source: string(rune('a'+i)) + ".example", Published: "2026-03-10"})
	}
	c := coverageChart(arts, nil)
	if len(c.Rows) != coverageRows || c.Rows[coverageRows-1].Label != "4 more sources" || len(c.Dots) != len(arts) {
		t.Errorf("%d rows, last %q, %d dots", len(c.Rows), c.Rows[len(c.Rows)-1].Label, len(c.Dots))
	}
}
