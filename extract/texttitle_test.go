package extract

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestTextTitle checks the embedded choice on dumps written for the test:
// the headline above the article wins over the site's name the page
// repeats, a section label and a menu.
func TestTextTitle(t *testing.T) {
	var m FieldModel
	if err := json.Unmarshal(textTitleJSON, &m); err != nil || m.Features != textTitleFeatureCount {
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
