package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// linkishBySearches is linkish as first written, a search of the line for
// each mark: linkish must say what it said.
func linkishBySearches(s string) bool {
	if strings.Contains(s, "://") || strings.Contains(s, "www.") {
		return true
	}
	for _, tld := range []string{".com", ".de", ".org", ".net", ".htm"} {
		if i := strings.Index(s, tld); i >= 0 {
			j := i + len(tld)
			if j == len(s) || !unicode.IsLetter(rune(s[j])) {
				return true
			}
		}
	}
	i := strings.IndexByte(s, '@')
	return i >= 0 && i+1 < len(s) && (unicode.IsLetter(rune(s[i+1])) || unicode.IsDigit(rune(s[i+1])))
}

func TestLinkishAsBySearches(t *testing.T) {
	texts := []string{"", ".", "www.", "ww.w", "see example.com", "example.common", "example.common and x.com",
		"a.deb then b.de", "x.com\xc3", "x.comé", "page.html", "page.htmlx.org", "mail a@b", "@", "a@", "http://x",
		"Fortune 500. Then", "wwww.", ".de.de", "news.DE", "a.netz b.net", "x.orgy", "x.org!"}
	pieces := []string{".", "com", "de", "org", "net", "htm", "l", "www", "w", "@", "a", "1", " ", "é", "\xc3", ":", "/"}
	texts = append(texts, piecedTexts(rand.New(rand.NewPCG(7, 8)), 50000, 10, pieces)...)
	for _, s := range texts {
		if got, want := linkish(s), linkishBySearches(s); got != want {
			t.Errorf("linkish(%q) = %v, by searches %v", s, got, want)
		}
	}
}
