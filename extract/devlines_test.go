package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline/sharedtest"
)

// devLineTexts are the trimmed lines of up to n text dev dumps, made
// valid UTF-8 as splitLines makes them, or the test is skipped without
// ../shared.
func devLineTexts(tb testing.TB, n int) []string {
	dir := sharedtest.Path(tb, filepath.Join("data", "extraction", "text"))
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) > n {
		files = files[:n]
	}
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, s := range strings.Split(string(raw), "\n") {
			if !utf8.ValidString(s) {
				s = strings.ToValidUTF8(s, "")
			}
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// lastOfFewWordsByFields is lastOfFewWords as cueLine read it before, by
// strings.Fields.
func lastOfFewWordsByFields(s string, most int) (string, int, bool) {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > most {
		return "", 0, false
	}
	return words[len(words)-1], len(words), true
}

// TestLastOfFewWordsIsFields holds lastOfFewWords against strings.Fields
// over edge cases and every line of the text dev dumps (and their
// prefixes of one to five words' room) for every bound cueLine might use.
func TestLastOfFewWordsIsFields(t *testing.T) {
	texts := []string{"", " ", "\t\n", "By", "By:", " By ", "Von  Autor*in", "a b c", "a b c d", "a\u00a0b", "a\u2003b c d",
		"\xff \xfe", "Text und Fotos", "Written by: ", "\u3000作者\u3000", "a\u0085b\u0085c\u0085d"}
	if _, ok := sharedtest.Lookup(filepath.Join("data", "extraction", "text")); ok {
		for _, s := range devLineTexts(t, 1000) {
			texts = append(texts, s)
			for k, cut := 0, s; k < 5; k++ {
				i := strings.LastIndexAny(cut, " \t")
				if i < 0 {
					break
				}
				cut = cut[:i]
				texts = append(texts, cut)
			}
		}
	}
	for _, s := range texts {
		for most := 0; most <= 5; most++ {
			gl, gn, gok := lastOfFewWords(s, most)
			wl, wn, wok := lastOfFewWordsByFields(s, most)
			if gl != wl || gn != wn || gok != wok {
				t.Fatalf("lastOfFewWords(%q, %d) = %q, %d, %v; strings.Fields gives %q, %d, %v", s, most, gl, gn, gok, wl, wn, wok)
			}
		}
	}
	t.Logf("%d texts", len(texts))
}

// BenchmarkCueLine measures cueLine over the lines of the text dev dumps,
// as textBylines asks it of the line above each line that may hold a
// byline.
func BenchmarkCueLine(b *testing.B) {
	texts := devLineTexts(b, 1000)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			cueLine(s)
		}
	}
}
