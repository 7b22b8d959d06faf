package extract

import (
	"bytes"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/english"
)

var reFullPage = lazyRegexp(`(?i)<html|<body|<!doctype`)

// fromStructured handles JSON Lines records and feed items: the record's
// own fields win; the body is its text, its full HTML page (through the HTML
// extractor) or its HTML fragment (tags stripped to paragraphs).
func (e *Extractor) fromStructured(p *storyline.Page) ([]*draft, error) {
	captured := e.captured(p)
	title, titleDay := recordTitle(p.Title, captured)
	var d *draft
	switch {
	case strings.TrimSpace(p.Text) != "":
		d = &draft{title: title}
		d.body = d.cleanHTMLBody(textParagraphs(p.Text), captured)
	case reFullPage().Match(p.HTML[:min(len(p.HTML), 2048)]):
		drafts, err := e.fromHTML(p)
		if err != nil || len(drafts) == 0 {
			return drafts, err
		}
		d = drafts[0]
	case len(bytes.TrimSpace(p.HTML)) > 0:
		d = &draft{title: title}
		d.body = d.cleanHTMLBody(fragmentParagraphs(p.HTML), captured)
	default:
		return nil, nil
	}
	if title != "" {
		d.title = title
	}
	if p.Byline != "" {
		d.byline = p.Byline
	}
	switch g := inputDate(p.Published, captured); {
	case g.known():
		d.date = g
	case d.date.known(): // a whole page's own date, as the HTML extractor read it
	case titleDay.known():
		d.date = titleDay
	default:
		d.date = d.datelineOrText(captured)
	}
	return []*draft{d}, nil
}

// recordTitle is the headline a record gives, or, when its title is only a
// date line ("Tuesday, May 24, 2005", "Posted: 16.12.2008 14:05 Uhr"), no
// headline and that date: collected records put a page's first line in the
// title field, and on a blog that line is often the day.
func recordTitle(title string, captured time.Time) (string, dateGuess) {
	rest, hits, _ := openingDate(strings.TrimSpace(title))
	if len(hits) != 1 || holdsWord(rest[hits[0].end:]) {
		return title, dateGuess{}
	}
	return "", dateGuess{day: hits[0].t, confidence: confDateline, evidence: "title"}.notAfter(captured)
}

// holdsWord reports whether s holds a word of four letters or more: what
// follows a date line's date is a time ("06:44 PM ET", "14:05 Uhr"), not
// words.
func holdsWord(s string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }),
		func(w string) bool { return utf8.RuneCountInString(w) >= 4 })
}

// inputDate is the date the record itself gives: the publisher's own word.
func inputDate(s string, captured time.Time) dateGuess {
	t, hasTime, ok := parsePublished(s)
	if !ok {
		return dateGuess{}
	}
	g := dateGuess{day: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), confidence: 1, evidence: "input"}
	if hasTime {
		g.at = &t
	}
	return g.notAfter(captured)
}

func (d *draft) datelineOrText(captured time.Time) dateGuess {
	if d.dateline != nil && d.dateline.Date != "" {
		t, _ := time.Parse("2006-01-02", d.dateline.Date)
		return dateGuess{day: t, confidence: confDateline, evidence: "dateline"}.notAfter(captured)
	}
	return textDate(d.body, captured)
}

// textParagraphs splits clean text at line breaks into paragraphs.
func textParagraphs(s string) []string { return english.Paragraphs(strings.ToValidUTF8(s, "")) }

// blockTags end a paragraph when an HTML fragment is flattened to text.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true, "pre": true,
	"ul": true, "ol": true, "table": true, "header": true, "footer": true, "figure": true, "figcaption": true,
	"head": true, "dd": true, "dt": true, "main": true, "aside": true, "hr": true}

// hiddenTags hold no article text: scripts and styles, and the elements
// whose content the parser keeps as raw markup (<noscript> with its
// tracking <img> and <iframe>, <iframe>, <noembed>, <noframes>), which would
// otherwise reach the body as literal tags.
var hiddenTags = map[string]bool{"script": true, "style": true, "noscript": true, "iframe": true,
	"noembed": true, "noframes": true, "template": true, "xmp": true, "plaintext": true}

// tailNeedsSpace reports whether text node n, written after what, follows
// an element and needs a space to stay apart from it. go-trafilatura trims
// the text after an element's end (its tail) and drops a <br> inside an
// inline element, so "<strong>…layoffs.</strong> The company" and
// "<em>…Plünderungen.<br></em>Natürlich" reach the main content glued
// ("layoffs.The company"); its own text output puts a space there, and so
// does this. Not before punctuation ("<a>Bayern</a>, the club").
func tailNeedsSpace(n *html.Node, what string) bool {
	if n.PrevSibling == nil || n.PrevSibling.Type != html.ElementNode || what == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(what)
	first, _ := utf8.DecodeRuneInString(n.Data)
	return !unicode.IsSpace(last) && (unicode.IsLetter(first) || unicode.IsDigit(first))
}

// inlineSpaced elements separate words without ending the paragraph.
var inlineSpaced = map[string]bool{"td": true, "th": true}

// fragmentParagraphs flattens an HTML fragment (a feed description) to
// paragraphs, dropping scripts and styles.
func fragmentParagraphs(b []byte) []string {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return textParagraphs(string(b))
	}
	unwrapNoscript(doc)
	return nodeParagraphs(doc)
}

// nodeParagraphs flattens an HTML tree to paragraphs: block elements end a
// paragraph; scripts and styles are dropped; white space is collapsed.
func nodeParagraphs(doc *html.Node) []string {
	if doc == nil {
		return nil
	}
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			if tailNeedsSpace(n, sb.String()) {
				sb.WriteByte(' ')
			}
			sb.WriteString(n.Data)
		case n.Type == html.ElementNode && hiddenTags[n.Data]:
			return
		case n.Type == html.ElementNode && blockTags[n.Data]:
			sb.WriteString("\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			sb.WriteString("\n")
		} else if n.Type == html.ElementNode && inlineSpaced[n.Data] {
			sb.WriteString(" ")
		}
	}
	walk(doc)
	var out []string
	for _, p := range english.Paragraphs(sb.String()) {
		out = append(out, oneSpaced(p))
	}
	return out
}

// oneSpaced is strings.Join(strings.Fields(s), " ") in one pass, and s
// itself when it has nothing to drop: the split and the join copied every
// paragraph of every page twice (TestOneSpacedIsFieldsJoined).
func oneSpaced(s string) string {
	if !needsSpacing(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for i := 0; i < len(s); {
		c, w := s[i], 1
		space := asciiSpace[c] != 0
		if c >= utf8.RuneSelf {
			var r rune
			r, w = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			gap = b.Len() > 0
		} else {
			if gap {
				b.WriteByte(' ')
				gap = false
			}
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// needsSpacing reports whether s has white space at either end, a run of
// it, or any but a single ASCII space between words.
func needsSpacing(s string) bool {
	prevSpace := true // white space at the start is dropped
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] == 0 {
				prevSpace = false
				continue
			}
			if prevSpace || c != ' ' {
				return true
			}
			prevSpace = true
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if unicode.IsSpace(r) {
			return true // never the single ASCII space
		}
		prevSpace = false
	}
	return prevSpace && s != ""
}

// asciiSpace marks the ASCII white space strings.Fields splits at.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}
