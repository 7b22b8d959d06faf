package storesql

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/storyline-news/storyline"
)

func dollar(n int) string { return "$" + strconv.Itoa(n) }

// TestSelect: which filters become which conditions, in which order, with
// which arguments, under a store's placeholders and text.
func TestSelect(t *testing.T) {
	r := Reader{Param: dollar, Text: func(s string) string { return "<" + s + ">" }}
	words := func(sel *Selection, text string) string {
		if text == "(" {
			return ""
		}
		return "fts @@ " + sel.Arg(text)
	}
	for _, tt := range []struct {
		q     storyline.Query
		where string
		args  []any
		text  bool
	}{
		{storyline.Query{}, "", nil, false},
		{storyline.Query{Text: "  "}, "", nil, false},
		{storyline.Query{Text: "rutte", Source: "a.example"}, " WHERE fts @@ $1 AND a.source = $2", []any{"rutte", "<a.example>"}, true},
		{storyline.Query{Text: "("}, " WHERE false", nil, true},
		{storyline.Query{Entity: "Mark Rutte", From: "2026-01", To: "2026-02"},
			" WHERE a.id IN (SELECT article_id FROM article_entities WHERE name = $1) AND a.published >= $2 AND a.published <= $3",
			[]any{"<Mark Rutte>", "2026-01", "2026-02~"}, false},
	} {
		sel, err := r.Select("test", tt.q, words)
		if err != nil {
			t.Fatalf("Select(%+v): %v", tt.q, err)
		}
		if sel.WhereSQL() != tt.where || !reflect.DeepEqual(sel.Args, tt.args) || sel.Text != tt.text || sel.From != "articles a" {
			t.Errorf("Select(%+v) = %q %v text %v from %q; want %q %v text %v", tt.q, sel.WhereSQL(), sel.Args, sel.Text, sel.From, tt.where, tt.args, tt.text)
		}
		args, p := sel.With(10, 20)
		if n := len(tt.args); len(args) != n+2 || p[0] != dollar(n+1) || p[1] != dollar(n+2) || len(sel.Args) != n {
			t.Errorf("With after %+v = %v %v, want the page's two arguments after the selection's", tt.q, args, p)
		}
	}
	for _, bad := range []storyline.Query{{From: "2026-1"}, {To: "yesterday"}, {From: "2026-01-01T00"}} {
		if _, err := r.Select("test", bad, words); storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("Select(%+v) error %v, want EINVALID", bad, err)
		}
	}
}
