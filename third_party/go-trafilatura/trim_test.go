package trafilatura

import (
	"math/rand"
	"strings"
	"testing"
)

// upstreamTrim is trim as upstream wrote it.
func upstreamTrim(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSpace(s)
}

// TestTrimIsUpstream holds storyline's trim (collapseSpaces) to upstream's,
// on chosen strings and on random ones built from spaces, words, non-ASCII
// white space and bytes that are no valid UTF-8.
func TestTrimIsUpstream(t *testing.T) {
	cases := []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb\n", "\u00a0a\u00a0",
		"a\u2003b", "a\u0085b", "\xffa \xfe", "a \xe2\x80", "word  \u3000 word", "x\r\n\r\ny", "é è"}
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u0085", "a", "word", "é", "\xff", "\xe2\x80", "日本", "."}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(8); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := trim(s), upstreamTrim(s); got != want {
			t.Fatalf("trim(%q) = %q, upstream %q", s, got, want)
		}
	}
}
