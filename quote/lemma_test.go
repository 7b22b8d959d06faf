package quote

import "testing"

// TestLemmaTrimsMarks checks the words whose ends are marks, which Lemma
// trims, beside words it leaves as they are.
func TestLemmaTrimsMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"said,", "say"}, {"“Said", "say"}, {"noted.", "not"}, {"Told", "tell"}, {"x", "x"}, {"", ""}, {"'", ""}, {"U.S.", "u.s"},
	}
	for _, tt := range tests {
		if got := Lemma(tt.in); got != tt.want {
			t.Errorf("Lemma(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
