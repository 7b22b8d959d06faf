package quote

import "testing"

// TestPossessorSpeakers checks that words a cue gives to "X's lawyer" are
// not X's: they are the lawyer's when the body names one, else nobody's;
// and that "X's campaign" (no person) and a possessive away from the cue
// leave X.
func TestPossessorSpeakers(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		names []string
		want  string
	}{
		{"the lawyer the body names", "Aitan Goelman, Mr. Strzok’s lawyer, spoke to reporters.\n\nMr. Strzok’s lawyer said “the decision was political.”",
			[]string{"Aitan Goelman", "Strzok=Peter Strzok"}, "Aitan Goelman"},
		{"a lawyer the body does not name", "Peter Strzok was fired.\n\nStrzok’s lawyer said “the decision was political.”",
			[]string{"Peter Strzok", "Strzok=Peter Strzok"}, ""},
		{"family", "Ann Lee was hurt.\n\n“She is strong,” said Lee's husband.",
			[]string{"Ann Lee", "Lee=Ann Lee"}, ""},
		{"a campaign is no person", "Donald Trump spoke.\n\nTrump's campaign said “we will win.”",
			[]string{"Donald Trump", "Trump=Donald Trump"}, "Donald Trump"},
		{"the speaker named in their own right too", "Peter Strzok, with Strzok’s lawyer beside him, said “I did my job.”",
			[]string{"Peter Strzok", "Strzok=Peter Strzok"}, "Peter Strzok"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range quotesOf(t, newStage(t), docWith(tc.body, tc.names...)) {
				got = append(got, q.Speaker)
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("speakers %q, want one quote said by %q", got, tc.want)
			}
		})
	}
}
