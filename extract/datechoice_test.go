package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"

	"github.com/storyline-news/storyline"
)

// TestDateChoice runs the embedded date model on self-written pages
// (testdata/dates) whose right day is plain.
func TestDateChoice(t *testing.T) {
	captured := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		file, want, evidence string
	}{
		{"itemprop.html", "2024-03-01", srcHTMLDate},         // the meta tag and htmldate, which reads it, outvote a lone itemprop
		{"itemprop_shown.html", "2024-03-02", srcHead},       // itemprop with its day shown under the headline overrules the meta tag
		{"ld_meta_agree.html", "2024-03-01", srcLDPublished}, // JSON-LD and meta agree; the modified day loses
		{"under_headline.html", "2022-02-03", srcHead},       // the date under the headline outvotes a generic meta date
		{"lead_date.html", "2024-06-07", srcText},            // the lead's date and htmldate's guess
		{"url_and_time.html", "2021-04-05", srcURL},          // the URL and <time> agree
		{"labelled.html", "2023-11-01", srcLabelPub},         // a labelled date and a marked one outvote a generic meta date
		{"future.html", "", ""},                              // statements after the capture are dropped
		{"undated.html", "", ""},                             // no date anywhere: none made up
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "dates", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			arts, err := New(Options{Now: testNow}).Extract(context.Background(),
				&storyline.Page{ID: tt.file, Format: storyline.FormatHTML, HTML: page, Captured: captured})
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

// TestDateModelChoose checks the choice and its fallback to go-htmldate's
// day on hand-set weights.
func TestDateModelChoose(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	w := make([]float64, DateFeatures)
	w[htmlDays.index[srcHTMLDate]] = 1
	w[htmlDays.index[srcLDPublished]] = 1
	w[htmlDays.index[srcHead]] = 2
	hd := dateCand{src: srcHTMLDate, day: day("2020-01-01")}
	ld := dateCand{src: srcLDPublished, day: day("2020-01-01")}
	head := dateCand{src: srcHead, day: day("2020-01-02")}
	tests := []struct {
		name     string
		fallback float64
		cs       []dateCand
		want     string
		fellBack bool
	}{
		{"no candidates", 0.9, nil, "", false},
		{"one day", 0.9, []dateCand{hd}, "2020-01-01", false},
		{"the heavier day wins", 0, []dateCand{hd, head}, "2020-01-02", false},
		{"unsure: htmldate's day stands", 0.9, []dateCand{hd, head}, "2020-01-01", true},
		{"sure enough: no fallback", 0.6, []dateCand{hd, head}, "2020-01-02", false},
		{"a tie goes to the first day, htmldate's", 0, []dateCand{hd, ld, head}, "2020-01-01", false},
		{"no htmldate day: nothing to fall back to", 0.99, []dateCand{ld, head}, "2020-01-02", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := DateModel{Features: DateFeatures, Weights: w, Fallback: tt.fallback}
			x := htmlDays.example(tt.cs, "site", "")
			i, p, fellBack := m.Choose(x)
			got := ""
			if i >= 0 {
				got = x.Days[i]
			}
			if got != tt.want || fellBack != tt.fellBack {
				t.Errorf("got %q (p %.2f, fell back %v), want %q (fell back %v)", got, p, fellBack, tt.want, tt.fellBack)
			}
			if g := m.pick(htmlDays, tt.cs); tt.fellBack && g.evidence != srcHTMLDate {
				t.Errorf("evidence %q after a fallback, want %q", g.evidence, srcHTMLDate)
			}
		})
	}
}

// TestDayFeatures checks the sources and the latest, earliest and most
// stated marks of the candidate days.
func TestDayFeatures(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	n := len(htmlDays.names)
	jan, feb := day("2021-01-01"), day("2021-02-01")
	tests := []struct {
		name            string
		cs              []dateCand
		i               int
		srcs            []string
		late, ear, most bool
	}{
		{"a lone day is neither latest nor earliest nor most stated", []dateCand{{src: srcURL, day: jan}, {src: srcHead, day: jan}}, 0, []string{srcURL, srcHead}, false, false, false},
		{"the later of two", []dateCand{{src: srcURL, day: jan}, {src: srcMetaModified, day: feb}}, 1, []string{srcMetaModified}, true, false, false},
		{"the earlier of two", []dateCand{{src: srcURL, day: jan}, {src: srcMetaModified, day: feb}}, 0, []string{srcURL}, false, true, false},
		{"the middle of three", []dateCand{{src: srcURL, day: jan}, {src: srcText, day: day("2021-01-15")}, {src: srcMetaModified, day: feb}}, 1, []string{srcText}, false, false, false},
		{"the day more sources state", []dateCand{{src: srcHTMLDate, day: feb}, {src: srcLDCreated, day: jan}, {src: srcItemprop, day: jan}}, 1, []string{srcLDCreated, srcItemprop}, false, true, true},
		{"the day fewer sources state", []dateCand{{src: srcHTMLDate, day: feb}, {src: srcLDCreated, day: jan}, {src: srcItemprop, day: jan}}, 0, []string{srcHTMLDate}, true, false, false},
		{"as many sources as another day: not most", []dateCand{{src: srcHTMLDate, day: feb}, {src: srcHead, day: feb}, {src: srcLDCreated, day: jan}, {src: srcItemprop, day: jan}}, 0, []string{srcHTMLDate, srcHead}, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := htmlDays.dayFeatures(groupDays(tt.cs), tt.i)
			want := make([]float64, DateFeatures)
			for _, s := range tt.srcs {
				want[htmlDays.index[s]] = 1
			}
			if tt.late {
				want[n+featLatest] = 1
			}
			if tt.ear {
				want[n+featEarliest] = 1
			}
			if tt.most {
				want[n+featMost] = 1
			}
			for k := range want {
				if f[k] != want[k] {
					t.Fatalf("features %v, want %v", f, want)
				}
			}
		})
	}
}

// TestEmbeddedDateModelFits fails when date.json was trained for other
// features than this build's (retrain: storyline train date).
func TestEmbeddedDateModelFits(t *testing.T) {
	var m DateModel
	if err := json.Unmarshal(dateJSON, &m); err != nil {
		t.Fatal(err)
	}
	if m.Features != DateFeatures || len(m.Weights) != DateFeatures {
		t.Fatalf("date.json has %d features (%d weights), the build %d: run storyline train date", m.Features, len(m.Weights), DateFeatures)
	}
	if m.Fallback < 0 || m.Fallback >= 1 {
		t.Errorf("fallback %g outside [0, 1)", m.Fallback)
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
	for _, c := range dateCandidates(doc, "", 0) {
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

// TestLabelledAndMarkedDates checks the candidates read from the body's
// text after a label and from elements whose class or id names a date.
func TestLabelledAndMarkedDates(t *testing.T) {
	long := strings.Repeat("The council met and talked about the bridge. ", 4)
	tests := []struct {
		name string
		body string
		want map[string]string // source → day; sources not named must be absent
	}{
		{"a German label", `<p>Text.</p><p>Erstellt am: 01.11.2023</p>`,
			map[string]string{srcLabelPub: "2023-11-01"}},
		{"a plain date label", `<div>Datum: 05.02.2020</div>`,
			map[string]string{srcLabelPub: "2020-02-05"}},
		{"an update is no date label", `<div>Last update 05.02.2020</div>`,
			map[string]string{}},
		{"an Italian label", `<p>Pubblicato il 19 febbraio 2020</p>`,
			map[string]string{srcLabelPub: "2020-02-19"}},
		{"a label, a weekday and a time", `<p>Published on Tuesday, March 3, 2020 at 9:00</p>`,
			map[string]string{srcLabelPub: "2020-03-03"}},
		{"the label in one element, the date in the next", `<label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div>`,
			map[string]string{srcLabelMod: "2022-01-14"}},
		{"both labels, the first of each", `<p>Veröffentlicht am 3. März 2021 | Aktualisiert am 5. März 2021</p><p>Veröffentlicht: 1.1.2020</p>`,
			map[string]string{srcLabelPub: "2021-03-03", srcLabelMod: "2021-03-05"}},
		{"a date with no label before it", `<p>On 3 March 2021 the council met.</p><p>Published by the council.</p>`,
			map[string]string{}},
		{"a label word too far before the date", `<p>Published in the paper of the town council, which met on 3 March 2021.</p>`,
			map[string]string{}},
		{"a marked element with a two-digit year", `<div class="news-single-timedata">05.02.20 <span>Redaktion: E. Fuhr</span></div>`,
			map[string]string{srcClassDate: "2020-02-05"}},
		{"a marked element by id, a full date", `<span id="datum">31. Oktober 2023.</span><span class="date">1. November 2023</span>`,
			map[string]string{srcClassDate: "2023-10-31"}},
		{"a marked element in a nav, an aside or a footer is skipped", `<nav><span class="date">01.01.2020</span></nav><aside><p class="date">02.01.2020</p></aside><p><span class="date">05.02.2020</span></p><footer><span class="date">03.01.2020</span></footer>`,
			map[string]string{srcClassDate: "2020-02-05"}},
		{"an update mark is no publication mark", `<span class="updated-date">05.02.2020</span>`,
			map[string]string{}},
		{"a marked element with a long text", `<div class="post-date-wrapper">05.02.2020 ` + long + `</div>`,
			map[string]string{}},
		{"a two-digit year outside a marked element", `<p class="intro">Version 05.02.20 is out.</p>`,
			map[string]string{}},
		{"a marked date after an update label is the update's", `<h4>Zuletzt geändert am:</h4><ul><li class="timestamp-list__item">15.10.2021</li></ul>`,
			map[string]string{srcLabelMod: "2021-10-15"}},
		{"a word that begins with a label is none", `<p>Evening Standard</p><span class="date">13.01.2020</span>`,
			map[string]string{srcClassDate: "2020-01-13"}},
		{"a marked date after a publication label is read", `<span>Erschienen am:</span><h2 class="date">13.10.2021</h2>`,
			map[string]string{srcLabelPub: "2021-10-13", srcClassDate: "2021-10-13"}},
		{"a marked date in the site's masthead is skipped", `<header><div class="logo"><a href="/">Star</a></div><span class="date">Tue, 14 Jan 2020</span></header><div><p class="date">13.01.2020</p></div>`,
			map[string]string{srcClassDate: "2020-01-13"}},
		{"a marked date in the article's header is read", `<article><header><h1>Title</h1><span class="date">13.01.2020</span></header></article>`,
			map[string]string{srcClassDate: "2020-01-13"}},
		{"a marked date in a header inside <main> is read", `<main><header><span class="date">13.01.2020</span></header></main>`,
			map[string]string{srcClassDate: "2020-01-13"}},
		{"a label after the date, a template's time between", `<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um %H:%M Uhr ver&ouml;ffentlicht und unter SCADA abgelegt.</p>`,
			map[string]string{srcLabelPub: "2011-12-03"}},
		{"a label right after the date", `<p>Der Artikel wurde am 14.01.2022 aktualisiert.</p>`,
			map[string]string{srcLabelMod: "2022-01-14"}},
		{"a Dutch label after the date and a time", `<p>Op 3 maart 2021 om 10.15 uur gepubliceerd</p>`,
			map[string]string{srcLabelPub: "2021-03-03"}},
		{"a noun after a date labels what follows", `<p>Gültig bis 14.01.2022 Datum der Prüfung folgt.</p>`,
			map[string]string{}},
		{"a participle after a date and other words is none", `<p>Am 3. März 2021 hat der Rat den Bericht veröffentlicht.</p>`,
			map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parseHTML([]byte("<html><head><title>T</title></head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, c := range dateCandidates(doc, "", 0) {
				switch c.src {
				case srcLabelPub, srcLabelMod, srcClassDate:
					got[c.src] = c.day.Format("2006-01-02")
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: got %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

// TestURLDates checks the dates read from a page's URL: a date as folders
// (srcURL) or ending a word of the slug (srcURLSlug, which a numeric id can
// look like), in the path only, not digits inside a longer number.
func TestURLDates(t *testing.T) {
	tests := []struct {
		name, url, want, src string // want "" for no date
	}{
		{"folders", "https://x.example/2021/04/05/story", "2021-04-05", srcURL},
		{"one folder", "https://x.example/news/20210405/story.html", "2021-04-05", srcURL},
		{"ending a slug", "https://x.example/world/megablaze-under-control-20200113", "2020-01-13", srcURLSlug},
		{"a slug with a trailing slash", "https://x.example/tuft-cells-20191115/", "2019-11-15", srcURLSlug},
		{"between underscores", "https://x.example/detail/307_3_r_20231102_1698920402044235", "2023-11-02", srcURLSlug},
		{"dashed in a slug", "https://x.example/news/storm-2019-12-09-report", "2019-12-09", srcURLSlug},
		{"a slug before a query", "https://x.example/story-20200113?x=1", "2020-01-13", srcURLSlug},
		{"an id shaped like a day is a slug date, weighed apart", "https://x.example/news/uk-politics-20110524", "2011-05-24", srcURLSlug},
		{"a valid folder date after an invalid one", "https://x.example/id-20200013/2020/01/13/", "2020-01-13", srcURL},
		{"inside a longer number", "https://x.example/news/story-2020011300", "", ""},
		{"an id, no date", "https://x.example/news/263700449/story", "", ""},
		{"no month 13", "https://x.example/item-20201301", "", ""},
		{"mixed separators", "https://x.example/img_2000_1024_x.jpg", "", ""},
		{"in the query only", "https://x.example/story?utm_campaign=daily_20200113", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &candWalk{seen: map[string]bool{}}
			c.url(tt.url)
			got, src := "", ""
			if len(c.out) > 0 {
				got, src = c.out[0].day.Format("2006-01-02"), c.out[0].src
			}
			if got != tt.want || src != tt.src || len(c.out) > 1 {
				t.Errorf("%s: got %q from %q (%d dates), want %q from %q", tt.url, got, src, len(c.out), tt.want, tt.src)
			}
		})
	}
}

// TestCoarseHTMLDate checks which of go-htmldate's answers are a year or a
// month found without a day (a copyright line, a URL's /2010/06/) and
// give no candidate.
func TestCoarseHTMLDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		r    htmldate.Result
		want bool
	}{
		{"copyright year", htmldate.Result{DateTime: day(2022, 1, 1), SrcString: "Copyright © 2022 DLG e.V.</p></div>"}, true},
		{"year range", htmldate.Result{DateTime: day(1998, 1, 1), SrcString: "1998-2022 of Kasper Skaarhoj."}, true},
		{"month of a URL", htmldate.Result{DateTime: day(2010, 6, 1), SrcString: `/2010/06/a-story/">Read</a>`}, true},
		{"first of a month written in full", htmldate.Result{DateTime: day(2019, 1, 1), SrcString: "https://example.org/2019/01/01/new-year/"}, false},
		{"first of a month run together", htmldate.Result{DateTime: day(2022, 1, 1), SrcString: "https://example.org/news/20220101-new-year"}, false},
		{"first of a month with its time", htmldate.Result{DateTime: day(2020, 3, 1), HasTime: true, SrcString: "2020"}, false},
		{"another day", htmldate.Result{DateTime: day(2020, 3, 2), SrcString: "2020"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := coarseHTMLDate(tt.r); got != tt.want {
				t.Errorf("coarseHTMLDate = %v, want %v", got, tt.want)
			}
			if got := htmlDateGuess(tt.r).known(); got == tt.want {
				t.Errorf("htmlDateGuess known = %v, want %v", got, !tt.want)
			}
		})
	}
}
