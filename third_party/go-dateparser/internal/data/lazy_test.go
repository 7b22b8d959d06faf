package data

import (
	"sync"
	"testing"

	"github.com/markusmobius/go-dateparser/internal/regexp"
)

// Storyline's fork builds each locale file's data on first use (06-lazy-locales.go).
// These tests check that every locale comes back built, whoever asks first and
// however many ask at once (run them with -race).

func TestEveryLocaleBuiltOnFirstUse(t *testing.T) {
	for locale := range LocaleOrder {
		ld, ok := GetLocaleData(locale)
		if !ok {
			t.Errorf("GetLocaleData(%q) found nothing", locale)
			continue
		}
		if ld.Name != locale || len(ld.Charset) == 0 {
			t.Errorf("GetLocaleData(%q) = Name %q, %d runes in its charset: not built", locale, ld.Name, len(ld.Charset))
		}
	}
	if _, ok := GetLocaleData("xx-none"); ok {
		t.Error(`GetLocaleData("xx-none") found a locale`)
	}
}

func TestRegionalLocaleMergesItsParent(t *testing.T) {
	// A regional variant asked for before its language still carries the
	// language's words: its file builds the parent first.
	child, _ := GetLocaleData("fr-CA")
	parent, _ := GetLocaleData("fr")
	for word := range parent.Translations {
		if _, ok := child.Translations[word]; !ok {
			t.Fatalf("fr-CA lacks fr's %q", word)
		}
	}
	if len(child.Translations) < len(parent.Translations) {
		t.Errorf("fr-CA has %d translations, fr %d", len(child.Translations), len(parent.Translations))
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	locales := make([]string, 0, len(LocaleOrder))
	for locale := range LocaleOrder {
		locales = append(locales, locale)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range locales {
				locale := locales[(i+g*len(locales)/8)%len(locales)]
				ld, ok := GetLocaleData(locale)
				if !ok || ld.Name != locale || len(ld.Translations) == 0 {
					t.Errorf("goroutine %d: %q not built", g, locale)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestEveryLocaleExpressionCompiles(t *testing.T) {
	// The fork's regexp compiles a pattern on first use (internal/regexp):
	// use every expression of every locale once, so a bad one fails here.
	for locale := range LocaleOrder {
		ld, _ := GetLocaleData(locale)
		var rxs []*regexp.Regexp
		for _, r := range append(append([]ReplacementData{}, ld.Simplifications...), ld.RelativeTypeRegexes...) {
			rxs = append(rxs, r.Rx)
		}
		rxs = append(rxs, ld.RxCombined, ld.RxExactCombined)
		for _, rx := range rxs {
			if rx != nil {
				rx.MatchString("1 jan 2000")
			}
		}
	}
}
