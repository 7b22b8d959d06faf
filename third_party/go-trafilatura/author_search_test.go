package trafilatura

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura/internal/selector"
	"golang.org/x/net/html"
)

// upstreamDomAuthor is upstream's extractDomAuthor: prune a copy of the
// page, then search the copy.
func upstreamDomAuthor(doc *html.Node) string {
	clone := pruneUnwantedNodes(doc, selector.MetaAuthorDiscard)
	author := extractDomMetaSelectors(clone, 120, selector.MetaAuthor)
	if author != "" {
		return normalizeAuthors("", author)
	}
	return ""
}

// TestAuthorSearchAsUpstream holds extractDomAuthor to upstream's search
// on chosen pages and on 20,000 random ones made of the elements the two
// rule sets read (authors holding dates, discarded elements with tails,
// discarded elements inside discarded ones).
func TestAuthorSearchAsUpstream(t *testing.T) {
	pages := []string{
		`<div class="author">By <a href="#">Ann Lee</a> <time>May 1</time> in Paris</div>`,
		`<p class="byline">Ann Lee<span class="date">May 1</span>tail <span class="category">World</span> more</p>`,
		`<div class="sidebar"><span class="author">Not Her</span></div><span class="author-name">Ann Lee</span>`,
		`<div class="writer"><figure>x</figure> Ann <b>Lee</b><time>t</time>after</div>`,
		`<author>Ann <time>1</time>Lee</author>`,
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		pages = append(pages, randomAuthorPage(rng))
	}
	for _, page := range pages {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		want := upstreamDomAuthor(doc)
		if got := extractDomAuthor(doc); got != want {
			t.Fatalf("extractDomAuthor(%q) = %q, upstream %q", page, got, want)
		}
	}
}

func randomAuthorPage(rng *rand.Rand) string {
	var b strings.Builder
	var element func(depth int)
	element = func(depth int) {
		tags := []string{"div", "span", "p", "a", "time", "figure", "section", "b"}
		classes := []string{"", "author", "byline", "date", "title", "sidebar", "quote", "writer", "author-name", "x"}
		words := []string{"", "Ann", " Lee ", "\n", "May 1", "by", "  "}
		tag := tags[rng.Intn(len(tags))]
		fmt.Fprintf(&b, `<%s class="%s">`, tag, classes[rng.Intn(len(classes))])
		for range rng.Intn(4) {
			b.WriteString(words[rng.Intn(len(words))])
			if depth < 4 && rng.Intn(2) == 0 {
				element(depth + 1)
			}
		}
		fmt.Fprintf(&b, "</%s>%s", tag, words[rng.Intn(len(words))])
	}
	for range 1 + rng.Intn(4) {
		element(0)
	}
	return b.String()
}
