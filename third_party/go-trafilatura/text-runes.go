package trafilatura

import (
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura/internal/spaces"
	"golang.org/x/net/html"
)

// textRunes is utf8.RuneCountInString(trim(dom.TextContent(n))), counted
// in one walk of n's text without building either string (storyline's
// fork: the link-density tests built both for every element they measure,
// and read only the length). A text that is not valid UTF-8 is measured
// as upstream did.
func textRunes(n *html.Node) int {
	var c spaces.Counter
	countText(&c, n)
	if l, ok := c.Len(); ok {
		return l
	}
	return utf8.RuneCountInString(trim(dom.TextContent(n)))
}

func countText(c *spaces.Counter, n *html.Node) {
	if n.Type == html.TextNode {
		c.Add(n.Data)
	}
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		countText(c, child)
	}
}
