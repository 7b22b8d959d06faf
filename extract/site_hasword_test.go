package extract

import (
	"strings"
	"testing"
)

func TestHasWord(t *testing.T) {
	tests := []struct {
		text, w string
		want    bool
	}{
		{"Staff Writers at Lord's Press", "at", true},
		{"at home", "at", true},
		{"that is what", "at", false},
		{"catalogue", "at", false},
		{"news from Paris", "from", true},
		{"ends with at", "at", false}, // the pattern needs white space after it
	}
	for _, tt := range tests {
		if got := hasWord(tt.text, tt.w); got != tt.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
}

// TestLowerASCIIFindsFoldWords holds siteStatements' shortcut against
// foldWord.index: a lower-case word is where strings.Index finds it in
// lowerASCII(text), in texts of every case, with letters outside ASCII
// (which lowerASCII leaves as they are, as HasPrefixFold does).
func TestLowerASCIIFindsFoldWords(t *testing.T) {
	texts := []string{"", "Foto: A. Smith", "FOTO:", "Photo: © Chris - stock.adobe.com", "Powered by WordPress.com",
		"Blog at WordPress.com.", "BUILT WITH Love", "Theme by ÖKO", "İmage: x", "ſite by X", "Website By: Studio",
		"no credit here", "Created with Wix · Site by Kelvin K", "photos:photo:", "\xff\xfeFOTO:"}
	words := foldWords(append(append([]string{}, pictureLabels...), platformCredits...)...)
	for _, text := range texts {
		low := lowerASCII(text)
		if len(low) != len(text) {
			t.Fatalf("lowerASCII(%q) = %q: the offsets move", text, low)
		}
		for _, w := range words {
			if got, want := strings.Index(low, w.word), w.index(text); got != want {
				t.Errorf("%q in %q: %d in the lowered copy, foldWord.index %d", w.word, text, got, want)
			}
		}
	}
}
