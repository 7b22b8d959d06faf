package extract

import (
	"bytes"
	"fmt"
	"mime"
	nurl "net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	dps "github.com/markusmobius/go-dateparser"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

// confHTMLDate is the confidence of a date htmldate found in the page: it
// reads meta tags and JSON-LD first, and its published accuracy is ~0.9.
const confHTMLDate = 0.85

// fromHTML extracts the main content of a full page with go-trafilatura
// (fallback extractors on), and then cleans the top of the body as for text
// dumps (title repeat, byline, dateline). The date is a learned choice among
// the days go-htmldate and the page's own date statements name (see
// DateModel); the headline is the learned choice among the page's
// statements of it.
func (e *Extractor) fromHTML(p *storyline.Page) ([]*draft, error) {
	m, err := e.mainContent(p)
	if err != nil {
		return nil, err
	}
	if m.tooLarge {
		return []*draft{wholeText(m.doc, m.date, m.dateCands, m.captured)}, nil
	}
	if m.res == nil {
		return nil, nil
	}
	d := &draft{
		title:  FieldHeadline.choose(headlineCandidates(m.doc, metaOf(m)), e.headline),
		byline: FieldByline.choose(bylineCandidates(m.doc, metaOf(m)), e.byline),
		origin: origin{url: m.res.Metadata.URL, site: siteName(m.res.Metadata.Sitename)},
	}
	body := nodeParagraphs(m.res.ContentNode)
	if len(body) <= 1 {
		body = contentParagraphs(m.doc, m.res.ContentText)
	}
	d.body = d.cleanHTMLBody(body, m.captured)
	d.dateCands = dateCandsFor(m.date, m.dateCands, d.body, m.captured)
	d.date = dateModel().pick(htmlDays, d.dateCands).notAfter(m.captured)
	return []*draft{d}, nil
}

// contentParagraphs splits the text go-trafilatura gives as one paragraph
// or without a content node into paragraphs. Its baseline, on short
// pages, runs the page's blocks together into one ("…ship collisionThe Elm
// Street…"), so the paragraphs are read from the element the text came
// from, an <article> or the <body>, when that element's text is the same
// but for white space; else the text is split at its blank lines.
func contentParagraphs(doc *html.Node, text string) []string {
	want := withoutSpace(text)
	var found []string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.Data == "article" || n.Data == "body") {
			if ps := nodeParagraphs(n); withoutSpace(strings.Join(ps, "")) == want {
				found = ps
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	if want != "" && walk(doc) {
		return found
	}
	return english.Paragraphs(text)
}

// withoutSpace is s without its white space.
func withoutSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// metaOf is what go-trafilatura read of the page's metadata that the
// headline choice uses.
func metaOf(m *mainContent) pageMeta {
	md := m.res.Metadata
	return pageMeta{title: md.Title, author: md.Author, siteName: md.Sitename, url: md.URL, ld: m.ld}
}

// mainContent is a page as go-trafilatura and go-htmldate read it.
type mainContent struct {
	doc       *html.Node
	res       *trafilatura.ExtractResult // nil for a page without main content
	date      htmldate.Result
	dateCands []dateCand
	captured  time.Time
	// ld holds the page's JSON-LD scripts decoded (ldCache).
	ld ldCache
	// tooLarge marks a page with more text than go-trafilatura is given
	// (maxMainContentText): res is nil, and its whole text is kept.
	tooLarge bool
}

func (e *Extractor) mainContent(p *storyline.Page) (*mainContent, error) {
	doc, err := parseHTML(p.HTML)
	if err != nil {
		return nil, storyline.InputError("extract.html", p.Origin.Path, err)
	}
	m := &mainContent{doc: doc, captured: e.captured(p), ld: ldCache{}}
	// neither the date search nor the date statements' walk changes the
	// tree, so its text is measured once, first: dateCandidates sizes its
	// buffer from it
	text := textBytes(doc, maxMainContentText+1)
	m.date = htmlDate(doc, p.URL, m.captured)
	m.dateCands = dateCandidates(doc, p.URL, text)
	opts := trafilatura.Options{
		EnableFallback:   true,
		ExcludeComments:  true,
		HtmlDateOverride: &m.date,
		// Work go-trafilatura does that storyline does not use
		// (third_party/go-trafilatura/FORK.md): a language classifier over
		// the whole text (a fifth of its time; the lang stage decides the
		// language), the categories, tags and license (a fifth of the
		// rest), and two whole-tree copies of every page made up front for
		// fallbacks that copy what they read anyway.
		SkipLanguage: true,
		SkipTaxonomy: true,
		LazyBackups:  true,
	}
	// Of the two fallbacks, go-readability costs a third of all the time on
	// a page and changed the dev scores by less than their noise (snippet F1
	// 0.913 with it, 0.908 without; body F1 0.965 both); an empty candidate
	// in its place leaves DOM Distiller as the fallback.
	opts.FallbackCandidates = &trafilatura.FallbackCandidates{Readability: &html.Node{Type: html.ElementNode, Data: "div"}}
	if text > maxMainContentText {
		m.tooLarge = true
		return m, nil
	}
	if u, err := nurl.ParseRequestURI(p.URL); err == nil && p.URL != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err == nil {
		// trafilatura reports a page without main content as an error: that
		// is an empty page for us, not a broken input.
		m.res = res
	}
	return m, nil
}

// maxMainContentText bounds the text of a page given to go-trafilatura,
// whose cost grows with the square of it (it concatenates strings: 8 s for
// a page of 1 MB of text, 21 s for 2 MB, minutes past 4 MB). A news page
// holds well under 100 KB of text; a page past this bound is no article
// page, and its whole text is kept instead (see wholeText).
const maxMainContentText = 512 << 10

// textBytes counts the bytes of text outside scripts and styles, stopping
// once it passes limit.
func textBytes(n *html.Node, limit int) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if total > limit {
			return
		}
		switch {
		case n.Type == html.TextNode:
			total += len(n.Data)
		case n.Type == html.ElementNode && hiddenTags[n.Data]:
			return
		}
		for c := n.FirstChild; c != nil && total <= limit; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return total
}

// wholeText is the draft of a page too large for main-content extraction:
// the text of its body, flattened to paragraphs in linear time, titled by
// its <title> or first <h1>, with the reason in its problems.
func wholeText(doc *html.Node, date htmldate.Result, cands []dateCand, captured time.Time) *draft {
	d := &draft{title: firstText(doc, "title")}
	if d.title == "" {
		d.title = firstText(doc, "h1")
	}
	body := doc
	if b := firstElement(doc, "body"); b != nil {
		body = b
	}
	d.body = d.cleanHTMLBody(nodeParagraphs(body), captured)
	d.dateCands = dateCandsFor(date, cands, d.body, captured)
	d.date = dateModel().pick(htmlDays, d.dateCands).notAfter(captured)
	d.problems = append(d.problems, fmt.Sprintf("the page holds more than %d KB of text, past what main-content extraction reads: its whole text was kept, boilerplate and all", maxMainContentText>>10))
	return d
}

func firstElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func firstText(doc *html.Node, tag string) string {
	n := firstElement(doc, tag)
	if n == nil {
		return ""
	}
	return strings.Join(nodeParagraphs(n), " ")
}

func parseHTML(b []byte) (*html.Node, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("empty page")
	}
	var doc *html.Node
	var err error
	valid := utf8.Valid(b)
	switch {
	case valid:
		doc, err = html.Parse(bytes.NewReader(b))
	case mostlyUTF8(b):
		doc, err = html.Parse(bytes.NewReader(bytes.ToValidUTF8(b, []byte("\uFFFD"))))
	default:
		if enc := declaredLegacy(b); enc != nil {
			doc, err = html.Parse(transform.NewReader(bytes.NewReader(b), enc.NewDecoder()))
		} else {
			doc, err = dom.Parse(bytes.NewReader(b)) // the encoding guessed from the bytes
		}
	}
	if err == nil {
		unwrapNoscript(doc)
		if !valid || maySoftHyphen(b) {
			dropSoftHyphensIn(doc)
		}
	}
	return doc, err
}

// A page that is not valid UTF-8 is read as UTF-8 all the same when few
// of its bytes outside ASCII break it: a page written in UTF-8 with a stray
// byte or two (a byte cut from a character, a pasted Latin-1 letter), whose
// every other letter a legacy code page would garble ("atakĂłw" for
// "ataków"). A page in a legacy code page breaks UTF-8 at nearly every
// byte outside ASCII, and its bytes seldom happen to spell a character in
// UTF-8. The page is read as UTF-8 when it spells at least
// minUTF8PerInvalid characters outside ASCII for each byte that breaks it.
const minUTF8PerInvalid = 20

// mostlyUTF8 reports whether b is UTF-8 but for a few invalid bytes.
func mostlyUTF8(b []byte) bool {
	invalid, chars := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			chars++
		}
		i += size
	}
	return invalid > 0 && chars >= minUTF8PerInvalid*invalid
}

// declaredLegacy returns the encoding a page that is not UTF-8 declares in
// its markup, when that is a legacy code page ("windows-1250"): the page's
// word is a better guide than a guess from byte statistics, which reads
// Polish in Windows-1250 as Latin-1 ("bli¿ej" for "bliżej"). nil when the
// page declares none; when it declares UTF-8, which its bytes contradict;
// and when it declares UTF-16 (which a page read as bytes cannot be: the
// HTML standard reads it as UTF-8), "replacement" or "x-user-defined",
// which would garble every letter.
func declaredLegacy(b []byte) encoding.Encoding {
	label := declaredCharset(b[:min(len(b), charsetHead)])
	if label == "" {
		return nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" || strings.HasPrefix(name, "utf-16") || name == "replacement" || name == "x-user-defined" {
		return nil
	}
	return enc
}

// charsetHead is how far into a page declaredCharset reads: the HTML
// standard's prescan reads 1,024 bytes, and pages put their <meta> after
// long comments and scripts.
const charsetHead = 4096

// declaredCharset is the charset label of the first <meta> of head that
// declares one, as the HTML standard's prescan reads them: its charset
// attribute, or the charset of the content of a meta whose http-equiv is
// Content-Type. The tokenizer skips comments and the text of scripts.
// x/net's charset.DetermineEncoding prescans too, but answers its default
// (windows-1252) alike whether a page declares it or declares nothing.
func declaredCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			equivType := false
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					equivType = strings.EqualFold(string(v), "content-type")
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if equivType {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// softHyphen (U+00AD) marks where a browser may break a word and hyphenate
// it: the word is the same without it. Pages set it by hand or by a
// hyphenator ("Mes&shy;sen&shy;ger&shy;diens&shy;te"); kept, it splits the
// word for search, names, duplicates and headline comparisons.
const softHyphen = "\u00ad"

// maySoftHyphen: a UTF-8 page's bytes hold a soft hyphen or a character
// reference that may write one ("&shy;", "&shy", "&#173;", "&#xAD;",
// "&#x000ad;"). Most pages hold none, and skip the walk.
func maySoftHyphen(b []byte) bool {
	if bytes.Contains(b, []byte(softHyphen)) {
		return true
	}
	for i := bytes.IndexByte(b, '&'); i >= 0; {
		if softHyphenRef(b[i+1:]) {
			return true
		}
		j := bytes.IndexByte(b[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// softHyphenRef: ref, what follows an "&", opens a reference to a soft
// hyphen: "shy", or "#" and 173 in decimal or "x" and ad in hexadecimal,
// with any leading zeros.
func softHyphenRef(ref []byte) bool {
	if len(ref) >= 3 && bytes.EqualFold(ref[:3], []byte("shy")) {
		return true
	}
	if len(ref) == 0 || ref[0] != '#' {
		return false
	}
	digits, digit := []byte("173"), isDigit
	ref = ref[1:]
	if len(ref) > 0 && (ref[0] == 'x' || ref[0] == 'X') {
		digits, digit, ref = []byte("ad"), isHexDigit, ref[1:]
	}
	ref = bytes.TrimLeft(ref, "0")
	return len(ref) >= len(digits) && bytes.EqualFold(ref[:len(digits)], digits) &&
		(len(ref) == len(digits) || !digit(ref[len(digits)]))
}

// isHexDigit: c is a digit of a hexadecimal number.
func isHexDigit(c byte) bool {
	lower := c | 0x20 // 'A'-'F' to 'a'-'f'
	return isDigit(c) || 'a' <= lower && lower <= 'f'
}

// dropSoftHyphensIn removes the soft hyphens of every text and attribute
// value under n.
func dropSoftHyphensIn(n *html.Node) {
	if n.Type == html.TextNode {
		n.Data = dropSoftHyphens(n.Data)
	}
	for i := range n.Attr {
		n.Attr[i].Val = dropSoftHyphens(n.Attr[i].Val)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		dropSoftHyphensIn(c)
	}
}

// dropSoftHyphens is s without its soft hyphens.
func dropSoftHyphens(s string) string {
	if !strings.Contains(s, softHyphen) {
		return s
	}
	return strings.ReplaceAll(s, softHyphen, "")
}

// unwrapNoscript replaces every <noscript> element by what a browser without
// scripts shows in its place: its content parsed as markup. The parser (as
// a browser with scripts does) keeps that content as one raw text node, so
// an extractor would otherwise keep literal "<img …>" and "<iframe …>" text,
// or, where a site puts its whole article there for clients without
// scripts (Blogger does), either lose the article or keep it with its tags.
// Parsed, the pixels and iframes are elements that extraction drops.
func unwrapNoscript(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.Data == "noscript" {
			for _, r := range noscriptContent(c, n) {
				n.InsertBefore(r, c)
				unwrapNoscript(r)
			}
			n.RemoveChild(c)
		} else {
			unwrapNoscript(c)
		}
		c = next
	}
}

// noscriptContent detaches the content of a <noscript> element, parsing the
// raw text the parser left there as a fragment in the parent's context.
func noscriptContent(ns, parent *html.Node) []*html.Node {
	var raw strings.Builder
	var kids []*html.Node
	for c := ns.FirstChild; c != nil; c = c.NextSibling {
		kids = append(kids, c)
		if c.Type == html.TextNode {
			raw.WriteString(c.Data)
		}
	}
	for _, c := range kids {
		ns.RemoveChild(c)
	}
	if len(kids) != 1 || kids[0].Type != html.TextNode {
		return kids // parsed already (noscript in <head>, or scripting off)
	}
	ctx := parent
	if ctx.Type != html.ElementNode {
		ctx = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	}
	nodes, err := html.ParseFragmentWithOptions(strings.NewReader(raw.String()), ctx, html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil
	}
	return nodes
}

// htmlDate runs go-htmldate in extensive mode (SkipExtensiveSearch unset)
// for the original publication date, bounded by the capture time: the
// benchmark README's "extensive" baseline, but on the tree the extractor
// parsed (TestHTMLDateVariants: the same answer on 499 of 500 dev pages).
// Its date parser reads the page's declared language and the ten most used
// (dateLanguages), not every language it knows.
func htmlDate(doc *html.Node, url string, captured time.Time) htmldate.Result {
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		URL:             url,
		UseOriginalDate: true,
		MaxDate:         captured,
		DateParserConfig: &dps.Configuration{
			// go-htmldate's own settings for its parser, and the languages.
			PreferredDateSource: dps.Past,
			StrictParsing:       true,
			Languages:           dateLanguages(doc),
		},
	})
	if err != nil {
		return htmldate.Result{}
	}
	return res
}

// dateLanguages are the languages go-htmldate's date parser reads a page's
// date strings in: the language its <html lang> declares and the ten the
// parser ranks most used (commonDateLanguages), as pages write dates in
// English whatever their language and some declare a language they are not
// in (a Spanish page of elfaro.net declares "en"). With none (nil) the parser
// tries each of the 200 languages it knows on every string: 1.0 s of the
// 1.3 s go-htmldate took over 500 HTML dev pages, for the same day on every
// HTML dev page (TestDateLanguagesSameDays). A page that declares no
// language, or one the parser does not know, gets the ten: the full search
// cost such a page about 13 ms against 2.3 ms (84 of the 807 HTML dev
// pages), for the same day on each of them.
func dateLanguages(doc *html.Node) []string {
	lang := declaredLanguage(doc)
	if lang == "" || !dps.IsKnownLocale(lang) || slices.Contains(commonDateLanguages, lang) {
		return commonDateLanguages
	}
	return append([]string{lang}, commonDateLanguages...)
}

// commonDateLanguages are the ten languages go-dateparser ranks most used
// (its language order), English first.
var commonDateLanguages = []string{"en", "es", "de", "ja", "fr", "pt", "ru", "it", "nl", "pl"}

// declaredLanguage is the primary subtag of the root element's lang
// attribute, lower case ("de" of "de-DE"), or "".
func declaredLanguage(doc *html.Node) string {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "html" {
			continue
		}
		for _, a := range c.Attr {
			if a.Key == "lang" {
				l := strings.ToLower(strings.TrimSpace(a.Val))
				if i := strings.IndexAny(l, "-_"); i > 0 {
					l = l[:i]
				}
				return l
			}
		}
	}
	return ""
}

// cleanHTMLBody drops a repeated headline and moves a leading byline or
// dateline ("LISBON (Reuters) -") out of the body.
func (d *draft) cleanHTMLBody(body []string, captured time.Time) []string {
	if len(body) > 1 && d.title != "" && norm(body[0]) == norm(d.title) {
		body = body[1:]
	}
	if len(body) > 1 {
		if m := reByline().FindStringSubmatch(body[0]); m != nil {
			if d.byline == "" {
				d.byline = m[1]
			}
			body = body[1:]
		}
	}
	if len(body) > 0 {
		if dl, rest, ok := parseDateline(body[0], captured); ok && (dl.Agency != "" || len(strings.Fields(rest)) > 5) {
			d.dateline = dl
			if rest == "" {
				body = body[1:]
			} else {
				body[0] = rest
			}
		}
	}
	return body
}

// norm compares texts ignoring white space, case and quote styles.
func norm(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "’", "'", "‘", "'").Replace(s)
	return strings.ToLower(oneSpaced(s))
}
