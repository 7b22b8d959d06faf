package htmldate

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// upstreamStrLimit is strLimit as upstream wrote it.
func upstreamStrLimit(s string, limit int) string {
	if utf8.RuneCountInString(s) > limit {
		s = string([]rune(s)[:limit])
	}
	return s
}

// TestStrLimitIsUpstreams holds strLimit to upstream's answer on chosen
// strings and on random ones of ASCII, other runes and bytes that are no
// UTF-8.
func TestStrLimitIsUpstreams(t *testing.T) {
	pieces := []string{"a", " ", "2019", "é", "日本", "\xff", "\xe6\x97", "\u00a0", "<p>", "\n"}
	cases := []string{"", "abc", "é", "\xff", "\xffabc", "日本語のテキスト", strings.Repeat("x", 100), strings.Repeat("x", 101)}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		for _, limit := range []int{0, 1, 2, 8, 50, 100} {
			if got, want := strLimit(s, limit), upstreamStrLimit(s, limit); got != want {
				t.Fatalf("strLimit(%q, %d) = %q, upstream %q", s, limit, got, want)
			}
		}
	}
}

// BenchmarkStrLimit cuts 100 runes from a long page, as
// plausibleYearFilter does from every year it finds.
func BenchmarkStrLimit(b *testing.B) {
	page := strings.Repeat("<div class=\"date\">Published 12 May 2019 · café</div>\n", 2000)
	for b.Loop() {
		_ = strLimit(page, 100)
	}
}
