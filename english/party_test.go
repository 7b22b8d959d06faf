package english

import (
	"slices"
	"testing"
)

func TestPartyLabels(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sen. Lindsey Graham (R-S.C.) said", []string{"R-S.C."}},
		{"Rep. Paul Ryan, R-Wis., told reporters", []string{"R-Wis."}},
		{"Sen. John Cornyn, R-TX, who heads", []string{"R-TX"}},
		{"Sen. John Cornyn, R-Texas, and Sen. Chuck Schumer (D-N.Y.)", []string{"R-Texas", "D-N.Y."}},
		{"Sen. Bernie Sanders (I-Vt.) and Rep. Eliot Engel (D-New York)", []string{"I-Vt.", "D-New York"}},
		{"Del. Eleanor Holmes Norton (D-D.C.)", []string{"D-D.C."}},
		// No state, no opener or no closer: no label.
		{"the troops landed on D-Day, June 6", nil},
		{"a report (R-2) was filed", nil},
		{"said Sen. Claire McCaskill, D-Mo.", nil},
		{"R-TX, at the start", nil},
		{"(R-", nil},
		{"", nil},
	}
	for _, tt := range tests {
		body := []rune(tt.text)
		var got []string
		for _, l := range PartyLabels(body) {
			got = append(got, string(body[l[0]:l[1]]))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("PartyLabels(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func FuzzPartyLabels(f *testing.F) {
	for _, s := range []string{"Graham (R-S.C.) said", "Ryan, R-Wis., told", ", D-", "(I-Vt"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		body := []rune(s)
		last := 0
		for _, l := range PartyLabels(body) {
			if l[0] < last || l[1] <= l[0] || l[1] > len(body) {
				t.Fatalf("PartyLabels(%q): bad or unordered label %v", s, l)
			}
			last = l[1]
		}
	})
}
