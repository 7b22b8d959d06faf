package quote

import (
	"testing"

	"github.com/storyline-news/storyline"
)

// TestPossessorSpeakers checks, over the quotations with marks, that words a cue gives to "X's lawyer" are
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
		{"an introductory phrase is no apposition", "Robert Mueller and Peter Strzok met.\n\nUnlike Mueller, Strzok's lawyer said “the decision was political.”",
			[]string{"Robert Mueller", "Mueller=Robert Mueller", "Peter Strzok", "Strzok=Peter Strzok"}, ""},
		{"another's lawyer", "Aitan Goelman, Smith's lawyer, declined to comment.\n\nStrzok's lawyer said “the decision was political.”",
			[]string{"Aitan Goelman", "Smith", "Strzok"}, ""},
		{"a pronoun is the subject", "Donald Trump spoke on Monday.\n\nAs Trump's wife watched, he said “we will win.”",
			[]string{"Donald Trump", "Trump=Donald Trump"}, "Donald Trump"},
		{"the one spoken to", "Joe Biden spoke.\n\n“We are proud,” he told Biden's son.",
			[]string{"Joe Biden", "Biden=Joe Biden"}, "Joe Biden"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range quotesOf(t, newStage(t), docWith(tc.body, tc.names...)) {
				if q.Kind != storyline.QuoteIndirect {
					got = append(got, q.Speaker)
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("speakers %q, want one quote said by %q", got, tc.want)
			}
		})
	}
}

// TestPossessorSpeakersSplitQuotation checks that the parts of a
// quotation split by its attribution keep one speaker.
func TestPossessorSpeakersSplitQuotation(t *testing.T) {
	body := "Ann Lee was hurt.\n\n“She is strong,” said Lee's husband. “She will walk again.” Ann Lee smiled."
	qs := quotesOf(t, newStage(t), docWith(body, "Ann Lee", "Lee=Ann Lee"))
	if len(qs) != 2 || !qs[1].Continues || qs[0].Speaker != "" || qs[1].Speaker != "" {
		t.Errorf("quotes %+v, want two parts of one quotation, both said by nobody", qs)
	}
}
