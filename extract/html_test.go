package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/storyline-news/storyline"
)

func TestExtractHTML(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "reuters.html"))
	if err != nil {
		t.Fatal(err)
	}
	x := New(Options{Now: testNow})
	arts, err := x.Extract(context.Background(), &storyline.Page{ID: "reuters.html", Format: storyline.FormatHTML, HTML: b})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	if a.Title != "Portugal to expand rail network, minister says" {
		t.Errorf("title = %q", a.Title)
	}
	if a.Published != "2024-04-15" || a.PublishedConfidence < 0.8 {
		t.Errorf("published = %q (%.2f %s)", a.Published, a.PublishedConfidence, a.PublishedEvidence)
	}
	if a.Dateline == nil || a.Dateline.Place != "LISBON" || a.Dateline.Agency != "Reuters" {
		t.Errorf("dateline = %+v", a.Dateline)
	}
	if !strings.HasPrefix(a.Body, "Portugal will spend several billion euros") {
		t.Errorf("body starts %q", head(a.Body, 60))
	}
	for _, s := range []string{"(Reuters)", "Home", "All rights reserved", "By Maria Costa"} {
		if strings.Contains(a.Body, s) {
			t.Errorf("body contains %q", s)
		}
	}
}

func TestExtractHTMLFutureDate(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2030-01-01"></head><body><article>` +
		strings.Repeat("<p>Some sentence of running text that is long enough to be the main content of this page.</p>", 8) +
		`</article></body></html>`
	captured := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	arts, err := New(Options{Now: testNow}).Extract(context.Background(),
		&storyline.Page{ID: "f.html", Format: storyline.FormatHTML, HTML: []byte(page), Captured: captured})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Published >= "2025-01-02" {
			t.Errorf("published %s lies after the capture %s", a.Published, captured.Format("2006-01-02"))
		}
	}
}

func TestExtractStructured(t *testing.T) {
	x := New(Options{Now: testNow})
	tests := []struct {
		name string
		page storyline.Page
		body string
		pub  string
	}{
		{"jsonl text", storyline.Page{Format: storyline.FormatJSONL, Title: "T", Published: "2024-05-06T07:08:09+02:00",
			Text: "BERLIN (dpa) - First paragraph here.\nSecond paragraph."}, "First paragraph here.\n\nSecond paragraph.", "2024-05-06"},
		{"feed fragment", storyline.Page{Format: storyline.FormatFeed, Title: "T", Published: "Mon, 06 May 2024 07:08:09 +0000",
			HTML: []byte("<p>One <b>bold</b> point.</p><p>Two.</p><script>x()</script>")}, "One bold point.\n\nTwo.", "2024-05-06"},
		{"no date", storyline.Page{Format: storyline.FormatJSONL, Text: "Just text."}, "Just text.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.page
			p.ID = "rec-1"
			arts, err := x.Extract(context.Background(), &p)
			if err != nil || len(arts) != 1 {
				t.Fatalf("got %d articles, %v", len(arts), err)
			}
			a := arts[0]
			if a.Body != tt.body || a.Published != tt.pub || a.ID != "rec-1" {
				t.Errorf("got id %q body %q published %q, want body %q published %q", a.ID, a.Body, a.Published, tt.body, tt.pub)
			}
			if tt.pub != "" && (a.PublishedEvidence != "input" || a.PublishedConfidence != 1) {
				t.Errorf("evidence %s %.2f, want input 1", a.PublishedEvidence, a.PublishedConfidence)
			}
		})
	}
}

// TestRecordTitleDate checks that a record whose title field holds only
// its date line gets that date and no headline, and that a headline which
// writes a date keeps being the headline.
func TestRecordTitleDate(t *testing.T) {
	x := New(Options{Now: testNow})
	tests := []struct {
		title, published   string
		wantTitle, wantPub string
	}{
		{"Tuesday, May 24, 2005", "", "", "2005-05-24"},
		{"DECEMBER 16, 2008", "", "", "2008-12-16"},
		{"Posted: 16.12.2008 14:05 Uhr", "", "", "2008-12-16"},
		{"Tuesday, May 24, 2005", "2005-05-25", "", "2005-05-25"}, // the record's own date wins
		{"Obama signs bill on May 5, 2009", "", "Obama signs bill on May 5, 2009", ""},
		{"2009-05-05 Obama signs bill", "", "2009-05-05 Obama signs bill", ""},
		{"May 5, 2009: a day to remember", "", "May 5, 2009: a day to remember", ""},
		{"Sixers fire coach", "", "Sixers fire coach", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			p := storyline.Page{ID: "rec-1", Format: storyline.FormatJSONL, Title: tt.title, Published: tt.published,
				Text: "The Sixers fired their coach, the team said."}
			arts, err := x.Extract(context.Background(), &p)
			if err != nil || len(arts) != 1 {
				t.Fatalf("got %d articles, %v", len(arts), err)
			}
			if a := arts[0]; a.Title != tt.wantTitle || a.Published != tt.wantPub {
				t.Errorf("title %q published %q, want %q %q", a.Title, a.Published, tt.wantTitle, tt.wantPub)
			}
		})
	}
}

// TestRecordTitleDateAfterPageDate checks that a record holding a whole
// page keeps the date the page states when its title field is a date line.
func TestRecordTitleDateAfterPageDate(t *testing.T) {
	page := `<html><head><title>Sixers fire coach</title><meta property="article:published_time" content="2005-05-20T10:00:00Z"></head>
<body><article><h1>Sixers fire coach</h1><p>The Sixers fired their coach on Friday, the team said in a statement to reporters.</p>
<p>The coach had led the team for three seasons and reached the playoffs twice.</p></article></body></html>`
	p := storyline.Page{ID: "rec-1", Format: storyline.FormatJSONL, Title: "Tuesday, May 24, 2005", HTML: []byte(page)}
	arts, err := New(Options{Now: testNow}).Extract(context.Background(), &p)
	if err != nil || len(arts) != 1 {
		t.Fatalf("got %d articles, %v", len(arts), err)
	}
	if a := arts[0]; a.Published != "2005-05-20" || a.Title != "Sixers fire coach" {
		t.Errorf("title %q published %q, want the page's: \"Sixers fire coach\" 2005-05-20", a.Title, a.Published)
	}
}

func TestExtractBadHTML(t *testing.T) {
	_, err := New(Options{Now: testNow}).Extract(context.Background(), &storyline.Page{ID: "x", Format: storyline.FormatHTML, HTML: []byte("   ")})
	if storyline.ErrorCode(err) != storyline.EINPUT {
		t.Errorf("empty HTML: error %v, want code %s", err, storyline.EINPUT)
	}
}

// TestSoftHyphens checks that a page's soft hyphens, written as characters
// or as references, leave its text and attributes, and which pages are
// walked for them.
func TestSoftHyphens(t *testing.T) {
	for _, page := range []string{
		`<html><head><meta property="og:title" content="Mes&shy;sen&shy;ger"></head><body><h1>Mes&shy;sen&shy;ger</h1><p>rechts&#173;frei&#xAD;er Raum</p></body></html>`,
		"<html><head><meta property=\"og:title\" content=\"Mes\u00adsen\u00adger\"></head><body><h1>Mes\u00adsen\u00adger</h1><p>rechts\u00adfrei\u00ader Raum</p></body></html>",
		"<html><body><h1>Mes&shy sen&SHY;ger</h1></body></html>",
		"<html><body><h1>Mes&#00173;sen&#x000AD;ger</h1></body></html>",
		"<html><body><h1>Mes&#173a sen</h1></body></html>", // a decimal reference ends at a letter
	} {
		if !maySoftHyphen([]byte(page)) {
			t.Errorf("maySoftHyphen(%q) = false", page)
		}
		doc, err := parseHTML([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := html.Render(&b, doc); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), softHyphen) {
			t.Errorf("%q: soft hyphens left in %q", page, b.String())
		}
	}
	for _, page := range []string{`<p>Tom &amp; Jerry &#174; &sh</p>`, `<p>no reference at all</p>`, `<p>ends with &</p>`, `<p>&#1735; &#xad0; &#x</p>`} {
		if maySoftHyphen([]byte(page)) {
			t.Errorf("maySoftHyphen(%q) = true, want false", page)
		}
	}
}

// TestPageEncoding: a page that is UTF-8 but for a stray byte is read as
// UTF-8; a page in the legacy code page it declares is read in it; a page
// in a legacy code page that declares nothing is left to the guess.
func TestPageEncoding(t *testing.T) {
	page := func(head, body string) []byte {
		return []byte("<html><head>" + head + "</head><body><h1>Nagłówek</h1><p>" + body + "</p></body></html>")
	}
	tests := []struct {
		name    string
		page    []byte
		want    string // in the parsed text
		notWant string // and not
	}{
		{"valid UTF-8", page(`<meta charset="utf-8">`, "Sprzeciw wobec ataków"), "ataków", ""},
		{"UTF-8 and a stray byte", page(`<meta charset="utf-8">`, strings.Repeat("Sprzeciw wobec ataków na fundację. ", 10)+"\x81"), "ataków", ""},
		{"Windows-1250 declared", page(`<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250">`,
			"Unijne fundusze coraz bli\xbfej, zag\xb3osowa\xb3 Sejm"), "bliżej", ""},
		{"UTF-8 declared, Latin-1 written", page(`<meta charset="utf-8">`, "M\xe4scot auf der gr\xfcnen Wiese und der gr\xfcnen Weide"), "grünen", ""},
		{"UTF-16 declared", page(`<meta http-equiv="Content-Type" content="text/html; charset=unicode">`, "Unijne fundusze coraz bli\xbfej"), "Unijne fundusze", ""},
		{"replacement declared", page(`<meta charset="iso-2022-kr">`, "Unijne fundusze coraz bli\xbfej"), "Unijne fundusze", ""},
		{"a charset in a comment", page(`<!-- <meta charset="windows-1251"> --><meta charset="utf-8">`, "Caf\xe9 na zag\xb3osowa\xb3"), "Caf", "й"},
		{"a charset in a description", page(`<meta name="description" content="how to set charset=koi8-r"><meta charset="utf-8">`, "Caf\xe9 na zag\xb3osowa\xb3"), "Caf", "И"},
	}
	for _, tt := range tests {
		doc, err := parseHTML(tt.page)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var b strings.Builder
		if err := html.Render(&b, doc); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); !strings.Contains(got, tt.want) || !utf8.ValidString(got) || tt.notWant != "" && strings.Contains(got, tt.notWant) {
			t.Errorf("%s: parsed %q, want %q and no %q in valid UTF-8", tt.name, got, tt.want, tt.notWant)
		}
	}
	for _, tt := range []struct {
		b    string
		want bool
	}{
		{"plain ASCII", false}, {"zażółć gęślą jaźń", false}, {"zażółć gęślą jaźń, zażółć gęślą jaźń, zażółć \xff", true},
		{"zażółć gęślą jaźń \xff", false},
		{"za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1", false}, {"\xff", false},
	} {
		if got := mostlyUTF8([]byte(tt.b)); got != tt.want {
			t.Errorf("mostlyUTF8(%q) = %v, want %v", tt.b, got, tt.want)
		}
	}
}

// TestShortPageParagraphs: a short page written without white space
// between its tags keeps its paragraphs apart (go-trafilatura's baseline
// runs them into one), with the headline out of the body.
func TestShortPageParagraphs(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"an article element", `<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1><p>The harbour authority said on Tuesday that ferry fares will rise by a tenth in January.</p><p>"We have no choice," its director Ines Vaal said.</p></article></body></html>`,
			[]string{"The harbour authority said on Tuesday that ferry fares will rise by a tenth in January.", `"We have no choice," its director Ines Vaal said.`}},
		{"the body alone", `<html><head><title>Library reopens</title></head><body><h1>Library reopens</h1><p>The public library reopened on Monday after a two-year renovation, the city said.</p><p>Visitors had waited outside since seven in the morning.</p></body></html>`,
			[]string{"The public library reopened on Monday after a two-year renovation, the city said.", "Visitors had waited outside since seven in the morning."}},
	}
	x := New(Options{Now: testNow})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := x.Extract(context.Background(), &storyline.Page{ID: "short.html", Format: storyline.FormatHTML, HTML: []byte(tt.page)})
			if err != nil || len(arts) != 1 {
				t.Fatalf("%d articles, %v", len(arts), err)
			}
			if want := strings.Join(tt.want, "\n\n"); arts[0].Body != want {
				t.Errorf("body %q\nwant %q", arts[0].Body, want)
			}
		})
	}
}
