package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/storyline-news/storyline"
)

func TestHTMLDateVoter(t *testing.T) {
	body := strings.Repeat("<p>Some sentence of running text that is long enough to be the main content of this page.</p>", 8)
	captured := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, head, article, want, evidence string
	}{
		{"itemprop overrules meta", `<meta property="article:published_time" content="2024-03-01T10:00:00Z">`,
			`<span itemprop="datePublished" content="2024-03-02">2 March</span>`, "2024-03-02", srcItemprop},
		{"JSON-LD and meta agree", `<meta property="article:published_time" content="2024-03-01T10:00:00Z">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-01T10:00:00Z","dateModified":"2024-05-01"}</script>`,
			``, "2024-03-01", srcLDPublished},
		{"the date under the headline outvotes a generic meta date", `<meta name="date" content="2022-02-04">`,
			`<h1>A headline</h1><div>Von Anna Muster, 3. Februar 2022</div>`, "2022-02-03", srcHead},
		{"lone htmldate guess loses to the lead's date", ``,
			`<p>Updated on 5 June 2023, and then again.</p>` + `<p>Berlin, 7 June 2024. The report says things.</p>`, "2024-06-07", srcText},
		{"future statements are dropped", `<meta property="article:published_time" content="2030-01-01">` +
			`<script type="application/ld+json">{"datePublished":"2029-01-01"}</script>`, ``, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head>` + tt.head + `</head><body><article>` + tt.article + body + `</article></body></html>`
			arts, err := New(Options{Now: testNow}).Extract(context.Background(),
				&storyline.Page{ID: "p.html", Format: storyline.FormatHTML, HTML: []byte(page), Captured: captured})
			if err != nil || len(arts) != 1 {
				t.Fatalf("got %d articles, %v", len(arts), err)
			}
			a := arts[0]
			if a.Published != tt.want || a.PublishedEvidence != tt.evidence {
				t.Errorf("got %q (%s %.2f), want %q (%s)", a.Published, a.PublishedEvidence, a.PublishedConfidence, tt.want, tt.evidence)
			}
			if a.Published != "" && (a.PublishedConfidence <= 0 || a.PublishedConfidence > 1) {
				t.Errorf("confidence %.2f", a.PublishedConfidence)
			}
		})
	}
}

func TestDateCandidates(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://x.example/2021/04/05/story">
<meta name="parsely-pub-date" content="2021-04-05T08:00:00Z"><meta property="og:updated_time" content="2021-04-09">
<script type="application/ld+json">{"@graph":[{"dateCreated":"2021-04-04","datePublished":"2021-04-05"}]}</script></head>
<body><time class="entry-date published" datetime="2021-04-05T08:00:00+02:00">5 April</time></body></html>`
	doc, err := parseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range dateCandidates(doc, "") {
		got[c.src] = c.day.Format("2006-01-02")
	}
	want := map[string]string{srcURL: "2021-04-05", srcMetaDate: "2021-04-05", srcMetaModified: "2021-04-09",
		srcLDCreated: "2021-04-04", srcLDPublished: "2021-04-05", srcTimePub: "2021-04-05", srcTimeFirst: "2021-04-05"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %v", got)
	}
}
