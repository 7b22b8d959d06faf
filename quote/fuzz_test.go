package quote

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFind states the quote finder's property: it never panics, every span
// lies inside the body, and a quotation's text is the body text of its
// fragments, joined by one space (exactly the span's text when there is
// one fragment).
func FuzzFind(f *testing.F) {
	for _, seed := range []string{
		"“It means,” she said, “that Europe must step up.”",
		"Brown said:\n\n“The first part runs on.\n\n“And the second.”",
		`"unclosed at the end`,
		"''double'' and ‘single’ and ”wrong way",
		"“”“”\"\"''",
		"Smith said that the plan, according to Jones, is dead.",
		"“a” ― Ana Ruiz\n\n\n“b,” said Ana.",
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
		a := newAnalysis(d, s.Lexicon)
		fs := a.group()
		for i := range fs {
			a.classify(&fs[i])
		}
		a.attribute(fs)
		var kept []found
		for _, f := range fs {
			if a.keep(f) {
				kept = append(kept, f)
			}
		}
		fs = kept
		for i, q := range a.quotes(fs) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
				t.Fatalf("span %d:%d outside a body of %d code points", q.Start, q.End, len(rs))
			}
			parts := make([]string, len(fs[i].frags))
			for j, fr := range fs[i].frags {
				if fr.Start < q.Start || fr.End > q.End {
					t.Fatalf("fragment %v outside the span %d:%d", fr, q.Start, q.End)
				}
				parts[j] = string(rs[fr.Start:fr.End])
			}
			if q.Text != strings.Join(parts, " ") {
				t.Fatalf("text %q is not the body text %q", q.Text, strings.Join(parts, " "))
			}
			if len(parts) == 1 && q.Text != string(rs[q.Start:q.End]) {
				t.Fatalf("text %q is not the span's text %q", q.Text, string(rs[q.Start:q.End]))
			}
		}
		for _, q := range quotesOf(t, s, d) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
				t.Fatalf("span %d:%d outside a body of %d code points", q.Start, q.End, len(rs))
			}
		}
	})
}
