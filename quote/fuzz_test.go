package quote

import (
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// FuzzFind states the quote stage's properties, on what Stage.Process (and
// the entity pass that settles its speakers, entity.Speakers) hand on: it
// never panics; every span lies inside the body, in body order; a
// quotation's text is its fragments' body text joined by one space, so it
// opens where its span opens, closes where it closes, and reads the span's
// text in order, leaving out only what lies between fragments; and every
// speaker is a PERSON or ORG entity of the article.
func FuzzFind(f *testing.F) {
	for _, seed := range []string{
		"“It means,” she said, “that Europe must step up.”",
		"Brown said:\n\n“The first part runs on.\n\n“And the second.”",
		`"unclosed at the end`,
		"''double'' and ‘single’ and ”wrong way",
		"“”“”\"\"''",
		"Smith said that the plan, according to Jones, is dead.",
		"“a” ― Ana Ruiz\n\n\n“b,” said Ana.",
		"“We will win,” Reuters reported. “It is over,” said Denmark.",
	} {
		f.Add(seed)
	}
	s := newStage(f)
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		d := docWith(body, "Smith", "Ana Ruiz", "Jones", "ORG:Reuters")
		rs := []rune(body)
		prev := 0
		for _, q := range quotesOf(t, s, d) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
				t.Fatalf("span %d:%d outside a body of %d code points", q.Start, q.End, len(rs))
			}
			if q.Start < prev {
				t.Fatalf("quotation at %d after one at %d: not in body order", q.Start, prev)
			}
			prev = q.Start
			if !joinsFragments(q.Text, rs[q.Start:q.End]) {
				t.Fatalf("text %q is not the fragments of the span's text %q", q.Text, string(rs[q.Start:q.End]))
			}
		}
		types := map[string]storyline.EntityType{}
		for _, e := range d.Article.Entities {
			types[e.Name] = e.Type
		}
		for _, q := range d.Article.Quotes {
			if q.Speaker != "" && !canSpeak(types[q.Speaker]) {
				t.Fatalf("speaker %q is no PERSON or ORG entity of the article (%q)", q.Speaker, types[q.Speaker])
			}
		}
	})
}

// joinsFragments reports whether text is pieces of span, in order, joined
// by single spaces, the first opening the span and the last closing it.
func joinsFragments(text string, span []rune) bool {
	tr := []rune(text)
	if len(tr) == 0 || tr[0] != span[0] || tr[len(tr)-1] != span[len(span)-1] {
		return false
	}
	if len(tr) == len(span) {
		return text == string(span)
	}
	j := 0
	for _, r := range tr {
		for j < len(span) && span[j] != r && r != ' ' {
			j++
		}
		if j == len(span) {
			return false
		}
		if span[j] == r {
			j++
		}
	}
	return true
}
