package storyline_test

import (
	"slices"
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
	}
	for _, tt := range tests {
		limit, offset, err := tt.q.Page()
		if limit != tt.limit || offset != tt.offset || (err != nil) != tt.wantErr {
			t.Errorf("%+v.Page() = %d, %d, %v; want %d, %d, error %v", tt.q, limit, offset, err, tt.limit, tt.offset, tt.wantErr)
		}
		if err != nil && storyline.ErrorCode(err) != storyline.EINVALID {
			t.Errorf("a bad cursor is %s, want EINVALID", storyline.ErrorCode(err))
		}
	}
}
