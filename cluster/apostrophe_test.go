package cluster

import (
	"strings"
	"testing"
)

func TestApostropheIsIndexAny(t *testing.T) {
	for _, w := range []string{"", "rutte's", "rutte’s", "o'neill’s", "l’état's", "no mark", "’", "'", "a\xe2’b", "x\xe2\x80'y", "ok’"} {
		if got, want := apostrophe(w), strings.IndexAny(w, "'’"); got != want {
			t.Errorf("apostrophe(%q) = %d, IndexAny %d", w, got, want)
		}
	}
}
