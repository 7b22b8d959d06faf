package timex

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline-news/storyline/sharedtest"
)

// windowTexts are bodies for the window tests: words of every kind of
// letter, invalid UTF-8, and the dev text dumps when ../shared lends them.
func windowTexts(t testing.TB) []string {
	texts := []string{"", "a", "MAY 5, yesterday; TODAY\u00a0Sept. 2026", "x\xffy \xc3 é2024 \u212aelvin \u017fept ſunday",
		"Wednesday, 28 January 2026, three weeks ago", "日本 2026年1月 test", "café-au-lait 1st 2nd_3rd"}
	return append(texts, sharedtest.Texts(t, filepath.Join("data", "extraction", "text"), "*.txt", devDumps)...)
}

// splitWordsByRune is splitWords as it was: every character decoded and
// tested by unicode, the slice grown from nil.
func splitWordsByRune(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}

// TestSplitWordsIsByRune holds splitWords' table for ASCII to decoding
// every character.
func TestSplitWordsIsByRune(t *testing.T) {
	for _, s := range windowTexts(t) {
		if got, want := splitWords(s), splitWordsByRune(s); !slices.Equal(got, want) {
			t.Fatalf("%.80q: %v, by rune %v", s, got, want)
		}
	}
}

// TestIsTriggerIsToLower holds isTrigger's lowering on the stack to
// strings.ToLower, on every word of the texts and on words that lower
// into ASCII from outside it.
func TestIsTriggerIsToLower(t *testing.T) {
	words := []string{"MAY", "May", "may", "TODAY", "Sept", "SEPTEMBER", "\u212aelvin", "\u017fept", "We\u212a", "AGO", "x", "Wednesday", "Wednesdays"}
	for _, s := range windowTexts(t) {
		for _, w := range splitWords(s) {
			words = append(words, s[w.start:w.end])
		}
	}
	for _, w := range words {
		want := w[0] >= '0' && w[0] <= '9' || len(w) <= 9 && triggers()[strings.ToLower(w)]
		if got := isTrigger(w); got != want {
			t.Fatalf("isTrigger(%q) = %v, by strings.ToLower %v", w, got, want)
		}
	}
}

func BenchmarkSegments(b *testing.B) {
	texts := windowTexts(b)
	for b.Loop() {
		for _, s := range texts {
			segments(s)
		}
	}
}
