package trafilatura

import (
	"bytes"
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura/internal/lru"
	"golang.org/x/net/html"
)

// TestExtractContentLeavesDoc checks what lets extractContent's recovery of
// wild text read doc itself, not a copy made up front: extractContent
// changes nothing of doc, on a page whose main content the rules find and
// on pages where they find too little and the recovery runs.
func TestExtractContentLeavesDoc(t *testing.T) {
	long := strings.Repeat("A sentence of the article that goes on for a while. ", 20)
	pages := []string{
		`<html><body><article><h1>T</h1><p>` + long + `</p><p>` + long + `</p><div class="share">x <a href="#">y</a></div></article></body></html>`,
		`<html><body><div><p>Short.</p><blockquote>` + long + `</blockquote><table><tr><td>` + long + `</td></tr></table></div></body></html>`,
		`<html><body><p>Wild <span>text</span> <a href="/">link</a></p><code>x := 1</code><div class="w3-code">y</div></body></html>`,
	}
	for _, page := range pages {
		for _, opts := range []Options{{}, {Focus: FavorPrecision}, {Focus: FavorRecall, IncludeLinks: true}} {
			opts.Config = DefaultConfig()
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			docCleaning(doc, opts)
			convertTags(doc, opts)
			before := renderNode(t, doc)
			extractContent(doc, lru.NewCache(opts.Config.CacheSize), opts)
			if after := renderNode(t, doc); after != before {
				t.Fatalf("extractContent changed doc:\n%s\n→\n%s", before, after)
			}
		}
	}
}

func renderNode(t *testing.T, n *html.Node) string {
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
