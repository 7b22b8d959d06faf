package extract

import (
	"encoding/json"
	"strings"

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
	headTrafilatura  headSource = iota // go-trafilatura's metadata title
	headH1                             // the first <h1> of the body
	headOG                             // og:title
	headTwitter                        // twitter:title
	headLD                             // JSON-LD headline (or name of an Article)
	headTitle                          // the whole <title>
	headTitleSegment                   // <title> without the site's name before its first or after its last separator
	headItemprop                       // itemprop="headline"
	numHeadSources
)

// maxHeadlineRunes bounds a candidate: a longer "headline" is a paragraph.
const maxHeadlineRunes = 300

// headlineCandidates collects the page's headline candidates in document order.
func headlineCandidates(doc *html.Node, trafilaturaTitle string) []statement {
	w := &headWalk{}
	w.add(headTrafilatura, trafilaturaTitle)
	w.walk(doc)
	return w.cands
}

type headWalk struct {
	cands []statement
	h1    bool
}

func (w *headWalk) add(src headSource, s string) {
	s = strings.Join(strings.Fields(html.UnescapeString(s)), " ")
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
				for _, h := range ldHeadlines(n.FirstChild.Data) {
					w.add(headLD, h)
				}
			}
			return
		case "style", "noscript", "svg":
			return
		case "h1":
			if !w.h1 {
				w.h1 = true
				w.add(headH1, nodeText(n))
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
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		w.walk(ch)
	}
}

func (w *headWalk) meta(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(firstAttr(n, "property", "name")))
	switch key {
	case "og:title":
		w.add(headOG, attr(n, "content"))
	case "twitter:title":
		w.add(headTwitter, attr(n, "content"))
	}
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

// ldHeadlines reads the headline of every object of a JSON-LD script (a
// graph, a list, or one object), leaving pages' broken JSON aside.
func ldHeadlines(script string) []string {
	var out []string
	eachLDObject(script, func(o map[string]any) bool {
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

// eachLDObject calls fn for every object of a JSON-LD script, in document
// order, descending into lists and @graph, until fn returns false. Broken
// JSON holds no object.
func eachLDObject(script string, fn func(map[string]any) bool) {
	var v any
	if json.Unmarshal([]byte(script), &v) != nil {
		return
	}
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
