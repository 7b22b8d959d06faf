package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/sharedtest"
)

// TestFoldTableIsMapLookup holds foldTable.class against the map it
// replaces, read by strings.ToLower: every word of the vocabulary and of
// the byline words in three cases, and words that are none of them, long,
// empty or outside ASCII.
func TestFoldTableIsMapLookup(t *testing.T) {
	others := []string{"", "x", "Berlin", "THE", "tHe", "Datenschutzerklärung", "MENÜ", "Rédaction",
		"abcdefghijklmnopqrstuvwxyz", "privacy-policy", "cookies!", "\xff", "ſubscribe", "K", "von", "Von", "VAN",
		// capitals strings.ToLower folds to ASCII, or to another length,
		// inside words of ASCII edges (the edge filter)
		"\u212a", "t\u212Ag", "th\u212a", "a\u0130b", "s\u1e9ee", "t\xffe", "t\xff", "\xfft", "ü", "a", "I", "by", "BY"}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		// every word of the dev dumps, as the line measure and the byline
		// tokens ask for them
		for _, s := range devLineTexts(t, 1000) {
			for w := range strings.FieldsSeq(s) {
				others = append(others, w, trimWordEdge(w), nameEdges.trim(w))
			}
		}
	}
	for _, tab := range []struct {
		name string
		t    *foldTable
		m    map[string]uint8
	}{{"vocabulary", vocabTable(), vocabulary()}, {"byline words", bylineWordTable(), bylineWords()}} {
		words := append([]string{}, others...)
		for w := range tab.m {
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
		for _, w := range words {
			if got, want := tab.t.class(w), tab.m[strings.ToLower(w)]; got != want {
				t.Errorf("%s: class(%q) = %d, map %d", tab.name, w, got, want)
			}
		}
	}
}

// BenchmarkVocabClass measures vocabClass over the words of the dev
// dumps' lines, as measureInto asks for them.
func BenchmarkVocabClass(b *testing.B) {
	var words []string
	for _, lines := range benchDumps(b, 100) {
		for _, l := range lines {
			for w := range strings.FieldsSeq(l.text) {
				words = append(words, trimWordEdge(w))
			}
		}
	}
	b.Run(fmt.Sprintf("size=%d", len(words)), func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				vocabClass(w)
			}
		}
	})
}
