package postgres

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline"
)

func TestTSQuery(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"council", "('council')"},
		{"Harbour  COUNCIL", "('harbour') & ('council')"},
		{`"trade envoy" olsv*`, "('trade' <-> 'envoy') & ('olsv':*)"},
		{`"trade env"*`, "('trade' <-> 'env')"}, // as in SQLite: a '*' after a phrase is a chunk without words
		{"Ålesund's", "('alesund' <-> 's')"},
		{"':* & ! (", ""},
		{`"unclosed phrase`, "('unclosed' <-> 'phrase')"},
		{"", ""},
	} {
		if got := tsQuery(parseQuery(tt.in)); got != tt.want {
			t.Errorf("tsQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("filler ", 40) + "the Council met. " + strings.Repeat("more ", 40)
	for _, tt := range []struct{ body, query, want string }{
		{"The council met in Ålesund.", "alesund", "The council met in \ue000Ålesund\ue001."},
		{"Olsvik’s view", "olsv*", "\ue000Olsvik\ue001’s view"},
		{"No hit here.", "absent", "No hit here."},
		{long, "council", "…" + strings.Repeat("filler ", 10) + "the \ue000Council\ue001 met. " + strings.Repeat("more ", 10) + "more…"},
	} {
		if got := snippet(tt.body, parseQuery(tt.query)); got != tt.want {
			t.Errorf("snippet(%.30q, %q) =\n %q\nwant\n %q", tt.body, tt.query, got, tt.want)
		}
	}
}

// FuzzQuery: any text makes a tsquery of quoted letters and digits only
// (so nothing typed is tsquery syntax), and any body a snippet of valid
// UTF-8 whose marks pair up.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"council", `"trade envoy" olsv*`, "':* & !", "a\x00b", "\xff\xfe", `"`} {
		f.Add(s, "The Council met; Olsvik’s co-op rose \xff.")
	}
	f.Fuzz(func(t *testing.T, query, body string) {
		q := tsQuery(parseQuery(query))
		for _, part := range strings.Split(q, "'") {
			if i := strings.IndexFunc(part, func(r rune) bool { return isWordRune(r) }); i >= 0 &&
				strings.ContainsFunc(part, func(r rune) bool { return !isWordRune(r) }) {
				t.Fatalf("tsQuery(%q) = %q: a quoted part mixes words and syntax", query, q)
			}
		}
		s := snippet(body, parseQuery(query))
		if !utf8.ValidString(s) {
			t.Fatalf("snippet is not UTF-8: %q", s)
		}
		if strings.Count(s, storyline.MarkStart) != strings.Count(s, storyline.MarkEnd) {
			t.Fatalf("snippet marks do not pair: %q", s)
		}
	})
}
