package compare

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/text"
)

// TestClauseHoldsExpression: a timeline entry's clause holds its date
// expression whole, even when the sentence splitter cut the expression
// (CONTRACT.md: "the clause it dates in what").
func TestClauseHoldsExpression(t *testing.T) {
	tests := []struct{ name, body, expr, want string }{
		{"split after an abbreviated month", "Fri., May. 3, 2013 11:45 AM PDT\n\nEarly Friday morning, the actress checked in.", "May. 3, 2013", "Fri., May. 3, 2013 11:45 AM PDT"},
		{"whole sentence", "The strike ended on Friday after talks.", "Friday", "The strike ended on Friday after talks."},
	}
	for _, tt := range tests {
		d := newDoc(&storyline.Article{ID: "a", Body: tt.body})
		at := strings.Index(tt.body, tt.expr) // ASCII: byte and rune offsets agree
		sp := storyline.Span{Start: at, End: at + len(tt.expr)}
		got := d.clause(text.Sentences(tt.body, text.Tokenize(tt.body)), sp)
		if got != tt.want || !strings.Contains(got, tt.expr) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
