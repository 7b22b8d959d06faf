package extract

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// textDateBody is an article body written for these tests: its lead names
// the day before publication, and a later paragraph an old day.
const textDateBody = `The harbour authority and the dockworkers' union agreed on 2 May 2024 to resume talks over the automation plan, but the strike that has halted the port since Monday goes on.

"It was a start, nothing more," the union leader told reporters outside the authority's offices after the first meeting, which lasted four hours.

Exporters warned that every day of the stoppage cost the regional economy about 30 million euros, and shipping lines said more vessels were waiting at anchor.

The last strike at the port, which began on 12 March 2019, lasted nine days and ended with a pay rise that both sides later called too small.`

// TestDumpDates checks where the dates a dump writes are placed: each day
// with the sources it comes from.
func TestDumpDates(t *testing.T) {
	dump := "Port Calder Gazette\nHome | News | Sport\nSunny 21°C 06.05.2024\n\n" +
		"Harbour talks resume as strike enters third day\n\nPublished: 3 May 2024\n\n" + textDateBody +
		"\n\nUpdated: 4 May 2024\n\nShare this article\n\n© 2024 Port Calder Gazette, 1 January 2024\n"
	e := New(Options{})
	ds := e.fromText(dump, time.Date(2024, 5, 7, 12, 0, 0, 0, time.UTC))
	if len(ds) != 1 {
		t.Fatalf("%d articles, want 1", len(ds))
	}
	got := map[string][]string{}
	for _, c := range ds[0].dateCands {
		day := c.day.Format("2006-01-02")
		got[day] = append(got[day], c.src)
	}
	want := map[string][]string{
		"2024-05-03": {srcDumpHeadLine, srcLabelPub},
		"2024-05-02": {srcDumpLead},
		"2019-03-12": {srcDumpBody},
		"2024-05-04": {srcDumpFooter, srcLabelMod},
		"2024-01-01": {srcDumpNotice},
	}
	for day, srcs := range want {
		g := got[day]
		slices.Sort(g)
		slices.Sort(srcs)
		if !slices.Equal(g, srcs) {
			t.Errorf("%s: sources %v, want %v", day, g, srcs)
		}
	}
	if len(got) != len(want) {
		t.Errorf("days %v, want %d of them", got, len(want))
	}
	if d := ds[0].date.day.Format("2006-01-02"); d != "2024-05-03" {
		t.Errorf("chosen %s (%s %.2f), want the labelled header's 2024-05-03", d, ds[0].date.evidence, ds[0].date.confidence)
	}
}

// TestDumpDatesNotAfterCapture: a day after the capture is no candidate.
func TestDumpDatesNotAfterCapture(t *testing.T) {
	dump := "Harbour talks resume as strike enters third day\n\n9 June 2024\n\n" + textDateBody
	e := New(Options{})
	ds := e.fromText(dump, time.Date(2024, 5, 7, 12, 0, 0, 0, time.UTC))
	if len(ds) != 1 {
		t.Fatalf("%d articles, want 1", len(ds))
	}
	for _, c := range ds[0].dateCands {
		if c.day.After(time.Date(2024, 5, 7, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("candidate %s from %s lies after the capture", c.day.Format("2006-01-02"), c.src)
		}
	}
	if d := ds[0].date.day.Format("2006-01-02"); d != "2024-05-02" {
		t.Errorf("chosen %s, want the lead's 2024-05-02", d)
	}
}

// TestDumpPlaces: the place of each line's dates around a body.
func TestDumpPlaces(t *testing.T) {
	text := []string{
		"1 April 2024", // 0: page line far above
		"x", "x", "x", "x", "x", "x", "x", "x", "x",
		"Sunny 21°C 06.05.2024", // 10: widget
		"x", "x", "x", "x", "x", "x", "x", "x", "x",
		"Photo: the harbour on 2 May 2024, seen from the old lighthouse at dawn", // 20: caption above
		"2 May 2024", // 21: above, not the nearest
		"x", "x", "x", "x", "x", "x",
		"3 May 2024", // 28: header
		"x",
		"body", "body", // 30, 31
		"Anna Example, 03.05.2024 15:32", // 32: inside
		"body",                           // 33
		"4 May 2024",                     // 34: footer
		"5 May 2024",                     // 35: below
		"© 2024 Port Calder Gazette",     // 36: notice
		"x", "x", "x", "x", "x", "x", "x", "x",
		"6 May 2024", // 45: page line far below
	}
	lines := splitLines(strings.Join(text, "\n"))
	z := dumpZones{lines: lines, kept: []int{30, 31, 33}, first: 30, last: 33, header: 28, footer: 34}
	for j, want := range map[int]string{0: srcDumpPage, 10: "", 20: srcDumpAboveText, 21: srcDumpAbove,
		28: srcDumpHeader, 29: srcDumpAboveText, 30: "", 32: srcDumpInside, 34: srcDumpFooter, 35: srcDumpBelow, 36: srcDumpNotice, 45: srcDumpPage} {
		if got := z.place(j); got != want {
			t.Errorf("line %d %q: place %q, want %q", j, text[j], got, want)
		}
	}
}

// TestEmbeddedTextDateModelFits fails when textdate.json was trained for
// other features than this build's (retrain: storyline train textdate).
func TestEmbeddedTextDateModelFits(t *testing.T) {
	var m DateModel
	if err := json.Unmarshal(textDateJSON, &m); err != nil {
		t.Fatal(err)
	}
	if m.Features != TextDateFeatures || len(m.Weights) != TextDateFeatures {
		t.Fatalf("textdate.json has %d features (%d weights), the build %d: run storyline train textdate", m.Features, len(m.Weights), TextDateFeatures)
	}
	if m.Fallback != 0 {
		t.Errorf("fallback %g: a dump has no go-htmldate answer to fall back to", m.Fallback)
	}
	if !strings.Contains(strings.Join(TextDateSources(), " "), srcDumpHeader) {
		t.Errorf("sources %v lack %q", TextDateSources(), srcDumpHeader)
	}
}
