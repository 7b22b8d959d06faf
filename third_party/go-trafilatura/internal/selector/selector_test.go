package selector

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// TestQueryAsUpstream holds Query and QueryAll to upstream's, which asked
// the rule of the list dom.GetElementsByTagName(root, "*") made first, on
// random pages and every rule of the package that reads content elements and authors.
func TestQueryAsUpstream(t *testing.T) {
	rules := slices.Concat(MetaAuthor, MetaAuthorDiscard, OverallDiscardedContent, Content)
	rng := rand.New(rand.NewSource(1))
	tags := []string{"div", "p", "span", "a", "article", "section", "time", "figure"}
	classes := []string{"", "author", "byline", "content", "post-body", "sidebar", "footer", "x"}
	for range 2000 {
		var b strings.Builder
		var element func(depth int)
		element = func(depth int) {
			tag := tags[rng.Intn(len(tags))]
			fmt.Fprintf(&b, `<%s class="%s">text`, tag, classes[rng.Intn(len(classes))])
			for depth < 4 && rng.Intn(3) > 0 {
				element(depth + 1)
			}
			fmt.Fprintf(&b, "</%s>", tag)
		}
		for range 1 + rng.Intn(4) {
			element(0)
		}
		doc, err := html.Parse(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		for i, rule := range rules {
			var want []*html.Node
			for _, e := range dom.GetElementsByTagName(doc, "*") {
				if rule(e) {
					want = append(want, e)
				}
			}
			if got := QueryAll(doc, rule); !slices.Equal(got, want) {
				t.Fatalf("rule %d: QueryAll(%q) = %d elements, upstream %d", i, b.String(), len(got), len(want))
			}
			var first *html.Node
			if len(want) > 0 {
				first = want[0]
			}
			if got := Query(doc, rule); got != first {
				t.Fatalf("rule %d: Query(%q) differs from upstream's", i, b.String())
			}
		}
	}
}
