package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNodeParagraphsTails checks the flattening of go-trafilatura's main
// content: a text after an inline element's end, which go-trafilatura
// trims, stays apart from it; punctuation after it stays attached.
func TestNodeParagraphsTails(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string
	}{
		{"a trimmed tail after a strong", `<p><strong>WeWork faces layoffs.</strong>The company confirmed it.</p>`,
			[]string{"WeWork faces layoffs. The company confirmed it."}},
		{"a tail after an em that held a br", `<p><em>Es kam zu Plünderungen.</em>Natürlich, die Leute hatten Hunger.</p>`,
			[]string{"Es kam zu Plünderungen. Natürlich, die Leute hatten Hunger."}},
		{"punctuation after a link", `<p>They met <a href="/x">Bayern</a>, the club.</p>`,
			[]string{"They met Bayern, the club."}},
		{"a space already there", `<p>They met <a href="/x">Bayern</a> on Monday.</p>`,
			[]string{"They met Bayern on Monday."}},
		{"blocks", `<h1>Head line</h1><p>First.</p><p>Second.</p>`,
			[]string{"Head line", "First.", "Second."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body>` + tt.content + `</body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := nodeParagraphs(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
