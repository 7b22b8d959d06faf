package compare

import (
	"testing"

	"github.com/storyline-news/storyline"
)

// TestUtteranceWording: the wording mark sets punctuation aside
// (CONTRACT.md), the single quotation marks of a quotation nested in
// another included; a changed word is a variant.
func TestUtteranceWording(t *testing.T) {
	tests := []struct {
		name    string
		a, b    string
		wording storyline.Wording
	}{
		{"nested single marks", "I told my son, 'I think I'm shot. '", "I told my son, I think I'm shot.", storyline.WordingSame},
		{"nested mark opening the words", "I tried to open up my door and they said 'close your door, lock your door.", "I tried to open up my door and they said close your door, lock your door.", storyline.WordingSame},
		{"curly single marks and a comma", "when he apologized for using the ‘f bomb,’", "when he apologized for using the “f bomb.”", storyline.WordingSame},
		{"case and dashes", "The new rules exclude expert scientists—who review", "the new rules exclude expert scientists - - who review", storyline.WordingSame},
		{"a word changed", "Nothing in the regulation relieves a federal agency", "Nothing in this regulation relieves a federal agency", storyline.WordingVariant},
		{"contraction kept", "I can't go there now", "I can go there now", storyline.WordingVariant},
	}
	for _, tt := range tests {
		docs := []*doc{
			newDoc(art("a1", "one.example", "2020-01-01", "He said: "+tt.a+" Then he left.",
				[]storyline.Quote{{Text: tt.a, Speaker: "Jane Doe", Kind: storyline.QuoteDirect}}, nil)),
			newDoc(art("a2", "two.example", "2020-01-01", "She said: "+tt.b+" Then she left.",
				[]storyline.Quote{{Text: tt.b, Speaker: "Jane Doe", Kind: storyline.QuoteDirect}}, nil)),
		}
		reps := quoteReports(docs)
		if len(reps) != 2 {
			t.Fatalf("%s: %d reports", tt.name, len(reps))
		}
		if u := utterance([]int{0, 1}, reps, docs); u.Wording != tt.wording {
			t.Errorf("%s: wording %q, want %q", tt.name, u.Wording, tt.wording)
		}
	}
}
