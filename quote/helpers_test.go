package quote

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/entity"
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
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	d.Article.Entities = entitiesOf(d.Mentions)
	return d
}

// entitiesOf lists the article's entities as the entity stage would, one
// per canonical name (or text, for a mention without one).
func entitiesOf(ms []storyline.Mention) []storyline.ArticleEntity {
	var out []storyline.ArticleEntity
	at := map[string]int{}
	for _, m := range ms {
		name := m.Canonical
		if name == "" {
			name = m.Text
		}
		i, ok := at[name]
		if !ok {
			i = len(out)
			at[name] = i
			out = append(out, storyline.ArticleEntity{Name: name, Type: m.Type})
		}
		out[i].Mentions = append(out[i].Mentions, m.Span)
	}
	return out
}

// quotesOf runs the stage on d, then the entity pass that settles its
// speakers (entity.Speakers, wired right after it), and returns the
// article's quotations.
func quotesOf(t testing.TB, s *Stage, d *storyline.Doc) []storyline.Quote {
	t.Helper()
	for _, st := range []storyline.Stage{s, entity.Speakers{}} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d.Article.Quotes
}

// utterancesOf is quotesOf with the parts of each quotation joined, as
// PolNeAR counts them (storyline.JoinQuoteParts).
func utterancesOf(t testing.TB, s *Stage, d *storyline.Doc) []storyline.Quote {
	t.Helper()
	return storyline.JoinQuoteParts(quotesOf(t, s, d))
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
