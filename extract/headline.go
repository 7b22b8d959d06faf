package extract

import (
	"encoding/json"
	"math"
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
	headTrafilatura headSource = iota // go-trafilatura's metadata title
	headH1                            // the first <h1> of the body
	headOG                            // og:title
	headTwitter                       // twitter:title
	headLD                            // JSON-LD headline (or name of an Article)
	headTitle                         // the whole <title>
	headTitleSegment                  // <title> without the site's name before its first or after its last separator
	headItemprop                      // itemprop="headline"
	numHeadSources
)

// headCand is one headline candidate.
type headCand struct {
	text string
	src  headSource
}

// maxHeadlineRunes bounds a candidate: a longer "headline" is a paragraph.
const maxHeadlineRunes = 300

// headlineCandidates collects the page's headline candidates in document order.
func headlineCandidates(doc *html.Node, trafilaturaTitle string) []headCand {
	w := &headWalk{}
	w.add(headTrafilatura, trafilaturaTitle)
	w.walk(doc)
	return w.cands
}

type headWalk struct {
	cands []headCand
	h1    bool
}

func (w *headWalk) add(src headSource, s string) {
	s = strings.Join(strings.Fields(html.UnescapeString(s)), " ")
	if s == "" || len([]rune(s)) > maxHeadlineRunes {
		return
	}
	w.cands = append(w.cands, headCand{text: s, src: src})
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
func ldHeadlines(s string) []string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return nil
	}
	var out []string
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if h, ok := x["headline"].(string); ok {
				out = append(out, h)
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	return out
}

// headFeatures is the number of features of a headline text: one per
// source that gave it, then its agreement with the other texts, its shape,
// and a bias.
const headFeatures = int(numHeadSources) + 8

// headText is one distinct headline text with the sources that gave it.
type headText struct {
	text string
	srcs [numHeadSources]bool
}

// headTexts merges the candidates by text, in order of first appearance.
func headTexts(cands []headCand) []headText {
	var out []headText
	at := map[string]int{}
	for _, c := range cands {
		i, ok := at[c.text]
		if !ok {
			i = len(out)
			at[c.text] = i
			out = append(out, headText{text: c.text})
		}
		out[i].srcs[c.src] = true
	}
	return out
}

// features describes texts[i] among the others: which sources gave it,
// how many did, how many other texts hold it (a title that adds the site's
// name holds the headline) and how many it holds, its length, and whether
// it is the <title> cut at a separator.
func headlineFeatures(texts []headText, i int) []float64 {
	f := make([]float64, headFeatures)
	t := texts[i]
	n := 0
	for s, ok := range t.srcs {
		if ok {
			f[s] = 1
			n++
		}
	}
	k := int(numHeadSources)
	low := strings.ToLower(t.text)
	var title string
	for _, o := range texts {
		if o.srcs[headTitle] {
			title = o.text
		}
	}
	for j, o := range texts {
		if j == i {
			continue
		}
		ol := strings.ToLower(o.text)
		if strings.Contains(ol, low) {
			f[k+1]++
		}
		if strings.Contains(low, ol) {
			f[k+2]++
		}
	}
	words := len(strings.Fields(t.text))
	f[k] = float64(n)
	f[k+3] = float64(min(words, maxHeadlineWords)) / 10
	if words <= 2 {
		f[k+4] = 1
	}
	if strings.ContainsAny(t.text, "|«»") {
		f[k+5] = 1
	}
	if title != "" && title != t.text && strings.HasPrefix(title, t.text) {
		f[k+6] = 1
	}
	f[k+7] = 1 // bias
	return f
}

// maxHeadlineWords caps the length feature: past it, longer says nothing more.
const maxHeadlineWords = 30

// chooseHeadline returns the headline text that the learned weights score
// highest, "" when the page states none. Ties go to the text met first.
func chooseHeadline(cands []headCand, w []float64) string {
	texts := headTexts(cands)
	best, bestScore := "", math.Inf(-1)
	for i := range texts {
		if s := headScore(w, headlineFeatures(texts, i)); s > bestScore {
			best, bestScore = texts[i].text, s
		}
	}
	return best
}

// headScore is the linear score of a headline text.
func headScore(w, f []float64) float64 {
	s := 0.0
	for i := range min(len(w), len(f)) {
		s += w[i] * f[i]
	}
	return s
}
