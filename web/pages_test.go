package web

import (
	"reflect"
	"testing"

	"github.com/storyline-news/storyline"
)

// TestTimelineRows: a timeline line marks its date expression inside its
// clause and names its article's source, else the article's id.
func TestTimelineRows(t *testing.T) {
	arts := []*storyline.Article{{ID: "a1", Source: "harbour.example"}, {ID: "a2"}}
	tl := []storyline.TimelineEvent{
		{Date: "2026-03-09", Text: "Monday", What: "The strike began on Monday, halting traffic.", Article: "a1"},
		{Date: "2026-03-11", Text: "Wednesday", What: "", Article: "a2"},
		{Date: "2026", Text: "this year", What: "… the clause that lost its expression …", Article: "a2"},
	}
	want := []timelineRow{
		{Date: "2026-03-09", Before: "The strike began on ", Expr: "Monday", After: ", halting traffic.", Article: "a1", Label: "harbour.example"},
		{Date: "2026-03-11", Before: "Wednesday", Article: "a2", Label: "a2"},
		{Date: "2026", Before: "… the clause that lost its expression …", Article: "a2", Label: "a2"},
	}
	if got := timelineRows(tl, arts); !reflect.DeepEqual(got, want) {
		t.Errorf("timelineRows:\n got %+v\nwant %+v", got, want)
	}
}
