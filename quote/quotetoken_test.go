package quote

import (
	"strings"
	"testing"
)

func TestIsQuoteTokenIsContainsAny(t *testing.T) {
	for _, s := range []string{"", "''", "'", "\"", "“Hello", "said”", "‘", "’", "«", "»x", "plain", "\xff\"", "\xe2\x80", "„", "``"} {
		want := strings.ContainsAny(s, quoteMarks) || s == "''"
		if got := isQuoteToken(s); got != want {
			t.Errorf("isQuoteToken(%q) = %v, ContainsAny %v", s, got, want)
		}
	}
}
