package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/sharedtest"
)

// TestSeedSources: the two seed pages that name their site get it; the
// others name none and keep null.
func TestSeedSources(t *testing.T) {
	got := extractSeeds(t, sharedtest.Path(t, "seeds"))
	want := map[string]string{
		"000_f52581f06a5db432.txt#1": "SpaceWar.com",
		"000_f52581f06a5db432.txt#2": "SpaceWar.com",
		"003_b1e325d9d2c4612c.txt":   "Lord's Press",
		"001_0557a99e0e87f955.txt":   "",
		"002_e4f834a5419e4087.txt":   "",
		"004_d2d222293897099e.txt":   "",
	}
	for id, w := range want {
		a, ok := got[id]
		if !ok {
			t.Errorf("%s: missing", id)
			continue
		}
		if normQ(a.Source) != w {
			t.Errorf("%s: source %q, want %q", id, a.Source, w)
		}
	}
}

// TestRuleSites: the sites the rules name from a dump's candidates
// (ruleSite), and none where they name none (the learned choice decides
// there: TestDumpSiteLearned).
func TestRuleSites(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"domain in related links", "Body line one is long enough to be prose, surely, with words.\nRelated Links\nLearn more at Example.com\n", "Example.com"},
		{"repeated name with initials", "Writers at Harbour Gazette come from many places.\nHG Staff Writers\nStories from Harbour Gazette.\n", "Harbour Gazette"},
		{"one stray mention", "Photo taken at Central Station.\n", ""},
		{"furniture words", "Subscribe at Privacy Policy\nRead from Privacy Policy\n", ""},
		{"one mention at the foot", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "Blog at WordPress.com.\n", ""},
		{"two mentions at the foot", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "More at Harbour.com\nHarbour.com newsletter\n", "Harbour.com"},
		{"one mention on a copyright line", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© 2026 Harbour.com\n", "Harbour.com"},
		{"a possessive names no site", "Clips from Kurt Volker's testimony.\nMore from Kurt Volker's day.\nAll from Kurt Volker's hearing.\n", ""},
		{"copyright claimant in the masthead", "Skip to main content\nHarbour Gazette\nHome | News\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© 2026 Harbour Gazette. All rights reserved.\n", "Harbour Gazette"},
		{"claimant before a masthead separator", "HARBOUR GAZETTE | Latest\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "Copyright 2019-2026 Harbour Gazette\n", "Harbour Gazette"},
		{"a domain's dot ends no claimant", "News\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© 2009-2020 NEWS.am\n", ""},
		{"claimant not in the masthead", "Skip to main content\nHome | News\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© 2026 Harbour Gazette. All rights reserved.\n", ""},
		{"a possessive inside a name", "Writers at Lord's Press come from many places.\nLP Staff Writers\nStories from Lord's Press.\n", "Lord's Press"},
		{"picture credits name an agency", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© Mikko Palonkorpi / Stock.example.com\nHarbour © Rena Marijn - Stock.example.com\n", ""},
		{"a picture label", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "Foto: Pics.example.com\nPhoto: Pics.example.com\n", ""},
		{"a site's own notice with a dash", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© Harbour Gazette - the contents of Harbour.com are protected\nMore at Harbour.com\n", "Harbour.com"},
		{"a name cut from a longer word", "A boost from U-M technology.\nA boost from U-M technology.\nA boost from U-M technology.\n", ""},
		{"a platform's credit", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "Powered by Platform.example.com VIP\nHosted by Platform.example.com\n", ""},
		{"a dateline credits the masthead", "HARBOUR WIRE | Latest\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 4) + "Lenhausen, Marland (Harbour Wire) Mar 11, 2026 - The river rose.\n", "Harbour Wire"},
		{"a dateline credits an agency the masthead does not name", "SPACE DAILY | News\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 4) + "Paris (AFP) Jan 21, 2026 - The launch slipped.\n", ""},
		{"a bracket far into a line credits nobody", "HARBOUR WIRE | Latest\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 4) + "The minister said that the report by the committee of the harbour (Harbour Wire) was late.\n", ""},
		{"the site before the platform", strings.Repeat("A body line that is long enough to be prose, with words.\n", 8) + "© 2026 Harbour.com. Powered by Platform.example.com\n", "Harbour.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands, _ := textSiteCands(splitLines(tt.text), nil)
			if got := ruleSite(cands); got != tt.want {
				t.Errorf("ruleSite = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestApplySource(t *testing.T) {
	tests := []struct {
		name                 string
		page                 storyline.Page
		o                    origin
		url, source, display string
	}{
		{"jsonl source kept", storyline.Page{Format: storyline.FormatJSONL, URL: "http://www.nytimes.com/a", Source: "nytimes.com"}, origin{}, "http://www.nytimes.com/a", "nytimes.com", ""},
		{"jsonl url only", storyline.Page{Format: storyline.FormatJSONL, URL: "https://www.foxnews.com/a"}, origin{}, "https://www.foxnews.com/a", "foxnews.com", ""},
		{"feed title is the display name", storyline.Page{Format: storyline.FormatFeed, URL: "https://news.example.org/x", Source: "Example News"}, origin{}, "https://news.example.org/x", "news.example.org", "Example News"},
		{"html canonical and site name", storyline.Page{Format: storyline.FormatHTML}, origin{url: "https://www.theguardian.com/world/x", site: "The Guardian"}, "https://www.theguardian.com/world/x", "theguardian.com", "The Guardian"},
		{"html site name only", storyline.Page{Format: storyline.FormatHTML}, origin{url: "/relative", site: "The Guardian"}, "", "The Guardian", ""},
		{"nothing", storyline.Page{Format: storyline.FormatText}, origin{}, "", "", ""},
		{"the host written another way", storyline.Page{Format: storyline.FormatHTML}, origin{url: "https://www.ekbo.de/x", site: "www.ekbo.de"}, "https://www.ekbo.de/x", "ekbo.de", ""},
		{"the host capitalised", storyline.Page{Format: storyline.FormatHTML}, origin{url: "https://www.express.co.uk/x", site: "Express.co.uk"}, "https://www.express.co.uk/x", "express.co.uk", ""},
		{"a name beside a source of its letters", storyline.Page{Format: storyline.FormatJSONL, Source: "bbc"}, origin{site: "BBC"}, "", "bbc", "BBC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &storyline.Article{}
			applySource(a, &tt.page, tt.o)
			if a.URL != tt.url || a.Source != tt.source || a.Publisher != tt.display {
				t.Errorf("got url %q source %q publisher %q, want %q %q %q", a.URL, a.Source, a.Publisher, tt.url, tt.source, tt.display)
			}
		})
	}
}

func TestSiteName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Guardian", "The Guardian"},
		{"Example News; Example Group", "Example News"},
		{"https://www.cbsnews.com/", "cbsnews.com"},
		{"https://www.facebook.com/CBSPolitics", ""},
		{"https://twitter.com/derfarang", ""},
		{"02.11.2021", ""},
		{"https://m.facebook.com/CBSNews", ""},
		{"https://x.com/derfarang", ""},
		{"facebook.com/CBSPolitics", ""},
		{"https://weather.com/", "weather.com"},
		{"News/Politics", "News/Politics"},
	}
	for _, tt := range tests {
		if got := siteName(tt.in); got != tt.want {
			t.Errorf("siteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLSource(t *testing.T) {
	page := `<!doctype html><html><head><title>Storm hits coast</title>
<link rel="canonical" href="https://www.example-news.com/2024/storm">
<meta property="og:site_name" content="Example News">
</head><body><article><h1>Storm hits coast</h1>
<p>A storm hit the coast on Monday, officials said, and thousands of homes lost power across the region as winds rose.</p>
<p>Crews worked through the night to restore electricity, and the utility said most customers would have it back by Wednesday.</p>
<p>Schools stayed closed and the mayor asked residents to keep off the roads while trees and lines were cleared away.</p>
</article></body></html>`
	x := New(Options{Now: func() time.Time { return time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC) }})
	arts, err := x.Extract(context.Background(), &storyline.Page{ID: "p.html", Format: storyline.FormatHTML, HTML: []byte(page)})
	if err != nil || len(arts) != 1 {
		t.Fatalf("extract: %v, %d articles", err, len(arts))
	}
	a := arts[0]
	if a.URL != "https://www.example-news.com/2024/storm" || a.Source != "example-news.com" || a.Publisher != "Example News" {
		t.Errorf("got url %q source %q publisher %q", a.URL, a.Source, a.Publisher)
	}
}

func TestFeedSite(t *testing.T) {
	tests := []struct{ link, want string }{
		{"#Harbour Gazette » Feed Harbour Gazette » Comments Feed Harbour Gazette » Strike ends Comments Feed", "Harbour Gazette"},
		{"#alternate alternate Calder Courier » Feed Calder Courier » Kommentar-Feed", "Calder Courier"},
		{"#Übermedien Übermedien » Feed Übermedien » Kommentar-Feed", "Übermedien"},
		{"#Telebasel » Feed", "Telebasel"},
		{"#Guinéenews© » Flux Guinéenews© » Flux des commentaires", "Guinéenews©"},
		{"#alternate alternate", ""},
		{"#Latest news » Feed Other Name » Comments Feed", ""}, // the two titles disagree
		{"Harbour Gazette » Feed", ""},                         // no link line
	}
	for _, tt := range tests {
		lines := splitLines(tt.link + "\nA body line that is long enough to be prose, with words.\n")
		if got := feedSite(lines); got != tt.want {
			t.Errorf("feedSite(%q) = %q, want %q", tt.link, got, tt.want)
		}
	}
}

func TestCopyrightLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"© 2026 Harbour Gazette", true},
		{"Copyright 2019 Harbour Gazette", true},
		{"COPYRIGHT NOTICE", true},
		{"all content copyrighted", true},
		{"(c) 2026", false},
		{"Copyrite", false},
		{"copyrigh", false},
		{"", false},
		{"Ünïcödé copyRIGHT ©", true},
	}
	for _, tt := range tests {
		if got := copyrightLine(tt.text); got != tt.want {
			t.Errorf("copyrightLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCopyrightNotice(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Copyright 2023 Harbour Gazette Inc. All rights reserved.", true},
		{"© 1998-2026 Valley Post", true},
		{"©2020 Coastal Wire Media", true},
		{"ALL RIGHTS RESERVED", true},
		{"© Getty Images", false},                         // a photo credit: no year
		{"Photo © Marland News, 12345 views", false},      // no year
		{"Copyright 1850 letters were read", false},       // not a year of the web
		{"© 20231 subscribers", false},                    // five digits
		{"The 2023 budget is copyrighted material", true}, // a claim and a year
		{"", false},
	}
	for _, tt := range tests {
		if got := copyrightNotice(tt.text); got != tt.want {
			t.Errorf("copyrightNotice(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestMastheadIsNoHeadline: a dump whose first article opens under the
// site's masthead gets no headline from it, and the site as its source.
func TestMastheadIsNoHeadline(t *testing.T) {
	text := "HARBOUR WIRE | Latest headlines\nMarkets | Politics | World\n" +
		"The harbour authority and the dockworkers' union agreed on Wednesday to resume talks over the automation plan, but the strike goes on.\n" +
		"The union leader said after the first meeting that the two sides were still far apart on the pace of automation.\n" +
		"The authority's chief executive said he hoped for an agreement before the weekend, and the port stayed shut.\n" +
		"Lenhausen, Marland (Harbour Wire) Mar 11, 2026 - The river burst its banks in three places on Wednesday after two days of rain.\n" +
		"Emergency services said the water reached four metres at the gauge, the highest level since measurements began.\n"
	x := New(Options{Now: func() time.Time { return time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC) }})
	arts, err := x.Extract(context.Background(), &storyline.Page{ID: "p.txt", Origin: storyline.Origin{Path: "p.txt"}, Format: storyline.FormatText, Text: text})
	if err != nil || len(arts) == 0 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	for _, a := range arts {
		if strings.Contains(a.Title, "HARBOUR WIRE") {
			t.Errorf("%s: the masthead %q is its headline", a.ID, a.Title)
		}
		if a.Source != "Harbour Wire" {
			t.Errorf("%s: source %q, want Harbour Wire", a.ID, a.Source)
		}
	}
}

func TestIsMasthead(t *testing.T) {
	lines := splitLines("HARBOUR WIRE | Latest headlines\nMarkets | Politics\n" + strings.Repeat("A body line that is long enough to be prose, with words.\n", 6) +
		"Harbour Wire · Dockworkers end strike after talks\n")
	tests := []struct {
		title string
		want  bool
	}{
		{"HARBOUR WIRE | Latest headlines", true},
		{"Harbour Wire", true},
		{"Harbour Wire · Dockworkers end strike after talks", false},
		{"Dockworkers end strike after talks", false},
	}
	for _, tt := range tests {
		if got := isMasthead(tt.title, "Harbour Wire", lines); got != tt.want {
			t.Errorf("isMasthead(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}
