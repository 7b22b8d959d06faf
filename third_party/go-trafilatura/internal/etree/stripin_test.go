package etree

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// stripInPages nest the tags the tests strip or remove in one another, with
// text and comments between them (tails) and elements of other tags.
var stripInPages = []string{
	`<div>a<b>b1<i>i1<b>b2</b>t</i>x</b>y<!--c-->z<i>i2</i>w<p>p</p></div>`,
	`<p>x<span>s<em>e<span>s2</span>f</em>g</span>h<em>e2</em><span></span>end</p>`,
	`<ul><li>one<b>two</b></li><i>three<li>four</li></i>five<!--k-->six<b><i><b>deep</b></i></b>tail</ul>`,
	`<table><tr><td>a<font>b<center>c</center>d</font>e</td></tr></table><center>x<font>y</font>z</center>q`,
	`<i>only</i>`,
	``,
}

var stripInTags = []string{"b", "i", "span", "em", "li", "font", "center"}

// TestStripTagsInIsStripTags holds StripTagsIn to StripTags called once a
// tag, in several orders of the tags (upstream ranged over a map).
func TestStripTagsInIsStripTags(t *testing.T) {
	checkStripIn(t, func(n *html.Node, tags map[string]struct{}) { StripTagsIn(n, tags) },
		func(n *html.Node, tag string) { StripTags(n, tag) })
}

// TestStripElementsInIsStripElements holds StripElementsIn to
// StripElements called once a tag, with and without the tails.
func TestStripElementsInIsStripElements(t *testing.T) {
	for _, keepTail := range []bool{false, true} {
		checkStripIn(t, func(n *html.Node, tags map[string]struct{}) { StripElementsIn(n, keepTail, tags) },
			func(n *html.Node, tag string) { StripElements(n, keepTail, tag) })
	}
}

func checkStripIn(t *testing.T, all func(*html.Node, map[string]struct{}), one func(*html.Node, string)) {
	t.Helper()
	rng := rand.New(rand.NewSource(1))
	for _, page := range stripInPages {
		for trial := 0; trial < 20; trial++ {
			tags := append([]string(nil), stripInTags[:1+rng.Intn(len(stripInTags))]...)
			rng.Shuffle(len(tags), func(i, j int) { tags[i], tags[j] = tags[j], tags[i] })
			set := map[string]struct{}{}
			for _, tag := range tags {
				set[tag] = struct{}{}
			}
			want := parseStripIn(t, page)
			for _, tag := range tags {
				one(want, tag)
			}
			got := parseStripIn(t, page)
			all(got, set)
			if g, w := renderStripIn(t, got), renderStripIn(t, want); g != w {
				t.Errorf("%q, tags %v: %q in one walk, %q a tag at a time", page, tags, g, w)
			}
		}
	}
}

func parseStripIn(t *testing.T, page string) *html.Node {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// renderStripIn writes the tree node by node, text nodes apart, so that
// two trees that render alike but split their text differently differ.
func renderStripIn(t *testing.T, n *html.Node) string {
	var buf bytes.Buffer
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			buf.WriteString("[" + n.Data + "]")
		case html.CommentNode:
			buf.WriteString("<!--" + n.Data + "-->")
		case html.ElementNode:
			buf.WriteString("<" + n.Data + ">")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			buf.WriteString("</" + n.Data + ">")
		}
	}
	walk(n)
	return buf.String()
}
