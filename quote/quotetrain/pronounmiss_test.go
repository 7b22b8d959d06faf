package quotetrain

import "testing"

// TestPronounMissOf checks why a quotation whose gold source is a pronoun
// counts as missed: whether any name could be right by the benchmark's
// rule, and whether the gold pronoun was resolved right.
func TestPronounMissOf(t *testing.T) {
	tests := []struct {
		name   string
		x      speakerExample
		picked int
		want   pronounMiss
	}{
		{"right", speakerExample{right: []int{1}, where: &exampleWhere{}}, 1, pmRight},
		{"unasked", speakerExample{where: &exampleWhere{}}, -1, pmUnasked},
		{"silver names nobody", speakerExample{where: &exampleWhere{coref: "the Vermont senator"}}, 0, pmSilverNobody},
		{"no silver", speakerExample{where: &exampleWhere{}}, 0, pmSilverNobody},
		{"silver a name no candidate has", speakerExample{where: &exampleWhere{coref: "Melania"}}, 0, pmNotCandidate},
		{"resolved wrong", speakerExample{right: []int{2}, where: &exampleWhere{resolved: "Trump"}}, 1, pmWrongAntecedent},
		{"resolved right, out-ranked", speakerExample{right: []int{2}, where: &exampleWhere{resolved: "Rubio", resolvedRight: true}}, 1, pmOutranked},
		{"not resolved", speakerExample{right: []int{2}, where: &exampleWhere{}}, 1, pmUnresolved},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pronounMissOf(tc.x, tc.picked); got != tc.want {
				t.Errorf("pronounMissOf = %s, want %s", pronounMissNames[got], pronounMissNames[tc.want])
			}
		})
	}
}
