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
		{"cut by code points, not bytes", Article{Body: strings.Repeat("é", headingRunes+5)}, strings.Repeat("é", headingRunes) + "…"},
		{"neither", Article{}, ""},
	}
	for _, tt := range tests {
		if got := tt.a.Heading(); got != tt.want {
			t.Errorf("%s: Heading() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestStoryHeading(t *testing.T) {
	untitled := &Article{Body: "The strike ended."}
	tests := []struct {
		name  string
		s     Story
		first *Article
		want  string
	}{
		{"its title", Story{Title: "Strike ends"}, untitled, "Strike ends"},
		{"its first article's opening", Story{}, untitled, "The strike ended."},
		{"no article", Story{}, nil, ""},
	}
	for _, tt := range tests {
		if got := tt.s.Heading(tt.first); got != tt.want {
			t.Errorf("%s: Heading() = %q, want %q", tt.name, got, tt.want)
		}
	}
}
