package ingest

import (
	"testing"
	"unicode/utf8"
)

// TestInvalidUTF8ValidShortcut holds invalidUTF8 to its loop alone, which
// it skips when utf8.Valid passes the whole input.
func TestInvalidUTF8ValidShortcut(t *testing.T) {
	loop := func(b []byte, cut bool) (int, bool) {
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				if cut && !utf8.FullRune(b[i:]) {
					return 0, false
				}
				return i, true
			}
			i += size
		}
		return 0, false
	}
	for _, s := range []string{"", "plain ASCII text", "Zürich – „Zitat“ 日本 \uFFFD", "bad \xff here", "cut at the end \xe6\x97", "\xe6\x97 cut inside", "\xed\xa0\x80 surrogate", "over\xf8\x88\x80\x80\x80long"} {
		for _, cut := range []bool{false, true} {
			gotOff, got := invalidUTF8([]byte(s), cut)
			wantOff, want := loop([]byte(s), cut)
			if gotOff != wantOff || got != want {
				t.Errorf("invalidUTF8(%q, %v) = %d, %v; the loop says %d, %v", s, cut, gotOff, got, wantOff, want)
			}
		}
	}
}
