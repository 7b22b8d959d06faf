package quote

import (
	"strings"
	"testing"
)

// TestResolvePronoun checks whom the last he/she outside quotation marks
// of a body is resolved to.
func TestResolvePronoun(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		names []string
		want  string
	}{
		{
			name:  "the subject of the sentence before",
			body:  "Peter Hall said the plan, which Tom Jones drafted, would fail. “It will not work,” he said.",
			names: []string{"Peter Hall", "Tom Jones"},
			want:  "Peter Hall",
		},
		{
			name:  "a person named in the pronoun's paragraph over the subject of the one before",
			body:  "Peter Hall said the plan would fail.\n\nThe Harbour Authority plan was drafted by Tom Jones. “It will work,” he said.",
			names: []string{"Peter Hall", "Tom Jones", "ORG:Harbour Authority"},
			want:  "Tom Jones",
		},
		{
			name:  "the person a possessive's role names in apposition, not the possessor",
			body:  "Peter Hall's lawyer, Tom Jones, said the suit had no merit. He said it would be dropped.",
			names: []string{"Peter Hall", "Tom Jones"},
			want:  "Tom Jones",
		},
		{
			name:  "the apposition past one modifier of the role",
			body:  "Peter Hall's longtime spokesman, Tom Jones, said the suit had no merit. He said it would be dropped.",
			names: []string{"Peter Hall", "Tom Jones"},
			want:  "Tom Jones",
		},
		{
			name:  "a possessive before a thing keeps the possessor the subject",
			body:  "Peter Hall's plan, Tom Jones said, had no merit. He said it would be dropped.",
			names: []string{"Peter Hall", "Tom Jones"},
			want:  "Peter Hall",
		},
	}
	s := newStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ca := s.read(docWith(tc.body, tc.names...)).attributor.cast
			last := -1
			for i, tok := range ca.toks {
				if w := strings.ToLower(tok.Text); (w == "he" || w == "she") && !ca.quoted[i] {
					last = i
				}
			}
			if last < 0 {
				t.Fatal("no he/she outside quotation marks")
			}
			if got := ca.resolvePronoun(last, ""); got != tc.want {
				t.Errorf("resolvePronoun = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPronounResolutions checks that every he/she outside quotation marks
// is listed, at its own span, with whom resolvePronoun resolves it to, and
// none inside the marks.
func TestPronounResolutions(t *testing.T) {
	body := "Peter Hall said the plan would fail. “He is wrong,” said Tom Jones. He added that she agreed."
	got := newStage(t).PronounResolutions(docWith(body, "Peter Hall", "Tom Jones"))
	want := []string{"He:Tom Jones", "she:"}
	var have []string
	for _, r := range got {
		have = append(have, string([]rune(body)[r.Span.Start:r.Span.End])+":"+r.Name)
	}
	if strings.Join(have, "|") != strings.Join(want, "|") {
		t.Errorf("PronounResolutions = %q, want %q", have, want)
	}
}
