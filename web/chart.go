package web

import (
	"fmt"
	"strings"
	"time"
)

// chart is a bar chart of articles per week, drawn as inline SVG by the
// entity template (no script, no style attribute: the CSP allows neither).
type chart struct {
	Width, Height int
	Bars          []bar
	First, Last   string // the first and last week shown, YYYY-MM-DD (Mondays)
	Max           int
}

type bar struct {
	X, Y, W, H float64
	Label      string
}

// Chart geometry, in SVG user units; the SVG scales to its container.
const (
	chartWidth  = 640
	chartHeight = 120
	// chartWeeks caps the weeks drawn (the most recent ones): five years
	// still leave a bar more than two units wide.
	chartWeeks = 260
	// minWeeks is the shortest span drawn, ending at the last week, so a
	// burst of two weeks reads as a burst and not as two slabs.
	minWeeks = 12
)

// weeklyChart counts the dates (YYYY-MM-DD; others are skipped) by ISO
// week and lays out one bar per week from the first to the last.
func weeklyChart(dates []string) chart {
	counts := map[time.Time]int{}
	var first, last time.Time
	for _, d := range dates {
		if len(d) < 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", d[:10])
		if err != nil {
			continue
		}
		w := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // back to Monday
		counts[w]++
		if first.IsZero() || w.Before(first) {
			first = w
		}
		if w.After(last) {
			last = w
		}
	}
	c := chart{Width: chartWidth, Height: chartHeight}
	if len(counts) == 0 {
		return c
	}
	weeks := int(last.Sub(first).Hours()/(24*7)) + 1
	if weeks < minWeeks {
		first, weeks = last.AddDate(0, 0, -7*(minWeeks-1)), minWeeks
	}
	if weeks > chartWeeks {
		first, weeks = last.AddDate(0, 0, -7*(chartWeeks-1)), chartWeeks
	}
	for _, n := range counts {
		c.Max = max(c.Max, n)
	}
	w := float64(chartWidth) / float64(weeks)
	for i := 0; i < weeks; i++ {
		wk := first.AddDate(0, 0, 7*i)
		n := counts[wk]
		if n == 0 {
			continue
		}
		h := float64(chartHeight-14) * float64(n) / float64(c.Max)
		label := fmt.Sprintf("week of %s: %d articles", wk.Format("2006-01-02"), n)
		if n == 1 {
			label = strings.TrimSuffix(label, "s")
		}
		c.Bars = append(c.Bars, bar{X: float64(i) * w, Y: float64(chartHeight) - h, W: max(w-1, 1), H: h, Label: label})
	}
	c.First, c.Last = first.Format("2006-01-02"), last.Format("2006-01-02")
	return c
}
