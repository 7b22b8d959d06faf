package extract

import (
	"bytes"
	"context"
	"fmt"
	nurl "net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyline-news/storyline"
)

const noscriptPage = `<!doctype html><html><head><title>Harbour strike enters third day</title></head><body>
<article><h1>Harbour strike enters third day</h1>
<p>The harbour authority and the dockworkers' union agreed on Wednesday to resume talks over the automation plan, but the strike that has halted the port since Monday goes on.</p>
<noscript><img src="https://track.example/pixel.gif" width="1" height="1"><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X"></iframe></noscript>
<p>"It was a start, nothing more," the union leader told reporters outside the authority's offices after the first meeting, which lasted four hours.</p>
<noscript><iframe src="https://comments.example/embed"></iframe><img src="x" onerror="alert(1)"></noscript>
<p>Exporters warned that every day of the stoppage cost the regional economy about 30 million euros, and shipping lines said more vessels were waiting at anchor.</p>
</article></body></html>`

// TestNoscriptNeverReachesBody: what a page offers browsers without
// scripts (tracking pixels, iframes, "enable JavaScript") is no article text.
func TestNoscriptNeverReachesBody(t *testing.T) {
	variants := map[string]string{
		"article": noscriptPage,
		"div":     strings.ReplaceAll(noscriptPage, "article>", "div>"),
		"in a paragraph": strings.Replace(noscriptPage, "since Monday goes on.</p>",
			`since Monday goes on. <noscript><img src="https://track.example/pixel.gif"></noscript></p>`, 1),
		"in a figure": strings.Replace(noscriptPage, "<noscript>Please",
			`<figure><noscript><img src="https://cdn.example/photo.jpg" alt="Dockworkers at the gate"></noscript><figcaption>Dockworkers at the gate</figcaption></figure><noscript>Please`, 1),
		"no markup around": "<html><body>" + strings.NewReplacer("<article>", "", "</article>", "", "<p>", "<br><br>", "</p>", "").Replace(noscriptPage[strings.Index(noscriptPage, "<article>"):]),
	}
	for bodyTag, page := range variants {
		arts, err := New(Options{Now: testNow}).Extract(context.Background(), &storyline.Page{ID: "p.html", Format: storyline.FormatHTML, HTML: []byte(page)})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %d articles, %v", bodyTag, len(arts), err)
		}
		body := arts[0].Body
		for _, bad := range []string{"<img", "<iframe", "pixel.gif", "googletagmanager", "onerror", "noscript"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: body holds %q: %q", bodyTag, bad, body)
			}
		}
		if !strings.Contains(body, "It was a start, nothing more") {
			t.Errorf("%s: body lost its text: %q", bodyTag, body)
		}
	}
}

// TestNoscriptArticle: a site that puts its article inside <noscript> for
// clients without scripts (Blogger does) keeps the article, as text.
func TestNoscriptArticle(t *testing.T) {
	page := strings.Replace(noscriptPage, "<article>", `<article><div class="post-body"><script>render()</script><noscript><div><span class="byline">Posted by the harbour desk</span><p>Dockers and the port authority met again on Thursday, the fourth day of a strike over automation that has idled every crane in the port.</p><p>"We are closer than yesterday," the union's spokesman said, without giving details of the offer on the table.</p></div></noscript></div>`, 1)
	arts, err := New(Options{Now: testNow}).Extract(context.Background(), &storyline.Page{ID: "p.html", Format: storyline.FormatHTML, HTML: []byte(page)})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	b := arts[0].Body
	if !strings.Contains(b, "the fourth day of a strike over automation") || strings.Contains(b, "<p>") || strings.Contains(b, "<span") {
		t.Errorf("body = %q", b)
	}
}

// TestNoscriptFragment: a feed or JSON Lines HTML fragment drops raw-text
// elements too.
func TestNoscriptFragment(t *testing.T) {
	frag := `<p>The council approved the harbour budget on Tuesday after a long debate.</p><noscript><img src="https://track.example/p.gif"></noscript><iframe src="https://ads.example/">&lt;b&gt;ad&lt;/b&gt;</iframe><p>Work begins in spring.</p>`
	arts, err := New(Options{Now: testNow}).Extract(context.Background(), &storyline.Page{ID: "r", Format: storyline.FormatJSONL, HTML: []byte(frag)})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	if b := arts[0].Body; strings.Contains(b, "<img") || strings.Contains(b, "track.example") || strings.Contains(b, "ad") && strings.Contains(b, "<b>") || !strings.Contains(b, "Work begins in spring.") {
		t.Errorf("body = %q", b)
	}
}

// TestURLSchemes: only http and https URLs are kept in url; a javascript:,
// data: or otherwise scriptable or relative one becomes null.
func TestURLSchemes(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a":        "https://example.org/a",
		"http://example.org/a?b=c#d":   "http://example.org/a?b=c#d",
		"HTTPS://Example.org/x":        "HTTPS://Example.org/x",
		"javascript:alert(1)":          "",
		"  JavaScript:alert(1)":        "",
		"java\tscript:alert(1)":        "",
		"data:text/html,<script>":      "",
		"vbscript:msgbox":              "",
		"file:///etc/passwd":           "",
		"/relative/path":               "",
		"//example.org/no-scheme":      "",
		"https://":                     "",
		"https://exa mple.org/\x1b[2J": "",
		"":                             "",
	} {
		p := &storyline.Page{ID: "r", Format: storyline.FormatJSONL, URL: in, Text: "A body of text that is long enough to be kept as an article by the extractor."}
		arts, err := New(Options{Now: testNow}).Extract(context.Background(), p)
		if err != nil || len(arts) != 1 {
			t.Fatalf("%q: %d articles, %v", in, len(arts), err)
		}
		if arts[0].URL != want {
			t.Errorf("url %q kept as %q, want %q", in, arts[0].URL, want)
		}
	}
}

// FuzzWebURL: whatever the input, the url kept is empty or an absolute
// http(s) URL with a host and no white space or control characters.
func FuzzWebURL(f *testing.F) {
	for _, s := range []string{"https://example.org/a", "javascript:alert(1)", "data:,x", "//x.org", "http://[::1]:80/", "HTTP://x.org"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u := webURL(s)
		if u == "" {
			return
		}
		p, err := nurl.Parse(u)
		if err != nil || p.Host == "" || (strings.ToLower(p.Scheme) != "http" && strings.ToLower(p.Scheme) != "https") || strings.ContainsAny(u, " \t\n\r\x00\x1b") {
			t.Errorf("webURL(%q) = %q", s, u)
		}
	})
}

// FuzzFragmentParagraphs: text that the parsed tree holds only inside
// <noscript>, <iframe>, <script> and the like never reaches a paragraph.
func FuzzFragmentParagraphs(f *testing.F) {
	f.Add("<p>a</p>", "iframe")
	f.Add("<div>b", "iframe")
	f.Add("<A", "script")
	f.Fuzz(func(t *testing.T, frag, hidden string) {
		if strings.Contains(frag, "CANARY") || !hiddenTags[hidden] || hidden == "noscript" {
			return
		}
		doc := []byte(frag + "<" + hidden + ">CANARY</" + hidden + ">")
		tree, err := html.Parse(bytes.NewReader(doc))
		if err != nil || visibleCanary(tree, false) {
			return
		}
		for _, p := range fragmentParagraphs(doc) {
			if strings.Contains(p, "CANARY") {
				t.Errorf("fragment %q: %s content reached a paragraph: %q", frag, hidden, p)
			}
		}
	})
}

// visibleCanary reports a text node holding CANARY outside hidden elements.
func visibleCanary(n *html.Node, hidden bool) bool {
	if n.Type == html.ElementNode && hiddenTags[n.Data] && n.Data != "noscript" { // noscript is unwrapped
		hidden = true
	}
	if n.Type == html.TextNode && !hidden && strings.Contains(n.Data, "CANARY") {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if visibleCanary(c, hidden) {
			return true
		}
	}
	return false
}

// TestHugePageKeptWhole: a page with more text than main-content extraction
// reads (whose cost grows with its square) is flattened in linear time; the
// article keeps the text and says why in its problems.
func TestHugePageKeptWhole(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("<html><head><title>A very long page</title><script>var x = 1;</script></head><body><nav>Home | World</nav>")
	for i := 0; sb.Len() < maxMainContentText+(64<<10); i++ {
		fmt.Fprintf(&sb, "<p>Paragraph %d of a page that goes on and on, with words enough to read as text.</p>\n", i)
	}
	sb.WriteString("<noscript><img src=x></noscript></body></html>")
	arts, err := New(Options{Now: testNow}).Extract(context.Background(), &storyline.Page{ID: "huge.html", Format: storyline.FormatHTML, HTML: []byte(sb.String())})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	a := arts[0]
	if a.Title != "A very long page" || !strings.Contains(a.Body, "Paragraph 6000 of a page") || strings.Contains(a.Body, "var x") || strings.Contains(a.Body, "<img") {
		t.Errorf("title %q, body %q…", a.Title, a.Body[:min(200, len(a.Body))])
	}
	if len(a.Problems) != 1 || !strings.Contains(a.Problems[0], "past what main-content extraction reads") {
		t.Errorf("problems %q", a.Problems)
	}
	// A page within the bound has no problem.
	small, err := New(Options{Now: testNow}).Extract(context.Background(), &storyline.Page{ID: "p.html", Format: storyline.FormatHTML, HTML: []byte(noscriptPage)})
	if err != nil || len(small) != 1 || len(small[0].Problems) != 0 {
		t.Errorf("small page: %+v, %v", small, err)
	}
}

// TestNoControlCharacters: a terminal escape (whole) or a bell in a page's
// title or text reaches neither the article's title, byline nor body (the
// export would carry it to whoever prints it), whatever the page's format;
// line breaks stay.
func TestNoControlCharacters(t *testing.T) {
	esc := strings.NewReplacer("Harbour strike", "Harbour \x1b[2J\x1b[31mstrike", "resume talks", "resume\x07 talks", "the union leader", "the union leader\x1b]0;x\x07")
	pages := []*storyline.Page{
		{ID: "p.html", Format: storyline.FormatHTML, HTML: []byte(esc.Replace(noscriptPage))},
		{ID: "p.txt", Format: storyline.FormatText, Text: esc.Replace("Harbour strike enters third day\n\nBy Ann Lee\x1b[1m\n\nThe harbour authority and the union agreed to resume talks over the automation plan, but the strike goes on.\n\n\"It was a start,\" the union leader told reporters after the first meeting, which lasted four hours.")},
	}
	for _, p := range pages {
		arts, err := New(Options{Now: testNow}).Extract(context.Background(), p)
		if err != nil || len(arts) == 0 {
			t.Fatalf("%s: %d articles, %v", p.ID, len(arts), err)
		}
		a := arts[0]
		for field, v := range map[string]string{"title": a.Title, "byline": a.Byline, "body": a.Body} {
			if strings.ContainsAny(v, "\x1b\x07") || strings.Contains(v, "[2J") || strings.Contains(v, "]0;") {
				t.Errorf("%s: %s holds a control character or what is left of an escape: %q", p.ID, field, v)
			}
		}
		if !strings.Contains(a.Body, "\n") || !strings.Contains(a.Body, "resume talks") {
			t.Errorf("%s: body lost its lines or words: %q", p.ID, a.Body)
		}
	}
}
