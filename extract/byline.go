package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/storyline-news/storyline/english"
)

// A page names its authors in its metadata (meta author, article:author,
// JSON-LD, Dublin Core), in marked-up elements (rel=author,
// itemprop=author, an element whose class says author or byline) and in a
// "By …" line; go-trafilatura picks one. The byline is the learned choice
// among them (field_model.go).

// bylineSource is where a byline candidate was read.
type bylineSource int

const (
	bylTrafilatura bylineSource = iota // go-trafilatura's metadata author
	bylMeta                            // <meta name="author">
	bylArticle                         // <meta property="article:author"> that is no URL
	bylLD                              // JSON-LD author names, joined by "; "
	bylRel                             // the text of a rel="author" link
	bylItemprop                        // itemprop="author" (its name)
	bylClass                           // an element whose class or id says author or byline
	bylByLine                          // a short "By …" text in the body
	bylOtherMeta                       // dc.creator, parsely-author, sailthru.author
	bylLabel                           // the text after an element that is only a byline label ("By", "Autor:")
	bylTwitterData                     // twitter:dataN whose twitter:labelN is a byline label ("Written by")
	bylClassFirst                      // the first text inside the first element whose class or id says author or byline
	bylCleaned                         // a candidate without its role ("Text & Fotos:") or what follows the names (" | date", " (role)", " @handle")
	numBylineSources
)

// maxBylineWords bounds a candidate: a longer text is no list of names.
const maxBylineWords = 12

// bylineCandidates collects the page's byline candidates in document order.
func bylineCandidates(doc *html.Node, meta pageMeta) []statement {
	w := &bylineWalk{twitterLabels: map[string]string{}, twitterData: map[string]string{}, ld: meta.ld}
	w.add(bylTrafilatura, meta.author)
	w.walk(doc)
	w.twitterAuthors()
	return w.cands
}

// twitterAuthors adds the twitter:dataN whose twitter:labelN is a byline
// label alone: what a page's SEO plugin writes as "Written by" and the name.
func (w *bylineWalk) twitterAuthors() {
	for _, n := range slices.Sorted(maps.Keys(w.twitterLabels)) {
		if d, ok := w.twitterData[n]; ok && reBylineLabel().MatchString(strings.TrimSpace(w.twitterLabels[n])) {
			w.add(bylTwitterData, d)
		}
	}
}

type bylineWalk struct {
	cands []statement
	// twitterLabels and twitterData are the twitter:labelN and
	// twitter:dataN metas by N (a label says what its datum is).
	twitterLabels, twitterData map[string]string
	ld                         ldCache // the page's JSON-LD, decoded once
	class                      bool    // an author-class element was taken
	// classFirst: the first text of an author-class element was taken
	classFirst bool
	// label: the last text met was a byline label alone, so the next text
	// names the authors.
	label bool
}

// add takes s as a candidate of source src, reporting whether it did: a
// text too long or one that starts with a digit is none, and so is one
// whose cleaned text starts with a digit ("Stand: 20. April 2020, 14:57
// Uhr" in an author box is a label and a date; a name that starts with a
// digit after a role, "Redaktion: 20 Minuten", goes with it, as it does
// alone) and one that ends with a colon or a byline's cue (a label:
// "Stand:", "Veröffentlicht von", what names follow).
func (w *bylineWalk) add(src bylineSource, s string) bool {
	s = oneSpaced(html.UnescapeString(s))
	// the texts of an element's children are joined by a space, which
	// leaves one before a comma: "A , B"
	s = strings.ReplaceAll(s, " , ", ", ")
	if m := reByline().FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if s == "" || len(strings.Fields(s)) > maxBylineWords || startsDigit(s) {
		return false
	}
	c := cleanByline(s)
	if startsDigit(c) || strings.HasSuffix(s, ":") || endsInCue(s) {
		return false // a label and a date, or a label alone
	}
	w.cands = append(w.cands, statement{text: s, src: int(src)})
	if c != "" && c != s {
		// the cleaned text keeps the source it was read from
		w.cands = append(w.cands, statement{text: c, src: int(src)}, statement{text: c, src: int(bylCleaned)})
	}
	return true
}

// startsDigit reports whether s starts with a digit: a date or a count
// ("30/10/23", "6 years ago"), never a name.
func startsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// maxRoleWords bounds the role before a colon that cleanByline cuts off
// ("Text & Fotos: A B").
const maxRoleWords = 3

// bylineTails start what follows the names in a byline: a date or a
// role after a separator, a handle, a role in brackets.
var bylineTails = []string{" | ", " • ", " · ", " – ", " — ", " - ", " (", " @"}

// reDateTail is a comma and a number after the names: a date.
var reDateTail = lazyRegexp(`,\s*\d`)

// cleanByline is a byline without a short role before a colon and without
// what follows the names; "" when nothing is left.
func cleanByline(s string) string {
	if i := strings.Index(s, ": "); i > 0 && len(strings.Fields(s[:i])) <= maxRoleWords && english.StartsUpper(s) {
		s = s[i+2:]
	}
	for _, sep := range bylineTails {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	if loc := reDateTail().FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	return strings.TrimSpace(s)
}

func (w *bylineWalk) walk(n *html.Node) {
	if n.Type == html.TextNode {
		w.text(strings.TrimSpace(n.Data))
		return
	}
	if n.Type == html.ElementNode {
		switch n.Data {
		case "meta":
			w.meta(n)
			return
		case "script":
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				if v, ok := w.ld.decode(n.FirstChild.Data); ok {
					if names := ldAuthorsOf(v); len(names) > 0 {
						w.add(bylLD, strings.Join(names, "; "))
					}
				}
			}
			return
		case "style", "noscript", "svg", "title":
			return
		}
		ci := lowerClassID(n)
		if n.Data != "body" && ci.comment() {
			// readers' comments: their authors are not the article's (a
			// body's class speaks of the page: "showing-comments")
			return
		}
		if strings.EqualFold(attr(n, "rel"), "author") {
			w.add(bylRel, nodeText(n))
		}
		if strings.EqualFold(attr(n, "itemprop"), "author") {
			w.add(bylItemprop, itempropName(n))
		}
		isAuthor := (!w.classFirst || !w.class) && ci.author()
		if isAuthor && !w.classFirst {
			w.classFirst = w.add(bylClassFirst, firstTextNode(n))
		}
		if !w.class && isAuthor {
			w.class = w.add(bylClass, nodeText(n))
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.walk(ch)
	}
}

// text reads a text node: a "By …" line, a byline label alone, or the
// names after such a label.
func (w *bylineWalk) text(t string) {
	if t == "" {
		return
	}
	if w.label {
		w.label = false
		if len(t) < maxLabelledByline {
			w.add(bylLabel, t)
		}
		return
	}
	if len(t) < maxLabelledByline {
		// a byline set after the article's date or a separator: "06.11.2023
		// 13:30 von Olga", "- Redaktion: X". (A name alone after a date,
		// "11.12.2019 - Amelie Loevenich", was a candidate of its own: one
		// page of the dev set gained, 0.7197 -> 0.7221 over ten
		// partitions, too little to trust capitalised words after a date,
		// "12.03.2021 Corona Update", to be a name.)
		rest, _ := afterDate(strings.TrimLeft(t, leadSeparators))
		if rest == "" {
			return
		}
		t = rest
	}
	if !bylineInitial(t[0]) {
		return // none of the three expressions below can match
	}
	if isBylineLabel(t) {
		w.label = true
		return
	}
	if len(t) < maxLabelledByline {
		if m := reLabelledByline().FindStringSubmatch(t); m != nil {
			w.add(bylLabel, m[1])
			return
		}
	}
	if len(t) < 80 && reByline().MatchString(t) {
		w.add(bylByLine, t)
	}
}

// bylinePrepositions are the words that say "by" before an author's
// name, in the languages the engine meets most: a label ends in one
// ("Veröffentlicht von", "Article by"), and a text dump's byline cues hold
// them (bylineCues). reBylineLabel matches each alone
// (TestBylinePrepositionsAreLabels).
var bylinePrepositions = []string{"by", "von", "vom", "par", "por", "door", "di"}

// endsInCue reports whether s ends in one of bylinePrepositions, in any
// case.
func endsInCue(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	last := s[i+1:]
	for _, c := range bylinePrepositions {
		if strings.EqualFold(last, c) {
			return true
		}
	}
	return false
}

// leadSeparators are what a text may open with before its byline: a
// separator left from the element before ("- Redaktion: X") and white
// space; the same marks as bylineTails, which end the names.
const leadSeparators = "-–—|·• \u00a0"

// reTimeOfDay is a time after a date ("13:30", "13:30:05", "13:30 Uhr",
// "1:30 p.m."): its unit is a word of its own, so "13:30 Hans Meier"
// keeps its name.
var reTimeOfDay = lazyRegexp(`^\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:uhr|h|[ap]\.?m\.?)(?:$|[\s,]))?`)

// afterDate is what follows a date that opens t, with the time of day and
// the separators after it cut, and whether there was such a date; t
// itself when it opens with none.
func afterDate(t string) (rest string, dated bool) {
	if !startsDigit(t) {
		return t, false
	}
	hits := findDates(t)
	if len(hits) == 0 || hits[0].start != 0 {
		return t, false
	}
	rest = strings.TrimLeft(t[hits[0].end:], leadSeparators+",")
	if loc := reTimeOfDay().FindStringIndex(rest); loc != nil {
		rest = strings.TrimLeft(rest[loc[1]:], leadSeparators+",")
	}
	return rest, true
}

// bylineInitials are the first letters of the words reBylineLabel,
// reLabelledByline and reByline open with ("by", "von", "autor", "text",
// "redaktion", "geschrieben", "eingestellt" …). Their case folds are ASCII
// only, so a text whose first byte is none of them in either case matches
// none of the three (TestBylineInitialsCoverExpressions).
const bylineInitials = "abdegprtvw"

// bylineInitial reports whether a text starting with byte c may match one
// of the byline expressions.
func bylineInitial(c byte) bool {
	return strings.IndexByte(bylineInitials, c|0x20) >= 0 // c|0x20 lowers an ASCII letter
}

// maxLabelledByline bounds the text after a byline label, in bytes: the
// names of a few authors, not a paragraph.
const maxLabelledByline = 120

// reBylineLabel is a text that is only a byline label: the names follow in
// the next text of the page ("<b>Von:</b> Götz Warnke", "<dt>Autor/in</dt>").
var reBylineLabel = lazyRegexp(`^(?i:by|von|vom|par|por|door|di|autor|autorin|autoren|autor/in|autor\*in|author|authors|auteur|auteurs|written by|posted by|geschrieben von|verfasst von|eingestellt von|erstellt von|text)\s*:?$`)

// maxBylineLabel bounds a label reBylineLabel can match, in bytes, once the
// white space and the colon after it are cut: its longest label has 15
// letters, and a letter it folds (the long s, the Kelvin sign) takes 3
// bytes at most.
const maxBylineLabel = 64

// isBylineLabel is reBylineLabel's match of t, asked of the expression only
// for a text short enough to be a label: run on a whole paragraph, the
// backtracker cleared a bit set of the paragraph's length times the
// expression's for every text node that opens with one of bylineInitials
// (TestIsBylineLabelIsTheExpression).
func isBylineLabel(t string) bool {
	if len(strings.TrimRight(strings.TrimSuffix(t, ":"), " \t\n\f\r")) > maxBylineLabel {
		return false
	}
	return reBylineLabel().MatchString(t)
}

// reLabelledByline is a byline label with a colon and the names after it
// in one text ("Autor: Götz Warnke", "Auteur : Kossivi Tiassou").
var reLabelledByline = lazyRegexp(`^(?i:autor|autorin|autoren|autor/in|autor\*in|author|authors|auteur|auteur\(s\)|auteurs|autore|redaktion|written by|posted by|geschrieben von|verfasst von|text)\s*:\s*(\S.*)$`)

func (w *bylineWalk) meta(n *html.Node) {
	content := attr(n, "content")
	switch strings.ToLower(strings.TrimSpace(firstAttr(n, "name", "property"))) {
	case "author":
		w.add(bylMeta, content)
	case "article:author":
		if !strings.Contains(content, "/") {
			w.add(bylArticle, content)
		}
	case "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author":
		w.add(bylOtherMeta, content)
	default:
		key := strings.ToLower(strings.TrimSpace(firstAttr(n, "name", "property")))
		if n, ok := strings.CutPrefix(key, "twitter:label"); ok {
			w.twitterLabels[n] = content
		} else if n, ok := strings.CutPrefix(key, "twitter:data"); ok {
			w.twitterData[n] = content
		}
	}
}

// firstTextNode is the first text under n that is not all white space.
func firstTextNode(n *html.Node) string {
	if n.Type == html.TextNode {
		return strings.TrimSpace(n.Data)
	}
	if n.Type == html.ElementNode && hiddenTags[n.Data] {
		return ""
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if t := firstTextNode(ch); t != "" {
			return t
		}
	}
	return ""
}

// classID is an element's class and id, lowered once for the tests below.
type classID struct{ class, id string }

func lowerClassID(n *html.Node) classID {
	return classID{class: strings.ToLower(attr(n, "class")), id: strings.ToLower(attr(n, "id"))}
}

// author reports whether the class or id names the element the author's
// or the byline.
func (c classID) author() bool { return c.has("author") || c.has("byline") }

// comment reports whether the class or id names the element a comment or
// the comments.
func (c classID) comment() bool { return c.has("comment") }

// has reports whether the lowered class or id holds word: as the two
// joined by a space and lowered would, since the space is in no word asked
// for, without building that string for every element.
func (c classID) has(word string) bool {
	return strings.Contains(c.class, word) || strings.Contains(c.id, word)
}

// itempropName is the name inside an itemprop=author element (its
// itemprop=name, or its content attribute), else its text.
func itempropName(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return v
	}
	var name string
	var find func(*html.Node)
	find = func(c *html.Node) {
		for ch := c.FirstChild; ch != nil && name == ""; ch = ch.NextSibling {
			if ch.Type == html.ElementNode && strings.EqualFold(attr(ch, "itemprop"), "name") {
				name = firstAttr(ch, "content")
				if name == "" {
					name = nodeText(ch)
				}
				return
			}
			find(ch)
		}
	}
	find(n)
	if name != "" {
		return name
	}
	return nodeText(n)
}

// ldAuthorsOf reads the author names of the first object of a decoded
// JSON-LD script (ldCache) that has any: a string, an object with a name, a
// reference by @id to an object of the script with a name (as in a @graph),
// or a list of these.
func ldAuthorsOf(v any) []string {
	names := ldNamesByID(v)
	var out []string
	eachLDObjectOf(v, func(o map[string]any) bool {
		if a, ok := o["author"]; ok {
			if out = authorNames(a, names); len(out) > 0 {
				return false
			}
		}
		return true
	})
	return out
}

// ldNamesByID maps the @id of every object of a decoded JSON-LD script
// that has a name to that name.
func ldNamesByID(v any) map[string]string {
	names := map[string]string{}
	eachLDObjectOf(v, func(o map[string]any) bool {
		id, _ := o["@id"].(string)
		if n, ok := o["name"].(string); ok && id != "" {
			names[id] = n
		}
		return true
	})
	return names
}

func authorNames(a any, byID map[string]string) []string {
	switch x := a.(type) {
	case string:
		if n := byID[x]; n != "" {
			return []string{n} // a reference by @id, as a bare string
		}
		if strings.Contains(x, "://") {
			return nil // a profile's address, no name
		}
		return []string{x}
	case map[string]any:
		if n, ok := x["name"].(string); ok {
			return []string{n}
		}
		if id, ok := x["@id"].(string); ok && byID[id] != "" {
			return []string{byID[id]}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, authorNames(e, byID)...)
		}
		return out
	}
	return nil
}

// bylineFeatureCount is the number of features of a byline text: one per
// source, then agreement, shape and a bias.
const bylineFeatureCount = int(numBylineSources) + 12

// bylineFeatures describes texts[i] among the others: its sources, how
// many, agreement, and whether it is shaped like a list of names (word
// count, digits, a URL or handle, a lower-case start, several names, no
// letter at all).
func bylineFeatures(texts []choiceText, i int) []float64 {
	f := make([]float64, bylineFeatureCount)
	t := texts[i]
	k := int(numBylineSources)
	f[k] = float64(sourceFeatures(f, t))
	heldBy, holds := agreement(texts, i)
	f[k+1], f[k+2] = float64(heldBy), float64(holds)
	words := len(strings.Fields(t.text))
	f[k+3] = float64(words) / 5
	if strings.ContainsFunc(t.text, unicode.IsDigit) {
		f[k+4] = 1
	}
	if strings.ContainsAny(t.text, "@/") {
		f[k+5] = 1
	}
	if r := []rune(t.text); len(r) > 0 && unicode.IsLower(r[0]) {
		f[k+6] = 1
	}
	if strings.ContainsAny(t.text, ";,&") || strings.Contains(t.text, " and ") || strings.Contains(t.text, " und ") {
		f[k+7] = 1
	}
	if !strings.ContainsFunc(t.text, unicode.IsLetter) {
		f[k+8] = 1
	}
	if strings.HasSuffix(t.text, ":") || reBylineLabel().MatchString(t.text) {
		f[k+9] = 1 // a label, not the names it introduces
	}
	f[k+10] = b2f(personShaped(t.text))
	f[k+11] = 1 // bias
	return f
}

// personShaped reports whether a text is shaped like one person's name:
// two to four words of letters (nameShaped), each starting with a capital.
func personShaped(s string) bool {
	words := strings.Fields(s)
	if len(words) < minPersonWords || len(words) > maxPersonWords {
		return false
	}
	for _, w := range words {
		if !english.StartsUpper(w) || !nameShaped(w) {
			return false
		}
	}
	return true
}

// minPersonWords and maxPersonWords bound the words of one person's name: a
// given name and a family name, with a middle name or two.
const minPersonWords, maxPersonWords = 2, 4

// bylinePrior trusts the JSON-LD and meta authors, then go-trafilatura.
func bylinePrior() []float64 {
	w := make([]float64, bylineFeatureCount)
	w[bylLD], w[bylMeta], w[bylTrafilatura] = 1, 0.8, 0.5
	return w
}
