// storyline's fork: the author search of extractDomAuthor without a copy of
// the page.

package trafilatura

import (
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura/internal/etree"
	"github.com/markusmobius/go-trafilatura/internal/selector"
	"golang.org/x/net/html"
)

// authorSearch is upstream's author search, which copied the whole page,
// pruned the copy of selector.MetaAuthorDiscard (pruneUnwantedNodes) and
// ran extractDomMetaSelectors on it, done on the page itself with the
// same answer.
//
// The discard rules and the author rules read an element's tag and
// attributes only, so the pruned copy holds exactly the elements of the
// page that neither match a discard rule nor lie inside one that does
// (kept, in document order), and the author rules match the same of them.
// The pruning changes text only inside the parent of a removed element (its
// tail goes, and goes to its previous sibling's or its parent's tail): an
// element with no removed element inside it has the same text in the copy.
// One with a removed element inside it is pruned as a copy of its own, the
// same steps on the same nodes (pruneNodesInPlace), whose root's tail,
// which its text does not include, is all that the page's pruning changes
// there and the copy's does not.
type authorSearch struct {
	kept    []*html.Node
	removed []*html.Node // the outermost elements the pruning removes
}

func newAuthorSearch(doc *html.Node) *authorSearch {
	s := &authorSearch{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				walk(c)
				continue
			}
			if discardedAuthor(c) {
				s.removed = append(s.removed, c)
				continue
			}
			s.kept = append(s.kept, c)
			walk(c)
		}
	}
	walk(doc)
	return s
}

func discardedAuthor(n *html.Node) bool {
	for _, rule := range selector.MetaAuthorDiscard {
		if rule(n) {
			return true
		}
	}
	return false
}

// find is extractDomMetaSelectors on the pruned page: the text of the
// first element the first rule that has one matches, of more than 2 and
// fewer than limit runes.
func (s *authorSearch) find(limit int, queries []selector.Rule) string {
	for _, query := range queries {
		for _, n := range s.kept {
			if !query(n) {
				continue
			}
			text := trim(s.text(n))
			lenText := utf8.RuneCountInString(text)
			if lenText > 2 && lenText < limit {
				return text
			}
		}
	}
	return ""
}

// text is the text of the kept element n in the pruned page.
func (s *authorSearch) text(n *html.Node) string {
	if !s.holdsRemoved(n) {
		return etree.IterText(n, " ")
	}
	return etree.IterText(pruneNodesInPlace(dom.Clone(n, true), selector.MetaAuthorDiscard), " ")
}

// holdsRemoved reports whether a removed element lies inside n.
func (s *authorSearch) holdsRemoved(n *html.Node) bool {
	for _, r := range s.removed {
		for p := r.Parent; p != nil; p = p.Parent {
			if p == n {
				return true
			}
		}
	}
	return false
}
