package extract

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTitleSegments(t *testing.T) {
	tests := []struct {
		title string
		want  []string
	}{
		{"Harbour strike ends | Port Calder Gazette", []string{"Harbour strike ends", "Port Calder Gazette"}},
		{"Gazette - Strike ends - after 3 days", []string{"Gazette - Strike ends", "Strike ends - after 3 days"}},
		{"No separator here", nil},
	}
	for _, tt := range tests {
		if got := titleSegments(tt.title); !slices.Equal(got, tt.want) {
			t.Errorf("titleSegments(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestLDHeadlines(t *testing.T) {
	tests := []struct {
		script string
		want   []string
	}{
		{`{"@type":"NewsArticle","headline":"A"}`, []string{"A"}},
		{`{"@graph":[{"@type":"WebPage"},{"@type":"Article","headline":"B"}]}`, []string{"B"}},
		{`[{"headline":"C"},{"headline":"D"}]`, []string{"C", "D"}},
		{`{"headline": broken`, nil},
	}
	for _, tt := range tests {
		if got := ldHeadlines(tt.script); !slices.Equal(got, tt.want) {
			t.Errorf("ldHeadlines(%s) = %q, want %q", tt.script, got, tt.want)
		}
	}
}

const headlinePage = `<html><head>
<title>Harbour strike ends after three days | Port Calder Gazette</title>
<meta property="og:title" content="Harbour strike ends after three days">
<meta name="twitter:title" content="Strike over!">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour strike ends after three days"}</script>
</head><body><nav><a href="/">Port Calder Gazette</a></nav>
<h1>Harbour strike ends after three days</h1><p>The strike ended.</p><h1>Most read</h1></body></html>`

func TestHeadlineCandidates(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(headlinePage))
	if err != nil {
		t.Fatal(err)
	}
	cands := headlineCandidates(doc, pageMeta{title: "Harbour strike ends after three days | Port Calder Gazette"})
	got := map[headSource][]string{}
	for _, c := range cands {
		got[headSource(c.src)] = append(got[headSource(c.src)], c.text)
	}
	want := map[headSource][]string{
		headTrafilatura:  {"Harbour strike ends after three days | Port Calder Gazette"},
		headTitle:        {"Harbour strike ends after three days | Port Calder Gazette"},
		headTitleSegment: {"Harbour strike ends after three days", "Port Calder Gazette"},
		headOG:           {"Harbour strike ends after three days"},
		headTwitter:      {"Strike over!"},
		headLD:           {"Harbour strike ends after three days"},
		headH1:           {"Harbour strike ends after three days"}, // the first <h1> only
	}
	for src, w := range want {
		if !slices.Equal(got[src], w) {
			t.Errorf("source %d: %q, want %q", src, got[src], w)
		}
	}
}

const sitePage = `<html><head>
<title>Harbour strike ends | Port Calder Gazette</title>
<meta property="og:site_name" content="Port Calder Gazette">
<meta property="og:url" content="https://www.portcalder.com/news/strike">
</head><body><nav><h1>Menu</h1></nav>
<header><h1 class="site-title"><a href="https://www.portcalder.com/" rel="home">PortCalder</a></h1></header>
<h1 class="sr-only">Details</h1><h2>Latest</h2>
<ul><li><a class="teaser-title" href="/x">Other news</a></li></ul>
<article><h1><span class="kicker">Harbour:</span> Strike ends</h1>
<p class="article-headline">Strike ends</p></article></body></html>`

// TestHeadlineSiteCandidates checks the candidates that read where a page
// names its site: the logo, navigation and hidden <h1>s set apart, the
// kicker above a headline cut off, the <title> without the site's name,
// and the texts that name the site marked.
func TestHeadlineSiteCandidates(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(sitePage))
	if err != nil {
		t.Fatal(err)
	}
	got := map[headSource][]string{}
	for _, c := range headlineCandidates(doc, pageMeta{}) {
		got[headSource(c.src)] = append(got[headSource(c.src)], c.text)
	}
	want := map[headSource][]string{
		headH1Other:       {"Menu", "PortCalder", "Details"},
		headH1:            {"Harbour: Strike ends"},
		headH1Rest:        {"Strike ends"},
		headTitleStripped: {"Harbour strike ends"},
		headSiteName:      {"Port Calder Gazette", "PortCalder"},
		headClass:         {"Strike ends"}, // not the logo nor a link
		headH2:            nil,             // the page has a headline <h1>
	}
	for src, w := range want {
		if !slices.Equal(got[src], w) {
			t.Errorf("source %d: %q, want %q", src, got[src], w)
		}
	}
}

// TestHeadlineLogoNamesSite checks that a logo <h1> names the site: the
// <title> is cut of it though the page states no site name.
func TestHeadlineLogoNamesSite(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><title>Strike ends | The Gazette</title></head><body><h1><a href="/">The Gazette</a></h1><h1>Strike ends</h1></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	got := map[headSource][]string{}
	for _, c := range headlineCandidates(doc, pageMeta{}) {
		got[headSource(c.src)] = append(got[headSource(c.src)], c.text)
	}
	if want := []string{"Strike ends"}; !slices.Equal(got[headTitleStripped], want) {
		t.Errorf("title stripped %q, want %q", got[headTitleStripped], want)
	}
	if want := []string{"The Gazette", "The Gazette"}; !slices.Equal(got[headSiteName], want) {
		t.Errorf("site names %q, want %q", got[headSiteName], want)
	}
}

func TestHeadlineH2(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><nav><h2>Menu</h2></nav><h1><a href="/">Gazette</a></h1><h2>Strike ends</h2><h2>More</h2></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range headlineCandidates(doc, pageMeta{}) {
		if c.src == int(headH2) {
			got = append(got, c.text)
		}
	}
	if want := []string{"Strike ends"}; !slices.Equal(got, want) {
		t.Errorf("h2 candidates %q, want %q", got, want)
	}
}

func TestSiteNames(t *testing.T) {
	site := newSiteNames([]string{"Port Calder Gazette", ""}, "https://www.backen-gluecklich.de/a/b")
	tests := []struct {
		text string
		want bool
	}{
		{"port calder gazette", true},
		{"Backen Glücklich", true},
		{"BACKEN-GLUECKLICH.DE", true},
		{"Backen", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := site.names(tt.text); got != tt.want {
			t.Errorf("names(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsHomeHref(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"/", true},
		{"https://example.com/", true},
		{"https://example.com", true},
		{"", false},
		{"/news/", false},
		{"https://example.com/?p=1", false},
		{"#top", false},
	}
	for _, tt := range tests {
		if got := isHomeHref(tt.href); got != tt.want {
			t.Errorf("isHomeHref(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
}

// TestChooseHeadline checks the embedded model's choice on pages written
// for the test: the headline the sources agree on, not the <title> with
// the site's name nor a social-media teaser.
func TestChooseHeadline(t *testing.T) {
	var m FieldModel
	if err := json.Unmarshal(headlineJSON, &m); err != nil || !m.fits(headFeatures) {
		t.Fatalf("embedded headline model does not fit this build (features %d, want %d): %v; run storyline train headline", m.Features, headFeatures, err)
	}
	tests := []struct {
		name, page, trafilatura, want string
	}{
		{"agreement", headlinePage, "Harbour strike ends after three days | Port Calder Gazette", "Harbour strike ends after three days"},
		{"h1 only", `<html><body><h1>Council votes on budget</h1></body></html>`, "", "Council votes on budget"},
		{"title only", `<html><head><title>Council votes on budget - Daily Post</title></head><body></body></html>`, "", "Council votes on budget"},
		{"nothing", `<html><body><p>x</p></body></html>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := FieldHeadline.choose(headlineCandidates(doc, pageMeta{title: tt.trafilatura}), m); got != tt.want {
				t.Errorf("headline %q, want %q", got, tt.want)
			}
		})
	}
}
