package extract

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestTextTitle checks the embedded choice on dumps written for the test:
// the headline above the article wins over the site's name the page
// repeats, a section label and a menu.
func TestTextTitle(t *testing.T) {
	var m FieldModel
	if err := json.Unmarshal(textTitleJSON, &m); err != nil || !m.fits(textTitleFeatureCount) {
		t.Fatalf("embedded text title model does not fit this build (features %d, want %d): %v; run storyline train texttitle", m.Features, textTitleFeatureCount, err)
	}
	body := `The harbour authority and the dockworkers' union agreed on Wednesday to resume talks over the automation plan, but the strike that has halted the port since Monday goes on.

"It was a start, nothing more," the union leader told reporters outside the authority's offices after the first meeting, which lasted four hours.

Exporters warned that every day of the stoppage cost the regional economy about 30 million euros, and shipping lines said more vessels were waiting at anchor.`
	tests := []struct {
		name, dump, want string
	}{
		{"headline above, site name repeated", "Port Calder Gazette\nHome | News | Sport\nBusiness\n\nHarbour talks resume as strike enters third day\n\n" + body + "\n\nPort Calder Gazette\n", "Harbour talks resume as strike enters third day"},
		{"no headline line", body, ""},
		{"no headline, only navigation", "Markets | Politics | World | Science\n" + body, ""},
	}
	e := New(Options{Now: func() time.Time { return time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC) }})
	e.textTitle = m
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := e.fromText(tt.dump, time.Time{})
			if len(ds) == 0 {
				t.Fatal("no article")
			}
			if ds[0].title != tt.want {
				t.Errorf("title %q, want %q", ds[0].title, tt.want)
			}
			if strings.Contains(strings.Join(ds[0].body, "\n"), tt.want) && tt.want != "" {
				t.Errorf("the headline stayed in the body")
			}
		})
	}
}

func TestHeldElsewhere(t *testing.T) {
	page := lineCounts(splitLines("Home > News > Harbour talks resume\nHarbour talks resume\nShare: Harbour talks resume on social media\nWeather"))
	tests := []struct {
		text string
		want bool
	}{
		{"Harbour talks resume", true},
		{"Weather", false},
		{"Home > News > Harbour talks resume", false}, // no longer line holds it
	}
	for _, tt := range tests {
		if got := heldElsewhere(&line{text: tt.text}, page); got != tt.want {
			t.Errorf("heldElsewhere(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFeedTitle(t *testing.T) {
	tests := []struct {
		name, first, want string
	}{
		{"German", "#Hafenblog » Feed Hafenblog » Kommentar-Feed Hafenblog » Streik im Hafen geht weiter Kommentar-Feed alternate alternate", "Streik im Hafen geht weiter"},
		{"English", "#Port Calder Gazette » Feed Port Calder Gazette » Harbour talks resume Comments Feed alternate", "Harbour talks resume"},
		{"French", "#Le Port » Flux Le Port » La grève continue Flux des commentaires alternate", "La grève continue"},
		{"site feeds only", "#Hafenblog » Feed Hafenblog » Kommentar-Feed alternate alternate", ""},
		{"no link line", "Hafenblog » Streik im Hafen geht weiter Kommentar-Feed", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feedTitle(splitLines(tt.first + "\n\nSome text of the page.")); got != tt.want {
				t.Errorf("feedTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTitleLines(t *testing.T) {
	tests := []struct {
		name string
		dump string
		want []string // dist, text, and "feed" for the link line's title
	}{
		{"each text once, at its nearest copy",
			"#Gazette » Feed Gazette » Harbour talks resume Comments Feed\nHarbour talks resume\nMenu\nHarbour talks resume\nBy Ilse Varga\nThe first paragraph of the article.\nThe second paragraph.",
			[]string{"1 By Ilse Varga", "2 Harbour talks resume", "3 Menu", "5 #Gazette » Feed Gazette » Harbour talks resume Comments Feed"}},
		{"the feed's title when no line holds it",
			"#Gazette » Feed Gazette » Strike goes on Comments Feed\nMenu\nHarbour talks resume\nThe first paragraph of the article.\nThe second paragraph.",
			[]string{"1 Harbour talks resume", "2 Menu", "3 #Gazette » Feed Gazette » Strike goes on Comments Feed", "3 Strike goes on feed"}},
		{"no navigation line",
			"Markets | Politics | World\n| Home | News | Sport |\nTrump indicted | Reuters\nThe first paragraph of the article.\nThe second paragraph.",
			[]string{"1 Trump indicted | Reuters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := splitLines(tt.dump)
			first := len(lines) - 2
			var got []string
			for _, c := range titleLines(lines, first, 0, true, feedTitle(lines)) {
				s := strconv.Itoa(c.dist) + " " + c.l.text
				if c.feed {
					s += " feed"
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("candidates\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestTitleShapeFeatures(t *testing.T) {
	lines := splitLines("Harbour talks resume\nBy Ilse Varga\n3. Harbour talks resume\nHome » News\nMenu\nText\nMore text\nEven more text\nThe first paragraph of the article.")
	tests := []struct {
		j                      int
		below, listed, crumbed bool
	}{
		{0, true, false, false},
		{2, false, true, false},
		{3, false, false, true},
		{4, false, false, false}, // the byline is more than bylineReach lines above the next ones
	}
	for _, tt := range tests {
		c := titleLine{l: lines[tt.j], dist: 8 - tt.j}
		f := titleFeatures(c, nil, pageTexts{}, false, hasBylineBelow(lines, tt.j))
		if got := [3]bool{f[16] == 1, f[15] == 1, f[17] == 1}; got != [3]bool{tt.below, tt.listed, tt.crumbed} {
			t.Errorf("%q: byline below, listed, breadcrumb = %v, want %v", lines[tt.j].text, got, [3]bool{tt.below, tt.listed, tt.crumbed})
		}
	}
}

// TestTitleFeedAgreement checks the features that compare a line with the
// post title the dump's link line names.
func TestTitleFeedAgreement(t *testing.T) {
	const feed = "Harbour talks resume"
	tests := []struct {
		line string
		want [3]float64 // same, holds it, part of it
	}{
		{"Harbour talks resume", [3]float64{1, 0, 0}},
		{"Ports: Harbour talks resume", [3]float64{0, 1, 0}},
		{"Harbour talks", [3]float64{0, 0, 1}},
		{"Weather", [3]float64{0, 0, 0}},
	}
	for _, tt := range tests {
		lines := splitLines(tt.line + "\n\nThe harbour authority and the union agreed to resume talks on Wednesday.\n\nMore text follows here.")
		pt := part{lines: []int{1, 2}, headline: -1}
		cands := []titleLine{{l: lines[0], dist: 1}}
		for _, f := range [][]string{{feed}, {""}} {
			row := titleFeatureRows(cands, lines, []string{lines[1].text, lines[2].text}, pt, lineCounts(lines), f[0])[0]
			got := [3]float64{row[19], row[20], row[21]}
			want := tt.want
			if f[0] == "" {
				want = [3]float64{} // no feed title: nothing to agree with
			}
			if got != want {
				t.Errorf("%q with feed %q: features %v, want %v", tt.line, f[0], got, want)
			}
		}
	}
}

func TestEndsTrail(t *testing.T) {
	repeats := lineCounts([]*line{measure("home / News / Harbour strike ends"), measure("Harbour strike ends"), measure("Strike » more")})
	tests := []struct {
		text string
		want bool
	}{
		{"Harbour strike ends", true},
		{"strike ends", false}, // no whole step
		{"more", true},
		{"News", false},
	}
	for _, tt := range tests {
		if got := endsTrail(tt.text, repeats); got != tt.want {
			t.Errorf("endsTrail(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
