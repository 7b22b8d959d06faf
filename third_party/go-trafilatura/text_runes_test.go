package trafilatura

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// TestTextRunesAsUpstream holds textRunes to the length upstream measured,
// utf8.RuneCountInString(trim(dom.TextContent(n))), on random trees of text
// nodes made of words, ASCII and other white space, and pieces of runes
// that are no valid UTF-8 alone but may be together.
func TestTextRunesAsUpstream(t *testing.T) {
	pieces := []string{"", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "a", "word", "é", "日本", "\xff", "\xe2\x80", "\x99", "\xc2", "\xa0", "."}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		root := &html.Node{Type: html.ElementNode, Data: "div"}
		var grow func(n *html.Node, depth int)
		grow = func(n *html.Node, depth int) {
			for range rng.Intn(4) {
				if depth < 3 && rng.Intn(3) == 0 {
					el := &html.Node{Type: html.ElementNode, Data: "span"}
					n.AppendChild(el)
					grow(el, depth+1)
					continue
				}
				var b strings.Builder
				for range rng.Intn(4) {
					b.WriteString(pieces[rng.Intn(len(pieces))])
				}
				n.AppendChild(&html.Node{Type: html.TextNode, Data: b.String()})
			}
		}
		grow(root, 0)
		want := utf8.RuneCountInString(trim(dom.TextContent(root)))
		if got := textRunes(root); got != want {
			t.Fatalf("textRunes(%q) = %d, upstream %d", dom.TextContent(root), got, want)
		}
	}
}
