package extract

import (
	"math/rand"
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
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(8) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
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
	r := rand.New(rand.NewSource(2))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(6) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		if r.Intn(4) == 0 {
			b.WriteString(strings.Repeat(" ", r.Intn(100)))
		}
		cases = append(cases, b.String())
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
	r := rand.New(rand.NewSource(3))
	var names []string
	for range 3000 {
		var b strings.Builder
		for range r.Intn(7) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		names = append(names, b.String())
	}
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
