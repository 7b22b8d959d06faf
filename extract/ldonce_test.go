package extract

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyline-news/storyline/sharedtest"
)

// The readers of one JSON-LD script by its text, as the tests call them;
// the walks read scripts decoded once through ldCache. Broken JSON holds
// nothing.

func ldHeadlines(script string) []string {
	v, ok := decodeLD(script)
	if !ok {
		return nil
	}
	return ldHeadlinesOf(v)
}

func ldAuthors(script string) []string {
	v, ok := decodeLD(script)
	if !ok {
		return nil
	}
	return ldAuthorsOf(v)
}

func eachLDObject(script string, fn func(map[string]any) bool) {
	if v, ok := decodeLD(script); ok {
		eachLDObjectOf(v, fn)
	}
}

// ldAuthorsTwice is ldAuthors as it was: the script decoded once for the
// names by @id and again for the authors.
func ldAuthorsTwice(script string) []string {
	names := map[string]string{}
	eachLDObject(script, func(o map[string]any) bool {
		id, _ := o["@id"].(string)
		if n, ok := o["name"].(string); ok && id != "" {
			names[id] = n
		}
		return true
	})
	var out []string
	eachLDObject(script, func(o map[string]any) bool {
		if a, ok := o["author"]; ok {
			if out = authorNames(a, names); len(out) > 0 {
				return false
			}
		}
		return true
	})
	return out
}

// TestLDAuthorsDecodeOnce holds ldAuthors (one decoding for both walks) to
// ldAuthorsTwice on written scripts and on every JSON-LD script of the HTML
// dev pages.
func TestLDAuthorsDecodeOnce(t *testing.T) {
	scripts := []string{
		`{"@graph":[{"@type":"Article","author":{"@id":"#a"}},{"@id":"#a","name":"A B"}]}`,
		`[{"author":"https://x.example/author/kh"},{"author":"Ilse Varga"}]`,
		`{"author": broken`, ``, `null`, `[]`, `"a string"`,
	}
	if dir, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "html")); ok {
		names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			doc, err := parseHTML(readGzip(t, name))
			if err != nil {
				continue
			}
			scripts = append(scripts, ldScripts(doc)...)
		}
	}
	found := 0
	for _, s := range scripts {
		got, want := ldAuthors(s), ldAuthorsTwice(s)
		if !slices.Equal(got, want) {
			t.Errorf("ldAuthors(%.80s) = %q, want %q", s, got, want)
		}
		if len(want) > 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no script names an author: the comparison proves nothing")
	}
}

// ldScripts are the texts of a page's JSON-LD scripts.
func ldScripts(n *html.Node) []string {
	var out []string
	if n.Type == html.ElementNode && n.Data == "script" && strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
		out = append(out, n.FirstChild.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, ldScripts(c)...)
	}
	return out
}

// TestTailIsJoining holds textTail to the joined string it replaces, piece
// by piece, for pieces from empty to several times headSpan and text outside
// ASCII (cut, as before, at a byte).
func TestTailIsJoining(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	words := []string{"", "a", "Published", "12 March 2024", "ÉLYSÉE – déclaré", strings.Repeat("x", headSpan-1),
		strings.Repeat("y", headSpan), strings.Repeat("z", 2*headSpan+1), strings.Repeat("日本", 300)}
	for run := range 200 {
		var tl textTail
		joined := ""
		for piece := range 1 + run%40 {
			s := words[rng.IntN(len(words))]
			tl.add(s)
			joined += s + " "
			if len(joined) > 2*headSpan {
				joined = joined[len(joined)-headSpan:]
			}
			if string(tl.b) != joined {
				t.Fatalf("run %d, piece %d: tail %q, want %q", run, piece, tl.b, joined)
			}
		}
	}
}

// namesDateJoined is namesDate as it was: the class and id joined by a
// space and lowered.
func namesDateJoined(n *html.Node) bool {
	marks := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.Contains(marks, "updat") || strings.Contains(marks, "modif") {
		return false
	}
	for _, w := range []string{"date", "datum", "publish", "posted", "time"} {
		if strings.Contains(marks, w) {
			return true
		}
	}
	return false
}

// TestNamesDateIsJoined holds namesDate to namesDateJoined on written
// classes and ids (split words, case, bytes that are not UTF-8, letters
// whose lower case is ASCII) and on every element of the first HTML dev
// pages.
func TestNamesDateIsJoined(t *testing.T) {
	var nodes []*html.Node
	for _, c := range []struct{ class, id string }{
		{"", ""}, {"date", ""}, {"", "PubDate"}, {"da", "te"}, {"post-DATE updated", ""}, {"tİme", "x"},
		{"Modif", "date"}, {"publish\xff", "\xffdate"}, {"datum", "Kelvin\u212a"}, {"posted ", " time"}, {"up", "dat"},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		if c.class != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: c.class})
		}
		if c.id != "" {
			n.Attr = append(n.Attr, html.Attribute{Key: "id", Val: c.id})
		}
		nodes = append(nodes, n)
	}
	if dir, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "html")); ok {
		names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names[:min(len(names), 100)] {
			if doc, err := parseHTML(readGzip(t, name)); err == nil {
				nodes = appendElements(nodes, doc)
			}
		}
	}
	dated := 0
	for _, n := range nodes {
		got, want := namesDate(n), namesDateJoined(n)
		if got != want {
			t.Errorf("<%s class=%q id=%q>: namesDate %v, joined %v", n.Data, attr(n, "class"), attr(n, "id"), got, want)
		}
		if want {
			dated++
		}
	}
	if dated == 0 {
		t.Error("no element named a date: the comparison proves little")
	}
}

func appendElements(out []*html.Node, n *html.Node) []*html.Node {
	if n.Type == html.ElementNode {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = appendElements(out, c)
	}
	return out
}

// TestLDCacheSameCandidates holds the headline and byline candidates of a
// page read with one ldCache for both walks (as fromHTML reads them) to
// those read with none (each script decoded by each walk), on written pages
// and every HTML dev page, and checks that the cache holds one entry for
// each distinct script of the page (that each is decoded once follows from
// the cache being read first; this does not count the decodings).
func TestLDCacheSameCandidates(t *testing.T) {
	pages := [][]byte{
		[]byte(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#a"}},{"@id":"#a","name":"A B"}]}</script>` +
			`<script type="application/ld+json">{"headline": broken</script>` +
			`<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#a"}},{"@id":"#a","name":"A B"}]}</script></head><body><h1>H</h1></body></html>`),
		[]byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour bridge reopens","author":{"@type":"Person","name":"Ann Lee"}}</script>` +
			`<script type="application/ld+json">{"@type":"Organization","name":"Harbour Gazette"}</script></head><body><h1>Harbour bridge reopens</h1></body></html>`),
	}
	if dir, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "html")); ok {
		names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			pages = append(pages, readGzip(t, name))
		}
	}
	withLD := 0
	for i, page := range pages {
		doc, err := parseHTML(page)
		if err != nil {
			continue
		}
		meta := pageMeta{title: "a title", author: "an author"}
		wantHead, wantByl := headlineCandidates(doc, meta), bylineCandidates(doc, meta)
		meta.ld = ldCache{}
		gotHead, gotByl := headlineCandidates(doc, meta), bylineCandidates(doc, meta)
		if !reflect.DeepEqual(gotHead, wantHead) || !reflect.DeepEqual(gotByl, wantByl) {
			t.Errorf("page %d: with the cache headlines %v bylines %v, without %v %v", i, gotHead, gotByl, wantHead, wantByl)
		}
		if scripts := ldScripts(doc); len(scripts) > 0 {
			withLD++
			if distinct := len(slices.Compact(slices.Sorted(slices.Values(scripts)))); len(meta.ld) != distinct {
				t.Errorf("page %d: the cache holds %d scripts, the page %d distinct ones", i, len(meta.ld), distinct)
			}
		}
	}
	if withLD < 2 {
		t.Errorf("%d pages with JSON-LD: the comparison proves little", withLD)
	}
}
