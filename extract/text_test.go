package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
)

var testNow = func() time.Time { return time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC) }

type wantArticle struct {
	title, byline   string
	published       string // "" for none
	maxConfidence   float64
	evidence        string
	place, agency   string
	starts, ends    string
	contains, lacks []string
}

func TestExtractTextDumps(t *testing.T) {
	tests := []struct {
		file string
		want []wantArticle
	}{
		{"cookie.txt", []wantArticle{{
			title:  "New footbridge opens over the river after two years of works",
			byline: "Anna Lindqvist",
			starts: "The new footbridge between the old harbour",
			ends:   "the lighting has been tested.",
			lacks:  []string{"cookies", "Accept", "Share this", "Skip to content", "Anna Lindqvist", "All rights reserved"},
		}}},
		{"weather.txt", []wantArticle{{
			title:         "Library extends its opening hours for students",
			published:     "2025-03-03",
			maxConfidence: 0.3,
			evidence:      "widget",
			starts:        "The city library will stay open until midnight",
			ends:          "keep them in the autumn.",
			contains:      []string{"more than two thousand students", "pushing for weekend opening"},
			lacks:         []string{"Humidity", "°C", "Newsletter", "Subscribe"},
		}}},
		{"related.txt", []wantArticle{{
			title: "Bakery chain to open forty new shops next year",
			ends:  "have not kept pace with the cost of living.",
			lacks: []string{"Related Links", "Learn more", "Subscribe Free"},
		}}},
		{"two_articles.txt", []wantArticle{
			{
				published: "2025-03-03",
				evidence:  "page", // the other article's dateline dates the page
				starts:    "The harbour authority said on Monday",
				ends:      "keep regular customers away.",
				lacks:     []string{"Regional council backs", "night train"},
			},
			{
				title:     "Regional council backs new night train to the coast",
				published: "2025-03-03",
				evidence:  "dateline",
				place:     "Lyon, France",
				agency:    "AFP",
				starts:    "The regional council voted on Monday",
				ends:      "while new ones are ordered.",
				lacks:     []string{"(AFP)", "Related Links", "Subscribe"},
			},
		}},
		{"teasers.txt", []wantArticle{{
			starts: "The city's public swimming pool will reopen",
			ends:   "pay for itself within ten years.",
			lacks:  []string{"++", "parking fees", "choir"},
		}}},
	}
	x := New(Options{Now: testNow})
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			arts, err := x.Extract(context.Background(), &storyline.Page{ID: tt.file, Format: storyline.FormatText, Text: string(b)})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != len(tt.want) {
				t.Fatalf("got %d articles, want %d", len(arts), len(tt.want))
			}
			for i, w := range tt.want {
				checkArticle(t, arts[i], w)
				if len(arts) > 1 && (arts[i].Origin.Part != i+1 || !strings.HasSuffix(arts[i].ID, "#"+string(rune('1'+i)))) {
					t.Errorf("article %d: id %q part %d", i, arts[i].ID, arts[i].Origin.Part)
				}
			}
		})
	}
}

func checkArticle(t *testing.T, a *storyline.Article, w wantArticle) {
	t.Helper()
	if a.Title != w.title {
		t.Errorf("title = %q, want %q", a.Title, w.title)
	}
	if w.byline != "" && a.Byline != w.byline {
		t.Errorf("byline = %q, want %q", a.Byline, w.byline)
	}
	if a.Published != w.published {
		t.Errorf("published = %q (%s), want %q", a.Published, a.PublishedEvidence, w.published)
	}
	if w.evidence != "" && a.PublishedEvidence != w.evidence {
		t.Errorf("evidence = %q, want %q", a.PublishedEvidence, w.evidence)
	}
	if w.maxConfidence > 0 && a.PublishedConfidence > w.maxConfidence {
		t.Errorf("confidence %.2f above %.2f", a.PublishedConfidence, w.maxConfidence)
	}
	if w.place != "" && (a.Dateline == nil || a.Dateline.Place != w.place || a.Dateline.Agency != w.agency) {
		t.Errorf("dateline = %+v, want %s (%s)", a.Dateline, w.place, w.agency)
	}
	if !strings.HasPrefix(a.Body, w.starts) {
		t.Errorf("body starts %q, want %q", head(a.Body, 60), w.starts)
	}
	if !strings.HasSuffix(a.Body, w.ends) {
		t.Errorf("body ends %q, want %q", tail(a.Body, 60), w.ends)
	}
	for _, s := range w.contains {
		if !strings.Contains(a.Body, s) {
			t.Errorf("body lacks %q", s)
		}
	}
	for _, s := range w.lacks {
		if strings.Contains(a.Body, s) {
			t.Errorf("body contains %q", s)
		}
	}
	if strings.Contains(a.Body, "\n\n\n") {
		t.Errorf("paragraphs must be separated by exactly one blank line")
	}
}

func TestExtractEmpty(t *testing.T) {
	x := New(Options{Now: testNow})
	for _, text := range []string{"", "\n\n  \n", "Home\nAbout\nContact"} {
		arts, err := x.Extract(context.Background(), &storyline.Page{ID: "e", Format: storyline.FormatText, Text: text})
		if err != nil || len(arts) != 0 {
			t.Errorf("Extract(%q) = %d articles, %v; want none, nil", text, len(arts), err)
		}
	}
}

// TestHeadlineLike checks the structural test of a headline line.
func TestHeadlineLike(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Harbour talks resume as strike enters third day", true},
		{"“Pure Leere”: Marita Kramer verpasst Olympische Spiele", true},
		{"¿Buses de la Alcaldía al servicio de Petro?", true},
		{"¡Llegó el verano a Medellín!", true},
		{"The talks went on until late in the night.", false}, // a sentence
		{"according to the union, the talks resume", false},   // lower case
		{"Harbour", false}, // one word
		{"Home | News | Sport", false},
	}
	for _, tt := range tests {
		if got := headlineLike(measure(tt.line)); got != tt.want {
			t.Errorf("headlineLike(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestTitleCandidate(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"New SUVs and electric vehicles highlight L.A. Auto Show", true},
		{"Photos: the floods in Lenhausen", false},
		{"Photo: Damian Dovarganes, AP", false},
		{"Foto: Anna Berg / dpa", false},
		{"© Chris Lee / stock.adobe.com", false},
		{"By Jane Doe", false},
		{"* Home", false},
	} {
		if got := titleCandidate(measure(tt.line)); got != tt.want {
			t.Errorf("titleCandidate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
