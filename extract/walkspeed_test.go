package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestOneSpacedIsFieldsJoined holds oneSpaced to the split and join it
// replaces, on chosen strings and on random ones over white space in and
// outside ASCII, replacement characters and bytes that are no UTF-8.
func TestOneSpacedIsFieldsJoined(t *testing.T) {
	cases := []string{"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\u00a0b", "\u2003a\u2003",
		"a\u0085b", "\xff a", "a \xff", "\ufffd b", "a\n\nb c", "  \n ", "x\u3000y", "ab cd ef"}
	pieces := []string{" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u3000",
		"a", "bc", "é", "\ufffd", "\xff", "\xe2\x80", "Z"}
	cases = append(cases, piecedTexts(rand.New(rand.NewPCG(1, 1)), 20000, 8, pieces)...)
	for _, s := range cases {
		want := strings.Join(strings.Fields(s), " ")
		if got := oneSpaced(s); got != want {
			t.Fatalf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkOneSpaced compares oneSpaced with the split and join it
// replaces, on a paragraph spaced as pages write them and on one to mend.
func BenchmarkOneSpaced(b *testing.B) {
	paras := []string{"A paragraph of ordinary text, spaced as a page writes it, with a few more words.",
		"  a paragraph\twith  runs of\n white space \u00a0 inside  "}
	for _, fn := range []struct {
		name string
		f    func(string) string
	}{{"join", func(s string) string { return strings.Join(strings.Fields(s), " ") }}, {"onepass", oneSpaced}} {
		b.Run(fn.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range paras {
					fn.f(p)
				}
			}
		})
	}
}

// TestIsBylineLabelIsTheExpression holds isBylineLabel to reBylineLabel on
// labels with white space, colons and folded letters, and on random texts
// around them.
func TestIsBylineLabelIsTheExpression(t *testing.T) {
	cases := []string{"By", "by:", "Von :", "Autor/in", "eingestellt von", "EINGESTELLT VON  \t:",
		"poſted by", "geſchrieben von:", "written by" + strings.Repeat(" ", 200) + ":", "by\n\n:",
		"By John Smith", "Text", "text: more", "", ":", "author:" + strings.Repeat("x", 100)}
	pieces := []string{"by", "von", "eingestellt von", "poſted by", " ", "\t", "\n", "\v", ":", "x", "ſ", "\u212a", "é"}
	r := rand.New(rand.NewPCG(2, 2))
	for _, c := range piecedTexts(r, 20000, 6, pieces) {
		if r.IntN(4) == 0 {
			c += strings.Repeat(" ", r.IntN(100))
		}
		cases = append(cases, c)
	}
	for _, s := range cases {
		if got, want := isBylineLabel(s), reBylineLabel().MatchString(s); got != want {
			t.Fatalf("isBylineLabel(%q) = %v, the expression says %v", s, got, want)
		}
	}
}

// TestFoldsToIsFoldAlnum holds foldsTo to comparing foldAlnum's string, on
// names with German letters, capitals outside ASCII, marks, digits and
// bytes that are no UTF-8, against hosts folded from them and others.
func TestFoldsToIsFoldAlnum(t *testing.T) {
	pieces := []string{"a", "B", "ü", "Ü", "ß", "ẞ", "ä", "ö", "é", "1", " ", "-", ".", "\xff", "\ufffd", "ue", "ss", "u", "Σ", "ς", "İ", "K", "\u212a"}
	names := piecedTexts(rand.New(rand.NewPCG(3, 3)), 3000, 7, pieces)
	names = append(names, "Süddeutsche Zeitung", "sueddeutsche", "Straße", "strasse", "")
	for i, s := range names {
		hosts := []string{foldAlnum(s, false), foldAlnum(s, true), foldAlnum(names[(i+1)%len(names)], true), "a", ""}
		for _, h := range hosts {
			for _, spelled := range []bool{false, true} {
				if got, want := foldsTo(s, spelled, h), foldAlnum(s, spelled) == h; got != want {
					t.Fatalf("foldsTo(%q, %v, %q) = %v, want %v", s, spelled, h, got, want)
				}
			}
		}
	}
}

// piecedTexts makes n texts of fewer than most pieces each, drawn by r:
// the random inputs on which a fast path is held to the code it replaces.
func piecedTexts(r *rand.Rand, n, most int, pieces []string) []string {
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range r.IntN(most) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}
