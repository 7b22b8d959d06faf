package english

import "testing"

func TestFormalGivenName(t *testing.T) {
	for w, want := range map[string]string{"chuck": "charles", "joe": "joseph", "joseph": "joseph", "ted": "ted", "hillary": "hillary"} {
		if got := FormalGivenName(w); got != want {
			t.Errorf("FormalGivenName(%q) = %q, want %q", w, got, want)
		}
	}
}
