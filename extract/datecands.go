package extract

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// A dateCand is one publication date a page states in one place: a meta
// tag, JSON-LD, a <time> element, its URL. The date chooser weighs them.
type dateCand struct {
	src string
	day time.Time
	at  *time.Time
}

// Sources of date candidates, as the chooser knows them.
const (
	srcLDPublished  = "ld-published"  // JSON-LD datePublished
	srcLDCreated    = "ld-created"    // JSON-LD dateCreated
	srcLDModified   = "ld-modified"   // JSON-LD dateModified
	srcMetaArticle  = "meta-article"  // article:published_time and kin
	srcMetaDate     = "meta-date"     // date, pubdate, dc.date, parsely, sailthru ...
	srcMetaModified = "meta-modified" // article:modified_time, og:updated_time ...
	srcItemprop     = "itemprop"      // itemprop=datePublished on a body element
	srcTimePub      = "time-pub"      // <time pubdate> or a <time> marked as published
	srcTimeFirst    = "time-first"    // the first <time datetime> of the body
	srcURL          = "url"           // a date in the canonical or og:url path as folders (/2019/12/09/, /20191209/)
	srcURLSlug      = "url-slug"      // a date ending a word of that path's slug (-20200113, _20231102_): also the shape of a numeric id
	srcHead         = "head"          // the first date in the text right after the first <h1>
	srcAboveHead    = "above-head"    // the last date in the text right before it
	srcLabelPub     = "label-pub"     // the first date in the body text right after a publication label ("Published:", "Erstellt am")
	srcLabelMod     = "label-mod"     // the first date right after an update label ("Updated:", "Letzte Änderung:")
	srcClassDate    = "class-date"    // the first short body element whose class or id names a date ("date", "datum", "publish") holding one, outside <nav>, <aside>, <footer> and the masthead, and not after an update label
)

// headSpan is how much text around the first <h1> is searched for dates.
const headSpan = 400

// bodyTextCap bounds the body text searched for labelled dates: a news
// page's dates stand in its first hundred kilobytes of text, and the cap
// keeps the search linear on a huge page.
const bodyTextCap = 128 << 10

// bodyTextHint is the room to make for the body's text of a page with
// textSize bytes of text: each text node is kept trimmed and followed by a
// space, and the text stops growing past bodyTextCap (by one node at most:
// a text node holds a few KB at most on any dev page, beyond which the
// buffer grows as it would have).
func bodyTextHint(textSize int) int {
	return min(textSize+textSize/8, bodyTextCap+bodyTextCap/8)
}

// classDateMaxText is the longest text of an element marked as a date that
// is read for one: "05.02.2020 - Redaktion: Eberhard Fuhr" is a date line,
// a whole article under class="post-date-wrapper" is not.
const classDateMaxText = 120

// labelReach is how far before a date its label may end (bytes): room for
// "am", "on", "le" and a weekday.
const labelReach = 40

// metaKeys maps the lower-cased name/property/itemprop of a meta tag to
// the candidate source it feeds.
var metaKeys = map[string]string{
	"article:published_time": srcMetaArticle, "og:published_time": srcMetaArticle,
	"article:published": srcMetaArticle, "og:article:published_time": srcMetaArticle,
	"datepublished": srcMetaArticle, "article.published": srcMetaArticle, "published_time": srcMetaArticle,
	"date": srcMetaDate, "pubdate": srcMetaDate, "publishdate": srcMetaDate, "publish-date": srcMetaDate,
	"publish_date": srcMetaDate, "publication_date": srcMetaDate, "dc.date": srcMetaDate,
	"dc.date.issued": srcMetaDate, "dc.date.created": srcMetaDate, "dcterms.date": srcMetaDate,
	"dcterms.created": srcMetaDate, "dcterms.issued": srcMetaDate, "citation_publication_date": srcMetaDate,
	"citation_date": srcMetaDate, "parsely-pub-date": srcMetaDate, "sailthru.date": srcMetaDate,
	"originalpublicationdate": srcMetaDate, "article_date_original": srcMetaDate, "cxenseparse:recs:publishtime": srcMetaDate,
	"date_published": srcMetaDate, "created": srcMetaDate, "datecreated": srcMetaDate, "dateposted": srcMetaDate,
	"pub_date": srcMetaDate, "og:pubdate": srcMetaDate, "publishedate": srcMetaDate, "displaydate": srcMetaDate,
	"release_date": srcMetaDate, "rnews:datepublished": srcMetaDate, "shareaholic:article_published_time": srcMetaDate,
	"dc.date.available": srcMetaDate, "article.created": srcMetaDate, "bt:pubdate": srcMetaDate,
	"article:modified_time": srcMetaModified, "og:updated_time": srcMetaModified, "article:modified": srcMetaModified,
	"datemodified": srcMetaModified, "last-modified": srcMetaModified, "lastmod": srcMetaModified,
	"dc.date.modified": srcMetaModified, "dcterms.modified": srcMetaModified, "modified_time": srcMetaModified,
	"og:modified_time": srcMetaModified, "article.updated": srcMetaModified, "revised": srcMetaModified,
}

var (
	// rePubLabel and reModLabel are a publication or update label
	// (pubLabels, modLabels) ending the text right before a date, but for
	// "am", "on", "le" and a weekday.
	rePubLabel = lazyRegexp(labelPattern(pubLabels))
	reModLabel = lazyRegexp(labelPattern(modLabels))
	// reShortYear is a day written with a two-digit year, 05.02.20: read
	// only inside an element marked as a date.
	reShortYear = lazyRegexp(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?:$|[^\d.])`)
	reLDKey     = lazyRegexp(`"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]{6,60})"`)
	// reURLYMD is a date in a URL's path as folders (/2019/12/09/,
	// /20191209/); reURLSlugYMD one ending a word of the slug (-20200113,
	// _20231102_), which a site's numeric id can look like
	// ("uk-politics-20110524"): a source of its own, weighed apart.
	// Both capture the separators, which must be the same ("img_2000_1024_x"
	// is no date).
	reURLYMD     = lazyRegexp(`/((?:19|20)\d{2})([/_-]?)([01]\d)([/_-]?)([0-3]\d)(?:[/_.-]|$)`)
	reURLSlugYMD = lazyRegexp(`[_-]((?:19|20)\d{2})([_-]?)([01]\d)([_-]?)([0-3]\d)(?:[/_.-]|$)`)
)

// dateCandidates walks the page once and lists the dates it states, at
// most one per source (the first found). The page's own URL, when known,
// comes before its canonical link. textSize, when known (textBytes; 0 when
// not), sizes the buffer of the body's text once: grown by doubling to up
// to bodyTextCap, its copies were a third of the walk's time.
func dateCandidates(doc *html.Node, pageURL string, textSize int) []dateCand {
	c := &candWalk{seen: map[string]bool{}}
	c.body.Grow(bodyTextHint(textSize))
	c.url(pageURL)
	c.walk(doc, false)
	if hits := findDates(c.after.String()); len(hits) > 0 {
		c.out = append(c.out, dateCand{src: srcHead, day: hits[0].t})
	}
	if hits := findDates(string(c.before.b)); len(hits) > 0 {
		c.out = append(c.out, dateCand{src: srcAboveHead, day: hits[len(hits)-1].t})
	}
	c.labelled(c.body.String())
	return c.out
}

// labelled adds the first date of text that follows a publication label
// (or that such a label follows, as a verb-final language writes it:
// "am 3. Dezember 2011 um 10:15 Uhr veröffentlicht") and the first that
// an update label marks so. Only the dates with a label before or after
// them are read: most of a page's years have none.
func (c *candWalk) labelled(text string) {
	for _, y := range years(text) {
		if c.seen[srcLabelPub] && c.seen[srcLabelMod] {
			return
		}
		lo := startOfRune(text, max(0, y-32))
		hi := min(len(text), y+dateAfterYear)
		if !hasLabel(strings.ToLower(text[startOfRune(text, max(0, lo-labelReach)):y])) &&
			!hasLabel(strings.ToLower(text[y:startOfRune(text, min(len(text), hi+labelReach))])) {
			continue
		}
		hits := findDatesIn(text[lo:hi])
		sortHits(hits)
		for _, h := range hits {
			before, after := textBeforeDate(text, lo+h.start), textAfterDate(text, lo+h.end)
			for _, l := range dateLabels {
				if !c.seen[l.src] && (l.re().MatchString(before) || l.after().MatchString(after)) {
					c.seen[l.src] = true
					c.out = append(c.out, dateCand{src: l.src, day: h.t})
				}
			}
		}
	}
}

// dateLabels are the label sources, each with the expression of the text
// before a date that ends in one of its labels and that of the text after
// a date that opens with one of its labels written after the date,
// publication first.
var dateLabels = []struct {
	src       string
	re, after func() *regexp.Regexp
}{{srcLabelPub, rePubLabel, rePubLabelAfter}, {srcLabelMod, reModLabel, reModLabelAfter}}

// textBeforeDate is where a label of the date at byte start of text ends:
// the labelReach bytes before it.
func textBeforeDate(text string, start int) string {
	return text[startOfRune(text, max(0, start-labelReach)):start]
}

// textAfterDate is where a label written after the date ending at byte
// end of text stands: the labelReach bytes after it.
func textAfterDate(text string, end int) string {
	return text[end:startOfRune(text, min(len(text), end+labelReach))]
}

// pubLabels and modLabels are the labels a page writes before its
// publication or update date, in the languages monthNames reads, lower case.
var (
	pubLabels = []string{"published", "first published", "posted", "publication date", "date published",
		"erstellt", "veröffentlicht", "publiziert", "erschienen", "publié", "publiée", "publicado", "publicada",
		"pubblicato", "gepubliceerd", "datum", "date"}
	modLabels = []string{"updated", "last updated", "last modified", "modified", "aktualisiert",
		"zuletzt aktualisiert", "letzte änderung", "geändert", "zuletzt geändert", "stand", "mis à jour",
		"actualizado", "aggiornato", "bijgewerkt"}
	// pubLabelsAfter and modLabelsAfter are the participles of pubLabels
	// and modLabels that de and nl write after the date they label ("am
	// 3. Dezember 2011 veröffentlicht", "op 3 december 2011
	// bijgewerkt"); a noun after a date ("Datum", "Stand") labels what
	// follows it, not the date.
	pubLabelsAfter = []string{"erstellt", "veröffentlicht", "publiziert", "erschienen", "gepubliceerd"}
	modLabelsAfter = []string{"aktualisiert", "geändert", "bijgewerkt"}
)

var (
	rePubLabelAfter = lazyRegexp(labelAfterPattern(pubLabelsAfter))
	reModLabelAfter = lazyRegexp(labelAfterPattern(modLabelsAfter))
)

// labelAfterPattern matches text that opens with one of labels as a word,
// maybe after the time of the date before it ("um 10:15 Uhr", "om 10.15
// uur"; "%H:%M", a template's unfilled time, too).
func labelAfterPattern(labels []string) string {
	return `(?i)^\s*,?\s*(?:(?:um|om|at|gegen)\s+[\d:.%HM]+\s*(?:uhr|uur|h)?\s*)?(?:` + strings.Join(labels, "|") + `)(?:[^\pL]|$)`
}

// labelPattern matches text that ends in one of labels, as a word ("Stand:",
// "Updated on Monday, "; not "Standard "), maybe followed by a preposition,
// a colon or dash, and one word (a weekday).
func labelPattern(labels []string) string {
	return `(?i)(?:^|[^\pL])(?:` + strings.Join(labels, "|") + `)(?:\s+(?:on|am|le|el|il|op|em))?(?:\s*[:|,–-]\s*|\s+|$)(?:[\pL]+,?\s+)?$`
}

// hasLabel reports whether s (lower case) holds a label.
func hasLabel(s string) bool {
	for _, ls := range [][]string{pubLabels, modLabels} {
		for _, l := range ls {
			if strings.Contains(s, l) {
				return true
			}
		}
	}
	return false
}

// markedDate reads the day an element marked as a date holds: a full date,
// else a day with a two-digit year (20yy).
func markedDate(s string) (time.Time, bool) {
	if hits := findDates(s); len(hits) > 0 {
		return hits[0].t, true
	}
	if m := reShortYear().FindStringSubmatch(s); m != nil {
		return mkDate(2000+atoiS(m[3]), atoiS(m[2]), atoiS(m[1]))
	}
	return time.Time{}, false
}

// namesDate reports whether an element's class or id says it holds a
// publication date (an update's is the update label's business). The class
// and id are lowered apart, as the byline walk does (classID.has), not
// joined for every element, and an element with neither is turned away
// first (TestNamesDateIsJoined).
func namesDate(n *html.Node) bool {
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return false
	}
	marks := classID{class: strings.ToLower(class), id: strings.ToLower(id)}
	if marks.has("updat") || marks.has("modif") {
		return false
	}
	for _, w := range []string{"date", "datum", "publish", "posted", "time"} {
		if marks.has(w) {
			return true
		}
	}
	return false
}

// inMasthead reports whether the walk is in a <header> outside <article>
// and <main>: the site's masthead, whose date is the day's beside the logo
// ("Mittwoch, 26.02.2020") or a teaser's. Of the 14 extraction dev pages
// whose marked date the walk read there, 3 had the gold day; read from
// the article instead, 9 of the 14 do.
func (c *candWalk) inMasthead() bool { return c.header > 0 && c.article == 0 }

// classDate adds the day an element marked as a date holds, when its text
// is short.
func (c *candWalk) classDate(n *html.Node) {
	if c.seen[srcClassDate] || !namesDate(n) {
		return
	}
	t := nodeText(n)
	if len(t) > classDateMaxText || c.afterModLabel() {
		// a long text is no date line; a date after an update label
		// ("Zuletzt geändert am:" in the element before) is an update's,
		// which the update label's source reads
		return
	}
	if d, ok := markedDate(t); ok && d.Year() >= 1995 {
		c.seen[srcClassDate] = true
		c.out = append(c.out, dateCand{src: srcClassDate, day: d})
	}
}

// afterModLabel reports whether the body's text so far ends in an update
// label ("Zuletzt geändert am:", "Updated"). Past bodyTextCap the text no
// longer grows, and its end says nothing of where the walk is.
func (c *candWalk) afterModLabel() bool {
	if c.body.Len() >= bodyTextCap {
		return false
	}
	b := c.body.String()
	return reModLabel().MatchString(b[startOfRune(b, max(0, len(b)-labelReach)):])
}

type candWalk struct {
	out  []dateCand
	seen map[string]bool
	// text of the body before the first <h1> (its last headSpan bytes) and after it
	h1     int // 0 before the first <h1>, 1 inside, 2 after
	before textTail
	after  strings.Builder
	body   strings.Builder // the body's text, up to bodyTextCap
	chrome int             // how many <nav>, <aside> and <footer> the walk is in
	// how many <header> and how many <article> or <main> the walk is in: a
	// <header> outside the article is the site's masthead (inMasthead)
	header, article int
}

// text keeps the body text around the first <h1>, and the body's text.
func (c *candWalk) text(s string) {
	if c.body.Len() < bodyTextCap {
		c.body.WriteString(s)
		c.body.WriteByte(' ')
	}
	switch c.h1 {
	case 0:
		c.before.add(s)
	case 2:
		if c.after.Len() < headSpan {
			c.after.WriteString(s)
			c.after.WriteByte(' ')
		}
	}
}

// textTail is the end of a text written piece by piece, each piece followed by
// a space: once it passes 2*headSpan bytes, its last headSpan are kept. In
// one buffer, where a string joined anew for every piece of a page before
// its <h1> copied up to 800 bytes a text node (TestTailIsJoining).
type textTail struct{ b []byte }

func (t *textTail) add(s string) {
	t.b = append(t.b, s...)
	t.b = append(t.b, ' ')
	if len(t.b) > 2*headSpan {
		t.b = t.b[:copy(t.b, t.b[len(t.b)-headSpan:])]
	}
}

func (c *candWalk) add(src, s string) {
	if c.seen[src] {
		return
	}
	t, hasTime, ok := parsePublished(s)
	if !ok || t.Year() < 1995 || t.Year() > 2100 {
		return
	}
	c.seen[src] = true
	d := dateCand{src: src, day: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
	if hasTime {
		d.at = &t
	}
	c.out = append(c.out, d)
}

func (c *candWalk) walk(n *html.Node, inBody bool) {
	if n.Type == html.TextNode && inBody {
		if t := strings.TrimSpace(n.Data); t != "" {
			c.text(t)
		}
		return
	}
	if n.Type == html.ElementNode {
		switch n.Data {
		case "body":
			inBody = true
		case "meta":
			c.meta(n)
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				c.url(attr(n, "href"))
			}
		case "script":
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				c.ld(n.FirstChild.Data)
			}
			return
		case "style", "noscript":
			return
		case "time":
			c.timeEl(n)
		}
		if inBody && c.chrome == 0 && !c.inMasthead() {
			c.classDate(n)
		}
		if n.Data != "meta" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
			if v := firstAttr(n, "datetime", "content"); v != "" {
				c.add(srcItemprop, v)
			} else {
				c.add(srcItemprop, nodeText(n))
			}
		}
	}
	h1 := n.Type == html.ElementNode && n.Data == "h1" && c.h1 == 0
	if h1 {
		c.h1 = 1
	}
	chrome := n.Type == html.ElementNode && (n.Data == "nav" || n.Data == "aside" || n.Data == "footer")
	if chrome {
		c.chrome++
	}
	header := n.Type == html.ElementNode && n.Data == "header"
	if header {
		c.header++
	}
	article := n.Type == html.ElementNode && (n.Data == "article" || n.Data == "main")
	if article {
		c.article++
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch, inBody)
	}
	if chrome {
		c.chrome--
	}
	if header {
		c.header--
	}
	if article {
		c.article--
	}
	if h1 {
		c.h1 = 2
	}
}

func (c *candWalk) meta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
		key := strings.ToLower(strings.TrimSpace(attr(n, k)))
		if key == "" {
			continue
		}
		if key == "og:url" {
			c.url(content)
			return
		}
		if src, ok := metaKeys[key]; ok {
			c.add(src, content)
			return
		}
	}
}

func (c *candWalk) ld(s string) {
	for _, m := range reLDKey().FindAllStringSubmatch(s, -1) {
		switch m[1] {
		case "datePublished":
			c.add(srcLDPublished, m[2])
		case "dateCreated":
			c.add(srcLDCreated, m[2])
		case "dateModified":
			c.add(srcLDModified, m[2])
		}
	}
}

func (c *candWalk) timeEl(n *html.Node) {
	dt := strings.TrimSpace(attr(n, "datetime"))
	if dt == "" {
		return
	}
	marks := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop") + " " + attr(n, "id"))
	if hasAttr(n, "pubdate") || strings.Contains(marks, "publish") || strings.Contains(marks, "entry-date") {
		c.add(srcTimePub, dt)
	}
	c.add(srcTimeFirst, dt)
}

// url adds the first valid date of a URL's path as folders (srcURL) and the
// first ending a word of its slug (srcURLSlug). The query and the fragment
// are left out: a campaign tag ("?utm_campaign=daily_20200113") dates
// nothing.
func (c *candWalk) url(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	c.urlDate(srcURL, reURLYMD(), u.Path)
	c.urlDate(srcURLSlug, reURLSlugYMD(), u.Path)
}

func (c *candWalk) urlDate(src string, re *regexp.Regexp, path string) {
	if c.seen[src] {
		return
	}
	for _, m := range re.FindAllStringSubmatch(path, -1) {
		if m[2] != m[4] {
			continue
		}
		if t, ok := mkDate(atoiS(m[1]), atoiS(m[3]), atoiS(m[5])); ok {
			c.seen[src] = true
			c.out = append(c.out, dateCand{src: src, day: t})
			return
		}
	}
}

func atoiS(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func firstAttr(n *html.Node, keys ...string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			return v
		}
	}
	return ""
}

// nodeText is the text under n, cut at 200 bytes.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if b.Len() > 200 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			rec(ch)
		}
	}
	rec(n)
	return strings.TrimSpace(b.String())
}
