package quote

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

// FuzzFind states the quote stage's properties, on what Stage.Process (and
// the entity pass that settles its speakers, entity.Speakers) hand on: it
// never panics; every span lies inside the body, in body order; a quote's
// text is its span's body text (a quotation split by its attribution is a
// quote for each pair of marks); a part that continues a quotation follows
// a part of it (same kind, speaker and cue); and every speaker is a PERSON
// or ORG entity of the article.
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
			if q.Text != string(rs[q.Start:q.End]) {
				t.Fatalf("text %q is not the span's text %q", q.Text, string(rs[q.Start:q.End]))
			}
		}
		for i, q := range d.Article.Quotes {
			if q.Continues && !slices.ContainsFunc(d.Article.Quotes[:i], func(p storyline.Quote) bool {
				return p.Kind == q.Kind && p.Speaker == q.Speaker && p.Cue == q.Cue
			}) {
				t.Fatalf("part %d continues no quotation before it: %+v", i, d.Article.Quotes)
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
