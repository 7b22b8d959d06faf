package extract

import (
	"encoding/json"
	nurl "net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A page states its headline in several places that often disagree: the
// <title> (with the site's name glued on), og:title and twitter:title
// (written for sharing), the JSON-LD headline, the first <h1> (the visible
// headline, the benchmark's gold) and what go-trafilatura picked. Each
// candidate keeps where it came from; the choice weighs the source with the
// agreement of the others.

// headSource is where a headline candidate was read.
type headSource int

const (
	headTrafilatura   headSource = iota // go-trafilatura's metadata title
	headH1                              // the first <h1> of the body
	headOG                              // og:title
	headTwitter                         // twitter:title
	headLD                              // JSON-LD headline (or name of an Article)
	headTitle                           // the whole <title>
	headTitleSegment                    // <title> without the site's name before its first or after its last separator
	headItemprop                        // itemprop="headline"
	headH1Other                         // an <h1> that is no headline: only a link home (a logo), in <nav>, or hidden
	headH1Rest                          // the first <h1> without its first part (a kicker above the headline)
	headTitleStripped                   // <title> without the part that names the site (its og:site_name or host)
	headSiteName                        // a text that names the site (marks the texts equal to it)
	headH2                              // the first <h2> of a page without a headline <h1>
	headClass                           // the first element whose class says title or headline, outside <nav> and links
	numHeadSources
)

// maxHeadlineRunes bounds a candidate: a longer "headline" is a paragraph.
const maxHeadlineRunes = 300

// pageMeta is what go-trafilatura read of the page that the headline and
// byline choices use: its title and author, and the site's name and the
// page's URL, which say which texts name the site.
type pageMeta struct {
	title, author, siteName, url string
	// ld keeps the page's JSON-LD scripts decoded for the walks that read
	// them; nil decodes each time.
	ld ldCache
}

// headlineCandidates collects the page's headline candidates in document
// order, then marks those that name the site.
func headlineCandidates(doc *html.Node, meta pageMeta) []statement {
	w := &headWalk{ld: meta.ld}
	w.add(headTrafilatura, meta.title)
	w.walk(doc)
	if !w.h1 {
		w.add(headH2, w.h2)
	}
	w.markSite(newSiteNames(append(w.siteNames, meta.siteName), firstNonEmpty(meta.url, w.pageURL)))
	return w.cands
}

type headWalk struct {
	cands []statement
	h1    bool
	nav   int // depth of <nav> elements around the walk
	link  int // depth of <a> elements around the walk
	// h2 is the first <h2>'s text; class tells that the first element
	// whose class says title was taken.
	h2    string
	class bool
	// titles are the page's <title> texts; siteNames its og:site_name and
	// application-name; pageURL its og:url or canonical link.
	titles, siteNames []string
	pageURL           string
	ld                ldCache
}

// markSite adds, for the <title> whose part before its first or after its
// last separator names the site, the rest as headTitleStripped; and marks
// every candidate that names the site with headSiteName.
func (w *headWalk) markSite(site siteNames) {
	for _, t := range w.titles {
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(t, sep); i > 0 && site.names(t[i+len(sep):]) {
				w.add(headTitleStripped, t[:i])
			}
			if i := strings.Index(t, sep); i > 0 && site.names(t[:i]) {
				w.add(headTitleStripped, t[i+len(sep):])
			}
		}
	}
	for _, c := range w.cands {
		if c.src != int(headSiteName) && site.names(c.text) {
			w.cands = append(w.cands, statement{text: c.text, src: int(headSiteName)})
		}
	}
}

func (w *headWalk) add(src headSource, s string) {
	s = oneSpaced(html.UnescapeString(s))
	if s == "" || len([]rune(s)) > maxHeadlineRunes {
		return
	}
	w.cands = append(w.cands, statement{text: s, src: int(src)})
}

func (w *headWalk) walk(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.Data {
		case "title":
			if t := nodeText(n); t != "" {
				w.titles = append(w.titles, oneSpaced(html.UnescapeString(t)))
				w.add(headTitle, t)
				for _, seg := range titleSegments(t) {
					w.add(headTitleSegment, seg)
				}
			}
			return
		case "meta":
			w.meta(n)
		case "script":
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				if v, ok := w.ld.decode(n.FirstChild.Data); ok {
					for _, h := range ldHeadlinesOf(v) {
						w.add(headLD, h)
					}
				}
			}
			return
		case "style", "noscript", "svg":
			return
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") && w.pageURL == "" {
				w.pageURL = attr(n, "href")
			}
		case "h2":
			if w.h2 == "" && w.nav == 0 && !hiddenClass(n) {
				w.h2 = nodeText(n)
			}
		case "h1":
			switch {
			case homeLink(n):
				// a logo: it names the site
				w.add(headH1Other, nodeText(n))
				w.siteNames = append(w.siteNames, nodeText(n))
			case w.nav > 0 || hiddenClass(n):
				w.add(headH1Other, nodeText(n))
			case !w.h1:
				w.h1 = true
				w.add(headH1, nodeText(n))
				if parts := textParts(n); len(parts) > 1 {
					w.add(headH1Rest, strings.Join(parts[1:], " "))
				}
			}
		}
		if !w.class && w.nav == 0 && w.link == 0 && n.Data != "a" && titleClass(n) && !hiddenClass(n) && !homeLink(n) {
			if t := nodeText(n); t != "" {
				w.class = true
				w.add(headClass, t)
			}
		}
		if n.Data != "meta" && strings.EqualFold(attr(n, "itemprop"), "headline") {
			if v := attr(n, "content"); v != "" {
				w.add(headItemprop, v)
			} else {
				w.add(headItemprop, nodeText(n))
			}
		}
	}
	if n.Type == html.ElementNode && n.Data == "nav" {
		w.nav++
		defer func() { w.nav-- }()
	}
	if n.Type == html.ElementNode && n.Data == "a" {
		w.link++
		defer func() { w.link-- }()
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.walk(ch)
	}
}

// titleClass reports whether an element's class names it a title or a
// headline ("entry-title", "article-heading__title", "plp-headline").
func titleClass(n *html.Node) bool {
	v := strings.ToLower(attr(n, "class"))
	return strings.Contains(v, "title") || strings.Contains(v, "headline") || strings.Contains(v, "titel")
}

// hiddenMarks are the words of a class or id that hide an element from
// sight and leave it to screen readers.
var hiddenMarks = []string{"sr-only", "hidden", "hide", "aural", "visually", "screen-reader", "screenreader"}

// hiddenClass reports whether an element's class or id hides it.
func hiddenClass(n *html.Node) bool {
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, m := range hiddenMarks {
		if strings.Contains(v, m) {
			return true
		}
	}
	return false
}

func (w *headWalk) meta(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(firstAttr(n, "property", "name")))
	switch key {
	case "og:title":
		w.add(headOG, attr(n, "content"))
	case "twitter:title":
		w.add(headTwitter, attr(n, "content"))
	case "og:site_name", "application-name":
		w.siteNames = append(w.siteNames, attr(n, "content"))
	case "og:url":
		w.pageURL = attr(n, "content")
	}
}

// homeLink reports whether an element's text is all inside links to the
// site's home page (a path of "/" or none, or rel=home): a logo, not a
// headline.
func homeLink(n *html.Node) bool {
	linked, other := false, false
	var walk func(*html.Node, bool)
	walk = func(c *html.Node, inHome bool) {
		if c.Type == html.ElementNode && c.Data == "a" {
			inHome = isHomeHref(attr(c, "href")) || strings.EqualFold(attr(c, "rel"), "home")
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			if inHome {
				linked = true
			} else {
				other = true
			}
		}
		for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch, inHome)
		}
	}
	walk(n, false)
	return linked && !other
}

// isHomeHref reports whether a link's target is a site's home page.
func isHomeHref(href string) bool {
	u, err := nurl.Parse(strings.TrimSpace(href))
	if err != nil || u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	return (u.Path == "" || u.Path == "/") && (u.Host != "" || strings.TrimSpace(href) == "/")
}

// textParts are the texts of an element's children that hold any, each
// child once: a headline with a kicker above it is two parts.
func textParts(n *html.Node) []string {
	var out []string
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		var t string
		switch ch.Type {
		case html.TextNode:
			t = ch.Data
		case html.ElementNode:
			t = nodeText(ch)
		}
		if t = oneSpaced(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// siteNames are the names a page gives its site, and its host's name.
type siteNames struct {
	given []string
	// hosts are the page's host without "www.", with and without its
	// top-level domain, as letters and digits alone ("mdrde", "mdr").
	hosts []string
}

func newSiteNames(given []string, pageURL string) siteNames {
	site := siteNames{}
	for _, n := range given {
		if n = oneSpaced(html.UnescapeString(n)); n != "" {
			site.given = append(site.given, n)
		}
	}
	if h := hostOf(pageURL); h != "" {
		site.hosts = []string{foldAlnum(h, false)}
		if i := strings.LastIndexByte(h, '.'); i > 0 {
			site.hosts = append(site.hosts, foldAlnum(h[:i], false))
		}
	}
	return site
}

// names reports whether s names the site: it is one of the site's names
// (case aside), or its letters and digits spell the host's name, with or
// without the top-level domain.
func (site siteNames) names(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, n := range site.given {
		if strings.EqualFold(n, s) {
			return true
		}
	}
	for _, h := range site.hosts {
		if h != "" && (foldsTo(s, false, h) || foldsTo(s, true, h)) {
			return true
		}
	}
	return false
}

// umlautSpelling is how a host name spells the German letters it cannot hold.
var umlautSpelling = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss"}

// foldsTo reports whether foldAlnum(s, spelled) is h, folding s only as
// far as it agrees with h: names asks it of every candidate headline of a
// page, where building the folded strings allocated twice a candidate
// (TestFoldsToIsFoldAlnum).
func foldsTo(s string, spelled bool, h string) bool {
	var enc [utf8.UTFMax]byte
	for _, r := range s {
		r = unicode.ToLower(r)
		if sp, ok := umlautSpelling[r]; ok {
			if !spelled {
				sp = sp[:1]
			}
			if !strings.HasPrefix(h, sp) {
				return false
			}
			h = h[len(sp):]
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			w := utf8.EncodeRune(enc[:], r)
			if !strings.HasPrefix(h, string(enc[:w])) {
				return false
			}
			h = h[w:]
		}
	}
	return h == ""
}

// foldAlnum keeps the letters and digits of s, lower-cased; spelled, the
// German letters are written as a host name writes them ("ü" is "ue"),
// else they lose their marks ("ü" is "u").
func foldAlnum(s string, spelled bool) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if sp, ok := umlautSpelling[r]; ok {
			if spelled {
				b.WriteString(sp)
			} else {
				b.WriteByte(sp[0])
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleSeparators part a <title> into the headline and the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " // "}

// titleSegments are the <title> without the site's name: without what
// follows its last separator ("Headline | Site") and without what precedes
// its first ("Site - Headline").
func titleSegments(t string) []string {
	var out []string
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 {
			out = append(out, t[:i])
		}
		if i := strings.Index(t, sep); i > 0 {
			out = append(out, t[i+len(sep):])
		}
	}
	return out
}

// ldHeadlinesOf reads the headline of every object of a decoded JSON-LD
// script (ldCache; a graph, a list, or one object).
func ldHeadlinesOf(v any) []string {
	var out []string
	eachLDObjectOf(v, func(o map[string]any) bool {
		if h, ok := o["headline"].(string); ok {
			out = append(out, h)
		}
		return true
	})
	return out
}

// maxLDDepth bounds the walk into nested lists and graphs of JSON-LD: real
// pages nest two or three deep.
const maxLDDepth = 4

// ldCache holds a page's JSON-LD scripts decoded, by their text, so that
// the headline and the byline walks decode each once a page (each decoded
// them for itself: JSON decoding was a tenth of the extractor's own walks,
// bench --cpuprofile over the HTML dev pages). What it holds is read, never
// changed.
type ldCache map[string]ldDecoded

type ldDecoded struct {
	v  any
	ok bool
}

// decode is decodeLD, once for each script of the page; a nil cache
// decodes every time.
func (c ldCache) decode(script string) (any, bool) {
	if c == nil {
		return decodeLD(script)
	}
	if d, ok := c[script]; ok {
		return d.v, d.ok
	}
	v, ok := decodeLD(script)
	c[script] = ldDecoded{v, ok}
	return v, ok
}

// decodeLD decodes a JSON-LD script, reporting whether it is JSON.
func decodeLD(script string) (any, bool) {
	var v any
	if json.Unmarshal([]byte(script), &v) != nil {
		return nil, false
	}
	return v, true
}

// eachLDObjectOf calls fn for every object of a decoded JSON-LD script, in
// document order, descending into lists and @graph, until fn returns false.
func eachLDObjectOf(v any, fn func(map[string]any) bool) {
	var visit func(v any, depth int) bool
	visit = func(v any, depth int) bool {
		if depth > maxLDDepth {
			return true
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if !visit(e, depth+1) {
					return false
				}
			}
		case map[string]any:
			if !fn(x) {
				return false
			}
			if g, ok := x["@graph"]; ok {
				return visit(g, depth+1)
			}
		}
		return true
	}
	visit(v, 0)
}

// headFeatures is the number of features of a headline text: one per
// source that gave it, then its agreement with the other texts, its shape,
// and a bias.
const headFeatures = int(numHeadSources) + 8

// headlineFeatures describes texts[i] among the others: which sources gave
// it, how many did, how many other texts hold it and how many it holds,
// its length, and whether it is the <title> cut at a separator.
func headlineFeatures(texts []choiceText, i int) []float64 {
	f := make([]float64, headFeatures)
	t := texts[i]
	k := int(numHeadSources)
	f[k] = float64(sourceFeatures(f, t))
	heldBy, holds := agreement(texts, i)
	f[k+1], f[k+2] = float64(heldBy), float64(holds)
	words := len(strings.Fields(t.text))
	f[k+3] = float64(min(words, maxHeadlineWords)) / 10
	if words <= 2 {
		f[k+4] = 1
	}
	if strings.ContainsAny(t.text, "|«»") {
		f[k+5] = 1
	}
	for _, o := range texts {
		if o.srcs[headTitle] && o.text != t.text && strings.HasPrefix(o.text, t.text) {
			f[k+6] = 1
		}
	}
	f[k+7] = 1 // bias
	return f
}

// maxHeadlineWords caps the length feature: past it, longer says nothing more.
const maxHeadlineWords = 30

// headlinePrior trusts the first <h1>, then agreement between sources.
func headlinePrior() []float64 {
	w := make([]float64, headFeatures)
	w[headH1] = 1
	w[numHeadSources] = 0.5
	return w
}
