package storyline

import (
	"strings"
	"testing"
)

func TestArticleHeading(t *testing.T) {
	long := strings.Repeat("word ", 30)
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"the title", Article{Title: "Strike ends", Body: "The strike ended."}, "Strike ends"},
		{"the opening, white space folded", Article{Body: "  The strike\n\nended. "}, "The strike ended."},
		{"a long opening cut", Article{Body: long}, strings.TrimSpace(long)[:headingRunes] + "…"},
		{"neither", Article{}, ""},
	}
	for _, tt := range tests {
		if got := tt.a.Heading(); got != tt.want {
			t.Errorf("%s: Heading() = %q, want %q", tt.name, got, tt.want)
		}
	}
}
