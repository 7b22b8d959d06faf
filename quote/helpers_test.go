package quote

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/text"
)

// docWith builds a Doc from body with hand-made mentions: every occurrence
// of each name becomes a PERSON mention ("ORG:" prefix for organisations,
// "=Canonical" suffix for the entity stage's canonical name), so the tests
// do not depend on the tagger.
func docWith(body string, names ...string) *storyline.Doc {
	d := &storyline.Doc{Article: &storyline.Article{Body: body}}
	d.Tokens = text.Tokenize(body)
	d.Sentences = text.Sentences(body, d.Tokens)
	rs := []rune(body)
	for _, n := range names {
		typ := storyline.Person
		if strings.HasPrefix(n, "ORG:") {
			typ, n = storyline.Org, n[4:]
		}
		canon := ""
		if i := strings.Index(n, "="); i >= 0 {
			n, canon = n[:i], n[i+1:]
		}
		nr := []rune(n)
		for i := 0; i+len(nr) <= len(rs); i++ {
			if string(rs[i:i+len(nr)]) == n && wordBoundary(rs, i, i+len(nr)) {
				d.Mentions = append(d.Mentions, storyline.Mention{
					Span: storyline.Span{Start: i, End: i + len(nr)}, Type: typ, Text: n, Canonical: canon,
				})
			}
		}
	}
	return d
}

func wordBoundary(rs []rune, s, e int) bool {
	isLetter := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= 'a' && rs[i] <= 'z' || rs[i] >= 'A' && rs[i] <= 'Z')
	}
	return !isLetter(s-1) && !isLetter(e)
}

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return s
}
