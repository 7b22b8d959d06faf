package quote

import (
	"strings"
	"testing"
)

// TestLastField holds lastField and byLastWord to strings.Fields and
// strings.ToLower, on names with every kind of space, letters that lower
// into ASCII and bytes that are not UTF-8.
func TestLastField(t *testing.T) {
	names := map[string]string{"rutte": "Mark Rutte", "kelvin": "Lord Kelvin", "ſmith": "J. ſmith", "": "nobody"}
	for _, s := range []string{"", " ", "Rutte", "Mark Rutte", "Mark  Rutte ", "Mark\u00a0Rutte", "Mark\u3000RUTTE\t", "Lord \u212aELVIN",
		"J. ſmith", "x \xff", "\xffRutte", "a\u0085Rutte", "Verylongnamethatgoesonandonbeyondthirtytwobytes", "O'Brien", "Zoë"} {
		f := strings.Fields(s)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, strings.Fields' last %q", s, got, want)
		}
		wantName, wantOK := names[strings.ToLower(want)]
		if got, ok := byLastWord(names, s); got != wantName || ok != wantOK {
			t.Errorf("byLastWord(%q) = %q, %v; want %q, %v", s, got, ok, wantName, wantOK)
		}
	}
}
