package storyline_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline"
)

func TestQueryChunks(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`harbour strike`, []string{"harbour", "strike"}},
		{`  "port calder" strike* `, []string{"port calder", "strike*"}},
		{`"unclosed phrase`, []string{"unclosed phrase"}},
		{``, nil},
		// Repeats (case aside) are dropped: all must occur anyway.
		{`the The THE "the" strike the`, []string{"the", "strike"}},
		{`strike strike* "port calder" "Port Calder"`, []string{"strike", "strike*", "port calder"}},
	}
	for _, tt := range tests {
		if got := storyline.QueryChunks(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("QueryChunks(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestQueryPage(t *testing.T) {
	tests := []struct {
		q             storyline.Query
		limit, offset int
		wantErr       bool
	}{
		{storyline.Query{}, storyline.DefaultLimit, 0, false},
		{storyline.Query{Limit: 10 * storyline.MaxLimit}, storyline.MaxLimit, 0, false},
		{storyline.Query{Limit: 5, Cursor: storyline.NextCursor(40)}, 5, 40, false},
		{storyline.Query{Cursor: "not-a-cursor"}, 0, 0, true},
		{storyline.Query{Text: strings.Repeat("w ", storyline.MaxQueryWords)}, storyline.DefaultLimit, 0, false},
		{storyline.Query{Text: strings.Repeat("the ", 1000)}, storyline.DefaultLimit, 0, false}, // one word, repeated
		{storyline.Query{Text: words(storyline.MaxQueryWords + 1)}, 0, 0, true},
		{storyline.Query{Text: `"` + strings.Repeat("the ", 10000) + `"`}, 0, 0, true}, // a phrase counts its words
		{storyline.Query{Text: words(storyline.MaxQueryWords/2) + ` "U.S.-backed"`}, storyline.DefaultLimit, 0, false},
		// a prefix of one letter matches nearly everything
		{storyline.Query{Text: "a*"}, 0, 0, true},
		{storyline.Query{Text: `"trade e*"`}, 0, 0, true},
		{storyline.Query{Text: "a.*"}, 0, 0, true},
		{storyline.Query{Text: `"trade e"*`}, storyline.DefaultLimit, 0, false}, // the '*' after a phrase is a chunk of its own
		{storyline.Query{Text: "ab*"}, storyline.DefaultLimit, 0, false},
		{storyline.Query{Text: "新加*"}, storyline.DefaultLimit, 0, false},
		{storyline.Query{Text: "a *"}, storyline.DefaultLimit, 0, false}, // a '*' alone is no prefix
		{storyline.Query{Text: "ab.*"}, storyline.DefaultLimit, 0, false},
		{storyline.Query{Text: "a"}, storyline.DefaultLimit, 0, false},
	}
	for _, tt := range tests {
		limit, offset, err := tt.q.Page()
		if limit != tt.limit || offset != tt.offset || (err != nil) != tt.wantErr {
			t.Errorf("%+v.Page() = %d, %d, %v; want %d, %d, error %v", tt.q, limit, offset, err, tt.limit, tt.offset, tt.wantErr)
		}
		if err != nil && storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("%.80q: %v is %s, want EINVALID", tt.q.Text, err, storyline.ErrorCode(err))
		}
	}
}

// words is n different words.
func words(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}

func TestQuoteRecordJSON(t *testing.T) {
	r := storyline.QuoteRecord{Article: "a.txt", Quote: storyline.Quote{Text: "<b>we & they</b>", Kind: storyline.QuoteDirect, Start: 1, End: 17}}
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"article":"a.txt","source":null,"published":null,"text":"<b>we & they</b>","speaker":null,"cue":null,"kind":"direct","start":1,"end":17,"continues":false}`
	if string(b) != want {
		t.Errorf("QuoteRecord JSON\n got %s\nwant %s", b, want)
	}
}

func TestSortedAliases(t *testing.T) {
	e := &storyline.Entity{Aliases: map[string]int{"Rutte": 5, "Mark Rutte": 5, "NATO chief": 1}}
	got := e.SortedAliases()
	want := []storyline.Alias{{"Mark Rutte", 5}, {"Rutte", 5}, {"NATO chief", 1}}
	if !slices.Equal(got, want) {
		t.Errorf("SortedAliases = %v, want %v", got, want)
	}
}

func TestQueryPageDates(t *testing.T) {
	tests := []struct {
		from, to string
		ok       bool
	}{
		{"", "", true},
		{"2026", "2026-03", true},
		{"2024-02-29", "2026-12-31", true},
		{"2026-13", "", false},
		{"", "2026-02-30", false},
		{"2026-13-45", "", false},
		{"2026-3", "", false},
		{"last week", "", false},
	}
	for _, tt := range tests {
		_, _, err := (storyline.Query{From: tt.from, To: tt.to}).Page()
		if (err == nil) != tt.ok || err != nil && storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("from %q to %q: %v, want ok %v (else EINVALID)", tt.from, tt.to, err, tt.ok)
		}
	}
}
