package web

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/storyline-news/storyline"
)

// coverage is a story's reporting drawn over time: one row per source, a
// dot per article on the day it was published, and above them the days the
// story's timeline dates. Drawn as inline SVG by the story template (no
// script, no style attribute: the CSP allows neither).
type coverage struct {
	Width, Height int
	Rows          []coverageRow
	Dots          []coverageDot
	Events        []coverageDot
	Ticks         []coverageTick
	// Left is where the rows start, after the source names; Plot where
	// they end, above the day labels.
	Left, Plot  float64
	First, Last string // the first and last day drawn, YYYY-MM-DD
	// Undated counts the articles without a day, Outside the dated events
	// before the drawn span (more than coverageLead days before the first
	// report) or after it, which are left out.
	Undated, Outside int
}

type coverageRow struct {
	Y     float64
	Label string
}

type coverageDot struct {
	X, Y    float64
	Label   string
	Article string // the article's id, for its link
}

type coverageTick struct {
	X     float64
	Label string
}

// Coverage geometry, in SVG user units; the SVG scales to its container.
const (
	coverageWidth = 640
	// coverageLabels is the width of the source names on the left.
	coverageLabels    = 170
	coverageRowHeight = 22
	// coverageRows caps the sources drawn: past a dozen rows the picture
	// is a list, and the list is beside it.
	coverageRows = 12
	// coverageMinDays is the shortest span drawn, so that one day's
	// reporting reads as one day and not as a smear across the page.
	coverageMinDays = 3
	// coverageLead is how far before the first report the timeline's dates
	// are drawn: the days that led to the event, not its history.
	coverageLead = 30
	// coverageAxis is the height of the day labels under the rows.
	coverageAxis = 16
	// coverageWhatRunes cuts each clause a day's mark names.
	coverageWhatRunes = 120
	// coverageLabelRunes cuts long source names.
	coverageLabelRunes = 24
)

// coverageChart lays out the story's articles by source and day, and the
// timeline's day-precise dates within coverageLead days before the first
// report. A story with no dated article gets an empty chart.
func coverageChart(arts []*storyline.Article, timeline []storyline.TimelineEvent) coverage {
	c := coverage{Width: coverageWidth, Left: coverageLabels}
	type dated struct {
		a   *storyline.Article
		day time.Time
	}
	var ds []dated
	var first, last time.Time
	for _, a := range arts {
		d, ok := day(a.Published)
		if !ok {
			c.Undated++
			continue
		}
		ds = append(ds, dated{a, d})
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	if len(ds) == 0 {
		return c
	}
	type event struct {
		e   storyline.TimelineEvent
		day time.Time
	}
	var evs []event
	for _, e := range timeline {
		d, ok := day(e.Date)
		if !ok || len(e.Date) != len("2006-01-02") {
			continue // a month or a year is no day to draw
		}
		if d.Before(first.AddDate(0, 0, -coverageLead)) || d.After(last) {
			c.Outside++
			continue
		}
		evs = append(evs, event{e, d})
	}
	start := first
	for _, e := range evs {
		if e.day.Before(start) {
			start = e.day
		}
	}
	days := int(last.Sub(start).Hours()/24) + 1
	if days < coverageMinDays {
		start = start.AddDate(0, 0, -(coverageMinDays-days)/2)
		days = coverageMinDays
	}
	plot := float64(coverageWidth - coverageLabels)
	x := func(d time.Time, k, n int) float64 {
		i := d.Sub(start).Hours() / 24
		// tenths of a unit are finer than any screen shows
		return math.Round(10*(coverageLabels+plot*(i+float64(k+1)/float64(n+1))/float64(days))) / 10
	}

	// Rows: sources in the order they first reported; past coverageRows-1
	// the rest share the last row.
	byDay := slices.Clone(ds)
	slices.SortStableFunc(byDay, func(a, b dated) int { return a.day.Compare(b.day) })
	row := map[string]int{}
	var names, rest []string
	for _, d := range byDay {
		name := sourceName(d.a)
		if _, ok := row[name]; ok {
			continue
		}
		if len(names) < coverageRows-1 {
			row[name] = len(names)
			names = append(names, name)
			continue
		}
		row[name] = coverageRows - 1
		rest = append(rest, name)
	}
	switch {
	case len(rest) == 1:
		names = append(names, rest[0])
	case len(rest) > 1:
		names = append(names, fmt.Sprintf("%d more sources", len(rest)))
	}
	top := 0.0
	if len(evs) > 0 {
		top = coverageRowHeight // the row of the timeline's dates
	}
	for i, n := range names {
		c.Rows = append(c.Rows, coverageRow{Y: top + coverageRowHeight*(float64(i)+0.5), Label: cut(n, coverageLabelRunes)})
	}
	c.Height = int(top) + coverageRowHeight*len(names) + coverageAxis

	// Dots: articles of one source on one day side by side.
	type cell struct {
		row int
		day time.Time
	}
	count := map[cell]int{}
	for _, d := range ds {
		count[cell{row[sourceName(d.a)], d.day}]++
	}
	seen := map[cell]int{}
	for _, d := range ds {
		k := cell{row[sourceName(d.a)], d.day}
		title := d.a.Heading()
		if title == "" {
			title = d.a.ID
		}
		c.Dots = append(c.Dots, coverageDot{X: x(d.day, seen[k], count[k]), Y: c.Rows[k.row].Y,
			Label:   fmt.Sprintf("%s · %s · %s", sourceName(d.a), d.day.Format("2006-01-02"), title),
			Article: d.a.ID})
		seen[k]++
	}
	// Events: one mark per day, naming what the articles date to it.
	var evDays []time.Time
	whats := map[time.Time][]string{}
	firstOf := map[time.Time]string{}
	for _, e := range evs {
		what := e.e.What
		if what == "" {
			what = e.e.Text
		}
		if _, ok := whats[e.day]; !ok {
			evDays = append(evDays, e.day)
			firstOf[e.day] = e.e.Article
		}
		whats[e.day] = append(whats[e.day], cut(what, coverageWhatRunes))
	}
	slices.SortFunc(evDays, func(a, b time.Time) int { return a.Compare(b) })
	for _, d := range evDays {
		c.Events = append(c.Events, coverageDot{X: x(d, 0, 1), Y: coverageRowHeight / 2,
			Label: d.Format("2006-01-02") + ": " + strings.Join(whats[d], " · "), Article: firstOf[d]})
	}
	// Ticks: the first and last day, and Mondays between when there is room.
	for i := 0; i < days; i++ {
		d := start.AddDate(0, 0, i)
		if i == 0 || i == days-1 || (days > 7 && d.Weekday() == time.Monday && i > 1 && i < days-2) || days <= 7 {
			c.Ticks = append(c.Ticks, coverageTick{X: x(d, 0, 1), Label: d.Format("Jan 2")})
		}
	}
	c.Plot = float64(c.Height - coverageAxis)
	c.First, c.Last = start.Format("2006-01-02"), start.AddDate(0, 0, days-1).Format("2006-01-02")
	return c
}

// day reads the day of a date as export writes it (YYYY-MM-DD, perhaps with
// a time after it).
func day(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

func sourceName(a *storyline.Article) string {
	if a.Source != "" {
		return a.Source
	}
	return "source unknown"
}

// cut shortens s to n runes, marking the cut.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
